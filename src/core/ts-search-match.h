/* ts-search-match.h: finding a query's words and ids in the search index
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ts-search-index-private.h"
#include "ts-search-query.h"

G_BEGIN_DECLS

/* Tiers say how well an entry holds a word, lower is better (see
 * ts-search-match.c): the entry does not hold it, or at worst this. */
#define TS_SEARCH_NO_TIER 0xFF
#define TS_SEARCH_MAX_TIER 10

/* How ts_search_match_word() found a word */
typedef enum
{
  TS_SEARCH_FOUND_NOTHING,
  TS_SEARCH_FOUND_TYPO,       /* only as a misspelling of the text's words */
  TS_SEARCH_FOUND,
} TsSearchFound;

guint         ts_search_match_id         (TsSearchIndex *self,
                                          const char    *text,
                                          gboolean       prefix,
                                          guint8         rank,
                                          gboolean       weak_too);
void          ts_search_match_log_tokens (TsSearchIndex *self,
                                          TsSearchQuery *query);
TsSearchFound ts_search_match_word       (TsSearchIndex *self,
                                          const char    *word,
                                          GPtrArray     *forms);

G_END_DECLS
