/* ts-search.c: the search index over a catalog's entries
 *
 * One index serves the terminal, the window and the Shell search provider.
 *
 * The vocabulary is every folded word of every entry, in an array sorted
 * bytewise, so the words a query word is a prefix of form one contiguous
 * range; codes, keys and messages have a vocabulary of their own, so that
 * looking up the tokens of a long pasted log never walks the postings of
 * common words. A term's postings say which entries hold it and in what
 * field class; the class and whether the match was exact give a tier
 * (lower is better). An entry matches when every query word matches it; its
 * rank comes from its worst and summed tiers. A second vocabulary maps the
 * initial consonants of Korean words ("ㅁㄹ" for "만료") to their postings.
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

#include "ts-analyzer.h"
#include "ts-search.h"
#include "ts-text.h"

typedef enum
{
  CLASS_ID,       /* code, "0x" hex, key, alias, message: a whole token pins it */
  CLASS_WEAK_ID,  /* hex without "0x", one- and two-digit codes: too common to pin */
  CLASS_KEYWORD,  /* the words of a key */
  CLASS_TITLE,    /* words of the message and the summary */
  CLASS_BODY,     /* words of explanation, remedy, notes and link titles */
  CLASS_AID,      /* search keywords: ours, found below the source's words */
} TermClass;

#define CLASS_BITS 3
#define NO_TIER 0xFF

/* tier[class][exact] */
static const guint8 tiers[][2] = {
  [CLASS_ID]      = { 1, 0 },
  [CLASS_WEAK_ID] = { 1, 0 },
  [CLASS_KEYWORD] = { 2, 1 },
  [CLASS_TITLE]   = { 4, 3 },
  [CLASS_BODY]    = { 6, 5 },
  [CLASS_AID]     = { 8, 7 },
};

/* A word found through another form of it ranks below the word itself:
 * its tier is the class's prefix tier plus this. */
#define TIER_STEM 0
#define TIER_BIGRAMS 1
#define TIER_TYPO 2
#define MAX_TIER 10

/* Partial matches are ranked with BM25 (k1, b as Lucene's defaults), each
 * field class weighing as much as a word found in it counts. */
#define BM25_K1 1.2f
#define BM25_B 0.75f
/* only this many partial matches are kept, best first */
#define MAX_PARTIAL 100

/* Ranks, best first. Word ranks are 20 + 16 × worst tier + summed tiers. */
#define RANK_LOG_TOKEN_MAX 15
#define RANK_EXACT 16
#define RANK_COMPACT_PREFIX 17
#define RANK_CHILD 18        /* the extraCodes of an exact match, after it */
#define RANK_WORDS 20
/* the last word rank whose worst word matched no worse than a key word */
#define RANK_KEY_WORDS_MAX (RANK_WORDS + 16 * 2 + 15)
#define RANK_TYPO 200
#define RANK_TYPO_WORDS 205  /* to 230: 205 + worst tier + summed tiers */
#define RANK_PARTIAL 250
#define NO_RANK 0xFF

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

/* Index building */

/* A term's postings while the index is built. Not a GArray: GLib 2.74
 * takes GArray headers from its slice allocator, which keeps freed ones in
 * a cache and trims it all at once some 15 s later; for a large catalog
 * that is a stall of tens of milliseconds in whatever the window does then. */
typedef struct
{
  guint len;
  guint allocated;
  guint32 *items;
} Postings;

static void
postings_append (Postings      *postings,
                 const guint32 *items,
                 guint          n)
{
  if (postings->len + n > postings->allocated)
    {
      postings->allocated = MAX (2, MAX (postings->len + n, postings->allocated * 2));
      postings->items = g_renew (guint32, postings->items, postings->allocated);
    }
  memcpy (postings->items + postings->len, items, n * sizeof (guint32));
  postings->len += n;
}

static void
postings_free (gpointer data)
{
  Postings *postings = data;

  g_free (postings->items);
  g_free (postings);
}

typedef struct
{
  GHashTable *ids;           /* folded text → Postings */
  GHashTable *words;
  GHashTable *choseong;
  GHashTable *stems;
  GHashTable *bigrams;
  GString *scratch;
  guint16 *lengths;
} Builder;

