/* ts-text.c: folding, tokenizing and comparing text for search
 *
 * Search compares folded text: NFKC (full-width forms, compatibility jamo)
 * then case folding. Words are runs of letters, digits and marks, also cut
 * where Hangul meets another script so that "userSig가" yields "usersig"
 * and "가". Tokens are coarser: only white space and punctuation other than
 * '_' separate them, so that "PLAY_NOT_ALLOWED" in a pasted log line stays
 * one token.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-text"

#include "config.h"

#include <string.h>

#include "ts-text.h"

static gboolean
is_hangul (gunichar c)
{
  return (c >= TS_HANGUL_SYLLABLE_FIRST && c <= TS_HANGUL_SYLLABLE_LAST) ||
         (c >= 0x1100 && c <= 0x11FF) ||
         (c >= 0x3130 && c <= 0x318F) ||
         (c >= 0xA960 && c <= 0xA97F) ||
         (c >= 0xD7B0 && c <= 0xD7FF);
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* GLib 2.74 composes a normalized string by moving the rest of it down a
 * place at each composition: quadratic in the length of the text, 16 s
 * for a pasted megabyte of Hangul. So long text is folded in pieces. ASCII
 * and precomposed Hangul syllables are already NFKC and case-folded (but
 * for ASCII's capitals), so runs of them are copied; the rest is normalized
 * a piece of about FOLD_CHUNK bytes at a time, cut where the pieces
 * normalize as the whole would (see may_cut_before()). */
#define FOLD_CHUNK 1024

static gboolean
is_conjoining_jamo (gunichar c)
{
  return (c >= 0x1160 && c <= 0x11FF) || (c >= 0xD7B0 && c <= 0xD7FF);
}

/* A piece may end before @c: nothing before it can compose with it (a vowel
 * or final jamo composes with what comes before, and NFKC turns the
 * compatibility vowels into such jamo). */
static gboolean
may_cut_before (gunichar c)
{
  return g_unichar_combining_class (c) == 0 && !is_conjoining_jamo (c) && !(c >= 0x314F && c <= 0x3163);
}

/* Whether @p holds a character that folds to itself (ASCII lowered), whatever
 * follows: not when a combining mark or jamo after it would compose with it. */
static gboolean
folds_alone (const char *p)
{
  gunichar c = g_utf8_get_char (p);
  gunichar next;

  if (c >= 0x80 && (c < TS_HANGUL_SYLLABLE_FIRST || c > TS_HANGUL_SYLLABLE_LAST))
    return FALSE;
  next = g_utf8_get_char (g_utf8_next_char (p));
  return next < 0x80 || (!g_unichar_ismark (next) && !is_conjoining_jamo (next) &&
                         g_unichar_combining_class (next) == 0);
}

static char *
fold_in_pieces (const char *valid)
{
  GString *folded = g_string_new (NULL);
  const char *p = valid;

  while (*p != '\0')
    {
      const char *start = p;

      if (folds_alone (p))
        {
          for (; *p != '\0' && folds_alone (p); p = g_utf8_next_char (p))
            ;
          for (const char *c = start; c < p; c++)
            g_string_append_c (folded, g_ascii_tolower (*c));
        }
      else
        {
          g_autofree char *normalized = NULL;

          for (p = g_utf8_next_char (p);
               *p != '\0' && !folds_alone (p) &&
               (p - start < FOLD_CHUNK || !may_cut_before (g_utf8_get_char (p)));
               p = g_utf8_next_char (p))
            ;
          normalized = g_utf8_normalize (start, p - start, G_NORMALIZE_NFKC);
          if (normalized != NULL)
            {
              g_autofree char *piece = g_utf8_casefold (normalized, -1);

              g_string_append (folded, piece);
            }
        }
    }

  return g_string_free (folded, FALSE);
}

/**
 * ts_text_fold:
 * @text: UTF-8 text, possibly invalid
 * @length: length of @text in bytes, or -1 if nul-terminated
 *
 * Returns: (transfer full): @text made valid, NFKC-normalized and case-folded
 */
