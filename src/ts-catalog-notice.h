/* ts-catalog-notice.h: the notice above the results of catalogs that could not be loaded
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TS_TYPE_CATALOG_NOTICE (ts_catalog_notice_get_type ())
G_DECLARE_FINAL_TYPE (TsCatalogNotice, ts_catalog_notice, TS, CATALOG_NOTICE, GtkWidget)

TsCatalogNotice *ts_catalog_notice_new          (void);
void             ts_catalog_notice_set_problems (TsCatalogNotice *self,
                                                 GPtrArray       *problems);

G_END_DECLS
