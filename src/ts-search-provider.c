/* ts-search-provider.c: errors in GNOME Shell's search
 *
 * Served by the application itself on its bus name, as Nautilus does. The
 * Shell's terms are joined back into one query for the same index as the
 * window's, so every term must match and a code or key among them wins.
 * A result's id is "CATEGORY:NAME", NAME being its code, key or message.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-search-provider"

#include "config.h"

#include <string.h>

#include "ts-application.h"
#include "ts-format.h"
#include "ts-search.h"
#include "ts-search-provider.h"
#include "ts-shell-search-provider-generated.h"

struct _TsSearchProvider
{
  GObject parent_instance;

  GApplication *application;           /* unowned: it owns us */
  TsShellSearchProvider2 *skeleton;
  GHashTable *entries_by_id;           /* for the catalog below */
  TsCatalog *catalog;
};

G_DEFINE_FINAL_TYPE (TsSearchProvider, ts_search_provider, G_TYPE_OBJECT)

static char *
entry_id (TsEntry *entry)
{
  const char *name = ts_entry_get_code_text (entry);

  if (name == NULL)
    name = ts_entry_get_key (entry) != NULL ? ts_entry_get_key (entry) : ts_entry_get_message (entry);
  return g_strdup_printf ("%s:%s", ts_category_get_id (ts_entry_get_category (entry)), name);
}

static TsCatalog *
get_catalog (TsSearchProvider *self)
{
  TsCatalog *catalog = ts_application_get_catalog (TS_APPLICATION (self->application));

  if (catalog != self->catalog)
    {
      g_clear_pointer (&self->entries_by_id, g_hash_table_unref);
      g_set_object (&self->catalog, catalog);
    }
  return catalog;
}

static TsEntry *
find_entry (TsSearchProvider *self,
            const char       *id)
{
  TsCatalog *catalog = get_catalog (self);

  if (catalog == NULL)
    return NULL;

  if (self->entries_by_id == NULL)
    {
      self->entries_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < ts_catalog_get_n_entries (catalog); i++)
        {
          TsEntry *entry = ts_catalog_get_entry (catalog, i);

          g_hash_table_insert (self->entries_by_id, entry_id (entry), entry);
        }
    }

  return g_hash_table_lookup (self->entries_by_id, id);
}

/**
 * ts_search_provider_join_terms:
 * @terms: what the Shell sends: the user's text split on spaces
 *
 * Returns: (transfer full): at most %TS_SEARCH_PROVIDER_MAX_TERMS terms,
 *   each cut to %TS_SEARCH_PROVIDER_MAX_TERM_BYTES, joined by spaces
 */
char *
ts_search_provider_join_terms (const char * const *terms)
{
  GString *query = g_string_new (NULL);

  for (guint i = 0; terms != NULL && terms[i] != NULL && i < TS_SEARCH_PROVIDER_MAX_TERMS; i++)
    {
      gsize length = strnlen (terms[i], TS_SEARCH_PROVIDER_MAX_TERM_BYTES);
      g_autofree char *valid = g_utf8_make_valid (terms[i], length);

      if (i > 0)
        g_string_append_c (query, ' ');
      g_string_append (query, valid);
    }

  return g_string_free (query, FALSE);
}

static char **
search (TsSearchProvider   *self,
        const char * const *terms)
{
  g_autofree char *query = ts_search_provider_join_terms (terms);
  g_autoptr(TsSearchResult) result = NULL;
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  TsCatalog *catalog = get_catalog (self);
  guint n;

  /* an empty query lists everything in the window, but nothing here */
  if (catalog == NULL || *g_strstrip (query) == '\0')
    return g_strv_builder_end (ids);

  result = ts_catalog_search (catalog, query);
  n = ts_search_result_is_everything (result) ? 0 : ts_search_result_get_n_matches (result);
  for (guint i = 0; i < MIN (n, TS_SEARCH_PROVIDER_MAX_RESULTS); i++)
    {
      TsEntry *entry = ts_catalog_get_entry (catalog, ts_search_result_get_position (result, i));
      g_autofree char *id = entry_id (entry);

      g_strv_builder_add (ids, id);
    }

  return g_strv_builder_end (ids);
}

static gboolean
handle_get_initial_result_set (TsSearchProvider      *self,
                               GDBusMethodInvocation *invocation,
                               const char * const    *terms)
{
  g_auto(GStrv) results = NULL;

  g_application_hold (self->application);
  results = search (self, terms);
  ts_shell_search_provider2_complete_get_initial_result_set (self->skeleton, invocation,
                                                             (const char * const *) results);
  g_application_release (self->application);
  return TRUE;
}

static gboolean
handle_get_subsearch_result_set (TsSearchProvider      *self,
                                 GDBusMethodInvocation *invocation,
                                 const char * const    *previous_results,
                                 const char * const    *terms)
{
  g_auto(GStrv) results = NULL;

  /* searching again costs less than a millisecond, and ranks anew */
  g_application_hold (self->application);
  results = search (self, terms);
  ts_shell_search_provider2_complete_get_subsearch_result_set (self->skeleton, invocation,
                                                               (const char * const *) results);
  g_application_release (self->application);
  return TRUE;
}

