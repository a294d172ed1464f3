/* ts-analyzer.h: the forms of a word that search should treat as the same
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _TsAnalyzer TsAnalyzer;

TsAnalyzer *ts_analyzer_new            (void);
void        ts_analyzer_free           (TsAnalyzer *self);

const char *ts_analyzer_stem           (TsAnalyzer *self,
                                        const char *folded_word);

gboolean    ts_text_is_stop_word       (const char *folded_word);
gboolean    ts_text_is_hangul_word     (const char *folded_word);
char       *ts_text_strip_particle     (const char *folded_word);
void        ts_text_add_bigrams        (const char *folded_word,
                                        GPtrArray  *bigrams);
guint       ts_text_count_chars        (const char *folded_word);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TsAnalyzer, ts_analyzer_free)

G_END_DECLS