static void
add_posting (GHashTable *table,
             const char *term,
             guint       position,
             TermClass   term_class)
{
  guint32 posting = (position << CLASS_BITS) | term_class;
  Postings *postings = g_hash_table_lookup (table, term);

  if (postings == NULL)
    {
      postings = g_new0 (Postings, 1);
      g_hash_table_insert (table, g_strdup (term), postings);
    }
  else if (postings->items[postings->len - 1] == posting)
    {
      return;
    }

  postings_append (postings, &posting, 1);
}

static void
add_term (Builder    *builder,
          const char *term,
          guint       position,
          TermClass   term_class)
{
  GHashTable *table = term_class <= CLASS_WEAK_ID ? builder->ids : builder->words;

  add_posting (table, term, position, term_class);
}

/* Whether the UTF-8 at @p is a Hangul syllable (three bytes, U+AC00–U+D7A3). */
static gboolean
is_syllable_at (const char *p)
{
  gunichar c = g_utf8_get_char (p);

  return c >= TS_HANGUL_SYLLABLE_FIRST && c <= TS_HANGUL_SYLLABLE_LAST;
}

static void
add_folded_words (TsSearchIndex *self,
                  Builder       *builder,
                  const char    *folded,
                  guint          position,
                  TermClass      term_class)
{
  g_autoptr(GArray) words = ts_text_split_words (folded);
  const TsSpan *previous = NULL;

  for (guint i = 0; i < words->len; i++)
    {
      const TsSpan *word = &g_array_index (words, TsSpan, i);
      const char *text = folded + word->start;

      g_string_overwrite_len (g_string_truncate (builder->scratch, 0), 0, text, word->length);
      add_term (builder, builder->scratch->str, position, term_class);

      /* the bigram across two Korean words, so that "자동 재생" also meets
       * "자동재생" (the others come from the vocabulary: add_forms()) */
      if (previous != NULL && is_syllable_at (folded + previous->start + previous->length - 3) &&
          is_syllable_at (text))
        {
          g_string_overwrite_len (g_string_truncate (builder->scratch, 0), 0,
                                  folded + previous->start + previous->length - 3, 3);
          g_string_append_len (builder->scratch, text, 3);
          add_posting (builder->bigrams, builder->scratch->str, position, term_class);
        }
      previous = word;
    }
  builder->lengths[position] = MIN (G_MAXUINT16, builder->lengths[position] + words->len);
}

static void
add_words (TsSearchIndex *self,
           Builder       *builder,
           const char    *text,
           guint          position,
           TermClass      term_class)
{
  g_autofree char *folded = NULL;

  if (text == NULL)
    return;

  folded = ts_text_fold (text, -1);
  add_folded_words (self, builder, folded, position, term_class);
}

/* A text in English and Korean; the Korean only where it differs. */
static void
add_text (TsSearchIndex *self,
          Builder       *builder,
          const char    *english,
          const char    *korean,
          guint          position,
          TermClass      term_class)
{
  add_words (self, builder, english, position, term_class);
  if (g_strcmp0 (english, korean) != 0)
    add_words (self, builder, korean, position, term_class);
}

static void
add_paragraphs (TsSearchIndex      *self,
                Builder            *builder,
                const char * const *english,
                const char * const *korean,
                guint               position,
                TermClass           term_class)
{
  for (guint i = 0; english[i] != NULL; i++)
    add_text (self, builder, english[i], korean[i], position, term_class);
}

static void
add_key (TsSearchIndex *self,
         Builder       *builder,
         const char    *key,
         guint          position)
{
  g_autofree char *folded = ts_text_fold (key, -1);
  g_autofree char *compact = ts_text_compact (folded);
  FuzzyKey fuzzy;

  if (*compact != '\0')
    add_term (builder, compact, position, CLASS_ID);
  add_folded_words (self, builder, folded, position, CLASS_KEYWORD);

  fuzzy.text = self->strings->len;
  fuzzy.length = strlen (compact);
  fuzzy.position = position;
  fuzzy.key = key;
  g_string_append_len (self->strings, compact, fuzzy.length + 1);
  g_array_append_val (self->fuzzy_keys, fuzzy);
}

