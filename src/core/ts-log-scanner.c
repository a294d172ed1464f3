/* ts-log-scanner.c: find the catalog's errors in a whole log
 *
 * What counts as naming an error, all as whole tokens (a token is glued to
 * its neighbours only by ASCII letters, digits and "_"; ".", "-", ":",
 * spaces, other punctuation and bytes past ASCII, Hangul included, separate):
 *
 * - a key or alias, in its own case ("UNKNOWN", never the word "unknown");
 * - a message, in any ASCII case;
 * - a hex code, "0x" or "0X" and one to 16 hex digits in any case;
 * - a decimal code, "-" allowed, right after one of the words code, errCode,
 *   errorCode, error_code, err, error, result or extraCode (any case) and up
 *   to 32 bytes of the separators space, tab, ":", "=", "(", '"' and "'" (one
 *   at least): "code: -10012", "errCode=70001", "\"code\":4096".
 *
 * A number followed by ".", "-" or ":" and a digit is part of something
 * else: a date (2026-03-08), a version, a place in a file (trtc.js:16388:12).
 * A terminal's escape sequences ("\e[31m", colours) are invisible: they
 * neither glue nor separate tokens ("x\e[1mPLAY_NOT_ALLOWED" is one word),
 * and may come between "code:" and its number.
 *
 * How: every pattern (keys, aliases, messages and the words before decimal
 * codes) starts with a word byte or with a byte that starts no word, so a
 * match can only start where a word starts or at such a byte. The scan skips
 * from one of those places to the next with a table lookup per byte (lines
 * are found with memchr()). Where the first two bytes can start a pattern (a
 * bit per pair of bytes says so; keys in their case, the rest in any case),
 * it walks a trie of the lowercased patterns (byte classes, dense rows for
 * its shallow nodes) for as long as it matches; "0x" there reads a hex code,
 * and a word before decimal codes reads the number after it. Codes are looked
 * up by value in sorted tables, one value possibly naming several entries.
 * Aho-Corasick is not needed: no match starts inside a word.
 *
 * The log goes through a buffer of 64 KiB plus a lookahead (the longest
 * pattern and the longest number after it): a place is only decided when
 * all the bytes that can decide it are in the buffer, so a match across two
 * reads is found like any other, and a line of any length streams through.
 * Findings of the current line wait, one per entry, until the line ends; the
 * memory they take is bounded by the catalog, not by the log. Each keeps an
 * excerpt of its line, TS_LOG_EXCERPT_CONTEXT bytes either side of it: the
 * lookahead covers the bytes after, and moving the buffer keeps as many
 * bytes before the next place to look at.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-log-scanner"

#include "config.h"

#include <string.h>

#include "ts-log-scanner.h"

/* Bytes scanned between two moves of the buffer */
#define CHUNK_SIZE (64 * 1024)
/* Bytes read from a stream at a time */
#define READ_SIZE (64 * 1024)
/* Bytes of separators (and escape sequences) between "code" and its number */
#define MAX_GAP 32
/* Escape sequences read past a token, to see what follows it */
#define MAX_ESCAPES 64
/* Past the longest pattern: the gap, an escape sequence that would end it
 * (32 bytes at most), a sign, digits, escape sequences and two bytes */
#define NUMBER_LOOKAHEAD 192
#define MAX_HEX_DIGITS 16
#define MAX_DECIMAL_DIGITS 18
/* Dense trie rows, at most (4 bytes each) */
#define MAX_DENSE_CELLS (1024u * 1024u)
#define NO_ENTRY G_MAXUINT32

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

typedef enum
{
  INPUT_UNKNOWN,            /* fewer than two bytes yet */
  INPUT_PLAIN,
  INPUT_GZIP,
  INPUT_GZIP_NEXT,          /* a member ended: another, or the end */
  INPUT_TRAILING,           /* after the last member: ignored, as gzip -d does */
} InputFormat;

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
} LineFinding;

struct _TsLogScan
{
  TsLogScanner *scanner;
  TsLogFindingFunc func;
  gpointer user_data;
  TsLogProgressFunc progress;
  gpointer progress_data;
  GCancellable *cancellable;  /* while reading a stream */

  InputFormat format;
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

  GArray *line_findings;    /* of LineFinding */
  GByteArray *line_text;
  guint64 *seen_on_line;    /* per entry: the last line it was found on */
  guint32 *seen_at;         /* per entry: its index in line_findings there */
  guint32 *tally_of;        /* per entry: its tally + 1, or 0 */
  GArray *tallies;          /* of TsLogTally */
  guint64 n_findings;
};

/* The words a decimal code may follow, lowercase */
static const char * const code_words[] = {
  "code", "errcode", "errorcode", "error_code", "err", "error", "result", "extracode",
};

/* A pattern being collected: its bytes as classes, in an arena */
typedef struct
{
  gsize offset;
  guint32 length;
  guint32 entry;            /* NO_ENTRY for a word before decimal codes */
  const char *exact;
  gboolean word_end;
} Item;

static gboolean
is_word_byte (guint8 c)
{
  return g_ascii_isalnum (c) || c == '_';
}

static void
add_pair (TsLogScanner *self,
          guint8        first,
          guint8        second)
{
  self->pairs[(first << 8 | second) >> 3] |= 1 << (second & 7);
}