static GVariant *
result_meta (TsEntry    *entry,
             const char *id)
{
  TsLanguage language = ts_localizer_get_ui_language (ts_localizer_get_default ());
  const char *summary = ts_entry_get_summary (entry, language);
  g_autofree char *fix = ts_format_remedy (entry, language);
  g_autofree char *name = NULL;
  g_autoptr(GIcon) icon = g_themed_icon_new (APP_ID);
  GVariantDict meta;

  if (ts_entry_get_key (entry) != NULL || ts_entry_get_message (entry) != NULL)
    {
      const char *title = ts_entry_get_key (entry) != NULL ? ts_entry_get_key (entry) : ts_entry_get_message (entry);

      name = ts_entry_has_code (entry) ? g_strdup_printf ("%s (%s)", title, ts_entry_get_code_text (entry))
                                       : g_strdup (title);
    }
  else
    {
      name = g_strdup (ts_entry_get_code_text (entry));
    }

  g_variant_dict_init (&meta, NULL);
  g_variant_dict_insert (&meta, "id", "s", id);
  g_variant_dict_insert (&meta, "name", "s", name);
  g_variant_dict_insert (&meta, "description", "s", summary);
  g_variant_dict_insert_value (&meta, "icon", g_icon_serialize (icon));
  /* choosing the result in the overview copies this */
  g_variant_dict_insert (&meta, "clipboardText", "s", fix != NULL ? fix : summary);
  return g_variant_dict_end (&meta);
}

static gboolean
handle_get_result_metas (TsSearchProvider      *self,
                         GDBusMethodInvocation *invocation,
                         const char * const    *ids)
{
  GVariantBuilder metas;

  g_application_hold (self->application);
  g_variant_builder_init (&metas, G_VARIANT_TYPE ("aa{sv}"));
  for (guint i = 0; ids[i] != NULL; i++)
    {
      TsEntry *entry = find_entry (self, ids[i]);

      if (entry == NULL)
        {
          g_variant_builder_clear (&metas);
          g_dbus_method_invocation_return_error (invocation, G_DBUS_ERROR, G_DBUS_ERROR_INVALID_ARGS,
                                                 "Unknown result id “%s”", ids[i]);
          g_application_release (self->application);
          return TRUE;
        }
      g_variant_builder_add_value (&metas, result_meta (entry, ids[i]));
    }

  ts_shell_search_provider2_complete_get_result_metas (self->skeleton, invocation,
                                                       g_variant_builder_end (&metas));
  g_application_release (self->application);
  return TRUE;
}

static gboolean
handle_activate_result (TsSearchProvider      *self,
                        GDBusMethodInvocation *invocation,
                        const char            *id,
                        const char * const    *terms,
                        guint                  timestamp)
{
  TsEntry *entry = find_entry (self, id);

  if (entry == NULL)
    {
      g_dbus_method_invocation_return_error (invocation, G_DBUS_ERROR, G_DBUS_ERROR_INVALID_ARGS,
                                             "Unknown result id “%s”", id);
      return TRUE;
    }

  ts_application_show_entry (TS_APPLICATION (self->application), entry, timestamp);
  ts_shell_search_provider2_complete_activate_result (self->skeleton, invocation);
  return TRUE;
}

static gboolean
handle_launch_search (TsSearchProvider      *self,
                      GDBusMethodInvocation *invocation,
                      const char * const    *terms,
                      guint                  timestamp)
{
  g_autofree char *query = ts_search_provider_join_terms (terms);

  ts_application_show_search (TS_APPLICATION (self->application), query, timestamp);
  ts_shell_search_provider2_complete_launch_search (self->skeleton, invocation);
  return TRUE;
}

static void
ts_search_provider_dispose (GObject *object)
{
  TsSearchProvider *self = (TsSearchProvider *) object;

  ts_search_provider_unregister (self);
  g_clear_object (&self->skeleton);
  g_clear_pointer (&self->entries_by_id, g_hash_table_unref);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (ts_search_provider_parent_class)->dispose (object);
}

static void
ts_search_provider_class_init (TsSearchProviderClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ts_search_provider_dispose;
}

static void
ts_search_provider_init (TsSearchProvider *self)
{
  self->skeleton = ts_shell_search_provider2_skeleton_new ();

  g_signal_connect_swapped (self->skeleton, "handle-get-initial-result-set",
                            G_CALLBACK (handle_get_initial_result_set), self);
  g_signal_connect_swapped (self->skeleton, "handle-get-subsearch-result-set",
                            G_CALLBACK (handle_get_subsearch_result_set), self);
  g_signal_connect_swapped (self->skeleton, "handle-get-result-metas",
                            G_CALLBACK (handle_get_result_metas), self);
  g_signal_connect_swapped (self->skeleton, "handle-activate-result",
                            G_CALLBACK (handle_activate_result), self);
  g_signal_connect_swapped (self->skeleton, "handle-launch-search",
                            G_CALLBACK (handle_launch_search), self);
}

TsSearchProvider *
ts_search_provider_new (GApplication *application)
{
  TsSearchProvider *self;

  g_return_val_if_fail (G_IS_APPLICATION (application), NULL);

  self = g_object_new (TS_TYPE_SEARCH_PROVIDER, NULL);
  self->application = application;
  return self;
}

gboolean
ts_search_provider_register (TsSearchProvider  *self,
                             GDBusConnection   *connection,
                             GError           **error)
{
  g_return_val_if_fail (TS_IS_SEARCH_PROVIDER (self), FALSE);

  return g_dbus_interface_skeleton_export (G_DBUS_INTERFACE_SKELETON (self->skeleton), connection,
                                           TS_SEARCH_PROVIDER_PATH, error);
}

void
ts_search_provider_unregister (TsSearchProvider *self)
{
  g_return_if_fail (TS_IS_SEARCH_PROVIDER (self));

  if (self->skeleton != NULL &&
      g_dbus_interface_skeleton_get_connection (G_DBUS_INTERFACE_SKELETON (self->skeleton)) != NULL)
    g_dbus_interface_skeleton_unexport (G_DBUS_INTERFACE_SKELETON (self->skeleton));
}