static void
add_message (TsSearchIndex *self,
             Builder       *builder,
             const char    *message,
             guint          position)
{
  g_autofree char *folded = ts_text_fold (message, -1);
  g_autofree char *compact = ts_text_compact (folded);
  g_autoptr(GArray) spans = ts_text_split_words (folded);
  GStrv words;
  GArray *starts;

  if (*compact != '\0')
    add_term (builder, compact, position, CLASS_ID);

  if (spans->len == 0)
    return;

  words = g_new0 (char *, spans->len + 1);
  for (guint i = 0; i < spans->len; i++)
    {
      const TsSpan *span = &g_array_index (spans, TsSpan, i);

      words[i] = g_strndup (folded + span->start, span->length);
    }
  add_folded_words (self, builder, folded, position, CLASS_TITLE);
  self->message_words[position] = words;

  starts = g_hash_table_lookup (self->message_starts, words[0]);
  if (starts == NULL)
    {
      starts = g_array_new (FALSE, FALSE, sizeof (guint32));
      g_hash_table_insert (self->message_starts, g_strdup (words[0]), starts);
    }
  g_array_append_val (starts, position);
}

static void
add_entry (TsSearchIndex *self,
           Builder       *builder,
           TsEntry       *entry,
           guint          position)
{
  const char * const *aliases = ts_entry_get_aliases (entry);
  const char *hex = ts_entry_get_hex (entry);

  if (ts_entry_has_code (entry))
    {
      char digits[24];

      g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, (guint64) ABS (ts_entry_get_code (entry)));
      add_term (builder, digits, position, strlen (digits) < 3 ? CLASS_WEAK_ID : CLASS_ID);
    }
  if (hex != NULL)
    {
      g_autofree char *folded = g_ascii_strdown (hex, -1);

      add_term (builder, folded, position, CLASS_ID);
      add_term (builder, folded + 2, position, CLASS_WEAK_ID);
    }
  if (ts_entry_get_key (entry) != NULL)
    add_key (self, builder, ts_entry_get_key (entry), position);
  for (guint i = 0; aliases[i] != NULL; i++)
    add_key (self, builder, aliases[i], position);
  if (ts_entry_get_message (entry) != NULL)
    add_message (self, builder, ts_entry_get_message (entry), position);

  add_text (self, builder, ts_entry_get_summary (entry, TS_LANGUAGE_ENGLISH),
            ts_entry_get_summary (entry, TS_LANGUAGE_KOREAN), position, CLASS_TITLE);
  add_paragraphs (self, builder, ts_entry_get_explanation (entry, TS_LANGUAGE_ENGLISH),
                  ts_entry_get_explanation (entry, TS_LANGUAGE_KOREAN), position, CLASS_BODY);
  add_paragraphs (self, builder, ts_entry_get_remedy (entry, TS_LANGUAGE_ENGLISH),
                  ts_entry_get_remedy (entry, TS_LANGUAGE_KOREAN), position, CLASS_BODY);
  add_paragraphs (self, builder, ts_entry_get_notes (entry, TS_LANGUAGE_ENGLISH),
                  ts_entry_get_notes (entry, TS_LANGUAGE_KOREAN), position, CLASS_BODY);
  add_paragraphs (self, builder, ts_entry_get_keywords (entry, TS_LANGUAGE_ENGLISH),
                  ts_entry_get_keywords (entry, TS_LANGUAGE_KOREAN), position, CLASS_AID);
  for (guint i = 0; i < ts_entry_get_n_links (entry); i++)
    add_text (self, builder, ts_entry_get_link_title (entry, i, TS_LANGUAGE_ENGLISH),
              ts_entry_get_link_title (entry, i, TS_LANGUAGE_KOREAN), position, CLASS_BODY);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Lays a builder table out as a sorted vocabulary. */
static void
freeze (TsSearchIndex *self,
        GHashTable    *table,
        Vocabulary    *vocabulary)
{
  g_autofree const char **keys = NULL;
  guint n;

  keys = (const char **) g_hash_table_get_keys_as_array (table, &n);
  qsort (keys, n, sizeof (char *), compare_strings);

  vocabulary->terms = g_new (Term, n);
  vocabulary->n_terms = n;
  for (guint i = 0; i < n; i++)
    {
      Postings *postings = g_hash_table_lookup (table, keys[i]);
      Term *term = &vocabulary->terms[i];

      term->text = self->strings->len;
      g_string_append_len (self->strings, keys[i], strlen (keys[i]) + 1);
      term->first = self->postings->len;
      term->n_postings = postings->len;
      g_array_append_vals (self->postings, postings->items, postings->len);
    }
}

