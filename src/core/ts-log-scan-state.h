/* ts-log-scan-state.h: the state of one pass over one log, for the units
 * that read the log, look at its bytes and tally what they name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ts-log-scanner.h"

G_BEGIN_DECLS

/* What the bytes pushed so far are */
typedef enum
{
  TS_LOG_INPUT_UNKNOWN,     /* fewer than two bytes yet */
  TS_LOG_INPUT_PLAIN,
  TS_LOG_INPUT_GZIP,
  TS_LOG_INPUT_GZIP_NEXT,   /* a member ended: another, or the end */
  TS_LOG_INPUT_TRAILING,    /* after the last member: ignored, as gzip -d does */
} TsLogInputFormat;

/* A finding of the current line, waiting for the line to end */
typedef struct
{
  guint32 entry;
  guint64 column;
  gsize text;               /* its text, in line_text */
  gsize text_length;
  gsize excerpt;            /* the line around it, in line_text */
  gsize excerpt_length;
  gsize match_offset;       /* of the text in the excerpt */
} TsLogLineFinding;

struct _TsLogScan
{
  TsLogScanner *scanner;
  TsLogFindingFunc func;
  gpointer user_data;
  TsLogProgressFunc progress;
  gpointer progress_data;
  GCancellable *cancellable;  /* while reading a stream */

  TsLogInputFormat format;
  guint8 magic[2];
  guint n_magic;
  GConverter *decompressor;
  gboolean compressed;
  guint64 n_input;

  guint8 *buffer;
  gsize capacity;
  gsize length;
  gsize position;           /* the next byte to look at */
  guint64 offset;           /* of buffer[0] in the log */
  guint64 line_start;       /* offset of the current line */
  guint64 n_lines;          /* lines ended */
  gboolean in_word;
  gboolean finished;
  gboolean failed;

  GArray *line_findings;    /* of TsLogLineFinding */
  GByteArray *line_text;
  guint64 *seen_on_line;    /* per entry: the last line it was found on */
  guint32 *seen_at;         /* per entry: its index in line_findings there */
  guint32 *tally_of;        /* per entry: its tally + 1, or 0 */
  GArray *tallies;          /* of TsLogTally */
  guint64 n_findings;
};

G_END_DECLS