char *
ts_text_fold (const char *text,
              gssize      length)
{
  g_autofree char *valid = NULL;
  g_autofree char *normalized = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  if (length < 0)
    length = strlen (text);

  /* ASCII needs no normalization, and case folding is lowering there */
  for (gssize i = 0; ; i++)
    {
      if (i == length)
        return g_ascii_strdown (text, length);
      if ((guchar) text[i] >= 0x80 || text[i] == '\0')
        break;
    }

  valid = g_utf8_make_valid (text, length);
  if (strlen (valid) <= FOLD_CHUNK)
    {
      normalized = g_utf8_normalize (valid, -1, G_NORMALIZE_NFKC);
      return normalized != NULL ? g_utf8_casefold (normalized, -1) : g_strdup ("");
    }

  return fold_in_pieces (valid);
}

static void
add_span (GArray     *spans,
          const char *folded,
          const char *start,
          const char *end)
{
  TsSpan span = { start - folded, end - start };

  g_array_append_val (spans, span);
}

/**
 * ts_text_split_words:
 * @folded: text from ts_text_fold(), or any valid UTF-8
 *
 * Returns: (transfer full) (element-type TsSpan): the words of @folded, in order
 */
GArray *
ts_text_split_words (const char *folded)
{
  GArray *words = g_array_new (FALSE, FALSE, sizeof (TsSpan));
  const char *start = NULL;
  gboolean start_hangul = FALSE;

  for (const char *p = folded; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean word = c != 0 && is_word_char (c);

      if (start != NULL && (!word || (is_hangul (c) != start_hangul && !g_unichar_ismark (c))))
        {
          add_span (words, folded, start, p);
          start = NULL;
        }
      if (word && start == NULL)
        {
          start = p;
          start_hangul = is_hangul (c);
        }
      if (c == 0)
        break;
    }

  return words;
}

/**
 * ts_text_split_tokens:
 * @folded: text from ts_text_fold()
 *
 * Splits on white space and on punctuation other than '_'. A leading '-'
 * is dropped with the rest, so "-10012" gives "10012" as the index does.
 *
 * Returns: (transfer full) (element-type TsSpan): the tokens of @folded, in order
 */
GArray *
ts_text_split_tokens (const char *folded)
{
  GArray *tokens = g_array_new (FALSE, FALSE, sizeof (TsSpan));
  const char *start = NULL;

  for (const char *p = folded; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean inside = c != 0 && (is_word_char (c) || c == '_');

      if (start != NULL && !inside)
        {
          add_span (tokens, folded, start, p);
          start = NULL;
        }
      else if (start == NULL && inside)
        {
          start = p;
        }
      if (c == 0)
        break;
    }

  return tokens;
}

/**
 * ts_text_append_compact:
 * @out: where to append
 * @folded: text from ts_text_fold()
 * @length: bytes of @folded to read
 *
 * Appends only the letters, digits and marks of @folded: "play_not allowed"
 * and "Play-Not-Allowed" both give "playnotallowed".
 */
void
ts_text_append_compact (GString    *out,
                        const char *folded,
                        gsize       length)
{
  const char *end = folded + length;

  for (const char *p = folded; p < end && *p != '\0'; p = g_utf8_next_char (p))
    {
      if ((guchar) *p < 0x80)
        {
          if (g_ascii_isalnum (*p))
            g_string_append_c (out, *p);
          continue;
        }
      if (is_word_char (g_utf8_get_char (p)))
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
}

/**
 * ts_text_compact:
 * @folded: text from ts_text_fold()
 *
 * Returns: (transfer full): the compact form of @folded (see ts_text_append_compact())
 */
char *
ts_text_compact (const char *folded)
{
  GString *out = g_string_sized_new (strlen (folded));

  ts_text_append_compact (out, folded, strlen (folded));
  return g_string_free (out, FALSE);
}

/**
 * ts_text_choseong:
 * @folded_word: a folded word
 *
 * Returns: (transfer full) (nullable): the initial consonants (as choseong
 *   jamo, which is what NFKC makes of a typed compatibility jamo) of a word
 *   made only of Hangul syllables, or %NULL for any other word
 */
char *
ts_text_choseong (const char *folded_word)
{
  GString *out = g_string_new (NULL);

  for (const char *p = folded_word; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < TS_HANGUL_SYLLABLE_FIRST || c > TS_HANGUL_SYLLABLE_LAST)
        {
          g_string_free (out, TRUE);
          return NULL;
        }
      g_string_append_unichar (out, TS_CHOSEONG_FIRST + (c - TS_HANGUL_SYLLABLE_FIRST) / (21 * 28));
    }

  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }

  return g_string_free (out, FALSE);
}

