/* ts-search.h: the search index over a catalog's entries, the ranked search
 * in it, and its result: the public header of ts-search-index.c,
 * ts-search-rank.c and ts-search-result.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "ts-entry.h"

G_BEGIN_DECLS

/* Longest query text considered, in bytes; the rest is ignored. */
#define TS_SEARCH_MAX_QUERY_BYTES (1024 * 1024)
/* At most this many distinct words of a query must all match. */
#define TS_SEARCH_MAX_WORDS 32

typedef enum
{
  TS_MATCH_LOG_TOKEN,   /* a whole token of the query is this entry's code, key or message */
  TS_MATCH_EXACT,       /* the whole query is the code, hex code, key or message */
  TS_MATCH_WORDS,       /* every word of the query matches */
  TS_MATCH_TYPO,        /* the query is a key misspelt by one or two edits */
  TS_MATCH_PARTIAL,     /* some of the query's words match, not all */
} TsMatchKind;

typedef struct _TsSearchIndex TsSearchIndex;
typedef struct _TsSearchResult TsSearchResult;

TsSearchIndex      *ts_search_index_new            (GPtrArray      *entries);
TsSearchResult     *ts_search_index_search         (TsSearchIndex  *self,
                                                    const char     *query);
guint               ts_search_index_get_n_terms    (TsSearchIndex  *self);
void                ts_search_index_free           (TsSearchIndex  *self);

TsSearchResult     *ts_search_result_new_everything (guint         n_entries);
gboolean            ts_search_result_is_everything (TsSearchResult *self);
guint               ts_search_result_get_n_matches (TsSearchResult *self);
guint               ts_search_result_get_position  (TsSearchResult *self,
                                                    guint           index);
TsMatchKind         ts_search_result_get_kind      (TsSearchResult *self,
                                                    guint           index);
guint               ts_search_result_find          (TsSearchResult *self,
                                                    guint           position);
const char * const *ts_search_result_get_words     (TsSearchResult *self);
const char * const *ts_search_result_get_unmatched_words (TsSearchResult *self);
gboolean            ts_search_result_has_partial   (TsSearchResult *self);
const char         *ts_search_result_get_suggestion (TsSearchResult *self);
void                ts_search_result_free          (TsSearchResult *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TsSearchResult, ts_search_result_free)

G_END_DECLS