/* Marks the first two bytes of @text as a possible start, in its case if
 * @exact, else in any ASCII case */
static void
add_pairs (TsLogScanner *self,
           const char   *text,
           gboolean      exact)
{
  guint8 firsts[2] = { text[0], text[0] };

  if (!exact)
    {
      firsts[0] = g_ascii_tolower (text[0]);
      firsts[1] = g_ascii_toupper (text[0]);
    }
  for (guint f = 0; f < 2; f++)
    {
      self->byte_flags[firsts[f]] |= BYTE_FIRST;
      for (guint second = 0; second < 256; second++)
        if (text[1] == '\0' ||
            second == (guint8) text[1] ||
            (!exact && g_ascii_tolower (second) == g_ascii_tolower (text[1])))
          add_pair (self, firsts[f], second);
    }
}

static void
add_item (TsLogScanner *self,
          GArray       *items,
          GByteArray   *arena,
          const char   *text,
          guint32       entry,
          gboolean      exact)
{
  gsize length = text != NULL ? strlen (text) : 0;
  Item item;

  /* a pattern with a line break can never match inside a line */
  if (length == 0 || length > G_MAXUINT32 / 2 || strpbrk (text, "\r\n") != NULL)
    return;

  item.offset = arena->len;
  item.length = length;
  item.entry = entry;
  item.exact = exact ? text : NULL;
  item.word_end = is_word_byte (text[length - 1]);

  for (gsize i = 0; i < length; i++)
    {
      guint8 c = g_ascii_tolower (text[i]);

      /* at most 229 distinct bytes (no NUL, line break or capital): fits */
      if (self->byte_class[c] == 0)
        self->byte_class[c] = self->n_classes++;
      g_byte_array_append (arena, &self->byte_class[c], 1);
    }
  add_pairs (self, text, exact);
  if (!is_word_byte (text[0]))
    self->byte_flags[(guint8) text[0]] |= BYTE_STARTER;

  g_array_append_val (items, item);
}

static gint
compare_items (gconstpointer a,
               gconstpointer b,
               gpointer      arena)
{
  const Item *x = a, *y = b;
  const guint8 *bytes = arena;
  int order = memcmp (bytes + x->offset, bytes + y->offset, MIN (x->length, y->length));

  if (order != 0)
    return order;
  if (x->length != y->length)
    return x->length < y->length ? -1 : 1;
  return (x->entry > y->entry) - (x->entry < y->entry);
}

static gint
compare_codes (gconstpointer a,
               gconstpointer b)
{
  const Code *x = a, *y = b;

  if (x->value != y->value)
    return x->value < y->value ? -1 : 1;
  return (x->entry > y->entry) - (x->entry < y->entry);
}

static void
init_byte_flags (TsLogScanner *self)
{
  for (guint c = 0; c < 256; c++)
    {
      if (is_word_byte (c))
        self->byte_flags[c] |= BYTE_WORD;
      if (g_ascii_isdigit (c))
        self->byte_flags[c] |= BYTE_DIGIT;
      if (g_ascii_isxdigit (c))
        self->byte_flags[c] |= BYTE_HEX;
    }
  add_pairs (self, "0x", FALSE);
  self->byte_flags[0x1b] |= BYTE_ESCAPE;
  for (const char *s = " \t:=(\"'"; *s != '\0'; s++)
    self->byte_flags[(guint8) *s] |= BYTE_SEPARATOR;
}

/* Unique patterns from the sorted items; @pattern_offsets gets where each
 * one's classes are in the arena. */
static void
collect_patterns (TsLogScanner *self,
                  GArray       *items,
                  const guint8 *arena,
                  GArray       *pattern_offsets)
{
  g_autoptr(GArray) patterns = g_array_new (FALSE, TRUE, sizeof (Pattern));
  g_autoptr(GArray) targets = g_array_new (FALSE, TRUE, sizeof (Target));

  for (guint i = 0; i < items->len; i++)
    {
      const Item *item = &g_array_index (items, Item, i);
      const Item *previous = i > 0 ? &g_array_index (items, Item, i - 1) : NULL;
      Pattern *pattern;

      if (previous == NULL || previous->length != item->length ||
          memcmp (arena + previous->offset, arena + item->offset, item->length) != 0)
        {
          Pattern added = { item->length, targets->len, 0, FALSE, item->word_end };

          g_array_append_val (patterns, added);
          g_array_append_val (pattern_offsets, item->offset);
        }

      pattern = &g_array_index (patterns, Pattern, patterns->len - 1);
      if (item->entry == NO_ENTRY)
        {
          pattern->keyword = TRUE;
        }
      else
        {
          Target target = { item->entry, item->exact };

          g_array_append_val (targets, target);
          pattern->n_targets++;
        }
    }

  self->n_patterns = patterns->len;
  self->patterns = (Pattern *) g_array_free (g_steal_pointer (&patterns), FALSE);
  self->targets = (Target *) g_array_free (g_steal_pointer (&targets), FALSE);
}

/* The trie, breadth first: a node stands for the patterns [lo, hi) of the
 * sorted unique patterns that share its first @depth classes; its children
 * split them by the next class. */
typedef struct
{
  guint32 lo;
  guint32 hi;
  guint32 depth;
} BuildNode;

