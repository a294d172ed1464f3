/* ts-search-provider.h: errors in GNOME Shell's search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define TS_SEARCH_PROVIDER_PATH "/io/github/trtctroubleshooter/Troubleshooter/SearchProvider"
/* What the Shell may send that is looked at; the rest is cut. */
#define TS_SEARCH_PROVIDER_MAX_TERMS 16
#define TS_SEARCH_PROVIDER_MAX_TERM_BYTES 256
/* The Shell shows a handful; no more than this many are sent back. */
#define TS_SEARCH_PROVIDER_MAX_RESULTS 64

#define TS_TYPE_SEARCH_PROVIDER (ts_search_provider_get_type ())
G_DECLARE_FINAL_TYPE (TsSearchProvider, ts_search_provider, TS, SEARCH_PROVIDER, GObject)

TsSearchProvider *ts_search_provider_new        (GApplication     *application);
gboolean          ts_search_provider_register   (TsSearchProvider *self,
                                                 GDBusConnection  *connection,
                                                 GError          **error);
void              ts_search_provider_unregister (TsSearchProvider *self);
char             *ts_search_provider_join_terms (const char * const *terms);

G_END_DECLS
