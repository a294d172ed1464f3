/* ts-catalog-private.h: making a catalog, for the builder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ts-catalog.h"

G_BEGIN_DECLS

TsCatalog *ts_catalog_new_take (char       *name,
                                GPtrArray  *categories,
                                GPtrArray  *entries,
                                GHashTable *metadata);

G_END_DECLS
