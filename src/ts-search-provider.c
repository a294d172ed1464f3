/* ts-search-provider.c: errors in GNOME Shell's search
 *
 * Served by the application itself on its bus name, as Nautilus does. The
 * Shell's terms are joined back into one query for the same index as the
 * window's, so every term must match and a code or key among them wins.
 *
 * Like GNOME Calendar's provider, which is handed a context, this one knows
 * nothing of the application but what it is given: the catalog (the
 * application sets the "catalog" property whenever its own changes) and a
 * GApplication whose actions it activates to show a result or a search
 * (see ts-search-provider.h). It holds the application while it answers,
 * so that a process started for the Shell stays a while for the next call.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-search-provider"

#include "config.h"

#include <string.h>

#include "ts-format.h"
#include "ts-search.h"
#include "ts-search-provider.h"
#include "ts-shell-search-provider-generated.h"

struct _TsSearchProvider
{
  GObject parent_instance;

  GApplication *application;           /* weak: it owns us */
  TsShellSearchProvider2 *skeleton;
  TsCatalog *catalog;
  GHashTable *entries_by_id;           /* of the catalog above, made on first use */
  TsLocalizer *localizer;              /* the language of the results' text; not owned */
};

G_DEFINE_FINAL_TYPE (TsSearchProvider, ts_search_provider, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_LOCALIZER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
append_escaped (GString    *id,
                const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\\' || *p == ':')
        g_string_append_c (id, '\\');
      g_string_append_c (id, *p);
    }
}

/* A result's id is "KIND:CATEGORY:NAME": KIND is "code", "key" or
 * "message", the first of these the entry has, and NAME that code (in
 * decimal), key or message. In CATEGORY and NAME "\" and ":" are escaped as
 * "\\" and "\:", so the only bare colons are the two separators and an id
 * reads one way only. Two entries therefore never share an id: the loader
 * refuses a code, a key or a message twice in one category, category ids are
 * unique, and code 5, key "5" and message "5" differ in KIND (a bare
 * "CATEGORY:NAME" confused those, and category "a:b" with key "c" with
 * category "a" with key "b:c").
 *
 * Names rather than positions in the catalog: an id the Shell got before the
 * catalog was reloaded finds the same entry in the new catalog if it is still
 * there, and nothing if it is gone, never another entry. Ids are looked up
 * whole in a table of the catalog's own, never parsed, so whatever else
 * comes over the bus simply matches nothing. */
static char *
entry_id (TsEntry *entry)
{
  GString *id = g_string_new (NULL);
  const char *kind, *name;

  if ((name = ts_entry_get_code_text (entry)) != NULL)
    kind = "code";
  else if ((name = ts_entry_get_key (entry)) != NULL)
    kind = "key";
  else
    {
      kind = "message";
      name = ts_entry_get_message (entry);
    }

  g_string_append (id, kind);
  g_string_append_c (id, ':');
  append_escaped (id, ts_category_get_id (ts_entry_get_category (entry)));
  g_string_append_c (id, ':');
  /* the loader refuses an entry without any of the three */
  append_escaped (id, name != NULL ? name : "");
  return g_string_free (id, FALSE);
}

