/* ts-sidebar.h: the categories of the results, with their numbers of matches
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ts-localizer.h"
#include "ts-result-list.h"

G_BEGIN_DECLS

#define TS_TYPE_SIDEBAR (ts_sidebar_get_type ())
G_DECLARE_FINAL_TYPE (TsSidebar, ts_sidebar, TS, SIDEBAR, GtkWidget)

void          ts_sidebar_set_localizer   (TsSidebar    *self,
                                          TsLocalizer  *localizer);
TsResultList *ts_sidebar_get_results     (TsSidebar    *self);
void          ts_sidebar_set_results     (TsSidebar    *self,
                                          TsResultList *results);
void          ts_sidebar_select_category (TsSidebar    *self,
                                          const char   *id);
gboolean      ts_sidebar_get_revealed    (TsSidebar    *self);
void          ts_sidebar_set_revealed    (TsSidebar    *self,
                                          gboolean      revealed);

G_END_DECLS
