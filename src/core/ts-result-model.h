/* ts-result-model.h: the entries matching a query, best first, as a list model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ts-catalog.h"
#include "ts-search.h"

G_BEGIN_DECLS

#define TS_ALL_CATEGORIES (-1)

#define TS_TYPE_RESULT_MODEL (ts_result_model_get_type ())
G_DECLARE_FINAL_TYPE (TsResultModel, ts_result_model, TS, RESULT_MODEL, GObject)

TsResultModel      *ts_result_model_new             (void);
TsCatalog          *ts_result_model_get_catalog     (TsResultModel *self);
void                ts_result_model_set_catalog     (TsResultModel *self,
                                                     TsCatalog     *catalog);
const char         *ts_result_model_get_query       (TsResultModel *self);
void                ts_result_model_set_query       (TsResultModel *self,
                                                     const char    *query);
int                 ts_result_model_get_category    (TsResultModel *self);
void                ts_result_model_set_category    (TsResultModel *self,
                                                     int            category);
guint               ts_result_model_count_matches   (TsResultModel *self,
                                                     int            category);
const char * const *ts_result_model_get_words       (TsResultModel *self);
TsMatchKind         ts_result_model_get_match_kind  (TsResultModel *self,
                                                     guint          position);
guint               ts_result_model_find_entry      (TsResultModel *self,
                                                     TsEntry       *entry);
guint               ts_result_model_count_other_categories (TsResultModel *self);
const char * const *ts_result_model_get_hidden_versions (TsResultModel *self);
void                ts_result_model_set_hidden_versions (TsResultModel      *self,
                                                         const char * const *versions);
const char * const *ts_result_model_get_sdk_versions  (TsResultModel *self);
gboolean            ts_result_model_is_version_hidden (TsResultModel *self,
                                                       const char    *version);
gboolean            ts_result_model_is_category_hidden (TsResultModel *self,
                                                        int            category);
gboolean            ts_result_model_has_partial       (TsResultModel *self);
const char * const *ts_result_model_get_unmatched_words (TsResultModel *self);
const char * const *ts_result_model_get_words_to_leave_out (TsResultModel *self);
const char         *ts_result_model_get_suggestion    (TsResultModel *self);

G_END_DECLS