/**
 * ts_text_is_choseong_only:
 * @folded_word: a folded word
 *
 * Returns: whether @folded_word is made only of initial consonants
 */
gboolean
ts_text_is_choseong_only (const char *folded_word)
{
  if (*folded_word == '\0')
    return FALSE;

  for (const char *p = folded_word; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < TS_CHOSEONG_FIRST || c > TS_CHOSEONG_LAST)
        return FALSE;
    }

  return TRUE;
}

static void
add_highlight (GArray     *spans,
               const char *text,
               const char *start,
               const char *end)
{
  TsSpan *last = spans->len > 0 ? &g_array_index (spans, TsSpan, spans->len - 1) : NULL;

  if (last != NULL && text + last->start + last->length >= start)
    {
      gsize new_end = MAX (last->start + last->length, (gsize) (end - text));

      last->length = new_end - last->start;
      return;
    }
  add_span (spans, text, start, end);
}

/* How far into @run (original text) the folded @prefix of its folded form
 * reaches: by characters, which folding keeps but for rare cases (ß → ss). */
static const char *
prefix_end (const char *run,
            const char *run_end,
            const char *prefix)
{
  glong n = g_utf8_strlen (prefix, -1);
  const char *p = run;

  for (glong i = 0; i < n && p < run_end; i++)
    p = g_utf8_next_char (p);
  return p;
}

/* Where @word matches in the folded word @folded (whose original is @run):
 * its start, or NULL, and in @end its end. */
static const char *
match_run (const char  *run,
           const char  *run_end,
           const char  *folded,
           const char  *word,
           const char **end)
{
  g_autofree char *initials = NULL;

  if (g_str_has_prefix (folded, word) ||
      (ts_text_is_choseong_only (word) && (initials = ts_text_choseong (folded)) != NULL &&
       g_str_has_prefix (initials, word)))
    {
      *end = prefix_end (run, run_end, word);
      return run;
    }
  /* "404a" in "0x404A" */
  if (g_str_has_prefix (folded, "0x") && *word != '\0' && g_str_has_prefix (folded + 2, word))
    {
      *end = prefix_end (run + 2, run_end, word);
      return run + 2;
    }
  return NULL;
}

/* What a word of the text has of the query: nothing, a whole word that
 * counts only beside a highlight, or a highlight */
typedef struct
{
  enum { UNMARKED, BESIDE, MARKED } kind;
  const char *start;
  const char *end;
} Mark;

static gboolean
all_whole (const char * const *words,
           const char * const *whole_words)
{
  for (guint w = 0; words[w] != NULL; w++)
    if (whole_words == NULL || !g_strv_contains (whole_words, words[w]))
      return FALSE;
  return TRUE;
}

/**
 * ts_text_find_highlights:
 * @text: text as shown (valid UTF-8)
 * @words: the folded words of a query (see ts_search_result_get_words())
 * @whole_words: (nullable): those of @words that mark only a word of @text
 *   that they are whole, not one they begin, and only beside another
 *   highlight unless the query has no other words: words too common to say
 *   anything on their own ("a" in "access", 안 in 안내, "a" in "punch a hole")
 *
 * Finds what a query matched in a text: the start of each word that a
 * query word begins, and the whole text when the query run together is the
 * text run together ("playnotallowed" in "PLAY_NOT_ALLOWED").
 *
 * Returns: (transfer full) (element-type TsSpan): byte ranges of @text, in order
 */
