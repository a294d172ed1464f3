/* ts-search-index.c: building the search index over a catalog's entries
 *
 * The vocabulary is every folded word of every entry, in an array sorted
 * bytewise, so the words a query word is a prefix of form one contiguous
 * range; codes, keys and messages have a vocabulary of their own, so that
 * looking up the tokens of a long pasted log never walks the postings of
 * common words. A term's postings say which entries hold it and in what
 * field class. More vocabularies map the initial consonants of Korean words
 * ("ㅁㄹ" for "만료"), English stems and Korean bigrams to the postings of
 * the words that have them.
 *
 * Terms are collected in hash tables, then laid out once as sorted arrays
 * over one string buffer and one postings array; the index also keeps what
 * ranking needs (words per entry, messages, parents, keys for typos) and
 * the scratch arrays a search works in.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-search"

#include "config.h"

#include <string.h>

#include "ts-analyzer.h"
#include "ts-search-index-private.h"
#include "ts-text.h"

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
add_posting (GHashTable        *table,
             const char        *term,
             guint              position,
             TsSearchTermClass  term_class)
{
  guint32 posting = (position << TS_SEARCH_CLASS_BITS) | term_class;
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
add_term (Builder           *builder,
          const char        *term,
          guint              position,
          TsSearchTermClass  term_class)
{
  GHashTable *table = term_class <= TS_SEARCH_CLASS_WEAK_ID ? builder->ids : builder->words;

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
add_folded_words (TsSearchIndex     *self,
                  Builder           *builder,
                  const char        *folded,
                  guint              position,
                  TsSearchTermClass  term_class)
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
add_words (TsSearchIndex     *self,
           Builder           *builder,
           const char        *text,
           guint              position,
           TsSearchTermClass  term_class)
{
  g_autofree char *folded = NULL;

  if (text == NULL)
    return;

  folded = ts_text_fold (text, -1);
  add_folded_words (self, builder, folded, position, term_class);
}

/* A text in English and Korean; the Korean only where it differs. */
static void
add_text (TsSearchIndex     *self,
          Builder           *builder,
          const char        *english,
          const char        *korean,
          guint              position,
          TsSearchTermClass  term_class)
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
                TsSearchTermClass   term_class)
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
  TsSearchFuzzyKey fuzzy;

  if (*compact != '\0')
    add_term (builder, compact, position, TS_SEARCH_CLASS_ID);
  add_folded_words (self, builder, folded, position, TS_SEARCH_CLASS_KEYWORD);

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
    add_term (builder, compact, position, TS_SEARCH_CLASS_ID);

  if (spans->len == 0)
    return;

  words = g_new0 (char *, spans->len + 1);
  for (guint i = 0; i < spans->len; i++)
    {
      const TsSpan *span = &g_array_index (spans, TsSpan, i);

      words[i] = g_strndup (folded + span->start, span->length);
    }
  add_folded_words (self, builder, folded, position, TS_SEARCH_CLASS_TITLE);
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
      add_term (builder, digits, position, strlen (digits) < 3 ? TS_SEARCH_CLASS_WEAK_ID : TS_SEARCH_CLASS_ID);
    }
  if (hex != NULL)
    {
      g_autofree char *folded = g_ascii_strdown (hex, -1);

      add_term (builder, folded, position, TS_SEARCH_CLASS_ID);
      add_term (builder, folded + 2, position, TS_SEARCH_CLASS_WEAK_ID);
    }
  if (ts_entry_get_key (entry) != NULL)
    add_key (self, builder, ts_entry_get_key (entry), position);
  for (guint i = 0; aliases[i] != NULL; i++)
    add_key (self, builder, aliases[i], position);
  if (ts_entry_get_message (entry) != NULL)
    add_message (self, builder, ts_entry_get_message (entry), position);

  add_text (self, builder, ts_entry_get_summary (entry, TS_LANGUAGE_ENGLISH),
            ts_entry_get_summary (entry, TS_LANGUAGE_KOREAN), position, TS_SEARCH_CLASS_TITLE);
  add_paragraphs (self, builder, ts_entry_get_explanation (entry, TS_LANGUAGE_ENGLISH),
                  ts_entry_get_explanation (entry, TS_LANGUAGE_KOREAN), position, TS_SEARCH_CLASS_BODY);
  add_paragraphs (self, builder, ts_entry_get_remedy (entry, TS_LANGUAGE_ENGLISH),
                  ts_entry_get_remedy (entry, TS_LANGUAGE_KOREAN), position, TS_SEARCH_CLASS_BODY);
  add_paragraphs (self, builder, ts_entry_get_notes (entry, TS_LANGUAGE_ENGLISH),
                  ts_entry_get_notes (entry, TS_LANGUAGE_KOREAN), position, TS_SEARCH_CLASS_BODY);
  add_paragraphs (self, builder, ts_entry_get_keywords (entry, TS_LANGUAGE_ENGLISH),
                  ts_entry_get_keywords (entry, TS_LANGUAGE_KOREAN), position, TS_SEARCH_CLASS_AID);
  for (guint i = 0; i < ts_entry_get_n_links (entry); i++)
    add_text (self, builder, ts_entry_get_link_title (entry, i, TS_LANGUAGE_ENGLISH),
              ts_entry_get_link_title (entry, i, TS_LANGUAGE_KOREAN), position, TS_SEARCH_CLASS_BODY);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Lays a builder table out as a sorted vocabulary. */
static void
freeze (TsSearchIndex      *self,
        GHashTable         *table,
        TsSearchVocabulary *vocabulary)
{
  g_autofree const char **keys = NULL;
  guint n;

  keys = (const char **) g_hash_table_get_keys_as_array (table, &n);
  qsort (keys, n, sizeof (char *), compare_strings);

  vocabulary->terms = g_new (TsSearchTerm, n);
  vocabulary->n_terms = n;
  for (guint i = 0; i < n; i++)
    {
      Postings *postings = g_hash_table_lookup (table, keys[i]);
      TsSearchTerm *term = &vocabulary->terms[i];

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
  g_return_val_if_fail (entries->len < (1u << (32 - TS_SEARCH_CLASS_BITS)), NULL);

  self->entries = g_ptr_array_ref (entries);
  self->n_entries = entries->len;
  self->strings = g_string_new (NULL);
  self->postings = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->message_starts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                (GDestroyNotify) g_array_unref);
  self->message_words = g_new0 (GStrv, MAX (1, self->n_entries));
  self->fuzzy_keys = g_array_new (FALSE, FALSE, sizeof (TsSearchFuzzyKey));

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
