/* ts-log-scanner-private.h: a scanner's tables, for the scans that read them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ts-log-scanner.h"

G_BEGIN_DECLS

/* The limits of the token rules (ts-log-tokens.c), which the scanner's
 * lookahead must cover */
/* Bytes of separators (and escape sequences) between "code" and its number */
#define TS_LOG_MAX_GAP 32
/* Escape sequences read past a token, to see what follows it */
#define TS_LOG_MAX_ESCAPES 64
/* Past the longest pattern: the gap, an escape sequence that would end it
 * (32 bytes at most), a sign, digits, escape sequences and two bytes */
#define TS_LOG_NUMBER_LOOKAHEAD 192
#define TS_LOG_MAX_HEX_DIGITS 16
#define TS_LOG_MAX_DECIMAL_DIGITS 18

typedef enum
{
  TS_LOG_BYTE_WORD = 1 << 0,       /* glues tokens: ASCII letters, digits and _ */
  TS_LOG_BYTE_FIRST = 1 << 1,      /* the first byte of a pattern (see pairs), or the 0 of 0x */
  TS_LOG_BYTE_STARTER = 1 << 2,    /* no word byte, but the first byte of a pattern */
  TS_LOG_BYTE_SEPARATOR = 1 << 3,  /* between "code" and its number */
  TS_LOG_BYTE_DIGIT = 1 << 4,
  TS_LOG_BYTE_HEX = 1 << 5,
  TS_LOG_BYTE_ESCAPE = 1 << 6,     /* may start a terminal's escape sequence */
} TsLogByteFlags;

typedef struct
{
  guint32 length;
  guint32 first_target;
  guint32 n_targets;
  gboolean keyword;         /* a decimal code may follow */
  gboolean word_end;        /* ends with a word byte: the next must not be one */
} TsLogPattern;

typedef struct
{
  guint32 entry;            /* position in the catalog */
  const char *exact;        /* a key, to match in this case; NULL: any case */
} TsLogTarget;

typedef struct
{
  gint64 value;
  guint32 entry;
} TsLogCode;

struct _TsLogScanner
{
  TsCatalog *catalog;
  guint n_entries;

  guint8 byte_class[256];   /* 0 for bytes in no pattern; A-Z as a-z */
  guint8 byte_flags[256];
  /* the first two bytes of a match, in their case (a bit per pair): most
   * words start no match, and this says so without walking the trie */
  guint8 pairs[256 * 256 / 8];
  guint n_classes;
  guint row_shift;          /* a dense row has 1 << row_shift cells, for speed */

  /* the trie; nodes breadth first, so the children of a node are
   * consecutive and the shallow nodes (all, in a small catalog) dense */
  guint n_nodes;
  guint n_dense;
  guint32 *dense;           /* n_dense rows of children by class; 0: none */
  guint32 *first_child;
  guint32 *n_children;
  guint8 *edge_class;       /* the class that leads to a node; siblings ascending */
  guint32 *output;          /* a pattern ending at a node, + 1; or 0 */

  TsLogPattern *patterns;
  guint n_patterns;
  TsLogTarget *targets;
  TsLogCode *hex_codes;     /* ascending */
  guint n_hex_codes;
  TsLogCode *decimal_codes; /* ascending */
  guint n_decimal_codes;

  gsize lookahead;          /* bytes after a place that can decide it */
};

G_END_DECLS