static void
build_trie (TsLogScanner *self,
            const guint8 *arena,
            const gsize  *pattern_offsets)
{
  g_autoptr(GArray) nodes = g_array_new (FALSE, FALSE, sizeof (BuildNode));
  g_autoptr(GArray) first_child = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) n_children = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) output = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GByteArray) edge_class = g_byte_array_new ();
  BuildNode root = { 0, self->n_patterns, 0 };
  guint8 no_class = 0;

  g_array_append_val (nodes, root);
  g_byte_array_append (edge_class, &no_class, 1);

  for (guint id = 0; id < nodes->len; id++)
    {
      BuildNode node = g_array_index (nodes, BuildNode, id);
      guint32 lo = node.lo, first = nodes->len, count = 0, out = 0;

      /* sorted, a pattern as long as the node comes first of its range */
      if (lo < node.hi && self->patterns[lo].length == node.depth)
        out = ++lo;

      while (lo < node.hi)
        {
          guint8 c = arena[pattern_offsets[lo] + node.depth];
          BuildNode child = { lo, lo, node.depth + 1 };

          while (child.hi < node.hi && arena[pattern_offsets[child.hi] + node.depth] == c)
            child.hi++;
          g_array_append_val (nodes, child);
          g_byte_array_append (edge_class, &c, 1);
          count++;
          lo = child.hi;
        }

      g_array_append_val (first_child, first);
      g_array_append_val (n_children, count);
      g_array_append_val (output, out);
    }

  self->n_nodes = nodes->len;
  self->first_child = (guint32 *) g_array_free (g_steal_pointer (&first_child), FALSE);
  self->n_children = (guint32 *) g_array_free (g_steal_pointer (&n_children), FALSE);
  self->output = (guint32 *) g_array_free (g_steal_pointer (&output), FALSE);
  self->edge_class = g_byte_array_free (g_steal_pointer (&edge_class), FALSE);

  while ((1u << self->row_shift) < self->n_classes)
    self->row_shift++;
  self->n_dense = MIN (self->n_nodes, MAX_DENSE_CELLS >> self->row_shift);
  self->dense = g_new0 (guint32, (gsize) self->n_dense << self->row_shift);
  for (guint node = 0; node < self->n_dense; node++)
    for (guint32 c = 0; c < self->n_children[node]; c++)
      {
        guint32 child = self->first_child[node] + c;

        self->dense[((gsize) node << self->row_shift) + self->edge_class[child]] = child;
      }
}

static void
build_code_tables (TsLogScanner *self)
{
  g_autoptr(GArray) hex = g_array_new (FALSE, FALSE, sizeof (Code));
  g_autoptr(GArray) decimal = g_array_new (FALSE, FALSE, sizeof (Code));

  for (guint i = 0; i < self->n_entries; i++)
    {
      TsEntry *entry = ts_catalog_get_entry (self->catalog, i);
      const char *text = ts_entry_get_hex (entry);

      if (ts_entry_has_code (entry))
        {
          Code code = { ts_entry_get_code (entry), i };

          g_array_append_val (decimal, code);
        }
      if (text != NULL && text[0] == '0' && (text[1] == 'x' || text[1] == 'X') && text[2] != '\0' &&
          strlen (text + 2) <= MAX_HEX_DIGITS && strspn (text + 2, "0123456789abcdefABCDEF") == strlen (text + 2))
        {
          Code code = { (gint64) g_ascii_strtoull (text + 2, NULL, 16), i };

          g_array_append_val (hex, code);
        }
    }

  g_array_sort (hex, compare_codes);
  g_array_sort (decimal, compare_codes);
  self->n_hex_codes = hex->len;
  self->hex_codes = (Code *) g_array_free (g_steal_pointer (&hex), FALSE);
  self->n_decimal_codes = decimal->len;
  self->decimal_codes = (Code *) g_array_free (g_steal_pointer (&decimal), FALSE);
}

static void
ts_log_scanner_clear (gpointer data)
{
  TsLogScanner *self = data;

  g_clear_object (&self->catalog);
  g_free (self->dense);
  g_free (self->first_child);
  g_free (self->n_children);
  g_free (self->edge_class);
  g_free (self->output);
  g_free (self->patterns);
  g_free (self->targets);
  g_free (self->hex_codes);
  g_free (self->decimal_codes);
}

/* The child of a node past the dense rows by @c, or 0 */
static guint32
sparse_step (const TsLogScanner *self,
             guint32             node,
             guint               c)
{
  guint32 lo, hi, end;

  lo = self->first_child[node];
  end = hi = lo + self->n_children[node];
  while (lo < hi)
    {
      guint32 middle = lo + (hi - lo) / 2;

      if (self->edge_class[middle] < c)
        lo = middle + 1;
      else
        hi = middle;
    }
  return lo < end && self->edge_class[lo] == c ? lo : 0;
}