/* Adds @postings to those of @term in @table. */
static void
append_postings (GHashTable *table,
                 const char *term,
                 Postings   *postings)
{
  Postings *target = g_hash_table_lookup (table, term);

  if (target == NULL)
    {
      target = g_new0 (Postings, 1);
      g_hash_table_insert (table, g_strdup (term), target);
    }
  postings_append (target, postings->items, postings->len);
}

static void
add_choseong (GHashTable *words,
              GHashTable *choseong)
{
  GHashTableIter iter;
  const char *word;
  Postings *postings;

  g_hash_table_iter_init (&iter, words);
  while (g_hash_table_iter_next (&iter, (gpointer *) &word, (gpointer *) &postings))
    {
      g_autofree char *initials = ts_text_choseong (word);
      Postings *target;

      if (initials == NULL)
        continue;

      target = g_hash_table_lookup (choseong, initials);
      if (target == NULL)
        {
          target = g_new0 (Postings, 1);
          g_hash_table_insert (choseong, g_steal_pointer (&initials), target);
        }
      postings_append (target, postings->items, postings->len);
    }
}

/* Another vocabulary from the words': English stems (for the words that are
 * not their own stem) and Korean bigrams, each with the postings of every
 * word that has it. Made once for each distinct word, not each occurrence. */
static void
add_forms (TsSearchIndex *self,
           Builder       *builder)
{
  g_autoptr(GPtrArray) bigrams = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  const char *word;
  Postings *postings;

  g_hash_table_iter_init (&iter, builder->words);
  while (g_hash_table_iter_next (&iter, (gpointer *) &word, (gpointer *) &postings))
    {
      const char *stem = ts_analyzer_stem (self->analyzer, word);

      if (stem != NULL && strcmp (stem, word) != 0)
        append_postings (builder->stems, stem, postings);

      if (!is_syllable_at (word))
        continue;
      g_ptr_array_set_size (bigrams, 0);
      ts_text_add_bigrams (word, bigrams);
      for (guint i = 0; i < bigrams->len; i++)
        append_postings (builder->bigrams, g_ptr_array_index (bigrams, i), postings);
    }
}

/**
 * ts_search_index_new:
 * @entries: (element-type TsEntry): entries in catalog order
 *
 * Returns: (transfer full): an index over @entries
 */
