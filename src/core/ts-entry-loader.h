/* ts-entry-loader.h: one catalog's JSON text into categories and entries
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "ts-json-check.h"
#include "ts-localizer.h"

G_BEGIN_DECLS

typedef struct _TsEntryLoader TsEntryLoader;

/* Where the catalog goes in the whole, and how much room is left there. */
typedef struct
{
  const char *id_prefix;        /* put before its category ids, or NULL */
  guint first_category;         /* position of its first category */
  guint first_entry;            /* file order of its first entry */
  guint max_categories;         /* at most this many of each */
  guint max_entries;
} TsEntryLoaderPlace;

TsEntryLoader *ts_entry_loader_new              (TsLocalizer              *localizer,
                                                 const TsEntryLoaderPlace *place);
gboolean       ts_entry_loader_load             (TsEntryLoader            *self,
                                                 const char               *data,
                                                 gsize                     size,
                                                 const TsJsonLayout       *layout,
                                                 GError                  **error);
GPtrArray     *ts_entry_loader_steal_categories (TsEntryLoader            *self);
GPtrArray     *ts_entry_loader_steal_entries    (TsEntryLoader            *self);
GHashTable    *ts_entry_loader_steal_metadata   (TsEntryLoader            *self);
void           ts_entry_loader_free             (TsEntryLoader            *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TsEntryLoader, ts_entry_loader_free)

G_END_DECLS
