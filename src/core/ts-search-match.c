/* ts-search-match.c: finding a query's words and ids in the search index
 *
 * A word is looked up in the sorted vocabularies by binary search; the
 * terms it is a prefix of follow in one range. Each entry holding one of
 * them is marked with a tier (lower is better) from the term's field class
 * and whether the word is the whole term; a word found through another form
 * of it (its English stem, its Korean bigrams, a correction of a typo) is
 * marked at the class's prefix tier or a tier or two worse. Ids (codes,
 * keys, messages) and the tokens of a pasted log line rank entries directly.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-search"

#include "config.h"

#include <string.h>

#include "ts-analyzer.h"
#include "ts-search-match.h"
#include "ts-search-result-private.h"
#include "ts-text.h"

/* tier[class][exact] */
static const guint8 tiers[][2] = {
  [TS_SEARCH_CLASS_ID]      = { 1, 0 },
  [TS_SEARCH_CLASS_WEAK_ID] = { 1, 0 },
  [TS_SEARCH_CLASS_KEYWORD] = { 2, 1 },
  [TS_SEARCH_CLASS_TITLE]   = { 4, 3 },
  [TS_SEARCH_CLASS_BODY]    = { 6, 5 },
  [TS_SEARCH_CLASS_AID]     = { 8, 7 },
};

/* A word found through another form of it ranks below the word itself:
 * its tier is the class's prefix tier plus this. */
#define TIER_STEM 0
#define TIER_BIGRAMS 1
#define TIER_TYPO 2

static const char *
term_text (TsSearchIndex      *self,
           const TsSearchTerm *term)
{
  return self->strings->str + term->text;
}

/* The first term not sorting before @text. */
static guint
lower_bound (TsSearchIndex            *self,
             const TsSearchVocabulary *vocabulary,
             const char               *text)
{
  guint lo = 0, hi = vocabulary->n_terms;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (strcmp (term_text (self, &vocabulary->terms[mid]), text) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

static const guint32 *
term_postings (TsSearchIndex      *self,
               const TsSearchTerm *term)
{
  return &g_array_index (self->postings, guint32, term->first);
}

/* Marks the entry at @position as holding the query word at @tier. A short
 * word that only begins a word of the entry (@loose) matches when every
 * word must, not for a partial match: "req" is no "requirements". */
static inline void
mark (TsSearchIndex *self,
      guint32        position,
      guint8         tier,
      gboolean       loose)
{
  if (tier < self->word_tier[position])
    {
      self->n_marked += self->word_tier[position] == TS_SEARCH_NO_TIER;
      self->word_tier[position] = tier;
    }
  if (!(loose && self->short_word) && tier < self->partial_tier[position])
    {
      self->n_partial += self->partial_tier[position] == TS_SEARCH_NO_TIER;
      self->partial_tier[position] = tier;
    }
}

/* Marks the best tier at which each entry holds a term that @word is a
 * prefix of (or is, unless @prefix). */
static void
match_prefix (TsSearchIndex            *self,
              const TsSearchVocabulary *vocabulary,
              const char               *word,
              gboolean                  exact_allowed,
              gboolean                  prefix)
{
  gsize length = strlen (word);

  for (guint t = lower_bound (self, vocabulary, word); t < vocabulary->n_terms; t++)
    {
      const TsSearchTerm *term = &vocabulary->terms[t];
      const char *text = term_text (self, term);
      const guint32 *postings = term_postings (self, term);
      gboolean exact;

      if (strncmp (text, word, length) != 0 || (!prefix && text[length] != '\0'))
        break;

      exact = exact_allowed && text[length] == '\0';
      for (guint p = 0; p < term->n_postings; p++)
        mark (self, postings[p] >> TS_SEARCH_CLASS_BITS,
              tiers[postings[p] & ((1 << TS_SEARCH_CLASS_BITS) - 1)][exact], text[length] != '\0');
    }
}

/* Entries for which @text is a whole id (code, key, message): rank[e] = min (rank[e], @rank). */
guint
ts_search_match_id (TsSearchIndex *self,
                    const char    *text,
                    gboolean       prefix,
                    guint8         rank,
                    gboolean       weak_too)
{
  gsize length = strlen (text);
  guint found = 0;

  for (guint t = lower_bound (self, &self->ids, text); t < self->ids.n_terms; t++)
    {
      const TsSearchTerm *term = &self->ids.terms[t];
      const guint32 *postings = term_postings (self, term);
      const char *term_string = term_text (self, term);

      if (strncmp (term_string, text, length) != 0 || (!prefix && term_string[length] != '\0'))
        break;

      for (guint p = 0; p < term->n_postings; p++)
        {
          TsSearchTermClass term_class = postings[p] & ((1 << TS_SEARCH_CLASS_BITS) - 1);
          guint32 position = postings[p] >> TS_SEARCH_CLASS_BITS;

          if (term_class == TS_SEARCH_CLASS_ID || (weak_too && term_class == TS_SEARCH_CLASS_WEAK_ID))
            {
              if (rank < self->rank[position])
                self->rank[position] = rank;
              found++;
            }
        }
    }

  return found;
}

static void
pin (GHashTable *pins,
     guint       position)
{
  gpointer entry = GUINT_TO_POINTER (position + 1);

  g_hash_table_insert (pins, entry, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (pins, entry)) + 1));
}

