/* ts-version-actions.c: a toggle for each SDK version, kept in the settings
 *
 * "Show SDK 4.x Errors", "Show SDK 5.x Errors": a stateful boolean action
 * for each SDK version of the catalog, and a menu item for each, where the
 * catalog has more than one. Their states follow the settings'
 * hidden-sdk-versions, and toggling one writes it, so that the results
 * (bound to the same key) and every window follow. The last version shown
 * cannot be hidden: that would leave nothing to search.
 *
 * The window inserts these as the "sdk" action group.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-version-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-version-actions.h"

#define HIDDEN_KEY "hidden-sdk-versions"

struct _TsVersionActions
{
  GSimpleActionGroup parent_instance;

  GSettings *settings;
  GMenu *menu;                 /* the items, one a version */
  GStrv versions;              /* the catalog's */
  GPtrArray *names;            /* the action of each version */
};

G_DEFINE_FINAL_TYPE (TsVersionActions, ts_version_actions, G_TYPE_SIMPLE_ACTION_GROUP)

/* "show-4.x": the version, where it makes a valid action name, and unique */
static char *
action_name_for (TsVersionActions *self,
                 const char       *version,
                 guint             index)
{
  g_autofree char *name = g_strconcat ("show-", version, NULL);

  for (char *p = name; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '.')
      *p = '-';
  if (g_action_map_lookup_action (G_ACTION_MAP (self), name) != NULL)
    return g_strdup_printf ("show-version-%u", index);
  return g_steal_pointer (&name);
}

static GSimpleAction *
lookup (TsVersionActions *self,
        guint             index)
{
  return G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), self->names->pdata[index]));
}

/* The states from the settings; the last version shown cannot be hidden. */
static void
update_states (TsVersionActions *self)
{
  g_auto(GStrv) hidden = g_settings_get_strv (self->settings, HIDDEN_KEY);
  guint n_shown = 0;

  for (guint i = 0; self->versions != NULL && self->versions[i] != NULL; i++)
    n_shown += !g_strv_contains ((const char * const *) hidden, self->versions[i]);

  for (guint i = 0; self->versions != NULL && self->versions[i] != NULL; i++)
    {
      GSimpleAction *action = lookup (self, i);
      gboolean shown = n_shown == 0 || !g_strv_contains ((const char * const *) hidden, self->versions[i]);

      g_simple_action_set_state (action, g_variant_new_boolean (shown));
      g_simple_action_set_enabled (action, !shown || n_shown > 1);
    }
}

static void
on_settings_changed (TsVersionActions *self,
                     const char       *key,
                     GSettings        *settings)
{
  update_states (self);
}

static void
on_change_state (GSimpleAction *action,
                 GVariant      *state,
                 gpointer       user_data)
{
  TsVersionActions *self = user_data;
  const char *version = g_object_get_data (G_OBJECT (action), "version");
  g_auto(GStrv) hidden = g_settings_get_strv (self->settings, HIDDEN_KEY);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) now = NULL;

  /* the others as they are, and this one shown or not */
  for (guint i = 0; hidden[i] != NULL; i++)
    if (!g_str_equal (hidden[i], version))
      g_strv_builder_add (builder, hidden[i]);
  if (!g_variant_get_boolean (state))
    g_strv_builder_add (builder, version);
  now = g_strv_builder_end (builder);

  g_settings_set_strv (self->settings, HIDDEN_KEY, (const char * const *) now);
  update_states (self);
}

static void
ts_version_actions_dispose (GObject *object)
{
  TsVersionActions *self = TS_VERSION_ACTIONS (object);

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_func (self->settings, on_settings_changed, self);
  g_clear_object (&self->settings);
  g_clear_object (&self->menu);

  G_OBJECT_CLASS (ts_version_actions_parent_class)->dispose (object);
}

static void
ts_version_actions_finalize (GObject *object)
{
  TsVersionActions *self = TS_VERSION_ACTIONS (object);

  g_strfreev (self->versions);
  g_ptr_array_unref (self->names);

  G_OBJECT_CLASS (ts_version_actions_parent_class)->finalize (object);
}

static void
ts_version_actions_class_init (TsVersionActionsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ts_version_actions_dispose;
  object_class->finalize = ts_version_actions_finalize;
}

static void
ts_version_actions_init (TsVersionActions *self)
{
  self->names = g_ptr_array_new_with_free_func (g_free);
}

/**
 * ts_version_actions_new:
 * @settings: the application's settings, which have hidden-sdk-versions
 * @menu: (nullable): where to list the toggles
 */
TsVersionActions *
ts_version_actions_new (GSettings *settings,
                        GMenu     *menu)
{
  TsVersionActions *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (menu == NULL || G_IS_MENU (menu), NULL);

  self = g_object_new (TS_TYPE_VERSION_ACTIONS, NULL);
  self->settings = g_object_ref (settings);
  self->menu = menu != NULL ? g_object_ref (menu) : NULL;
  g_signal_connect_swapped (settings, "changed::" HIDDEN_KEY, G_CALLBACK (on_settings_changed), self);
  return self;
}

/**
 * ts_version_actions_set_versions:
 * @versions: (array zero-terminated=1): the catalog's SDK versions ("4.x", "5.x")
 *
 * An action for each, and a menu item for each where there are two or more.
 */
void
ts_version_actions_set_versions (TsVersionActions   *self,
                                 const char * const *versions)
{
  g_return_if_fail (TS_IS_VERSION_ACTIONS (self));
  g_return_if_fail (versions != NULL);

  if (self->versions != NULL && g_strv_equal (versions, (const char * const *) self->versions))
    return;

  for (guint i = 0; i < self->names->len; i++)
    g_action_map_remove_action (G_ACTION_MAP (self), self->names->pdata[i]);
  g_ptr_array_set_size (self->names, 0);
  if (self->menu != NULL)
    g_menu_remove_all (self->menu);
  g_strfreev (self->versions);
  self->versions = g_strdupv ((char **) versions);

  for (guint i = 0; versions[i] != NULL; i++)
    {
      g_autofree char *name = action_name_for (self, versions[i], i);
      g_autoptr(GSimpleAction) action = g_simple_action_new_stateful (name, NULL, g_variant_new_boolean (TRUE));

      g_object_set_data_full (G_OBJECT (action), "version", g_strdup (versions[i]), g_free);
      g_signal_connect (action, "change-state", G_CALLBACK (on_change_state), self);
      g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (action));
      g_ptr_array_add (self->names, g_steal_pointer (&name));
    }
  update_states (self);

  for (guint i = 0; self->menu != NULL && versions[0] != NULL && versions[1] != NULL && versions[i] != NULL; i++)
    {
      /* Translators: a menu item that shows or hides the errors of an SDK
       * version; %s is the version, such as 4.x */
      g_autofree char *label = g_strdup_printf (_("Show SDK %s Errors"), versions[i]);
      g_autofree char *detailed = g_strconcat ("sdk.", (const char *) self->names->pdata[i], NULL);

      g_menu_append (self->menu, label, detailed);
    }
}

/**
 * ts_version_actions_get_action_name:
 * @version: one of the versions set
 *
 * Returns: (nullable): the name of @version's action in this group
 */
const char *
ts_version_actions_get_action_name (TsVersionActions *self,
                                    const char       *version)
{
  g_return_val_if_fail (TS_IS_VERSION_ACTIONS (self), NULL);
  g_return_val_if_fail (version != NULL, NULL);

  for (guint i = 0; self->versions != NULL && self->versions[i] != NULL; i++)
    if (g_str_equal (self->versions[i], version))
      return self->names->pdata[i];
  return NULL;
}