static TsEntry *
find_entry (TsSearchProvider *self,
            const char       *id)
{
  if (self->catalog == NULL)
    return NULL;

  if (self->entries_by_id == NULL)
    {
      self->entries_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < ts_catalog_get_n_entries (self->catalog); i++)
        {
          TsEntry *entry = ts_catalog_get_entry (self->catalog, i);
          g_autofree char *id_of_entry = entry_id (entry);

          /* cannot happen (see entry_id()); the first would stay findable */
          if (g_hash_table_contains (self->entries_by_id, id_of_entry))
            g_warning ("Two entries of the catalog have the result id “%s”", id_of_entry);
          else
            g_hash_table_insert (self->entries_by_id, g_steal_pointer (&id_of_entry), entry);
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

/* Each call resets the inactivity timeout of a process started for the Shell. */
static void
hold (TsSearchProvider *self)
{
  if (self->application != NULL)
    g_application_hold (self->application);
}

static void
release (TsSearchProvider *self)
{
  if (self->application != NULL)
    g_application_release (self->application);
}

static gboolean
activate_action (TsSearchProvider *self,
                 const char       *name,
                 GVariant         *parameter)
{
  g_autoptr(GVariant) owned = g_variant_ref_sink (parameter);

  if (self->application == NULL || !g_action_group_has_action (G_ACTION_GROUP (self->application), name))
    {
      g_warning ("The application has no action “%s”", name);
      return FALSE;
    }

  g_action_group_activate_action (G_ACTION_GROUP (self->application), name, owned);
  return TRUE;
}

static char **
search (TsSearchProvider   *self,
        const char * const *terms)
{
  g_autofree char *query = ts_search_provider_join_terms (terms);
  g_autoptr(TsSearchResult) result = NULL;
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  guint n;

  /* an empty query lists everything in the window, but nothing here */
  if (self->catalog == NULL || *g_strstrip (query) == '\0')
    return g_strv_builder_end (ids);

  result = ts_catalog_search (self->catalog, query);
  n = ts_search_result_is_everything (result) ? 0 : ts_search_result_get_n_matches (result);
  for (guint i = 0; i < MIN (n, TS_SEARCH_PROVIDER_MAX_RESULTS); i++)
    {
      TsEntry *entry = ts_catalog_get_entry (self->catalog, ts_search_result_get_position (result, i));
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

  hold (self);
  results = search (self, terms);
  ts_shell_search_provider2_complete_get_initial_result_set (self->skeleton, invocation,
                                                             (const char * const *) results);
  release (self);
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
  hold (self);
  results = search (self, terms);
  ts_shell_search_provider2_complete_get_subsearch_result_set (self->skeleton, invocation,
                                                               (const char * const *) results);
  release (self);
  return TRUE;
}

static GVariant *
result_meta (TsSearchProvider *self,
             TsEntry          *entry,
             const char       *id)
{
  TsLanguage language = ts_localizer_get_ui_language (self->localizer);
  g_autofree char *fix = ts_format_fix (entry, self->localizer, language);
  g_autofree char *description = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GIcon) icon = g_themed_icon_new (APP_ID);
  g_autoptr(GVariant) serialized_icon = g_icon_serialize (icon);  /* not floating */
  GVariantDict meta;

  if (ts_entry_get_name (entry) != NULL && ts_entry_has_code (entry))
    name = g_strdup_printf ("%s (%s)", ts_entry_get_name (entry), ts_entry_get_code_text (entry));
  else
    name = g_strdup (ts_entry_get_title (entry));

  if (ts_entry_get_documented (entry))
    {
      description = g_strdup (ts_entry_get_summary (entry, language));
    }
  else
    {
      g_autofree char *undocumented = ts_format_undocumented (self->localizer, language);

      description = g_strdup_printf ("%s — %s", ts_entry_get_summary (entry, language), undocumented);
    }

  g_variant_dict_init (&meta, NULL);
  g_variant_dict_insert (&meta, "id", "s", id);
  g_variant_dict_insert (&meta, "name", "s", name);
  g_variant_dict_insert (&meta, "description", "s", description);
  g_variant_dict_insert_value (&meta, "icon", serialized_icon);
  /* choosing the result in the overview copies this, as Copy Fix does */
  g_variant_dict_insert (&meta, "clipboardText", "s", fix);
  return g_variant_dict_end (&meta);
}

/* Ids that name no entry (of a catalog since reloaded, or made up) are left
 * out of the answer: each meta carries its id, and the others still show. */
static gboolean
handle_get_result_metas (TsSearchProvider      *self,
                         GDBusMethodInvocation *invocation,
                         const char * const    *ids)
{
  GVariantBuilder metas;

  hold (self);
  g_variant_builder_init (&metas, G_VARIANT_TYPE ("aa{sv}"));
  for (guint i = 0; ids[i] != NULL; i++)
    {
      TsEntry *entry = find_entry (self, ids[i]);

      if (entry != NULL)
        g_variant_builder_add_value (&metas, result_meta (self, entry, ids[i]));
      else
        g_debug ("Left out the meta of an unknown result id");
    }

  ts_shell_search_provider2_complete_get_result_metas (self->skeleton, invocation,
                                                       g_variant_builder_end (&metas));
  release (self);
  return TRUE;
}

/* An id that names no entry is ignored: nothing opens. */
static gboolean
handle_activate_result (TsSearchProvider      *self,
                        GDBusMethodInvocation *invocation,
                        const char            *id,
                        const char * const    *terms,
                        guint                  timestamp)
{
  TsEntry *entry;

  hold (self);
  entry = find_entry (self, id);
  if (entry != NULL)
    activate_action (self, TS_SEARCH_PROVIDER_SHOW_ENTRY_ACTION,
                     g_variant_new (TS_SEARCH_PROVIDER_SHOW_ENTRY_TYPE, ts_entry_get_position (entry), timestamp));
  else
    g_debug ("Ignored the activation of an unknown result id");
  ts_shell_search_provider2_complete_activate_result (self->skeleton, invocation);
  release (self);
  return TRUE;
}

static gboolean
handle_launch_search (TsSearchProvider      *self,
                      GDBusMethodInvocation *invocation,
                      const char * const    *terms,
                      guint                  timestamp)
{
  g_autofree char *query = ts_search_provider_join_terms (terms);

  hold (self);
  activate_action (self, TS_SEARCH_PROVIDER_SHOW_SEARCH_ACTION,
                   g_variant_new (TS_SEARCH_PROVIDER_SHOW_SEARCH_TYPE, query, timestamp));
  ts_shell_search_provider2_complete_launch_search (self->skeleton, invocation);
  release (self);
  return TRUE;
}

static void
ts_search_provider_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TsSearchProvider *self = TS_SEARCH_PROVIDER (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      g_value_set_object (value, self->catalog);
      break;
    case PROP_LOCALIZER:
      g_value_set_pointer (value, self->localizer);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_search_provider_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  TsSearchProvider *self = TS_SEARCH_PROVIDER (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      ts_search_provider_set_catalog (self, g_value_get_object (value));
      break;
    case PROP_LOCALIZER:
      self->localizer = g_value_get_pointer (value);
      if (self->localizer == NULL)
        self->localizer = ts_localizer_get_default ();
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_search_provider_dispose (GObject *object)
{
  TsSearchProvider *self = (TsSearchProvider *) object;

  ts_search_provider_unregister (self);
  g_clear_object (&self->skeleton);
  g_clear_pointer (&self->entries_by_id, g_hash_table_unref);
  g_clear_object (&self->catalog);
  g_clear_weak_pointer (&self->application);

  G_OBJECT_CLASS (ts_search_provider_parent_class)->dispose (object);
}

static void
ts_search_provider_class_init (TsSearchProviderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = ts_search_provider_get_property;
  object_class->set_property = ts_search_provider_set_property;
  object_class->dispose = ts_search_provider_dispose;

  /**
   * TsSearchProvider:catalog:
   *
   * What is searched; %NULL finds nothing. The application's catalog,
   * set again each time that changes.
   */
  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, TS_TYPE_CATALOG,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * TsSearchProvider:localizer:
   *
   * The #TsLocalizer of the results' names, descriptions and fixes, which
   * must outlive the provider: the process's default localizer if %NULL.
   */
  properties[PROP_LOCALIZER] =
    g_param_spec_pointer ("localizer", NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
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

/**
 * ts_search_provider_new:
 * @application: whose actions show results (see ts-search-provider.h); not
 *   referenced, as it is expected to own the provider
 * @catalog: (nullable): what to search, see #TsSearchProvider:catalog
 * @localizer: (nullable): the language of the results, see
 *   #TsSearchProvider:localizer; it must outlive the provider
 */
TsSearchProvider *
ts_search_provider_new (GApplication *application,
                        TsCatalog    *catalog,
                        TsLocalizer  *localizer)
{
  TsSearchProvider *self;

  g_return_val_if_fail (G_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (catalog == NULL || TS_IS_CATALOG (catalog), NULL);

  self = g_object_new (TS_TYPE_SEARCH_PROVIDER, "catalog", catalog, "localizer", localizer, NULL);
  g_set_weak_pointer (&self->application, application);
  return self;
}

/**
 * ts_search_provider_get_catalog:
 *
 * Returns: (transfer none) (nullable): what is searched
 */
TsCatalog *
ts_search_provider_get_catalog (TsSearchProvider *self)
{
  g_return_val_if_fail (TS_IS_SEARCH_PROVIDER (self), NULL);

  return self->catalog;
}

/**
 * ts_search_provider_set_catalog:
 * @catalog: (nullable): what to search from now on
 *
 * Result ids the Shell got from the previous catalog still find their
 * entries in @catalog, where these are still.
 */
void
ts_search_provider_set_catalog (TsSearchProvider *self,
                                TsCatalog        *catalog)
{
  g_return_if_fail (TS_IS_SEARCH_PROVIDER (self));
  g_return_if_fail (catalog == NULL || TS_IS_CATALOG (catalog));

  if (!g_set_object (&self->catalog, catalog))
    return;

  g_clear_pointer (&self->entries_by_id, g_hash_table_unref);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATALOG]);
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