/* A log line pins an entry once for each distinct whole token naming it and
 * each of its messages it contains; more pins rank higher. */
void
ts_search_match_log_tokens (TsSearchIndex *self,
                            TsSearchQuery *query)
{
  g_autoptr(GHashTable) pins = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer key, value;

  /* a query of one token is not a log line: it is matched as a whole */
  if (query->tokens->len < 2)
    return;

  for (guint i = 0; i < query->tokens->len; i++)
    {
      const char *compact = ts_search_query_compact_token (query, &g_array_index (query->tokens, TsSpan, i));
      const TsSearchTerm *term;
      guint t;

      if (*compact == '\0' || g_hash_table_contains (seen, compact))
        continue;
      g_hash_table_add (seen, g_strdup (compact));

      t = lower_bound (self, &self->ids, compact);
      if (t >= self->ids.n_terms)
        continue;
      term = &self->ids.terms[t];
      if (strcmp (term_text (self, term), compact) != 0)
        continue;

      for (guint p = 0; p < term->n_postings; p++)
        {
          guint32 posting = term_postings (self, term)[p];

          if ((posting & ((1 << TS_SEARCH_CLASS_BITS) - 1)) == TS_SEARCH_CLASS_ID)
            pin (pins, posting >> TS_SEARCH_CLASS_BITS);
        }
    }

  for (guint i = 0; i < query->words->len; i++)
    {
      const TsSpan *span = &g_array_index (query->words, TsSpan, i);
      GArray *starts;

      g_string_overwrite_len (g_string_truncate (query->scratch, 0), 0,
                              query->folded + span->start, span->length);
      starts = g_hash_table_lookup (self->message_starts, query->scratch->str);

      for (guint s = 0; starts != NULL && s < starts->len; s++)
        {
          guint32 position = g_array_index (starts, guint32, s);
          GStrv message = self->message_words[position];
          guint n = g_strv_length (message);
          gboolean whole = TRUE;

          /* one-word messages are ids, found above; a query that is only
           * the message is an exact match, not a log line */
          if (n < 2 || i + n > query->words->len || n == query->words->len)
            continue;
          for (guint m = 1; m < n && whole; m++)
            whole = ts_search_query_span_equal (query, &g_array_index (query->words, TsSpan, i + m), message[m]);
          if (whole)
            pin (pins, position);
        }
    }

  g_hash_table_iter_init (&iter, pins);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint position = GPOINTER_TO_UINT (key) - 1;
      guint8 rank = TS_SEARCH_RANK_LOG_TOKEN_MAX - MIN (GPOINTER_TO_UINT (value), TS_SEARCH_RANK_LOG_TOKEN_MAX - 1);

      self->rank[position] = MIN (self->rank[position], rank);
    }
}

/* Marks in word_tier the postings of @term, exactly as spelt, at the
 * prefix tier of their class plus @extra: a word found through a form of it. */
static guint
match_form (TsSearchIndex            *self,
            const TsSearchVocabulary *vocabulary,
            const char               *term,
            guint8                    extra)
{
  guint t = lower_bound (self, vocabulary, term);
  const TsSearchTerm *found;

  if (t >= vocabulary->n_terms || strcmp (term_text (self, &vocabulary->terms[t]), term) != 0)
    return 0;

  found = &vocabulary->terms[t];
  for (guint p = 0; p < found->n_postings; p++)
    {
      guint32 posting = term_postings (self, found)[p];

      mark (self, posting >> TS_SEARCH_CLASS_BITS,
            tiers[posting & ((1 << TS_SEARCH_CLASS_BITS) - 1)][FALSE] + extra, FALSE);
    }
  return found->n_postings;
}

