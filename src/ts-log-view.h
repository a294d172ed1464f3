/* ts-log-view.h: the errors of a whole log, and where it names each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ts-catalog.h"
#include "ts-localizer.h"
#include "ts-log-report.h"

G_BEGIN_DECLS

#define TS_TYPE_LOG_VIEW (ts_log_view_get_type ())
G_DECLARE_FINAL_TYPE (TsLogView, ts_log_view, TS, LOG_VIEW, GtkWidget)

TsLogView   *ts_log_view_new           (TsLocalizer *localizer);
void         ts_log_view_open_file     (TsLogView   *self,
                                        TsCatalog   *catalog,
                                        GFile       *file);
void         ts_log_view_open_text     (TsLogView   *self,
                                        TsCatalog   *catalog,
                                        const char  *text);
void         ts_log_view_cancel        (TsLogView   *self);
gboolean     ts_log_view_get_scanning  (TsLogView   *self);
TsLogReport *ts_log_view_get_report    (TsLogView   *self);
TsLogError  *ts_log_view_get_selected  (TsLogView   *self);
void         ts_log_view_select        (TsLogView   *self,
                                        guint        position);

gboolean     ts_log_view_is_log_text   (const char  *text);

G_END_DECLS