/* Keeps the first place of each entry on the current line. */
static void
record (TsLogScan    *self,
        guint32       entry,
        const guint8 *start,
        gsize         length)
{
  guint64 line = self->n_lines + 1;
  guint64 column = self->offset + (guint64) (start - self->buffer) - self->line_start + 1;
  LineFinding *finding;

  if (self->seen_on_line[entry] == line)
    {
      finding = &g_array_index (self->line_findings, LineFinding, self->seen_at[entry]);
      if (column >= finding->column)
        return;
    }
  else
    {
      self->seen_on_line[entry] = line;
      self->seen_at[entry] = self->line_findings->len;
      g_array_set_size (self->line_findings, self->line_findings->len + 1);
      finding = &g_array_index (self->line_findings, LineFinding, self->line_findings->len - 1);
      finding->entry = entry;
    }

  finding->column = column;
  finding->text = self->line_text->len;
  finding->text_length = length;
  g_byte_array_append (self->line_text, start, length);
  g_byte_array_append (self->line_text, (const guint8 *) "", 1);

  /* the line around it, as far as it goes: the buffer holds that much
   * either side (see make_room() and the lookahead) */
  {
    const guint8 *end = self->buffer + self->length;
    const guint8 *after = start + length;
    const guint8 *from = start - MIN ((gsize) (start - self->buffer), (gsize) TS_LOG_EXCERPT_CONTEXT);
    const guint8 *to = after + MIN ((gsize) (end - after), (gsize) TS_LOG_EXCERPT_CONTEXT);
    const guint8 *newline;

    if (self->line_start > self->offset + (guint64) (from - self->buffer))
      from = self->buffer + (self->line_start - self->offset);
    if ((newline = memchr (after, '\n', to - after)) != NULL)
      to = newline;

    finding->excerpt = self->line_text->len;
    finding->excerpt_length = to - from;
    finding->match_offset = start - from;
    g_byte_array_append (self->line_text, from, to - from);
    g_byte_array_append (self->line_text, (const guint8 *) "", 1);
  }
}

static void
record_code (TsLogScan    *self,
             const Code   *codes,
             guint         n_codes,
             gint64        value,
             const guint8 *start,
             gsize         length)
{
  guint lo = 0, hi = n_codes;

  while (lo < hi)
    {
      guint middle = lo + (hi - lo) / 2;

      if (codes[middle].value < value)
        lo = middle + 1;
      else
        hi = middle;
    }
  for (; lo < n_codes && codes[lo].value == value; lo++)
    record (self, codes[lo].entry, start, length);
}

/* After a terminal's control sequence at @p, as "\e[31m" (colours in a
 * log written to a terminal), or @p + 1 if there is none. It may end past a
 * segment, but before @end, and never at a new line. */
static const guint8 *
skip_escape (const guint8 *p,
             const guint8 *end)
{
  const guint8 *q = p + 2;

  if (end - p < 3 || p[1] != '[')
    return p + 1;
  while (q < end && q - p < 32 && *q >= 0x20 && *q <= 0x3f)
    q++;
  return q < end && *q >= 0x40 && *q <= 0x7e ? q + 1 : p + 1;
}

/* The first byte at or after @p that is not in an escape sequence */
static const guint8 *
skip_escapes (const guint8 *flags,
              const guint8 *p,
              const guint8 *end)
{
  const guint8 *start = p, *next;

  while (p < end && (flags[*p] & BYTE_ESCAPE) && p - start < MAX_ESCAPES &&
         (next = skip_escape (p, end)) != p + 1)
    p = next;
  return p;
}

/* Whether a number ends at @p: not glued to a word, and not the start of
 * a date, version or file position ("2026-03-08", "1.2", "trtc.js:16388:12") */
static gboolean
number_ends_at (const guint8 *flags,
                const guint8 *p,
                const guint8 *end)
{
  p = skip_escapes (flags, p, end);
  if (p == end)
    return TRUE;
  if (flags[*p] & BYTE_WORD)
    return FALSE;
  return !((*p == '.' || *p == '-' || *p == ':') && p + 1 < end && (flags[p[1]] & BYTE_DIGIT));
}

/* "0x…" at @p, which starts a word */
static G_GNUC_NO_INLINE void
find_hex (TsLogScan    *self,
          const guint8 *p,
          const guint8 *end)
{
  const guint8 *flags = self->scanner->byte_flags;
  const guint8 *q = p + 2;
  guint64 value = 0;
  guint n_digits = 0;

  while (q < end && (flags[*q] & BYTE_HEX))
    {
      if (n_digits == MAX_HEX_DIGITS)
        return;
      value = value << 4 | (guint64) g_ascii_xdigit_value (*q);
      q++;
      n_digits++;
    }
  if (n_digits > 0 && number_ends_at (flags, q, end))
    record_code (self, self->scanner->hex_codes, self->scanner->n_hex_codes, (gint64) value, p, q - p);
}

/* A decimal code after a word such as "code" that ends at @p */
static void
find_decimal (TsLogScan    *self,
              const guint8 *p,
              const guint8 *end)
{
  const guint8 *flags = self->scanner->byte_flags;
  const guint8 *gap = p, *start;
  gboolean separated = FALSE, negative = FALSE;
  guint n_digits = 0;
  gint64 value = 0;

  /* colours may come between: "code: \e[33m4096\e[39m" */
  while (p < end)
    {
      const guint8 *next;

      if (flags[*p] & BYTE_SEPARATOR)
        {
          p++;
          separated = TRUE;
        }
      else if ((flags[*p] & BYTE_ESCAPE) && (next = skip_escape (p, end)) != p + 1)
        {
          p = next;
        }
      else
        {
          break;
        }
      if (p - gap > MAX_GAP)
        return;
    }
  if (!separated)
    return;

  start = p;
  if (p < end && *p == '-')
    {
      negative = TRUE;
      p++;
    }
  while (p < end && (flags[*p] & BYTE_DIGIT))
    {
      if (n_digits == MAX_DECIMAL_DIGITS)
        return;
      value = value * 10 + (*p - '0');
      p++;
      n_digits++;
    }
  if (n_digits > 0 && number_ends_at (flags, p, end))
    record_code (self, self->scanner->decimal_codes, self->scanner->n_decimal_codes,
                 negative ? -value : value, start, p - start);
}

