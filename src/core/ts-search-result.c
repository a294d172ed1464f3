/* ts-search-result.c: the matches of one search, best first
 *
 * A result holds the catalog positions of the matching entries and their
 * ranks, the query's words (for highlighting) and the words no entry has,
 * and for a query that found nothing a key it may have meant.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-search"

#include "config.h"

#include <string.h>

#include "ts-search-result-private.h"

/*
 * ts_search_result_new:
 * @n_entries: entries in the catalog searched
 *
 * Returns: (transfer full): a result with room for every entry, and no
 *   matches yet: the search fills it in
 */
TsSearchResult *
ts_search_result_new (guint n_entries)
{
  TsSearchResult *result = g_new0 (TsSearchResult, 1);

  result->n_entries = n_entries;
  result->positions = g_new (guint32, MAX (1, n_entries));
  result->ranks = g_new (guint8, MAX (1, n_entries));

  return result;
}

/**
 * ts_search_result_new_everything:
 * @n_entries: entries in the catalog searched
 *
 * What a query without words finds, which needs no index: every entry, in
 * catalog order.
 *
 * Returns: (transfer full): the result
 */
TsSearchResult *
ts_search_result_new_everything (guint n_entries)
{
  TsSearchResult *result = ts_search_result_new (n_entries);

  result->everything = TRUE;
  result->n_matches = n_entries;
  for (guint e = 0; e < n_entries; e++)
    {
      result->positions[e] = e;
      result->ranks[e] = TS_SEARCH_RANK_WORDS;
    }
  result->words = g_new0 (char *, 1);
  result->unmatched = g_new0 (char *, 1);
  return result;
}

/**
 * ts_search_result_is_everything:
 *
 * Returns: whether the query had no words, so every entry is listed
 */
gboolean
ts_search_result_is_everything (TsSearchResult *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->everything;
}

guint
ts_search_result_get_n_matches (TsSearchResult *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_matches;
}

/**
 * ts_search_result_get_position:
 * @index: 0 for the best match
 *
 * Returns: the catalog position of the match at @index
 */
guint
ts_search_result_get_position (TsSearchResult *self,
                               guint           index)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (index < self->n_matches, 0);

  return self->positions[index];
}

TsMatchKind
ts_search_result_get_kind (TsSearchResult *self,
                           guint           index)
{
  guint8 rank;

  g_return_val_if_fail (self != NULL, TS_MATCH_WORDS);
  g_return_val_if_fail (index < self->n_matches, TS_MATCH_WORDS);

  rank = self->ranks[index];
  if (rank <= TS_SEARCH_RANK_LOG_TOKEN_MAX)
    return TS_MATCH_LOG_TOKEN;
  if (rank < TS_SEARCH_RANK_WORDS)
    return TS_MATCH_EXACT;
  if (rank < TS_SEARCH_RANK_TYPO)
    return TS_MATCH_WORDS;
  if (rank < TS_SEARCH_RANK_PARTIAL)
    return TS_MATCH_TYPO;
  return TS_MATCH_PARTIAL;
}

/**
 * ts_search_result_find:
 * @position: a catalog position
 *
 * Returns: the index of the entry at @position among the matches, or
 *   G_MAXUINT if it does not match
 */
guint
ts_search_result_find (TsSearchResult *self,
                       guint           position)
{
  g_return_val_if_fail (self != NULL, G_MAXUINT);

  if (position >= self->n_entries)
    return G_MAXUINT;

  if (self->index_of == NULL)
    {
      self->index_of = g_new (guint32, MAX (1, self->n_entries));
      memset (self->index_of, 0xFF, self->n_entries * sizeof (guint32));
      for (guint i = 0; i < self->n_matches; i++)
        self->index_of[self->positions[i]] = i;
    }

  return self->index_of[position] == G_MAXUINT32 ? G_MAXUINT : self->index_of[position];
}

/**
 * ts_search_result_get_words:
 *
 * Returns: (transfer none): the folded words of the query, for highlighting
 */
const char * const *
ts_search_result_get_words (TsSearchResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return (const char * const *) self->words;
}

/**
 * ts_search_result_get_unmatched_words:
 *
 * Returns: (transfer none): the folded words of the query, stop words
 *   aside, that no entry holds in any form
 */
const char * const *
ts_search_result_get_unmatched_words (TsSearchResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return (const char * const *) self->unmatched;
}

/**
 * ts_search_result_has_partial:
 *
 * Returns: whether some matches share only some of the query's words
 */
gboolean
ts_search_result_has_partial (TsSearchResult *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->n_matches > 0 && self->ranks[self->n_matches - 1] >= TS_SEARCH_RANK_PARTIAL;
}

/**
 * ts_search_result_get_suggestion:
 *
 * Returns: (transfer none) (nullable): for a query that found nothing, the
 *   key it is closest to ("Did you mean …?")
 */
const char *
ts_search_result_get_suggestion (TsSearchResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->suggestion;
}

void
ts_search_result_free (TsSearchResult *self)
{
  if (self == NULL)
    return;

  g_free (self->positions);
  g_free (self->ranks);
  g_free (self->index_of);
  g_strfreev (self->words);
  g_strfreev (self->unmatched);
  g_free (self->suggestion);
  g_free (self);
}
