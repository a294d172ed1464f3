/* ts-search-query.c: a search query, folded and split once
 *
 * What the user typed or pasted becomes its folded text, its words and
 * tokens (TsSpans into that text), its distinct words (those that must all
 * match) and its compact form (the whole query as one id).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-search"

#include "config.h"

#include <string.h>

#include "ts-search.h"
#include "ts-search-query.h"

/*
 * ts_search_query_init:
 * @query: a zeroed query
 * @text: what the user typed or pasted; any bytes, of which the first
 *   TS_SEARCH_MAX_QUERY_BYTES count
 *
 * Folds and splits @text. Free with ts_search_query_clear().
 */
void
ts_search_query_init (TsSearchQuery *query,
                      const char    *text)
{
  gsize length = strnlen (text, TS_SEARCH_MAX_QUERY_BYTES);

  query->folded = ts_text_fold (text, length);
  query->words = ts_text_split_words (query->folded);
  query->tokens = ts_text_split_tokens (query->folded);
  query->distinct = g_ptr_array_new_with_free_func (g_free);
  query->scratch = g_string_new (NULL);

  for (guint i = 0; i < query->words->len && query->distinct->len < TS_SEARCH_MAX_WORDS; i++)
    {
      const TsSpan *span = &g_array_index (query->words, TsSpan, i);
      gboolean seen = FALSE;

      for (guint d = 0; d < query->distinct->len && !seen; d++)
        seen = ts_search_query_span_equal (query, span, g_ptr_array_index (query->distinct, d));
      if (!seen)
        g_ptr_array_add (query->distinct, g_strndup (query->folded + span->start, span->length));
    }

  query->compact = ts_text_compact (query->folded);
}

/*
 * ts_search_query_compact_token:
 * @token: one of the query's tokens
 *
 * Returns: (transfer none): the compact form of @token, in the query's
 *   scratch buffer: valid until the next use of it
 */
const char *
ts_search_query_compact_token (TsSearchQuery *query,
                               const TsSpan  *token)
{
  g_string_truncate (query->scratch, 0);
  ts_text_append_compact (query->scratch, query->folded + token->start, token->length);
  return query->scratch->str;
}

/*
 * ts_search_query_clear:
 *
 * Frees what ts_search_query_init() made.
 */
void
ts_search_query_clear (TsSearchQuery *query)
{
  g_free (query->folded);
  g_clear_pointer (&query->words, g_array_unref);
  g_clear_pointer (&query->tokens, g_array_unref);
  g_clear_pointer (&query->distinct, g_ptr_array_unref);
  g_free (query->compact);
  if (query->scratch != NULL)
    g_string_free (query->scratch, TRUE);
}
