/* ts-category-row.h: a category in the sidebar, with its number of matches
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ts-category-item.h"

G_BEGIN_DECLS

#define TS_TYPE_CATEGORY_ROW (ts_category_row_get_type ())
G_DECLARE_FINAL_TYPE (TsCategoryRow, ts_category_row, TS, CATEGORY_ROW, GtkListBoxRow)

GtkWidget      *ts_category_row_new          (TsCategoryItem *item);
TsCategoryItem *ts_category_row_get_item     (TsCategoryRow  *self);
int             ts_category_row_get_category (TsCategoryRow  *self);
void            ts_category_row_update_header (GtkListBoxRow *row,
                                               GtkListBoxRow *before,
                                               gpointer       user_data);

G_END_DECLS