GArray *
ts_text_find_highlights (const char         *text,
                         const char * const *words,
                         const char * const *whole_words)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (TsSpan));
  g_autofree char *joined = NULL;
  g_autofree char *folded_text = NULL;
  g_autofree char *compact_text = NULL;
  g_autoptr(GArray) runs = NULL;
  g_autofree Mark *marks = NULL;
  gboolean alone;               /* the query is whole words only */

  g_return_val_if_fail (text != NULL, spans);

  if (words == NULL || words[0] == NULL)
    return spans;
  alone = all_whole (words, whole_words);

  /* the query run together, over the start of the text run together
   * (not for a query of whole words alone: that is one word, matched below) */
  joined = g_strjoinv ("", (GStrv) words);
  folded_text = ts_text_fold (text, -1);
  compact_text = ts_text_compact (folded_text);
  if (strlen (joined) >= 3 && g_str_has_prefix (compact_text, joined) && !alone)
    {
      glong left = g_utf8_strlen (joined, -1);
      const char *end = text;

      for (; *end != '\0' && left > 0; end = g_utf8_next_char (end))
        if (is_word_char (g_utf8_get_char (end)))
          left--;
      add_span (spans, text, text, end);
    }

  /* word by word: the same words search saw, at their places in @text; a
   * whole word (a stop word) only beside another highlight, as "not" in
   * "is not found", or when the query has nothing else */
  runs = ts_text_split_words (text);
  marks = g_new0 (Mark, runs->len);
  for (guint r = 0; r < runs->len; r++)
    {
      const TsSpan *run = &g_array_index (runs, TsSpan, r);
      const char *start = text + run->start, *end_of_run = start + run->length;
      g_autofree char *folded = ts_text_fold (start, run->length);
      Mark *mark = &marks[r];

      for (guint w = 0; words[w] != NULL; w++)
        {
          const char *end = end_of_run;
          const char *from;
          gboolean whole = whole_words != NULL && g_strv_contains (whole_words, words[w]);
          gboolean beside = whole && !alone;

          if (whole)
            from = g_str_equal (folded, words[w]) ? start : NULL;
          else
            from = match_run (start, end_of_run, folded, words[w], &end);
          /* a highlight of its own over one that needs company; the longer
           * of two */
          if (from == NULL || (beside && mark->kind != UNMARKED) ||
              (mark->kind == MARKED && end - from <= mark->end - mark->start))
            continue;
          mark->kind = beside ? BESIDE : MARKED;
          mark->start = from;
          mark->end = MIN (end, end_of_run);
        }
    }
  for (guint r = 1; r < runs->len; r++)
    if (marks[r].kind == BESIDE && marks[r - 1].kind == MARKED)
      marks[r].kind = MARKED;
  for (guint r = runs->len; r-- > 1;)
    if (marks[r - 1].kind == BESIDE && marks[r].kind == MARKED)
      marks[r - 1].kind = MARKED;
  for (guint r = 0; r < runs->len; r++)
    if (marks[r].kind == MARKED)
      add_highlight (spans, text, marks[r].start, marks[r].end);

  return spans;
}

/**
 * ts_text_edit_distance:
 * @a: bytes
 * @a_len: length of @a
 * @b: bytes
 * @b_len: length of @b
 * @max_distance: the largest distance of interest (at most 8)
 *
 * Levenshtein distance over bytes, computed only in the band that can stay
 * within @max_distance. Keys are ASCII, so bytes are characters there.
 *
 * Returns: the distance, or @max_distance + 1 when it is larger
 */
