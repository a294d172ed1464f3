/* ts-search-rank.c: searching the index, and ranking what a query finds
 *
 * One index serves the terminal, the window and the Shell search provider.
 *
 * Each word of the query is found in the index at some tier per entry
 * (ts-search-match.c; lower is better). An entry matches when every query
 * word matches it; its rank comes from its worst and summed tiers. Whole
 * ids (codes, keys, messages) and the tokens of a pasted log line rank
 * above words; keys misspelt by an edit or two, and entries that hold only
 * some of the words (scored with BM25), rank below.
 *
 * Per query the work is a few passes over byte arrays of one cell per entry
 * plus the postings touched: no hashing, and results come out in catalog
 * order so that a counting sort by rank keeps ties in category/code order.
 *
 * Not thread-safe: the index owns the scratch arrays of the current search.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-search"

#include "config.h"

#include <math.h>
#include <string.h>

#include "ts-search.h"
#include "ts-search-match.h"
#include "ts-search-query.h"
#include "ts-search-result-private.h"
#include "ts-text.h"

/* Partial matches are ranked with BM25 (k1, b as Lucene's defaults), each
 * field class weighing as much as a word found in it counts. */
#define BM25_K1 1.2f
#define BM25_B 0.75f
/* only this many partial matches are kept, best first */
#define MAX_PARTIAL 100

/* How much a word found at @tier counts in a field (BM25F's weight). */
static float
tier_weight (guint8 tier)
{
  return (TS_SEARCH_MAX_TIER + 2 - MIN (tier, TS_SEARCH_MAX_TIER)) / 4.0f;
}

/* Searching a code lists the codes that refine it after it: DEVICE_ERROR
 * (5300), then its extraCodes 5301, 5302… */
static void
match_children (TsSearchIndex *self)
{
  for (guint e = 0; e < self->n_entries; e++)
    {
      guint32 parent = self->parents[e];

      if (parent > 0 && self->rank[parent - 1] == TS_SEARCH_RANK_EXACT)
        self->rank[e] = MIN (self->rank[e], TS_SEARCH_RANK_CHILD);
    }
}

/* Every word must match for rank[e]; the partial matches are scored (BM25)
 * as they go. Words found nowhere go to @unmatched, and the forms a word
 * was found through to @forms. Returns how many words count for partial
 * matches (not stop words). */
static guint
match_words (TsSearchIndex *self,
             GPtrArray     *words,
             GPtrArray     *forms,
             GPtrArray     *unmatched)
{
  guint meaningful = 0;

  memset (self->worst_tier, 0, self->n_entries);
  memset (self->tier_sum, 0, self->n_entries);
  memset (self->corrected, 0, self->n_entries);
  memset (self->matched, 0, self->n_entries);
  memset (self->shared, 0, self->n_entries);
  memset (self->score, 0, self->n_entries * sizeof (float));

  for (guint w = 0; w < words->len; w++)
    {
      const char *word = g_ptr_array_index (words, w);
      TsSearchFound found = ts_search_match_word (self, word, forms);
      gboolean counts = !ts_text_is_stop_word (word) && self->n_partial > 0;
      float idf = 0;

      if (!ts_text_is_stop_word (word))
        {
          meaningful++;
          if (self->n_partial == 0)
            g_ptr_array_add (unmatched, g_strdup (word));
          else
            idf = logf (1.0f + (self->n_entries - self->n_partial + 0.5f) / (self->n_partial + 0.5f));
        }

      for (guint e = 0; e < self->n_entries; e++)
        {
          guint8 tier = self->word_tier[e];

          if (tier == TS_SEARCH_NO_TIER || self->worst_tier[e] == TS_SEARCH_NO_TIER)
            self->worst_tier[e] = TS_SEARCH_NO_TIER;
          else
            {
              self->worst_tier[e] = MAX (self->worst_tier[e], tier);
              self->tier_sum[e] = MIN (self->tier_sum[e] + tier, 15);
              self->corrected[e] |= found == TS_SEARCH_FOUND_TYPO;
            }

          if (counts && self->partial_tier[e] != TS_SEARCH_NO_TIER)
            {
              float weight = tier_weight (self->partial_tier[e]);
              float norm = BM25_K1 * (1.0f - BM25_B + BM25_B * self->lengths[e] / self->average_length);

              self->score[e] += idf * weight * (BM25_K1 + 1.0f) / (weight + norm);
              self->matched[e]++;
              self->shared[e] += found != TS_SEARCH_FOUND_TYPO;
            }
        }
    }

  /* every word matches, some only as corrected: after the misspelt keys */
  for (guint e = 0; e < self->n_entries; e++)
    {
      if (self->worst_tier[e] != TS_SEARCH_NO_TIER)
        {
          guint8 rank = self->corrected[e] ? TS_SEARCH_RANK_TYPO_WORDS + self->worst_tier[e] + self->tier_sum[e]
                                           : TS_SEARCH_RANK_WORDS + 16 * self->worst_tier[e] + self->tier_sum[e];

          self->rank[e] = MIN (self->rank[e], rank);
        }
    }

  return meaningful;
}