/* The pattern @pattern matched the bytes from @p to @q */
static G_GNUC_NO_INLINE void
found_pattern (TsLogScan     *self,
               const Pattern *pattern,
               const guint8  *p,
               const guint8  *q,
               const guint8  *end)
{
  const TsLogScanner *scanner = self->scanner;
  const guint8 *after = skip_escapes (scanner->byte_flags, q, end);

  if (pattern->word_end && after < end && (scanner->byte_flags[*after] & BYTE_WORD))
    return;

  if (pattern->keyword)
    find_decimal (self, q, end);

  for (guint32 i = 0; i < pattern->n_targets; i++)
    {
      const Target *target = &scanner->targets[pattern->first_target + i];

      if (target->exact == NULL || memcmp (target->exact, p, pattern->length) == 0)
        record (self, target->entry, p, pattern->length);
    }
}

/* The scanner's tables the scan reads for every word, copied where the
 * compiler can keep them in registers */
typedef struct
{
  const TsLogScanner *scanner;
  const guint8 *pairs;
  const guint8 *flags;
  const guint8 *byte_class;
  const guint32 *dense;
  const guint32 *output;
  guint row_shift;
  guint32 n_dense;
} Tables;

/* Everything that can start at @p: where a word starts, or at a byte that
 * starts a pattern. The hottest code: most words end their walk in a step
 * or two of the dense rows. */
static inline void
look_at (TsLogScan    *self,
         const Tables *t,
         const guint8 *p,
         const guint8 *end)
{
  guint32 node = 0;

  if (*p == '0' && end - p > 2 && (p[1] == 'x' || p[1] == 'X'))
    find_hex (self, p, end);

  for (const guint8 *q = p; q < end;)
    {
      guint c = t->byte_class[*q];

      if (c == 0)
        return;
      node = G_LIKELY (node < t->n_dense) ? t->dense[((gsize) node << t->row_shift) + c] : sparse_step (t->scanner, node, c);
      if (node == 0)
        return;
      q++;
      if (G_UNLIKELY (t->output[node] != 0))
        found_pattern (self, &t->scanner->patterns[t->output[node] - 1], p, q, end);
    }
}

static gint
compare_line_findings (gconstpointer a,
                       gconstpointer b)
{
  const LineFinding *x = a, *y = b;

  if (x->column != y->column)
    return x->column < y->column ? -1 : 1;
  return (x->entry > y->entry) - (x->entry < y->entry);
}

/* The current line ends at @line_end (its "\n" or the end of the log); the
 * next starts at @next_start. */
static void
end_line (TsLogScan *self,
          guint64    line_end,
          guint64    next_start)
{
  guint64 line = ++self->n_lines;
  guint64 line_length = line_end - self->line_start;

  self->line_start = next_start;
  if (self->line_findings->len == 0)
    return;

  g_array_sort (self->line_findings, compare_line_findings);
  for (guint i = 0; i < self->line_findings->len; i++)
    {
      const LineFinding *found = &g_array_index (self->line_findings, LineFinding, i);
      TsEntry *entry = ts_catalog_get_entry (self->scanner->catalog, found->entry);
      TsLogFinding finding = {
        line, found->column, (const char *) self->line_text->data + found->text, found->text_length, entry,
        (const char *) self->line_text->data + found->excerpt, found->excerpt_length, found->match_offset,
        line_length,
      };
      TsLogTally *tally;

      if (self->tally_of[found->entry] == 0)
        {
          TsLogTally added = { entry, 0, line, line };

          g_array_append_val (self->tallies, added);
          self->tally_of[found->entry] = self->tallies->len;
        }
      tally = &g_array_index (self->tallies, TsLogTally, self->tally_of[found->entry] - 1);
      tally->n_lines++;
      tally->last_line = line;
      self->n_findings++;

      if (self->func != NULL)
        self->func (&finding, self->user_data);
    }

  g_array_set_size (self->line_findings, 0);
  g_byte_array_set_size (self->line_text, 0);
}

/* Looks at the bytes from @p to @stop, all of one line: where each word
 * starts, and at bytes that start patterns. Escape sequences are invisible:
 * they neither end a word nor start one. Returns where it stopped: at @stop,
 * or past it after an escape sequence. */
