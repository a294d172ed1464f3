/* ts-catalog.h: the error catalog: categories, entries and their search index
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ts-catalog-error.h"
#include "ts-category.h"
#include "ts-entry.h"
#include "ts-localizer.h"
#include "ts-search.h"

G_BEGIN_DECLS

#define TS_TYPE_CATALOG (ts_catalog_get_type ())
G_DECLARE_FINAL_TYPE (TsCatalog, ts_catalog, TS, CATALOG, GObject)

const char    *ts_catalog_get_name         (TsCatalog    *self);
const char    *ts_catalog_get_metadata     (TsCatalog    *self,
                                            const char   *field);
guint          ts_catalog_get_n_categories (TsCatalog    *self);
TsCategory    *ts_catalog_get_category     (TsCatalog    *self,
                                            guint         position);
guint          ts_catalog_get_n_entries    (TsCatalog    *self);
TsEntry       *ts_catalog_get_entry        (TsCatalog    *self,
                                            guint         position);
TsSearchIndex *ts_catalog_get_index        (TsCatalog    *self);
void           ts_catalog_prepare_index    (TsCatalog    *self);
guint          ts_catalog_get_code_chars   (TsCatalog    *self);
TsSearchResult *ts_catalog_search          (TsCatalog    *self,
                                            const char   *query);

G_END_DECLS
