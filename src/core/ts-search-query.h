/* ts-search-query.h: a search query, folded and split into words and tokens
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <string.h>

#include "ts-text.h"

G_BEGIN_DECLS

/* A query, folded and split once. */
typedef struct
{
  char *folded;
  GArray *words;         /* TsSpan: every word, in order */
  GArray *tokens;        /* TsSpan */
  GPtrArray *distinct;   /* the distinct words, at most TS_SEARCH_MAX_WORDS */
  char *compact;
  GString *scratch;
} TsSearchQuery;

void        ts_search_query_init          (TsSearchQuery *query,
                                           const char    *text);
void        ts_search_query_clear         (TsSearchQuery *query);
const char *ts_search_query_compact_token (TsSearchQuery *query,
                                           const TsSpan  *token);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TsSearchQuery, ts_search_query_clear)

/* Whether the word or token at @span is @text. Inline: matching a pasted
 * log compares many of them. */
static inline gboolean
ts_search_query_span_equal (const TsSearchQuery *query,
                            const TsSpan        *span,
                            const char          *text)
{
  return strncmp (query->folded + span->start, text, span->length) == 0 && text[span->length] == '\0';
}

G_END_DECLS
