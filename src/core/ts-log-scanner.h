/* ts-log-scanner.h: find the catalog's errors in a whole log
 *
 * A TsLogScanner is built once for a catalog and never changes: scans on
 * several threads may share it. A TsLogScan is one pass over one log, on one
 * thread: push bytes into it (or let it read a stream or file), and it calls
 * back with each finding as its line ends, in line order, and keeps a tally
 * per error. Memory does not grow with the log, nor with the length of its
 * lines; gzip-compressed input is recognized by its first bytes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ts-catalog.h"

G_BEGIN_DECLS

typedef struct _TsLogScanner TsLogScanner;
typedef struct _TsLogScan TsLogScan;

/* Bytes of the line kept either side of a match, for showing it in context */
#define TS_LOG_EXCERPT_CONTEXT 150

/* One error named on one line of a log (only the first place, if the line
 * names it more than once). */
typedef struct
{
  guint64     line;          /* from 1 */
  guint64     column;        /* from 1, in bytes from the start of the line */
  const char *match;         /* the log's text that matched, NUL-terminated */
  gsize       match_length;
  TsEntry    *entry;
  /* The line around the match: TS_LOG_EXCERPT_CONTEXT bytes either side of
   * it, fewer where the line starts or ends. Its bytes as they are (not
   * necessarily UTF-8, nor cut between characters), NUL-terminated. */
  const char *excerpt;
  gsize       excerpt_length;
  gsize       match_offset;  /* where the match is in the excerpt */
  guint64     line_length;   /* bytes of the line before its "\n" (a CR included) */
} TsLogFinding;

/* How one error appears in a log. */
typedef struct
{
  TsEntry *entry;
  guint64  n_lines;          /* lines that name it */
  guint64  first_line;
  guint64  last_line;
} TsLogTally;

/* @finding and its text are only valid during the call. */
typedef void (*TsLogFindingFunc)  (const TsLogFinding *finding,
                                   gpointer            user_data);
/* @bytes_read: bytes read from the stream so far (compressed ones for gzip) */
typedef void (*TsLogProgressFunc) (guint64             bytes_read,
                                   gpointer            user_data);

TsLogScanner     *ts_log_scanner_new             (TsCatalog          *catalog);
TsLogScanner     *ts_log_scanner_ref             (TsLogScanner       *self);
void              ts_log_scanner_unref           (TsLogScanner       *self);
TsCatalog        *ts_log_scanner_get_catalog     (TsLogScanner       *self);
guint             ts_log_scanner_get_n_patterns  (TsLogScanner       *self);

TsLogScan        *ts_log_scan_new                (TsLogScanner       *scanner,
                                                  TsLogFindingFunc    func,
                                                  gpointer            user_data);
void              ts_log_scan_set_progress_func  (TsLogScan          *self,
                                                  TsLogProgressFunc   func,
                                                  gpointer            user_data);
gboolean          ts_log_scan_push               (TsLogScan          *self,
                                                  const void         *data,
                                                  gsize               length,
                                                  GError            **error);
gboolean          ts_log_scan_finish             (TsLogScan          *self,
                                                  GError            **error);
gboolean          ts_log_scan_read_stream        (TsLogScan          *self,
                                                  GInputStream       *stream,
                                                  GCancellable       *cancellable,
                                                  GError            **error);
gboolean          ts_log_scan_read_file          (TsLogScan          *self,
                                                  GFile              *file,
                                                  GCancellable       *cancellable,
                                                  GError            **error);
gboolean          ts_log_scan_is_compressed      (TsLogScan          *self);
guint64           ts_log_scan_get_n_bytes        (TsLogScan          *self);
guint64           ts_log_scan_get_n_lines        (TsLogScan          *self);
guint64           ts_log_scan_get_n_findings     (TsLogScan          *self);
guint             ts_log_scan_get_n_tallies      (TsLogScan          *self);
const TsLogTally *ts_log_scan_get_tally          (TsLogScan          *self,
                                                  guint               index);
void              ts_log_scan_free               (TsLogScan          *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TsLogScanner, ts_log_scanner_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TsLogScan, ts_log_scan_free)

G_END_DECLS
