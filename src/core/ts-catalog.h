/* ts-catalog.h: the error catalog: categories, entries and their search index
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ts-category.h"
#include "ts-entry.h"
#include "ts-localizer.h"

G_BEGIN_DECLS

#define TS_CATALOG_ERROR (ts_catalog_error_quark ())

typedef enum
{
  TS_CATALOG_ERROR_TOO_LARGE,
  TS_CATALOG_ERROR_ENCODING,
  TS_CATALOG_ERROR_SYNTAX,
  TS_CATALOG_ERROR_VERSION,
  TS_CATALOG_ERROR_MISSING,
  TS_CATALOG_ERROR_TYPE,
  TS_CATALOG_ERROR_EMPTY,
  TS_CATALOG_ERROR_RANGE,
  TS_CATALOG_ERROR_DUPLICATE,
  TS_CATALOG_ERROR_LINK,
  TS_CATALOG_ERROR_REFERENCE,
} TsCatalogError;

/* The format version this program reads (see data/README.md). */
#define TS_CATALOG_FORMAT_VERSION 1
/* Larger files are refused before parsing. */
#define TS_CATALOG_MAX_SIZE (64 * 1024 * 1024)
/* Our format nests five levels deep; json-glib recurses without a limit. */
#define TS_CATALOG_MAX_DEPTH 32
/* Extra catalogs read from the user's directory, at most. */
#define TS_CATALOG_MAX_EXTRAS 64

typedef struct _TsSearchIndex TsSearchIndex;
typedef struct _TsCatalogBuilder TsCatalogBuilder;

#define TS_TYPE_CATALOG (ts_catalog_get_type ())
G_DECLARE_FINAL_TYPE (TsCatalog, ts_catalog, TS, CATALOG, GObject)

GQuark         ts_catalog_error_quark      (void);

TsCatalog     *ts_catalog_new_builtin      (TsLocalizer  *localizer,
                                            GError      **error);
TsCatalog     *ts_catalog_new_from_file    (const char   *filename,
                                            TsLocalizer  *localizer,
                                            GError      **error);
TsCatalog     *ts_catalog_new_from_bytes   (GBytes       *bytes,
                                            const char   *name,
                                            TsLocalizer  *localizer,
                                            GError      **error);

TsCatalog     *ts_catalog_new_with_extras  (const char   *directory,
                                            TsLocalizer  *localizer,
                                            GPtrArray   **problems,
                                            GError      **error);
char          *ts_catalog_get_user_directory (void);

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
TsCatalog        *ts_catalog_builder_end       (TsCatalogBuilder  *builder);
void              ts_catalog_builder_free      (TsCatalogBuilder  *builder);

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
guint          ts_catalog_get_code_chars   (TsCatalog    *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TsCatalogBuilder, ts_catalog_builder_free)

G_END_DECLS
