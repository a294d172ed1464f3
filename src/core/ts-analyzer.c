/* ts-analyzer.c: the forms of a word that search should treat as the same
 *
 * English words meet through their Snowball stems (libstemmer's "english",
 * the Porter2 stemmer search engines use): denied and deny, expired and
 * expires, joining and join.
 *
 * Korean writes particles and endings onto the word ("카메라가", "카메라를",
 * "잠겼어요") and spaces compounds freely ("자동재생", "자동 재생"). Search
 * engines handle this with a morphological analyzer (a dictionary we would
 * have to ship) or, as Lucene's CJK analyzer does, with overlapping
 * bigrams of syllables, which need no dictionary and meet across particles
 * and spacing: "자동재생" and "자동 재생" share 자동 and 재생. We use the
 * bigrams, and also strip one particle or ending of a documented list
 * (particles[] below) from a query word, so that "카메라가" finds the
 * prefix "카메라" as a word of the text, as before.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-analyzer"

#include "config.h"

#include <libstemmer.h>
#include <string.h>

#include "ts-analyzer.h"
#include "ts-text.h"

struct _TsAnalyzer
{
  struct sb_stemmer *english;
  GString *stem;
};

/* Words that say nothing about which error it is; a partial match must
 * share some other word with the query. Folded, sorted for bsearch(). */
static const char * const stop_words[] = {
  "a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at",
  "be", "because", "been", "before", "being", "but", "by", "can", "cannot", "cant", "could",
  "did", "didn", "do", "does", "doesn", "doing", "don", "dont", "for", "from", "get", "gets",
  "got", "had", "has", "have", "he", "her", "here", "his", "how", "i", "if", "in", "into",
  "is", "isn", "it", "its", "just", "me", "my", "no", "not", "of", "on", "only", "or", "our",
  "please", "s", "she", "so", "some", "still", "t", "than", "that", "the", "their", "them",
  "then", "there", "these", "they", "this", "those", "to", "too", "up", "very", "was", "wasn",
  "we", "were", "what", "when", "which", "while", "who", "why", "will", "with", "won", "would",
  "you", "your",
  /* Korean: particles and words written apart, auxiliary verbs, fillers */
  "가", "것", "계속", "그", "그냥", "그래서", "그런데", "그리고", "근데", "내", "너무", "는", "다시",
  "더", "도", "돼요", "되는", "됐어요", "때", "또", "등", "를", "먼저", "못", "및", "수", "안",
  "어떻게", "에", "왜", "우리", "은", "을", "의", "이", "이제", "있는", "있다", "있던", "있어요",
  "자꾸", "저", "정말", "제", "좀", "지금", "진짜", "하고", "하는", "해요", "했어요",
};

/* Particles and endings stripped from the end of a Korean query word,
 * longest first, when two syllables at least remain. */
static const char * const particles[] = {
  /* endings of the polite and plain styles */
  "었습니다", "았습니다", "였습니다", "했습니다", "습니다", "합니다", "됩니다", "입니다",
  "었어요", "았어요", "였어요", "했어요", "이에요", "예요", "어요", "아요", "해요", "돼요", "되요",
  "됐습니다", "됐어요", "는데요", "거든요", "잖아요", "었는데", "았는데", "했는데",
  "나요", "네요", "는데", "지만", "어서", "아서", "해서", "니까", "려고", "니다", "됐다", "했다",
  "었다", "았다", "요",
  /* nouns made of verbs, as notes and messages end: 만료됨, 거부함 */
  "됨", "함",
  /* case and auxiliary particles */
  "에서는", "으로는", "에서도", "이라고", "에서", "에게", "한테", "으로", "까지", "부터", "처럼",
  "보다", "이나", "이랑", "에는", "에도", "로는", "라고", "이가", "은", "는", "이", "가", "을", "를",
  "의", "에", "께", "와", "과", "랑", "도", "만", "로", "나",
};

