/* ts-application.h: the TRTC Troubleshooter application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ts-catalog.h"

G_BEGIN_DECLS

#define TS_TYPE_APPLICATION (ts_application_get_type ())
G_DECLARE_FINAL_TYPE (TsApplication, ts_application, TS, APPLICATION, GtkApplication)

TsApplication *ts_application_new         (void);
TsCatalog     *ts_application_get_catalog (TsApplication *self);
void           ts_application_show_entry  (TsApplication *self,
                                           TsEntry       *entry,
                                           guint32        timestamp);
void           ts_application_show_search (TsApplication *self,
                                           const char    *query,
                                           guint32        timestamp);

G_END_DECLS