/* Whether entry @a goes after @b among partial matches. */
static gboolean
ranks_after (const float *score,
             guint32      a,
             guint32      b)
{
  return score[a] != score[b] ? score[a] < score[b] : a > b;
}

static int
compare_scores (gconstpointer a,
                gconstpointer b,
                gpointer      data)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;

  return ranks_after (data, x, y) ? 1 : ranks_after (data, y, x) ? -1 : 0;
}

/* Keeps in @heap, of @n entries, the best ones seen: the worst at the top. */
static void
keep_best (const float *score,
           guint32     *heap,
           guint       *n,
           guint32      entry)
{
  guint i;

  if (*n < MAX_PARTIAL)
    {
      /* sift up */
      for (i = (*n)++; i > 0 && ranks_after (score, entry, heap[(i - 1) / 2]); i = (i - 1) / 2)
        heap[i] = heap[(i - 1) / 2];
      heap[i] = entry;
      return;
    }
  if (!ranks_after (score, heap[0], entry))
    return;

  /* sift down from the top, which @entry replaces */
  for (i = 0; 2 * i + 1 < *n; )
    {
      guint child = 2 * i + 1;

      if (child + 1 < *n && ranks_after (score, heap[child + 1], heap[child]))
        child++;
      if (!ranks_after (score, heap[child], entry))
        break;
      heap[i] = heap[child];
      i = child;
    }
  heap[i] = entry;
}

/* The entries that matched nothing better but share enough meaningful
 * words with the query: at least one, and half of them for a query of
 * three words or more; the MAX_PARTIAL best of them. */
static void
match_partial (TsSearchIndex *self,
               guint          n_words,
               guint          meaningful)
{
  guint needed = n_words >= 3 ? MAX (1, (meaningful + 1) / 2) : 1;
  guint32 heap[MAX_PARTIAL];
  guint n = 0;

  if (meaningful == 0)
    return;

  for (guint32 e = 0; e < self->n_entries; e++)
    if (self->rank[e] == TS_SEARCH_NO_RANK && self->matched[e] >= needed && self->shared[e] > 0)
      keep_best (self->score, heap, &n, e);

  for (guint i = 0; i < n; i++)
    self->rank[heap[i]] = TS_SEARCH_RANK_PARTIAL;
}