TsSearchIndex *
ts_search_index_new (GPtrArray *entries)
{
  TsSearchIndex *self = g_new0 (TsSearchIndex, 1);
  Builder builder;

  g_return_val_if_fail (entries != NULL, NULL);
  g_return_val_if_fail (entries->len < (1u << (32 - CLASS_BITS)), NULL);

  self->entries = g_ptr_array_ref (entries);
  self->n_entries = entries->len;
  self->strings = g_string_new (NULL);
  self->postings = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->message_starts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                (GDestroyNotify) g_array_unref);
  self->message_words = g_new0 (GStrv, MAX (1, self->n_entries));
  self->fuzzy_keys = g_array_new (FALSE, FALSE, sizeof (FuzzyKey));

  self->analyzer = ts_analyzer_new ();
  self->lengths = g_new0 (guint16, MAX (1, self->n_entries));
  self->parents = g_new0 (guint32, MAX (1, self->n_entries));
  for (guint i = 0; i < entries->len; i++)
    {
      TsEntry *parent = ts_entry_get_parent (g_ptr_array_index (entries, i));

      if (parent != NULL)
        self->parents[i] = ts_entry_get_position (parent) + 1;
    }

  builder.ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, postings_free);
  builder.words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, postings_free);
  builder.scratch = g_string_new (NULL);
  builder.choseong = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, postings_free);
  builder.stems = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, postings_free);
  builder.bigrams = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, postings_free);
  builder.lengths = self->lengths;

  for (guint i = 0; i < entries->len; i++)
    add_entry (self, &builder, g_ptr_array_index (entries, i), i);
  add_choseong (builder.words, builder.choseong);
  add_forms (self, &builder);

  freeze (self, builder.ids, &self->ids);
  freeze (self, builder.words, &self->words);
  freeze (self, builder.choseong, &self->choseong);
  freeze (self, builder.stems, &self->stems);
  freeze (self, builder.bigrams, &self->bigrams);
  g_hash_table_unref (builder.ids);
  g_hash_table_unref (builder.words);
  g_hash_table_unref (builder.choseong);
  g_hash_table_unref (builder.stems);
  g_hash_table_unref (builder.bigrams);
  g_string_free (builder.scratch, TRUE);

  {
    guint64 total = 0;

    for (guint i = 0; i < self->n_entries; i++)
      total += self->lengths[i];
    self->average_length = self->n_entries > 0 ? MAX (1.0f, (float) total / self->n_entries) : 1.0f;
  }

  self->word_tier = g_new (guint8, MAX (1, self->n_entries));
  self->partial_tier = g_new (guint8, MAX (1, self->n_entries));
  self->worst_tier = g_new (guint8, MAX (1, self->n_entries));
  self->tier_sum = g_new (guint8, MAX (1, self->n_entries));
  self->rank = g_new (guint8, MAX (1, self->n_entries));
  self->bigram_count = g_new (guint8, MAX (1, self->n_entries));
  self->corrected = g_new (guint8, MAX (1, self->n_entries));
  self->matched = g_new (guint8, MAX (1, self->n_entries));
  self->shared = g_new (guint8, MAX (1, self->n_entries));
  self->score = g_new (float, MAX (1, self->n_entries));

  return self;
}

guint
ts_search_index_get_n_terms (TsSearchIndex *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->ids.n_terms + self->words.n_terms;
}

void
ts_search_index_free (TsSearchIndex *self)
{
  if (self == NULL)
    return;

  for (guint i = 0; i < self->n_entries; i++)
    g_strfreev (self->message_words[i]);
  g_free (self->message_words);
  g_hash_table_unref (self->message_starts);
  g_array_unref (self->fuzzy_keys);
  g_free (self->ids.terms);
  g_free (self->words.terms);
  g_free (self->choseong.terms);
  g_free (self->stems.terms);
  g_free (self->bigrams.terms);
  ts_analyzer_free (self->analyzer);
  g_free (self->lengths);
  g_free (self->parents);
  g_free (self->bigram_count);
  g_free (self->corrected);
  g_free (self->matched);
  g_free (self->shared);
  g_free (self->score);
  g_array_unref (self->postings);
  g_string_free (self->strings, TRUE);
  g_free (self->word_tier);
  g_free (self->partial_tier);
  g_free (self->worst_tier);
  g_free (self->tier_sum);
  g_free (self->rank);
  g_ptr_array_unref (self->entries);
  g_free (self);
}

/* Searching */

/* A query, folded and split once. */
typedef struct
{
  char *folded;
  GArray *words;         /* TsSpan: every word, in order */
  GArray *tokens;        /* TsSpan */
  GPtrArray *distinct;   /* the distinct words, at most TS_SEARCH_MAX_WORDS */
  char *compact;
  GString *scratch;
} Query;

static void
query_clear (Query *query)
{
  g_free (query->folded);
  g_clear_pointer (&query->words, g_array_unref);
  g_clear_pointer (&query->tokens, g_array_unref);
  g_clear_pointer (&query->distinct, g_ptr_array_unref);
  g_free (query->compact);
  if (query->scratch != NULL)
    g_string_free (query->scratch, TRUE);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Query, query_clear)

static gboolean
span_equal (const Query  *query,
            const TsSpan *span,
            const char   *text)
{
  return strncmp (query->folded + span->start, text, span->length) == 0 && text[span->length] == '\0';
}

static void
query_init (Query      *query,
            const char *text)
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
        seen = span_equal (query, span, g_ptr_array_index (query->distinct, d));
      if (!seen)
        g_ptr_array_add (query->distinct, g_strndup (query->folded + span->start, span->length));
    }

  query->compact = ts_text_compact (query->folded);
}

