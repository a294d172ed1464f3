/* ts-search-result-private.h: a search result's fields, and the ranks that
 * order its matches, for the units that rank a query's matches
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ts-search.h"

G_BEGIN_DECLS

/* Ranks, best first. Word ranks are 20 + 16 × worst tier + summed tiers. */
#define TS_SEARCH_RANK_LOG_TOKEN_MAX 15
#define TS_SEARCH_RANK_EXACT 16
#define TS_SEARCH_RANK_COMPACT_PREFIX 17
#define TS_SEARCH_RANK_CHILD 18        /* the extraCodes of an exact match, after it */
#define TS_SEARCH_RANK_WORDS 20
/* the last word rank whose worst word matched no worse than a key word */
#define TS_SEARCH_RANK_KEY_WORDS_MAX (TS_SEARCH_RANK_WORDS + 16 * 2 + 15)
#define TS_SEARCH_RANK_TYPO 200
#define TS_SEARCH_RANK_TYPO_WORDS 205  /* to 230: 205 + worst tier + summed tiers */
#define TS_SEARCH_RANK_PARTIAL 250
#define TS_SEARCH_NO_RANK 0xFF

struct _TsSearchResult
{
  guint n_entries;
  guint32 *positions;
  guint8 *ranks;
  guint n_matches;
  gboolean everything;
  guint32 *index_of;         /* position → index, built on demand */
  GStrv words;
  GStrv unmatched;           /* query words no entry has */
  char *suggestion;          /* a key close to a query that found nothing */
};

TsSearchResult *ts_search_result_new (guint n_entries);

G_END_DECLS
