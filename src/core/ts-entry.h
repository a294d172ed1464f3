/* ts-entry.h: one error of the catalog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "ts-category.h"
#include "ts-localizer.h"

G_BEGIN_DECLS

#define TS_TYPE_ENTRY (ts_entry_get_type ())
G_DECLARE_FINAL_TYPE (TsEntry, ts_entry, TS, ENTRY, GObject)

TsCategory         *ts_entry_get_category    (TsEntry    *self);
gboolean            ts_entry_has_code        (TsEntry    *self);
gint64              ts_entry_get_code        (TsEntry    *self);
const char         *ts_entry_get_code_text   (TsEntry    *self);
const char         *ts_entry_get_hex         (TsEntry    *self);
const char         *ts_entry_get_key         (TsEntry    *self);
const char * const *ts_entry_get_aliases     (TsEntry    *self);
const char         *ts_entry_get_message     (TsEntry    *self);
const char         *ts_entry_get_name        (TsEntry    *self);
const char         *ts_entry_get_title       (TsEntry    *self);
const char         *ts_entry_get_summary     (TsEntry    *self,
                                              TsLanguage  language);
const char * const *ts_entry_get_explanation (TsEntry    *self,
                                              TsLanguage  language);
const char * const *ts_entry_get_remedy      (TsEntry    *self,
                                              TsLanguage  language);
const char * const *ts_entry_get_notes       (TsEntry    *self,
                                              TsLanguage  language);
const char * const *ts_entry_get_keywords    (TsEntry    *self,
                                              TsLanguage  language);
gboolean            ts_entry_has_remedy      (TsEntry    *self);
guint               ts_entry_get_n_links     (TsEntry    *self);
const char         *ts_entry_get_link_title  (TsEntry    *self,
                                              guint       index,
                                              TsLanguage  language);
const char         *ts_entry_get_link_url    (TsEntry    *self,
                                              guint       index);
gboolean            ts_entry_get_documented  (TsEntry    *self);
const char         *ts_entry_get_product     (TsEntry    *self);
const char         *ts_entry_get_sdk_version (TsEntry    *self);
TsEntry            *ts_entry_get_parent      (TsEntry    *self);
guint               ts_entry_get_n_counterparts (TsEntry *self);
TsEntry            *ts_entry_get_counterpart (TsEntry    *self,
                                              guint       index);
guint               ts_entry_get_position    (TsEntry    *self);

G_END_DECLS
