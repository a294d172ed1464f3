/* ts-window.h: the main window: search, categories, results and details
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ts-catalog.h"

G_BEGIN_DECLS

#define TS_TYPE_WINDOW (ts_window_get_type ())
G_DECLARE_FINAL_TYPE (TsWindow, ts_window, TS, WINDOW, GtkApplicationWindow)

TsWindow  *ts_window_new         (GtkApplication *application,
                                  TsCatalog      *catalog,
                                  TsLocalizer    *localizer);
TsCatalog *ts_window_get_catalog (TsWindow       *self);
void       ts_window_search      (TsWindow       *self,
                                  const char     *query);
void       ts_window_show_entry  (TsWindow       *self,
                                  TsEntry        *entry);
void       ts_window_set_problems (TsWindow      *self,
                                  GPtrArray      *problems);
void       ts_window_open_log    (TsWindow       *self,
                                  GFile          *file);
void       ts_window_open_log_text (TsWindow     *self,
                                  const char     *text);

G_END_DECLS
