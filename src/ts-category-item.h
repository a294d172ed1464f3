/* ts-category-item.h: a row of the sidebar: a category, or all, and its number of matches
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define TS_TYPE_CATEGORY_ITEM (ts_category_item_get_type ())
G_DECLARE_FINAL_TYPE (TsCategoryItem, ts_category_item, TS, CATEGORY_ITEM, GObject)

TsCategoryItem *ts_category_item_new             (int             category,
                                                  const char     *name,
                                                  const char     *description,
                                                  const char     *heading);
int             ts_category_item_get_category    (TsCategoryItem *self);
const char     *ts_category_item_get_name        (TsCategoryItem *self);
const char     *ts_category_item_get_description (TsCategoryItem *self);
const char     *ts_category_item_get_heading     (TsCategoryItem *self);
guint           ts_category_item_get_count       (TsCategoryItem *self);
void            ts_category_item_set_count       (TsCategoryItem *self,
                                                  guint           count);

G_END_DECLS