static int
compare_words (const void *a,
               const void *b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * ts_text_is_stop_word:
 * @folded_word: a word of folded text
 *
 * Returns: whether the word says nothing about which error it is
 */
gboolean
ts_text_is_stop_word (const char *folded_word)
{
  static gsize sorted = 0;
  static const char *words[G_N_ELEMENTS (stop_words)];

  if (g_once_init_enter (&sorted))
    {
      memcpy (words, stop_words, sizeof words);
      qsort (words, G_N_ELEMENTS (words), sizeof (char *), compare_words);
      g_once_init_leave (&sorted, 1);
    }

  return bsearch (&folded_word, words, G_N_ELEMENTS (words), sizeof (char *), compare_words) != NULL;
}

static gboolean
is_syllable (gunichar c)
{
  return c >= TS_HANGUL_SYLLABLE_FIRST && c <= TS_HANGUL_SYLLABLE_LAST;
}

/**
 * ts_text_is_hangul_word:
 *
 * Returns: whether the word is made of Hangul syllables only
 */
gboolean
ts_text_is_hangul_word (const char *folded_word)
{
  if (*folded_word == '\0')
    return FALSE;
  for (const char *p = folded_word; *p != '\0'; p = g_utf8_next_char (p))
    if (!is_syllable (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

guint
ts_text_count_chars (const char *folded_word)
{
  return g_utf8_strlen (folded_word, -1);
}

/**
 * ts_text_strip_particle:
 * @folded_word: a word of Hangul syllables
 *
 * Returns: (transfer full) (nullable): the word without the longest particle
 *   or ending it ends with, if two syllables at least remain; else %NULL
 */
char *
ts_text_strip_particle (const char *folded_word)
{
  gsize length = strlen (folded_word);
  gsize best = 0;

  if (!ts_text_is_hangul_word (folded_word))
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (particles); i++)
    {
      gsize suffix = strlen (particles[i]);

      if (suffix > best && suffix < length && g_str_has_suffix (folded_word, particles[i]) &&
          g_utf8_strlen (folded_word, length - suffix) >= 2)
        best = suffix;
    }

  return best > 0 ? g_strndup (folded_word, length - best) : NULL;
}

/**
 * ts_text_add_bigrams:
 * @folded_word: a word
 * @bigrams: (element-type utf8): where to add each pair of neighbouring
 *   Hangul syllables of the word, newly allocated
 */
void
ts_text_add_bigrams (const char *folded_word,
                     GPtrArray  *bigrams)
{
  const char *previous = NULL;

  for (const char *p = folded_word; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (!is_syllable (g_utf8_get_char (p)))
        {
          previous = NULL;
          continue;
        }
      if (previous != NULL)
        g_ptr_array_add (bigrams, g_strndup (previous, g_utf8_next_char (p) - previous));
      previous = p;
    }
}

TsAnalyzer *
ts_analyzer_new (void)
{
  TsAnalyzer *self = g_new0 (TsAnalyzer, 1);

  self->english = sb_stemmer_new ("english", "UTF_8");
  self->stem = g_string_new (NULL);
  return self;
}

void
ts_analyzer_free (TsAnalyzer *self)
{
  if (self == NULL)
    return;

  if (self->english != NULL)
    sb_stemmer_delete (self->english);
  g_string_free (self->stem, TRUE);
  g_free (self);
}

/**
 * ts_analyzer_stem:
 * @folded_word: a word of folded text
 *
 * Returns: (transfer none) (nullable): the English stem of a word of three
 *   Latin letters or more, valid until the next call; %NULL for other words
 */
const char *
ts_analyzer_stem (TsAnalyzer *self,
                  const char *folded_word)
{
  gsize length = strlen (folded_word);
  const sb_symbol *stem;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->english == NULL || length < 3 || length > 64)
    return NULL;
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_islower (folded_word[i]))
      return NULL;

  stem = sb_stemmer_stem (self->english, (const sb_symbol *) folded_word, length);
  if (stem == NULL)
    return NULL;
  g_string_overwrite_len (g_string_truncate (self->stem, 0), 0, (const char *) stem,
                          sb_stemmer_length (self->english));
  return self->stem->str;
}
