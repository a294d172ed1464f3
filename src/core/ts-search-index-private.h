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
  CLASS_ID,       /* code, "0x" hex, key, alias, message: a whole token pins it */
  CLASS_WEAK_ID,  /* hex without "0x", one- and two-digit codes: too common to pin */
  CLASS_KEYWORD,  /* the words of a key */
  CLASS_TITLE,    /* words of the message and the summary */
  CLASS_BODY,     /* words of explanation, remedy, notes and link titles */
  CLASS_AID,      /* search keywords: ours, found below the source's words */
} TermClass;

/* A posting: an entry's position, shifted left by CLASS_BITS, and the
 * TermClass of the term there. */
#define CLASS_BITS 3

typedef struct
{
  guint32 text;        /* offset in strings */
  guint32 first;       /* offset in postings */
  guint32 n_postings;
} Term;

typedef struct
{
  Term *terms;
  guint n_terms;
} Vocabulary;

typedef struct
{
  guint32 text;        /* offset of a compact key in strings */
  guint32 length;
  guint32 position;
  const char *key;     /* as the catalog spells it */
} FuzzyKey;

struct _TsSearchIndex
{
  GPtrArray *entries;
  guint n_entries;

  GString *strings;
  GArray *postings;
  Vocabulary ids;
  Vocabulary words;
  Vocabulary choseong;
  Vocabulary stems;          /* English stems of the words that are not their own stem */
  Vocabulary bigrams;        /* pairs of neighbouring Hangul syllables */
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