/* The compact form of a token, in the query's scratch buffer. */
static const char *
query_compact_token (Query        *query,
                     const TsSpan *token)
{
  g_string_truncate (query->scratch, 0);
  ts_text_append_compact (query->scratch, query->folded + token->start, token->length);
  return query->scratch->str;
}

static const char *
term_text (TsSearchIndex *self,
           const Term    *term)
{
  return self->strings->str + term->text;
}

/* The first term not sorting before @text. */
static guint
lower_bound (TsSearchIndex    *self,
             const Vocabulary *vocabulary,
             const char       *text)
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
term_postings (TsSearchIndex *self,
               const Term    *term)
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
      self->n_marked += self->word_tier[position] == NO_TIER;
      self->word_tier[position] = tier;
    }
  if (!(loose && self->short_word) && tier < self->partial_tier[position])
    {
      self->n_partial += self->partial_tier[position] == NO_TIER;
      self->partial_tier[position] = tier;
    }
}

/* Marks the best tier at which each entry holds a term that @word is a
 * prefix of (or is, unless @prefix). */
static void
match_prefix (TsSearchIndex    *self,
              const Vocabulary *vocabulary,
              const char       *word,
              gboolean          exact_allowed,
              gboolean          prefix)
{
  gsize length = strlen (word);

  for (guint t = lower_bound (self, vocabulary, word); t < vocabulary->n_terms; t++)
    {
      const Term *term = &vocabulary->terms[t];
      const char *text = term_text (self, term);
      const guint32 *postings = term_postings (self, term);
      gboolean exact;

      if (strncmp (text, word, length) != 0 || (!prefix && text[length] != '\0'))
        break;

      exact = exact_allowed && text[length] == '\0';
      for (guint p = 0; p < term->n_postings; p++)
        mark (self, postings[p] >> CLASS_BITS, tiers[postings[p] & ((1 << CLASS_BITS) - 1)][exact],
              text[length] != '\0');
    }
}

/* Entries for which @text is a whole id (code, key, message): rank[e] = min (rank[e], @rank). */
static guint
match_id (TsSearchIndex *self,
          const char    *text,
          gboolean       prefix,
          guint8         rank,
          gboolean       weak_too)
{
  gsize length = strlen (text);
  guint found = 0;

  for (guint t = lower_bound (self, &self->ids, text); t < self->ids.n_terms; t++)
    {
      const Term *term = &self->ids.terms[t];
      const guint32 *postings = term_postings (self, term);
      const char *term_string = term_text (self, term);

      if (strncmp (term_string, text, length) != 0 || (!prefix && term_string[length] != '\0'))
        break;

      for (guint p = 0; p < term->n_postings; p++)
        {
          TermClass term_class = postings[p] & ((1 << CLASS_BITS) - 1);
          guint32 position = postings[p] >> CLASS_BITS;

          if (term_class == CLASS_ID || (weak_too && term_class == CLASS_WEAK_ID))
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
static void
match_log_tokens (TsSearchIndex *self,
                  Query         *query)
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
      const char *compact = query_compact_token (query, &g_array_index (query->tokens, TsSpan, i));
      const Term *term;
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

          if ((posting & ((1 << CLASS_BITS) - 1)) == CLASS_ID)
            pin (pins, posting >> CLASS_BITS);
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
            whole = span_equal (query, &g_array_index (query->words, TsSpan, i + m), message[m]);
          if (whole)
            pin (pins, position);
        }
    }

  g_hash_table_iter_init (&iter, pins);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint position = GPOINTER_TO_UINT (key) - 1;
      guint8 rank = RANK_LOG_TOKEN_MAX - MIN (GPOINTER_TO_UINT (value), RANK_LOG_TOKEN_MAX - 1);

      self->rank[position] = MIN (self->rank[position], rank);
    }
}

/* Marks in word_tier the postings of @term, exactly as spelt, at the
 * prefix tier of their class plus @extra: a word found through a form of it. */