static inline const guint8 *
scan_segment (TsLogScan    *self,
              const guint8 *p,
              const guint8 *stop,
              const guint8 *end)
{
  const TsLogScanner *scanner = self->scanner;
  const Tables t = {
    scanner, scanner->pairs, scanner->byte_flags, scanner->byte_class, scanner->dense, scanner->output,
    scanner->row_shift, scanner->n_dense,
  };
  const guint8 *flags = t.flags;
  gboolean in_word = self->in_word;

  for (;;)
    {
      const guint8 *next;
      guint8 f;

      if (in_word)
        {
          while (p < stop && (flags[*p] & BYTE_WORD))
            p++;
          if (p >= stop)
            break;
          if (G_UNLIKELY (flags[*p] & BYTE_ESCAPE) && (next = skip_escape (p, end)) != p + 1)
            {
              p = next;
              continue;
            }
          in_word = FALSE;
        }

      while (p < stop && !(flags[*p] & (BYTE_WORD | BYTE_STARTER | BYTE_ESCAPE)))
        p++;
      if (p >= stop)
        break;

      f = flags[*p];
      if (G_UNLIKELY (f & BYTE_ESCAPE))
        {
          p = skip_escape (p, end);
          continue;
        }
      if ((f & BYTE_FIRST) &&
          (p + 1 == end || (t.pairs[(p[0] << 8 | p[1]) >> 3] & (1 << (p[1] & 7)))))
        look_at (self, &t, p, end);
      p++;
      in_word = (f & BYTE_WORD) != 0;
    }

  self->in_word = in_word;
  return p;
}

/* Looks at the buffer's bytes up to @limit, line by line. Each place may
 * read up to the scanner's lookahead past it: the caller makes sure those
 * bytes are in the buffer, or that the log ends there. */
static void
scan_bytes (TsLogScan *self,
            gsize      limit)
{
  const guint8 *end = self->buffer + self->length;
  const guint8 *stop = self->buffer + limit;
  const guint8 *p = self->buffer + self->position;

  while (p < stop)
    {
      const guint8 *newline = memchr (p, '\n', stop - p);

      if (newline == NULL)
        {
          p = scan_segment (self, p, stop, end);
          break;
        }
      scan_segment (self, p, newline, end);
      self->in_word = FALSE;
      end_line (self, self->offset + (guint64) (newline - self->buffer),
                self->offset + (guint64) (newline - self->buffer) + 1);
      p = newline + 1;
    }

  /* past @limit after an escape sequence */
  self->position = MAX (limit, (gsize) (p - self->buffer));
}

/* Scans what can be decided and moves the rest to the front, with the
 * bytes before it that an excerpt may show. */
static void
make_room (TsLogScan *self)
{
  gsize drop;

  if (self->length > self->scanner->lookahead)
    scan_bytes (self, self->length - self->scanner->lookahead);

  drop = self->position - MIN (self->position, (gsize) TS_LOG_EXCERPT_CONTEXT);
  memmove (self->buffer, self->buffer + drop, self->length - drop);
  self->offset += drop;
  self->length -= drop;
  self->position -= drop;
}

static void
append_plain (TsLogScan    *self,
              const guint8 *data,
              gsize         length)
{
  while (length > 0)
    {
      gsize n;

      if (self->length == self->capacity)
        make_room (self);
      n = MIN (length, self->capacity - self->length);
      memcpy (self->buffer + self->length, data, n);
      self->length += n;
      data += n;
      length -= n;
    }
}

/* Decompresses @data into the buffer. *@used is how much of it was used:
 * less than @length when a gzip member ended before. */
static gboolean
inflate_bytes (TsLogScan     *self,
               const guint8  *data,
               gsize          length,
               gsize         *used,
               GError       **error)
{
  gsize done = 0;

  for (;;)
    {
      g_autoptr(GError) local_error = NULL;
      gsize read = 0, written = 0, space;
      GConverterResult result;

      if (self->cancellable != NULL && g_cancellable_set_error_if_cancelled (self->cancellable, error))
        return FALSE;

      if (self->length == self->capacity)
        make_room (self);
      space = self->capacity - self->length;

      result = g_converter_convert (self->decompressor, data + done, length - done,
                                    self->buffer + self->length, space,
                                    G_CONVERTER_NO_FLAGS, &read, &written, &local_error);
      if (result == G_CONVERTER_ERROR)
        {
          /* nothing left to decompress until more comes */
          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT))
            break;
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }

      done += read;
      self->length += written;
      if (result == G_CONVERTER_FINISHED)
        {
          self->format = INPUT_GZIP_NEXT;
          self->n_magic = 0;
          break;
        }
      if (read == 0 && written == 0)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "the compressed data cannot be read");
          return FALSE;
        }
      /* all used, and no output left in the decompressor */
      if (done == length && written < space)
        break;
    }

  *used = done;
  return TRUE;
}

/* Ends the scan on an error */
static gboolean
fail (TsLogScan *self)
{
  self->failed = TRUE;
  return FALSE;
}

/* The first two bytes (of the log or after a gzip member) are in magic[]. */
static gboolean
start_input (TsLogScan  *self,
             GError    **error)
{
  gsize used;

  if (self->n_magic < 2 || self->magic[0] != 0x1f || self->magic[1] != 0x8b)
    {
      if (self->format == INPUT_UNKNOWN)
        {
          self->format = INPUT_PLAIN;
          append_plain (self, self->magic, self->n_magic);
        }
      else
        {
          self->format = INPUT_TRAILING;
        }
      return TRUE;
    }

  if (self->decompressor == NULL)
    self->decompressor = G_CONVERTER (g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP));
  else
    g_converter_reset (self->decompressor);
  self->compressed = TRUE;
  self->format = INPUT_GZIP;
  return inflate_bytes (self, self->magic, self->n_magic, &used, error);
}

/**
 * ts_log_scanner_new:
 * @catalog: the errors to look for
 *
 * Prepares to find @catalog's errors in logs: the keys, aliases, messages,
 * hex codes and decimal codes of its entries.
 *
 * Returns: (transfer full): a new scanner
 */