static gboolean
has_letter (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalpha (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/* A misspelt key: within one edit (two from eight characters on) of a key
 * or alias. Only entries without a better match are marked. */
static void
match_typos (TsSearchIndex *self,
             const char    *compact)
{
  gsize length = strlen (compact);
  guint max_distance;

  if (length < 5 || length > 64 || !has_letter (compact))
    return;

  max_distance = length >= 8 ? 2 : 1;
  for (guint k = 0; k < self->fuzzy_keys->len; k++)
    {
      const TsSearchFuzzyKey *key = &g_array_index (self->fuzzy_keys, TsSearchFuzzyKey, k);
      guint distance;

      if (self->rank[key->position] != TS_SEARCH_NO_RANK)
        continue;
      distance = ts_text_edit_distance (compact, length, self->strings->str + key->text,
                                        key->length, max_distance);
      if (distance <= max_distance)
        self->rank[key->position] = TS_SEARCH_RANK_TYPO + distance;
    }
}

/* For a query that found nothing: the key closest to it, if one is within
 * a third of its length. */
static char *
suggest_key (TsSearchIndex *self,
             const char    *compact)
{
  gsize length = strlen (compact);
  guint best = G_MAXUINT, max_distance = CLAMP (length / 3, 2, 8);
  const char *key = NULL;

  if (length < 4 || length > 64 || !has_letter (compact))
    return NULL;

  for (guint k = 0; k < self->fuzzy_keys->len; k++)
    {
      const TsSearchFuzzyKey *fuzzy = &g_array_index (self->fuzzy_keys, TsSearchFuzzyKey, k);
      guint distance = ts_text_edit_distance (compact, length, self->strings->str + fuzzy->text,
                                              fuzzy->length, MIN (best - 1, max_distance));

      if (distance < best && distance <= max_distance)
        {
          best = distance;
          key = fuzzy->key;
        }
    }

  return g_strdup (key);
}

/* Orders the ranked entries: a counting sort over ranks, stable in catalog order. */
static void
collect (TsSearchIndex  *self,
         TsSearchResult *result)
{
  guint counts[TS_SEARCH_NO_RANK + 1] = { 0 };
  guint start = 0;

  for (guint e = 0; e < self->n_entries; e++)
    counts[self->rank[e]]++;
  for (guint r = 0; r < TS_SEARCH_NO_RANK; r++)
    {
      guint n = counts[r];

      counts[r] = start;
      start += n;
    }
  result->n_matches = start;

  for (guint e = 0; e < self->n_entries; e++)
    {
      guint8 rank = self->rank[e];

      if (rank != TS_SEARCH_NO_RANK)
        {
          result->positions[counts[rank]] = e;
          result->ranks[counts[rank]++] = rank;
        }
    }

  /* partial matches, last, go by their scores */
  {
    guint first = counts[TS_SEARCH_RANK_PARTIAL - 1];

    g_qsort_with_data (result->positions + first, counts[TS_SEARCH_RANK_PARTIAL] - first, sizeof (guint32),
                       compare_scores, self->score);
  }
}

/**
 * ts_search_index_search:
 * @self: a #TsSearchIndex
 * @text: what the user typed or pasted; any bytes
 *
 * Returns: (transfer full): the matching entries, best first; every entry,
 *   in catalog order, for a query with no words
 */
TsSearchResult *
ts_search_index_search (TsSearchIndex *self,
                        const char    *text)
{
  g_auto(TsSearchQuery) query = { 0 };
  g_autoptr(GPtrArray) forms = NULL;
  g_autoptr(GPtrArray) unmatched = NULL;
  TsSearchResult *result;
  gboolean strong = FALSE;
  guint meaningful;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  ts_search_query_init (&query, text);
  if (query.distinct->len == 0)
    return ts_search_result_new_everything (self->n_entries);

  result = ts_search_result_new (self->n_entries);

  memset (self->rank, TS_SEARCH_NO_RANK, self->n_entries);
  forms = g_ptr_array_new_with_free_func (g_free);
  unmatched = g_ptr_array_new_with_free_func (g_free);

  ts_search_match_log_tokens (self, &query);
  if (ts_search_match_id (self, query.compact, FALSE, TS_SEARCH_RANK_EXACT, TRUE) == 0 && query.distinct->len > 1)
    ts_search_match_id (self, query.compact, TRUE, TS_SEARCH_RANK_COMPACT_PREFIX, FALSE);
  meaningful = match_words (self, query.distinct, forms, unmatched);
  match_children (self);

  /* typos only where nothing matched a code or a key */
  for (guint e = 0; e < self->n_entries && !strong; e++)
    strong = self->rank[e] <= TS_SEARCH_RANK_KEY_WORDS_MAX;
  if (!strong)
    {
      match_typos (self, query.compact);
      for (guint i = 0; i < query.tokens->len && i < 8; i++)
        {
          const TsSpan *token = &g_array_index (query.tokens, TsSpan, i);

          /* (a query of one such token has been tried whole) */
          if (memchr (query.folded + token->start, '_', token->length) != NULL &&
              strcmp (ts_search_query_compact_token (&query, token), query.compact) != 0)
            match_typos (self, query.scratch->str);
        }
    }

  match_partial (self, query.distinct->len, meaningful);

  collect (self, result);
  if (result->n_matches == 0)
    result->suggestion = suggest_key (self, query.compact);
  g_ptr_array_add (unmatched, NULL);
  result->unmatched = (GStrv) g_ptr_array_free (g_steal_pointer (&unmatched), FALSE);
  g_ptr_array_extend_and_steal (query.distinct, g_steal_pointer (&forms));
  g_ptr_array_add (query.distinct, NULL);
  result->words = (GStrv) g_ptr_array_free (g_steal_pointer (&query.distinct), FALSE);

  return result;
}
