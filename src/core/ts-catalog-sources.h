/* ts-catalog-sources.h: the built-in catalog and the user's own, kept up to date
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ts-catalog.h"
#include "ts-localizer.h"

G_BEGIN_DECLS

char      *ts_catalog_get_user_directory (void);
TsCatalog *ts_catalog_new_with_extras    (const char    *directory,
                                          TsLocalizer   *localizer,
                                          GPtrArray    **problems,
                                          GError       **error);

#define TS_TYPE_CATALOG_SOURCES (ts_catalog_sources_get_type ())
G_DECLARE_FINAL_TYPE (TsCatalogSources, ts_catalog_sources, TS, CATALOG_SOURCES, GObject)

TsCatalogSources *ts_catalog_sources_new          (const char       *directory,
                                                   TsLocalizer      *localizer);
void              ts_catalog_sources_set_catalog  (TsCatalogSources *self,
                                                   TsCatalog        *catalog,
                                                   GPtrArray        *problems);
TsCatalog        *ts_catalog_sources_get_catalog  (TsCatalogSources *self);
GPtrArray        *ts_catalog_sources_get_problems (TsCatalogSources *self);
void              ts_catalog_sources_watch        (TsCatalogSources *self);
void              ts_catalog_sources_reload       (TsCatalogSources *self);

G_END_DECLS