TsLogScanner *
ts_log_scanner_new (TsCatalog *catalog)
{
  TsLogScanner *self;
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (Item));
  g_autoptr(GArray) pattern_offsets = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autoptr(GByteArray) arena = g_byte_array_new ();
  gsize longest = 0;

  g_return_val_if_fail (TS_IS_CATALOG (catalog), NULL);

  self = g_atomic_rc_box_new0 (TsLogScanner);
  self->catalog = g_object_ref (catalog);
  self->n_entries = ts_catalog_get_n_entries (catalog);
  self->n_classes = 1;
  init_byte_flags (self);

  for (guint i = 0; i < self->n_entries; i++)
    {
      TsEntry *entry = ts_catalog_get_entry (catalog, i);
      const char * const *aliases = ts_entry_get_aliases (entry);

      add_item (self, items, arena, ts_entry_get_key (entry), i, TRUE);
      for (guint a = 0; aliases[a] != NULL; a++)
        add_item (self, items, arena, aliases[a], i, TRUE);
      add_item (self, items, arena, ts_entry_get_message (entry), i, FALSE);
    }
  for (guint i = 0; i < G_N_ELEMENTS (code_words); i++)
    add_item (self, items, arena, code_words[i], NO_ENTRY, FALSE);

  for (guint c = 'A'; c <= 'Z'; c++)
    self->byte_class[c] = self->byte_class[(guint8) g_ascii_tolower (c)];

  g_array_sort_with_data (items, compare_items, arena->data);
  collect_patterns (self, items, arena->data, pattern_offsets);
  build_trie (self, arena->data, (const gsize *) (gpointer) pattern_offsets->data);
  build_code_tables (self);

  for (guint i = 0; i < self->n_patterns; i++)
    longest = MAX (longest, self->patterns[i].length);
  /* and the excerpt after a match */
  self->lookahead = longest + NUMBER_LOOKAHEAD + TS_LOG_EXCERPT_CONTEXT;

  return self;
}

/**
 * ts_log_scanner_ref:
 *
 * Returns: (transfer full): @self
 */
TsLogScanner *
ts_log_scanner_ref (TsLogScanner *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

void
ts_log_scanner_unref (TsLogScanner *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, ts_log_scanner_clear);
}

/**
 * ts_log_scanner_get_catalog:
 *
 * Returns: (transfer none): the catalog whose errors it finds
 */
TsCatalog *
ts_log_scanner_get_catalog (TsLogScanner *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->catalog;
}

/**
 * ts_log_scanner_get_n_patterns:
 *
 * Returns: how many distinct texts it looks for (keys, aliases, messages,
 *   in lowercase, and the words before decimal codes)
 */
guint
ts_log_scanner_get_n_patterns (TsLogScanner *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_patterns;
}

/**
 * ts_log_scan_new:
 * @scanner: what to look for
 * @func: (nullable): called with each finding, in line order, as its line ends
 * @user_data: for @func
 *
 * Starts a pass over one log. Give it the log with ts_log_scan_push() and
 * ts_log_scan_finish(), or ts_log_scan_read_stream(), on one thread.
 *
 * Returns: (transfer full): a new scan
 */
TsLogScan *
ts_log_scan_new (TsLogScanner     *scanner,
                 TsLogFindingFunc  func,
                 gpointer          user_data)
{
  TsLogScan *self;
  gsize n_entries;

  g_return_val_if_fail (scanner != NULL, NULL);

  n_entries = MAX (scanner->n_entries, 1);
  self = g_new0 (TsLogScan, 1);
  self->scanner = ts_log_scanner_ref (scanner);
  self->func = func;
  self->user_data = user_data;
  self->capacity = CHUNK_SIZE + TS_LOG_EXCERPT_CONTEXT + scanner->lookahead;
  self->buffer = g_malloc (self->capacity);
  self->line_findings = g_array_new (FALSE, FALSE, sizeof (LineFinding));
  self->line_text = g_byte_array_new ();
  self->seen_on_line = g_new0 (guint64, n_entries);
  self->seen_at = g_new0 (guint32, n_entries);
  self->tally_of = g_new0 (guint32, n_entries);
  self->tallies = g_array_new (FALSE, FALSE, sizeof (TsLogTally));

  return self;
}

/**
 * ts_log_scan_set_progress_func:
 * @func: (nullable): called after each read of ts_log_scan_read_stream()
 *
 * Lets a caller follow a long scan (the window shows it beside a file's size).
 */
void
ts_log_scan_set_progress_func (TsLogScan         *self,
                               TsLogProgressFunc  func,
                               gpointer           user_data)
{
  g_return_if_fail (self != NULL);

  self->progress = func;
  self->progress_data = user_data;
}

/**
 * ts_log_scan_push:
 * @data: (array length=length): the next bytes of the log, any bytes
 * @length: how many
 * @error: return location for a #GError
 *
 * Scans the next bytes of the log, which may be gzip-compressed (as its first
 * two bytes tell). Findings whose lines end in them are reported.
 *
 * Returns: %FALSE if the compressed data is corrupt; the scan is over then
 */
