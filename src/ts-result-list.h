/* ts-result-list.h: the results of a search, as a list to pick from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ts-catalog.h"
#include "ts-localizer.h"
#include "ts-result-model.h"   /* TS_ALL_CATEGORIES */

G_BEGIN_DECLS

#define TS_TYPE_RESULT_LIST (ts_result_list_get_type ())
G_DECLARE_FINAL_TYPE (TsResultList, ts_result_list, TS, RESULT_LIST, GtkWidget)

void                ts_result_list_set_localizer      (TsResultList *self,
                                                       TsLocalizer  *localizer);
TsCatalog          *ts_result_list_get_catalog        (TsResultList *self);
void                ts_result_list_set_catalog        (TsResultList *self,
                                                       TsCatalog    *catalog);
const char         *ts_result_list_get_query          (TsResultList *self);
void                ts_result_list_set_query          (TsResultList *self,
                                                       const char   *query);
int                 ts_result_list_get_category       (TsResultList *self);
void                ts_result_list_set_category       (TsResultList *self,
                                                       int           category);
guint               ts_result_list_get_n_results      (TsResultList *self);
guint               ts_result_list_count_matches      (TsResultList *self,
                                                       int           category);
const char * const *ts_result_list_get_words          (TsResultList *self);
guint               ts_result_list_get_selected       (TsResultList *self);
TsEntry            *ts_result_list_get_selected_entry (TsResultList *self);
void                ts_result_list_select             (TsResultList *self,
                                                       guint         position,
                                                       gboolean      focus);
gboolean            ts_result_list_select_entry       (TsResultList *self,
                                                       TsEntry      *entry);
void                ts_result_list_set_hidden_versions (TsResultList       *self,
                                                        const char * const *versions);
gboolean            ts_result_list_is_category_hidden (TsResultList *self,
                                                       int           category);
const char * const *ts_result_list_get_sdk_versions   (TsResultList *self);

G_END_DECLS