static guint
match_form (TsSearchIndex    *self,
            const Vocabulary *vocabulary,
            const char       *term,
            guint8            extra)
{
  guint t = lower_bound (self, vocabulary, term);
  const Term *found;

  if (t >= vocabulary->n_terms || strcmp (term_text (self, &vocabulary->terms[t]), term) != 0)
    return 0;

  found = &vocabulary->terms[t];
  for (guint p = 0; p < found->n_postings; p++)
    {
      guint32 posting = term_postings (self, found)[p];

      mark (self, posting >> CLASS_BITS, tiers[posting & ((1 << CLASS_BITS) - 1)][FALSE] + extra, FALSE);
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
      const Term *term;

      if (t >= self->bigrams.n_terms || strcmp (term_text (self, &self->bigrams.terms[t]), g_ptr_array_index (bigrams, b)) != 0)
        return;
      term = &self->bigrams.terms[t];
      for (guint p = 0; p < term->n_postings; p++)
        {
          guint32 posting = term_postings (self, term)[p];
          guint32 position = posting >> CLASS_BITS;

          /* counted once per bigram, and only if it had all the ones before */
          if (self->bigram_count[position] != b)
            continue;
          self->bigram_count[position] = b + 1;
          if (b + 1 == bigrams->len)
            mark (self, position, tiers[posting & ((1 << CLASS_BITS) - 1)][FALSE] + TIER_BIGRAMS, FALSE);
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
      const Term *term = &self->words.terms[t];
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

typedef enum
{
  FOUND_NOTHING,
  FOUND_TYPO,       /* only as a misspelling of the text's words */
  FOUND,
} Found;

/* Marks the best tier at which each entry holds @word, or a form of it:
 * its stem, without its Korean particle, its bigrams, or corrected. */
static Found
match_word (TsSearchIndex *self,
            const char    *word,
            GPtrArray     *forms)
{
  g_autofree char *base = ts_text_strip_particle (word);
  const char *stem = ts_analyzer_stem (self->analyzer, word);

  memset (self->word_tier, NO_TIER, self->n_entries);
  memset (self->partial_tier, NO_TIER, self->n_entries);
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
    return FOUND;

  match_typo_words (self, word, forms);
  return self->n_marked > 0 ? FOUND_TYPO : FOUND_NOTHING;
}

/* How much a word found at @tier counts in a field (BM25F's weight). */
static float
tier_weight (guint8 tier)
{
  return (MAX_TIER + 2 - MIN (tier, MAX_TIER)) / 4.0f;
}

/* Searching a code lists the codes that refine it after it: DEVICE_ERROR
 * (5300), then its extraCodes 5301, 5302… */
static void
match_children (TsSearchIndex *self)
{
  for (guint e = 0; e < self->n_entries; e++)
    {
      guint32 parent = self->parents[e];

      if (parent > 0 && self->rank[parent - 1] == RANK_EXACT)
        self->rank[e] = MIN (self->rank[e], RANK_CHILD);
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
      Found found = match_word (self, word, forms);
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

          if (tier == NO_TIER || self->worst_tier[e] == NO_TIER)
            self->worst_tier[e] = NO_TIER;
          else
            {
              self->worst_tier[e] = MAX (self->worst_tier[e], tier);
              self->tier_sum[e] = MIN (self->tier_sum[e] + tier, 15);
              self->corrected[e] |= found == FOUND_TYPO;
            }

          if (counts && self->partial_tier[e] != NO_TIER)
            {
              float weight = tier_weight (self->partial_tier[e]);
              float norm = BM25_K1 * (1.0f - BM25_B + BM25_B * self->lengths[e] / self->average_length);

              self->score[e] += idf * weight * (BM25_K1 + 1.0f) / (weight + norm);
              self->matched[e]++;
              self->shared[e] += found != FOUND_TYPO;
            }
        }
    }

  /* every word matches, some only as corrected: after the misspelt keys */
  for (guint e = 0; e < self->n_entries; e++)
    {
      if (self->worst_tier[e] != NO_TIER)
        {
          guint8 rank = self->corrected[e] ? RANK_TYPO_WORDS + self->worst_tier[e] + self->tier_sum[e]
                                           : RANK_WORDS + 16 * self->worst_tier[e] + self->tier_sum[e];

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
    if (self->rank[e] == NO_RANK && self->matched[e] >= needed && self->shared[e] > 0)
      keep_best (self->score, heap, &n, e);

  for (guint i = 0; i < n; i++)
    self->rank[heap[i]] = RANK_PARTIAL;
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
      const FuzzyKey *key = &g_array_index (self->fuzzy_keys, FuzzyKey, k);
      guint distance;

      if (self->rank[key->position] != NO_RANK)
        continue;
      distance = ts_text_edit_distance (compact, length, self->strings->str + key->text,
                                        key->length, max_distance);
      if (distance <= max_distance)
        self->rank[key->position] = RANK_TYPO + distance;
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
      const FuzzyKey *fuzzy = &g_array_index (self->fuzzy_keys, FuzzyKey, k);
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

static TsSearchResult *
result_new (guint n_entries)
{
  TsSearchResult *result = g_new0 (TsSearchResult, 1);

  result->n_entries = n_entries;
  result->positions = g_new (guint32, MAX (1, n_entries));
  result->ranks = g_new (guint8, MAX (1, n_entries));

  return result;
}

/* Orders the ranked entries: a counting sort over ranks, stable in catalog order. */
static void
collect (TsSearchIndex  *self,
         TsSearchResult *result)
{
  guint counts[NO_RANK + 1] = { 0 };
  guint start = 0;

  for (guint e = 0; e < self->n_entries; e++)
    counts[self->rank[e]]++;
  for (guint r = 0; r < NO_RANK; r++)
    {
      guint n = counts[r];

      counts[r] = start;
      start += n;
    }
  result->n_matches = start;

  for (guint e = 0; e < self->n_entries; e++)
    {
      guint8 rank = self->rank[e];

      if (rank != NO_RANK)
        {
          result->positions[counts[rank]] = e;
          result->ranks[counts[rank]++] = rank;
        }
    }

  /* partial matches, last, go by their scores */
  {
    guint first = counts[RANK_PARTIAL - 1];

    g_qsort_with_data (result->positions + first, counts[RANK_PARTIAL] - first, sizeof (guint32),
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
  g_auto(Query) query = { 0 };
  g_autoptr(GPtrArray) forms = NULL;
  g_autoptr(GPtrArray) unmatched = NULL;
  TsSearchResult *result;
  gboolean strong = FALSE;
  guint meaningful;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  query_init (&query, text);
  result = result_new (self->n_entries);

  if (query.distinct->len == 0)
    {
      result->everything = TRUE;
      result->n_matches = self->n_entries;
      for (guint e = 0; e < self->n_entries; e++)
        {
          result->positions[e] = e;
          result->ranks[e] = RANK_WORDS;
        }
      result->words = g_new0 (char *, 1);
      result->unmatched = g_new0 (char *, 1);
      return result;
    }

  memset (self->rank, NO_RANK, self->n_entries);
  forms = g_ptr_array_new_with_free_func (g_free);
  unmatched = g_ptr_array_new_with_free_func (g_free);

  match_log_tokens (self, &query);
  if (match_id (self, query.compact, FALSE, RANK_EXACT, TRUE) == 0 && query.distinct->len > 1)
    match_id (self, query.compact, TRUE, RANK_COMPACT_PREFIX, FALSE);
  meaningful = match_words (self, query.distinct, forms, unmatched);
  match_children (self);

  /* typos only where nothing matched a code or a key */
  for (guint e = 0; e < self->n_entries && !strong; e++)
    strong = self->rank[e] <= RANK_KEY_WORDS_MAX;
  if (!strong)
    {
      match_typos (self, query.compact);
      for (guint i = 0; i < query.tokens->len && i < 8; i++)
        {
          const TsSpan *token = &g_array_index (query.tokens, TsSpan, i);

          /* (a query of one such token has been tried whole) */
          if (memchr (query.folded + token->start, '_', token->length) != NULL &&
              strcmp (query_compact_token (&query, token), query.compact) != 0)
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
  if (rank <= RANK_LOG_TOKEN_MAX)
    return TS_MATCH_LOG_TOKEN;
  if (rank < RANK_WORDS)
    return TS_MATCH_EXACT;
  if (rank < RANK_TYPO)
    return TS_MATCH_WORDS;
  if (rank < RANK_PARTIAL)
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

  return self->n_matches > 0 && self->ranks[self->n_matches - 1] >= RANK_PARTIAL;
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