gboolean
ts_log_scan_push (TsLogScan   *self,
                  const void  *data,
                  gsize        length,
                  GError     **error)
{
  const guint8 *bytes = data;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (!self->finished && !self->failed, FALSE);

  self->n_input += length;
  while (length > 0)
    {
      gsize used;

      switch (self->format)
        {
        case INPUT_UNKNOWN:
        case INPUT_GZIP_NEXT:
          self->magic[self->n_magic++] = *bytes++;
          length--;
          if (self->n_magic == 2 && !start_input (self, error))
            return fail (self);
          break;

        case INPUT_PLAIN:
          append_plain (self, bytes, length);
          length = 0;
          break;

        case INPUT_GZIP:
          if (!inflate_bytes (self, bytes, length, &used, error))
            return fail (self);
          bytes += used;
          length -= used;
          break;

        case INPUT_TRAILING:
        default:
          length = 0;
          break;
        }
    }

  return TRUE;
}

/**
 * ts_log_scan_finish:
 * @error: return location for a #GError
 *
 * Scans the end of the log and reports the findings of its last line.
 *
 * Returns: %FALSE if the log was compressed and ends early (what it held
 *   was scanned all the same)
 */
gboolean
ts_log_scan_finish (TsLogScan  *self,
                    GError    **error)
{
  gboolean truncated;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (!self->finished && !self->failed, FALSE);

  if (self->format == INPUT_UNKNOWN && self->n_magic > 0)
    start_input (self, NULL);
  truncated = self->format == INPUT_GZIP;

  scan_bytes (self, self->length);
  if (self->offset + self->length > self->line_start)
    end_line (self, self->offset + self->length, self->offset + self->length);
  self->finished = TRUE;

  if (truncated)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT, "the compressed data ends early");
      return fail (self);
    }
  return TRUE;
}

/**
 * ts_log_scan_read_stream:
 * @stream: the log
 * @cancellable: (nullable): to stop reading
 * @error: return location for a #GError
 *
 * Scans all of @stream and finishes (see ts_log_scan_finish()). Blocks:
 * a window calls it on a worker thread.
 *
 * Returns: %FALSE on a read error, corrupt compressed data, or when
 *   cancelled; the scan is over then
 */
gboolean
ts_log_scan_read_stream (TsLogScan     *self,
                         GInputStream  *stream,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autofree guint8 *chunk = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (!self->finished && !self->failed, FALSE);

  chunk = g_malloc (READ_SIZE);
  self->cancellable = cancellable;
  for (;;)
    {
      gssize n;

      if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
          (n = g_input_stream_read (stream, chunk, READ_SIZE, cancellable, error)) < 0)
        {
          ok = fail (self);
          break;
        }
      if (n == 0)
        break;
      if (!ts_log_scan_push (self, chunk, n, error))
        {
          ok = FALSE;
          break;
        }
      if (self->progress != NULL)
        self->progress (self->n_input, self->progress_data);
    }
  self->cancellable = NULL;

  return ok && ts_log_scan_finish (self, error);
}

/**
 * ts_log_scan_read_file:
 * @file: the log
 * @cancellable: (nullable): to stop reading
 * @error: return location for a #GError
 *
 * Scans all of @file, as ts_log_scan_read_stream() does.
 *
 * Returns: %FALSE if it cannot be read, or see ts_log_scan_read_stream()
 */
gboolean
ts_log_scan_read_file (TsLogScan     *self,
                       GFile         *file,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return fail (self);
  return ts_log_scan_read_stream (self, G_INPUT_STREAM (stream), cancellable, error);
}

/**
 * ts_log_scan_is_compressed:
 *
 * Returns: whether the log was gzip-compressed
 */
gboolean
ts_log_scan_is_compressed (TsLogScan *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->compressed;
}

/**
 * ts_log_scan_get_n_bytes:
 *
 * Returns: the bytes of the log scanned so far (decompressed)
 */
guint64
ts_log_scan_get_n_bytes (TsLogScan *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->offset + self->position;
}

/**
 * ts_log_scan_get_n_lines:
 *
 * Returns: the lines of the log: those ended so far, and once finished the
 *   last one too if it has no line break
 */
guint64
ts_log_scan_get_n_lines (TsLogScan *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_lines;
}

/**
 * ts_log_scan_get_n_findings:
 *
 * Returns: the findings reported so far
 */
guint64
ts_log_scan_get_n_findings (TsLogScan *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_findings;
}

/**
 * ts_log_scan_get_n_tallies:
 *
 * Returns: how many distinct errors were found so far
 */
guint
ts_log_scan_get_n_tallies (TsLogScan *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->tallies->len;
}

/**
 * ts_log_scan_get_tally:
 * @index: less than ts_log_scan_get_n_tallies()
 *
 * The errors found come in the order they first appeared in.
 *
 * Returns: (transfer none): how the @index-th error appears in the log
 */
const TsLogTally *
ts_log_scan_get_tally (TsLogScan *self,
                       guint      index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->tallies->len, NULL);

  return &g_array_index (self->tallies, TsLogTally, index);
}

void
ts_log_scan_free (TsLogScan *self)
{
  if (self == NULL)
    return;

  ts_log_scanner_unref (self->scanner);
  g_clear_object (&self->decompressor);
  g_free (self->buffer);
  g_array_unref (self->line_findings);
  g_byte_array_unref (self->line_text);
  g_free (self->seen_on_line);
  g_free (self->seen_at);
  g_free (self->tally_of);
  g_array_unref (self->tallies);
  g_free (self);
}