guint
ts_text_edit_distance (const char *a,
                       gsize       a_len,
                       const char *b,
                       gsize       b_len,
                       guint       max_distance)
{
  enum { MAX_LEN = 64 };
  guint row[MAX_LEN + 1];
  guint over = max_distance + 1;

  g_return_val_if_fail (max_distance <= 8, over);

  if ((a_len > b_len ? a_len - b_len : b_len - a_len) > max_distance)
    return over;
  if (a_len > MAX_LEN || b_len > MAX_LEN)
    return over;

  for (gsize j = 0; j <= b_len; j++)
    row[j] = j;

  for (gsize i = 1; i <= a_len; i++)
    {
      guint diagonal = row[0];
      guint row_min;
      gsize lo = i > max_distance ? i - max_distance : 1;
      gsize hi = MIN (b_len, i + max_distance);

      row[0] = i;
      if (lo > 1)
        {
          diagonal = row[lo - 1];
          row[lo - 1] = over;
        }
      row_min = row[0] < over ? row[0] : over;

      for (gsize j = lo; j <= hi; j++)
        {
          guint above = row[j];
          guint best = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);

          best = MIN (best, above + 1);
          best = MIN (best, row[j - 1] + 1);
          diagonal = above;
          row[j] = MIN (best, over);
          row_min = MIN (row_min, row[j]);
        }
      if (hi < b_len)
        row[hi + 1] = over;
      if (row_min >= over)
        return over;
    }

  return MIN (row[b_len], over);
}

/**
 * ts_text_is_transposition:
 *
 * Returns: whether @a is @b with two neighbouring characters swapped
 *   ("expierd" for "expired"), a typo that is two edits for
 *   ts_text_edit_distance() but one slip of the fingers
 */
gboolean
ts_text_is_transposition (const char *a,
                          const char *b)
{
  gsize i = 0;

  while (a[i] != '\0' && a[i] == b[i])
    i++;
  if (a[i] == '\0' || b[i] == '\0' || a[i + 1] == '\0' || a[i] != b[i + 1] || a[i + 1] != b[i])
    return FALSE;
  return strcmp (a + i + 2, b + i + 2) == 0;
}

/**
 * ts_text_is_unsafe_char:
 * @c: a character
 *
 * Whether @c must not reach a terminal (or a one-line label) as it is: the
 * C0 and C1 control characters and DEL (escape sequences, bell, carriage
 * return, backspace, tab, a new line in a one-line field), the line and
 * paragraph separators, and the bidirectional marks, embeddings, overrides
 * and isolates (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069),
 * which reorder or hide what follows them.
 *
 * Returns: whether ts_text_escape_unsafe() escapes @c
 */
gboolean
ts_text_is_unsafe_char (gunichar c)
{
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) ||
         c == 0x061C || c == 0x200E || c == 0x200F ||
         c == 0x2028 || c == 0x2029 ||
         (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069);
}

/**
 * ts_text_escape_unsafe:
 * @text: text, possibly invalid UTF-8
 * @length: length of @text in bytes, or -1 if nul-terminated
 *
 * Makes text from a catalog, a file name or the command line safe to print
 * on one line of a terminal. Two escapes, in lowercase hexadecimal:
 *
 * - `\xHH` for one byte: an ASCII control character or DEL (`\x1b` for ESC,
 *   `\x07` for BEL, `\x0a` for a new line, `\x7f`), or a byte that is not
 *   part of valid UTF-8 (`\xff`);
 * - `\uHHHH` for any other unsafe character (see ts_text_is_unsafe_char()):
 *   a C1 control character (`\u0085`) or a bidirectional control (`\u202e`).
 *
 * Everything else, Korean and emoji included, is copied unchanged. A
 * backslash is not escaped: the result is for people to read, not to parse.
 *
 * Returns: (transfer full): @text escaped, valid UTF-8
 */
char *
ts_text_escape_unsafe (const char *text,
                       gssize      length)
{
  GString *out;
  const char *p, *end;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  if (length < 0)
    length = strlen (text);
  out = g_string_sized_new (length);
  end = text + length;

  for (p = text; p < end; )
    {
      gunichar c;

      if ((guchar) *p < 0x80)
        {
          if (ts_text_is_unsafe_char ((guchar) *p))
            g_string_append_printf (out, "\\x%02x", (guchar) *p);
          else
            g_string_append_c (out, *p);
          p++;
          continue;
        }

      c = g_utf8_get_char_validated (p, end - p);
      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          g_string_append_printf (out, "\\x%02x", (guchar) *p);
          p++;
          continue;
        }

      if (ts_text_is_unsafe_char (c))
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
      p = g_utf8_next_char (p);
    }

  return g_string_free (out, FALSE);
}
