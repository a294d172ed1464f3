/* ts-catalog-builder.h: make a catalog of one or more catalog files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ts-catalog.h"
#include "ts-localizer.h"

G_BEGIN_DECLS

typedef struct _TsCatalogBuilder TsCatalogBuilder;

TsCatalogBuilder *ts_catalog_builder_new       (TsLocalizer       *localizer);
gboolean          ts_catalog_builder_add_bytes (TsCatalogBuilder  *builder,
                                                GBytes            *bytes,
                                                const char        *name,
                                                const char        *id_prefix,
                                                GError           **error);
gboolean          ts_catalog_builder_add_file  (TsCatalogBuilder  *builder,
                                                const char        *filename,
                                                const char        *id_prefix,
                                                GError           **error);
gboolean          ts_catalog_builder_add_builtin (TsCatalogBuilder *builder,
                                                  GError          **error);
TsCatalog        *ts_catalog_builder_end       (TsCatalogBuilder  *builder);
void              ts_catalog_builder_free      (TsCatalogBuilder  *builder);

GBytes           *ts_catalog_read_file         (const char        *filename,
                                                GError           **error);

TsCatalog        *ts_catalog_new_builtin       (TsLocalizer       *localizer,
                                                GError           **error);
TsCatalog        *ts_catalog_new_from_file     (const char        *filename,
                                                TsLocalizer       *localizer,
                                                GError           **error);
TsCatalog        *ts_catalog_new_from_bytes    (GBytes            *bytes,
                                                const char        *name,
                                                TsLocalizer       *localizer,
                                                GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TsCatalogBuilder, ts_catalog_builder_free)

G_END_DECLS
