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
#define MAX_GAP 32
/* Escape sequences read past a token, to see what follows it */
#define MAX_ESCAPES 64
/* Past the longest pattern: the gap, an escape sequence that would end it
 * (32 bytes at most), a sign, digits, escape sequences and two bytes */
#define NUMBER_LOOKAHEAD 192
#define MAX_HEX_DIGITS 16
#define MAX_DECIMAL_DIGITS 18

typedef enum
{
  BYTE_WORD = 1 << 0,       /* glues tokens: ASCII letters, digits and _ */
  BYTE_FIRST = 1 << 1,      /* the first byte of a pattern (see pairs), or the 0 of 0x */
  BYTE_STARTER = 1 << 2,    /* no word byte, but the first byte of a pattern */
  BYTE_SEPARATOR = 1 << 3,  /* between "code" and its number */
  BYTE_DIGIT = 1 << 4,
  BYTE_HEX = 1 << 5,
  BYTE_ESCAPE = 1 << 6,     /* may start a terminal's escape sequence */
} ByteFlags;

typedef struct
{
  guint32 length;
  guint32 first_target;
  guint32 n_targets;
  gboolean keyword;         /* a decimal code may follow */
  gboolean word_end;        /* ends with a word byte: the next must not be one */
} Pattern;

typedef struct
{
  guint32 entry;            /* position in the catalog */
  const char *exact;        /* a key, to match in this case; NULL: any case */
} Target;

typedef struct
{
  gint64 value;
  guint32 entry;
} Code;

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

  Pattern *patterns;
  guint n_patterns;
  Target *targets;
  Code *hex_codes;          /* ascending */
  guint n_hex_codes;
  Code *decimal_codes;      /* ascending */
  guint n_decimal_codes;

  gsize lookahead;          /* bytes after a place that can decide it */
};

G_END_DECLS