/* A Korean word of two syllables or more matches an entry that holds all
 * its bigrams (Lucene's CJK analyzer): across particles and spacing. */
static void
match_bigrams (TsSearchIndex *self,
               const char    *word)
{
  g_autoptr(GPtrArray) bigrams = g_ptr_array_new_with_free_func (g_free);

  ts_text_add_bigrams (word, bigrams);
  if (bigrams->len == 0 || bigrams->len > 16)
    return;

  memset (self->bigram_count, 0, self->n_entries);
  for (guint b = 0; b < bigrams->len; b++)
    {
      guint t = lower_bound (self, &self->bigrams, g_ptr_array_index (bigrams, b));
      const TsSearchTerm *term;

      if (t >= self->bigrams.n_terms || strcmp (term_text (self, &self->bigrams.terms[t]), g_ptr_array_index (bigrams, b)) != 0)
        return;
      term = &self->bigrams.terms[t];
      for (guint p = 0; p < term->n_postings; p++)
        {
          guint32 posting = term_postings (self, term)[p];
          guint32 position = posting >> TS_SEARCH_CLASS_BITS;

          /* counted once per bigram, and only if it had all the ones before */
          if (self->bigram_count[position] != b)
            continue;
          self->bigram_count[position] = b + 1;
          if (b + 1 == bigrams->len)
            mark (self, position, tiers[posting & ((1 << TS_SEARCH_CLASS_BITS) - 1)][FALSE] + TIER_BIGRAMS, FALSE);
        }
    }
}

/* A word of five letters or more that nothing else found may be misspelt:
 * the words of the text within one edit of it (two from nine letters on),
 * of the same first letter, are found a tier lower. Their texts go to
 * @corrected, for highlighting. */
static void
match_typo_words (TsSearchIndex *self,
                  const char    *word,
                  GPtrArray     *corrected)
{
  gsize length = strlen (word);
  guint max_distance = length >= 9 ? 2 : 1;
  char first[2] = { word[0], '\0' };
  guint found = 0;

  if (length < 5 || length > 64)
    return;
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_islower (word[i]))
      return;

  for (guint t = lower_bound (self, &self->words, first); t < self->words.n_terms; t++)
    {
      const TsSearchTerm *term = &self->words.terms[t];
      const char *text = term_text (self, term);
      gsize text_length;

      if (text[0] != word[0])
        break;
      text_length = strlen (text);
      if (text_length + max_distance < length || text_length > length + max_distance ||
          (ts_text_edit_distance (word, length, text, text_length, max_distance) > max_distance &&
           !ts_text_is_transposition (word, text)))
        continue;

      match_form (self, &self->words, text, TIER_TYPO);
      if (corrected != NULL && found++ < 4)
        g_ptr_array_add (corrected, g_strdup (text));
    }
}

/* Marks the best tier at which each entry holds @word, or a form of it:
 * its stem, without its Korean particle, its bigrams, or corrected. */
TsSearchFound
ts_search_match_word (TsSearchIndex *self,
                      const char    *word,
                      GPtrArray     *forms)
{
  g_autofree char *base = ts_text_strip_particle (word);
  const char *stem = ts_analyzer_stem (self->analyzer, word);

  memset (self->word_tier, TS_SEARCH_NO_TIER, self->n_entries);
  memset (self->partial_tier, TS_SEARCH_NO_TIER, self->n_entries);
  self->n_marked = self->n_partial = 0;
  /* a Korean word meets its forms with particles through its bigrams */
  self->short_word = ts_text_is_hangul_word (word) || strlen (word) < 4;

  match_prefix (self, &self->ids, word, TRUE, TRUE);
  match_prefix (self, &self->words, word, TRUE, TRUE);
  if (ts_text_is_choseong_only (word))
    match_prefix (self, &self->choseong, word, FALSE, TRUE);
  if (stem != NULL)
    {
      match_form (self, &self->words, stem, TIER_STEM);
      match_form (self, &self->stems, stem, TIER_STEM);
    }
  if (base != NULL)
    {
      match_prefix (self, &self->words, base, TRUE, TRUE);
      g_ptr_array_add (forms, g_strdup (base));
    }
  if (ts_text_is_hangul_word (base != NULL ? base : word))
    match_bigrams (self, base != NULL ? base : word);
  if (self->n_marked > 0)
    return TS_SEARCH_FOUND;

  match_typo_words (self, word, forms);
  return self->n_marked > 0 ? TS_SEARCH_FOUND_TYPO : TS_SEARCH_FOUND_NOTHING;
}
