/* ts-search-index-private.h: the search index's layout, for the units that build
 * it, match words in it and rank a query's matches
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ts-analyzer.h"
#include "ts-search.h"

G_BEGIN_DECLS

typedef enum
{
  TS_SEARCH_CLASS_ID,       /* code, "0x" hex, key, alias, message: a whole token pins it */
  TS_SEARCH_CLASS_WEAK_ID,  /* hex without "0x", one- and two-digit codes: too common to pin */
  TS_SEARCH_CLASS_KEYWORD,  /* the words of a key */
  TS_SEARCH_CLASS_TITLE,    /* words of the message and the summary */
  TS_SEARCH_CLASS_BODY,     /* words of explanation, remedy, notes and link titles */
  TS_SEARCH_CLASS_AID,      /* search keywords: ours, found below the source's words */
} TsSearchTermClass;

/* A posting: an entry's position, shifted left by TS_SEARCH_CLASS_BITS,
 * and the TsSearchTermClass of the term there. */
#define TS_SEARCH_CLASS_BITS 3

typedef struct
{
  guint32 text;        /* offset in strings */
  guint32 first;       /* offset in postings */
  guint32 n_postings;
} TsSearchTerm;

typedef struct
{
  TsSearchTerm *terms;
  guint n_terms;
} TsSearchVocabulary;

typedef struct
{
  guint32 text;        /* offset of a compact key in strings */
  guint32 length;
  guint32 position;
  const char *key;     /* as the catalog spells it */
} TsSearchFuzzyKey;

struct _TsSearchIndex
{
  GPtrArray *entries;
  guint n_entries;

  GString *strings;
  GArray *postings;
  TsSearchVocabulary ids;
  TsSearchVocabulary words;
  TsSearchVocabulary choseong;
  TsSearchVocabulary stems;   /* English stems of the words that are not their own stem */
  TsSearchVocabulary bigrams; /* pairs of neighbouring Hangul syllables */
  TsAnalyzer *analyzer;
  guint16 *lengths;          /* words per entry, for BM25 */
  float average_length;

  /* first folded word of a message → positions, for messages inside log lines */
  GHashTable *message_starts;
  GStrv *message_words;      /* per position, or NULL */
  guint32 *parents;          /* per position: its parent's position + 1, or 0 */
  GArray *fuzzy_keys;

  /* scratch, one cell per entry */
  guint8 *word_tier;         /* of the query word at hand, for strict matches */
  guint8 *partial_tier;      /* the same, but for the loose matches of short words */
  guint8 *worst_tier;
  guint8 *tier_sum;
  guint8 *rank;
  guint8 *bigram_count;      /* of the query word's bigrams */
  guint8 *corrected;         /* whether some word matched only as corrected */
  guint8 *matched;           /* meaningful query words matched */
  guint8 *shared;            /* of them, not only through a typo */
  float *score;
  guint n_marked;            /* entries in word_tier */
  guint n_partial;           /* entries in partial_tier */
  gboolean short_word;       /* the query word at hand begins words too loosely */
};

G_END_DECLS
