/* ts-log-tokens.c: the places in a log's bytes that name an error
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
 * Aho-Corasick is not needed: no match starts inside a word. (The tables
 * are built in ts-log-scanner.c.)
 *
 * The scan looks at the bytes of the buffer that ts-log-scan.c fills, one
 * line at a time, and hands each place that names an error to
 * ts-log-tally.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-log-scanner"

#include "config.h"

#include <string.h>

#include "ts-log-scan-state.h"
#include "ts-log-scanner-private.h"
#include "ts-log-tally.h"
#include "ts-log-tokens.h"

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

static void
record_code (TsLogScan       *self,
             const TsLogCode *codes,
             guint            n_codes,
             gint64           value,
             const guint8    *start,
             gsize            length)
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
    ts_log_tally_record (self, codes[lo].entry, start, length);
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

  while (p < end && (flags[*p] & TS_LOG_BYTE_ESCAPE) && p - start < TS_LOG_MAX_ESCAPES &&
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
  if (flags[*p] & TS_LOG_BYTE_WORD)
    return FALSE;
  return !((*p == '.' || *p == '-' || *p == ':') && p + 1 < end && (flags[p[1]] & TS_LOG_BYTE_DIGIT));
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

  while (q < end && (flags[*q] & TS_LOG_BYTE_HEX))
    {
      if (n_digits == TS_LOG_MAX_HEX_DIGITS)
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

      if (flags[*p] & TS_LOG_BYTE_SEPARATOR)
        {
          p++;
          separated = TRUE;
        }
      else if ((flags[*p] & TS_LOG_BYTE_ESCAPE) && (next = skip_escape (p, end)) != p + 1)
        {
          p = next;
        }
      else
        {
          break;
        }
      if (p - gap > TS_LOG_MAX_GAP)
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
  while (p < end && (flags[*p] & TS_LOG_BYTE_DIGIT))
    {
      if (n_digits == TS_LOG_MAX_DECIMAL_DIGITS)
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
found_pattern (TsLogScan          *self,
               const TsLogPattern *pattern,
               const guint8       *p,
               const guint8       *q,
               const guint8       *end)
{
  const TsLogScanner *scanner = self->scanner;
  const guint8 *after = skip_escapes (scanner->byte_flags, q, end);

  if (pattern->word_end && after < end && (scanner->byte_flags[*after] & TS_LOG_BYTE_WORD))
    return;

  if (pattern->keyword)
    find_decimal (self, q, end);

  for (guint32 i = 0; i < pattern->n_targets; i++)
    {
      const TsLogTarget *target = &scanner->targets[pattern->first_target + i];

      if (target->exact == NULL || memcmp (target->exact, p, pattern->length) == 0)
        ts_log_tally_record (self, target->entry, p, pattern->length);
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
          while (p < stop && (flags[*p] & TS_LOG_BYTE_WORD))
            p++;
          if (p >= stop)
            break;
          if (G_UNLIKELY (flags[*p] & TS_LOG_BYTE_ESCAPE) && (next = skip_escape (p, end)) != p + 1)
            {
              p = next;
              continue;
            }
          in_word = FALSE;
        }

      while (p < stop && !(flags[*p] & (TS_LOG_BYTE_WORD | TS_LOG_BYTE_STARTER | TS_LOG_BYTE_ESCAPE)))
        p++;
      if (p >= stop)
        break;

      f = flags[*p];
      if (G_UNLIKELY (f & TS_LOG_BYTE_ESCAPE))
        {
          p = skip_escape (p, end);
          continue;
        }
      if ((f & TS_LOG_BYTE_FIRST) &&
          (p + 1 == end || (t.pairs[(p[0] << 8 | p[1]) >> 3] & (1 << (p[1] & 7)))))
        look_at (self, &t, p, end);
      p++;
      in_word = (f & TS_LOG_BYTE_WORD) != 0;
    }

  self->in_word = in_word;
  return p;
}

/* Looks at the buffer's bytes up to @limit, line by line. Each place may
 * read up to the scanner's lookahead past it: the caller makes sure those
 * bytes are in the buffer, or that the log ends there. */
void
ts_log_tokens_scan (TsLogScan *self,
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
      ts_log_tally_end_line (self, self->offset + (guint64) (newline - self->buffer),
                             self->offset + (guint64) (newline - self->buffer) + 1);
      p = newline + 1;
    }

  /* past @limit after an escape sequence */
  self->position = MAX (limit, (gsize) (p - self->buffer));
}
