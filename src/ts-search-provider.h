/* ts-search-provider.h: errors in GNOME Shell's search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ts-catalog.h"
#include "ts-localizer.h"

G_BEGIN_DECLS

#define TS_SEARCH_PROVIDER_PATH "/io/github/trtctroubleshooter/Troubleshooter/SearchProvider"
/* What the Shell may send that is looked at; the rest is cut. */
#define TS_SEARCH_PROVIDER_MAX_TERMS 16
#define TS_SEARCH_PROVIDER_MAX_TERM_BYTES 256
/* The Shell shows a handful; no more than this many are sent back. */
#define TS_SEARCH_PROVIDER_MAX_RESULTS 64

/* The actions of the application the provider activates (on the
 * GApplication it is given, so without the "app." prefix):
 *   show-entry (uu): open the window at the entry at this position of the
 *     catalog the provider was given, with the timestamp of the Shell's event;
 *   show-search (su): open the window with this query searched, and the timestamp. */
#define TS_SEARCH_PROVIDER_SHOW_ENTRY_ACTION "show-entry"
#define TS_SEARCH_PROVIDER_SHOW_ENTRY_TYPE "(uu)"
#define TS_SEARCH_PROVIDER_SHOW_SEARCH_ACTION "show-search"
#define TS_SEARCH_PROVIDER_SHOW_SEARCH_TYPE "(su)"

#define TS_TYPE_SEARCH_PROVIDER (ts_search_provider_get_type ())
G_DECLARE_FINAL_TYPE (TsSearchProvider, ts_search_provider, TS, SEARCH_PROVIDER, GObject)

TsSearchProvider *ts_search_provider_new         (GApplication     *application,
                                                  TsCatalog        *catalog,
                                                  TsLocalizer      *localizer);
TsCatalog        *ts_search_provider_get_catalog (TsSearchProvider *self);
void              ts_search_provider_set_catalog (TsSearchProvider *self,
                                                  TsCatalog        *catalog);
gboolean          ts_search_provider_register    (TsSearchProvider *self,
                                                  GDBusConnection  *connection,
                                                  GError          **error);
void              ts_search_provider_unregister  (TsSearchProvider *self);
char             *ts_search_provider_join_terms  (const char * const *terms);

G_END_DECLS
