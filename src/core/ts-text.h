/* ts-text.h: folding, tokenizing and comparing text for search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Korean syllables decompose arithmetically: 19 initials × 21 medials × 28 finals. */
#define TS_HANGUL_SYLLABLE_FIRST 0xAC00
#define TS_HANGUL_SYLLABLE_LAST  0xD7A3
#define TS_CHOSEONG_FIRST        0x1100
#define TS_CHOSEONG_LAST         0x1112

/* A run of bytes in a folded text: a word or a token. */
typedef struct
{
  guint32 start;
  guint32 length;
} TsSpan;

char      *ts_text_fold            (const char  *text,
                                    gssize       length);
GArray    *ts_text_split_words     (const char  *folded);
GArray    *ts_text_split_tokens    (const char  *folded);
void       ts_text_append_compact  (GString     *out,
                                    const char  *folded,
                                    gsize        length);
char      *ts_text_compact         (const char  *folded);
char      *ts_text_choseong        (const char  *folded_word);
gboolean   ts_text_is_choseong_only (const char *folded_word);
GArray    *ts_text_find_highlights (const char  *text,
                                    const char * const *words,
                                    const char * const *whole_words);
guint      ts_text_edit_distance   (const char  *a,
                                    gsize        a_len,
                                    const char  *b,
                                    gsize        b_len,
                                    guint        max_distance);
gboolean   ts_text_is_transposition (const char *a,
                                     const char *b);
gboolean   ts_text_is_unsafe_char  (gunichar     c);
char      *ts_text_escape_unsafe   (const char  *text,
                                    gssize       length);

G_END_DECLS
