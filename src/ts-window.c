/* ts-window.c: the main window: search, categories, results and details
 *
 * The search entry drives the TsResultList, whose categories the TsSidebar
 * beside it lists and whose selected entry fills the TsEntryView. The
 * window's actions are in ts-window-actions.c, the log view's part in
 * ts-window-log.c.
 *
 * A new search looks in every category: a category chosen before it (or
 * the one restored at start-up) would hide exact matches; one the user
 * chooses during the search stays.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-version-actions.h"
#include "ts-window-private.h"

#define MESSAGE_SECONDS 3
/* Narrower than this, the sidebar hides itself to leave room for the results. */
#define NARROW_WIDTH 760

G_DEFINE_FINAL_TYPE (TsWindow, ts_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_LOCALIZER,
  PROP_CATALOG,
  PROP_SHOW_SIDEBAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A link in the details to another error: the code an extraCode refines,
 * the same error in the other SDK version. */
static void
on_show_entry (TsWindow    *self,
               TsEntry     *entry,
               TsEntryView *view)
{
  ts_window_show_entry (self, entry);
}

/* The details of the selected error, made the first time there is one. */
static TsEntryView *
ensure_entry_view (TsWindow *self)
{
  if (self->entry_view == NULL)
    {
      self->entry_view = ts_entry_view_new (self->localizer);
      g_signal_connect_object (self->entry_view, "show-entry", G_CALLBACK (on_show_entry), self, G_CONNECT_SWAPPED);
      gtk_scrolled_window_set_child (self->entry_scroller, GTK_WIDGET (self->entry_view));
    }
  return self->entry_view;
}

/* The main menu's popover, made when it is first opened. */
static void
create_menu_popup (GtkMenuButton *button,
                   gpointer       user_data)
{
  TsWindow *self = user_data;

  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, self->primary_menu);
}

/* In-window notification */

static gboolean
hide_message (gpointer user_data)
{
  TsWindow *self = user_data;

  gtk_revealer_set_reveal_child (self->toast_revealer, FALSE);
  self->message_timeout = 0;
  return G_SOURCE_REMOVE;
}

void
_ts_window_show_message (TsWindow   *self,
                         const char *message)
{
  g_assert (TS_IS_WINDOW (self));

  gtk_label_set_text (self->toast_label, message);
  gtk_revealer_set_reveal_child (self->toast_revealer, TRUE);
  g_clear_handle_id (&self->message_timeout, g_source_remove);
  self->message_timeout = g_timeout_add_seconds (MESSAGE_SECONDS, hide_message, self);
}

/**
 * ts_window_set_problems:
 * @problems: (nullable) (element-type utf8): extra catalogs that were
 *   skipped, each "FILE: ERROR"
 *
 * Says so above the results until dismissed, while the rest works (see
 * ts-catalog-notice.c).
 */
void
ts_window_set_problems (TsWindow  *self,
                        GPtrArray *problems)
{
  g_return_if_fail (TS_IS_WINDOW (self));

  /* most windows never show one: it is made when needed, not with them */
  if (self->notice == NULL)
    {
      if (problems == NULL || problems->len == 0)
        return;
      self->notice = ts_catalog_notice_new ();
      gtk_box_prepend (self->content_box, GTK_WIDGET (self->notice));
    }
  ts_catalog_notice_set_problems (self->notice, problems);
}

/* Search and results */

/* Searches for @query. A search begins when the query was empty, or when
 * it comes from outside (@new_search: a query on the command line, the
 * Shell): it looks in every category, whatever category was left chosen
 * (the sidebar follows). */
static void
search (TsWindow   *self,
        const char *query,
        gboolean    new_search)
{
  if (*query != '\0' && (new_search || *ts_result_list_get_query (self->result_list) == '\0'))
    ts_result_list_set_category (self->result_list, TS_ALL_CATEGORIES);

  ts_result_list_set_query (self->result_list, query);
}

static void
on_search_changed (TsWindow       *self,
                   GtkSearchEntry *entry)
{
  /* lines of a log open the log view (see ts-window-log.c) */
  if (_ts_window_take_search_text (self, gtk_editable_get_text (GTK_EDITABLE (entry))))
    return;

  search (self, gtk_editable_get_text (GTK_EDITABLE (entry)), FALSE);
}

/* The list searched by itself ("Did you mean …?"): the entry shows it. */
static void
on_list_query_changed (TsWindow     *self,
                       GParamSpec   *pspec,
                       TsResultList *list)
{
  const char *query = ts_result_list_get_query (list);

  if (g_str_equal (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), query))
    return;
  g_signal_handlers_block_by_func (self->search_entry, on_search_changed, self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), query);
  gtk_editable_set_position (GTK_EDITABLE (self->search_entry), -1);
  g_signal_handlers_unblock_by_func (self->search_entry, on_search_changed, self);
}

static void
on_search_activate (TsWindow       *self,
                    GtkSearchEntry *entry)
{
  /* the search may not have run yet if Enter came within the delay */
  search (self, gtk_editable_get_text (GTK_EDITABLE (entry)), FALSE);
  ts_result_list_select (self->result_list, 0, TRUE);
}

/* Escape in the entry: as anywhere else in the window (see ts-window-actions.c) */
static void
on_stop_search (TsWindow       *self,
                GtkSearchEntry *entry)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.stop-search", NULL);
}

static gboolean
on_search_key_pressed (TsWindow              *self,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       GtkEventControllerKey *controller)
{
  guint n = ts_result_list_get_n_results (self->result_list);
  guint selected = ts_result_list_get_selected (self->result_list);

  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_Up && keyval != GDK_KEY_KP_Down && keyval != GDK_KEY_KP_Up) ||
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0 || n == 0)
    return FALSE;

  /* into the results, at the selected one: the best match unless the user picked another */
  ts_result_list_select (self->result_list, selected != GTK_INVALID_LIST_POSITION ? selected : 0, TRUE);
  return TRUE;
}

static void
on_entry_selected (TsWindow     *self,
                   TsEntry      *entry,
                   TsResultList *list)
{
  if (entry != NULL || self->entry_view != NULL)
    ts_entry_view_set_entry (ensure_entry_view (self), entry, ts_result_list_get_words (list));
  gtk_stack_set_visible_child_name (self->detail_stack, entry != NULL ? "entry" : "none");
  _ts_window_update_actions (self);
}

static void
on_entry_activated (TsWindow     *self,
                    TsEntry      *entry,
                    TsResultList *list)
{
  gtk_widget_child_focus (GTK_WIDGET (ensure_entry_view (self)), GTK_DIR_TAB_FORWARD);
}

/* Window state */

static void
restore_state (TsWindow *self)
{
  gtk_window_set_default_size (GTK_WINDOW (self),
                               MAX (g_settings_get_int (self->settings, "window-width"), 360),
                               MAX (g_settings_get_int (self->settings, "window-height"), 360));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static gboolean
ts_window_close_request (GtkWindow *window)
{
  TsWindow *self = TS_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  if (!gtk_window_is_maximized (window))
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  g_settings_set_boolean (self->settings, "show-sidebar", self->sidebar_wanted);
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (ts_window_parent_class)->close_request (window);
}

/* The sidebar */

/* The user chose a category in the sidebar: the next start shows it. */
static void
on_category_chosen (TsWindow   *self,
                    const char *id,
                    TsSidebar  *sidebar)
{
  g_settings_set_string (self->settings, "last-category", id != NULL ? id : "");
}

static void
reveal_sidebar (TsWindow *self,
                gboolean  show)
{
  show = !!show;
  if (self->show_sidebar == show)
    return;

  self->show_sidebar = show;
  ts_sidebar_set_revealed (self->sidebar, show);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_SIDEBAR]);
}

/* Through the property: the user's choice (F9, the button, the menu). */
static void
ts_window_set_show_sidebar (TsWindow *self,
                            gboolean  show)
{
  self->sidebar_wanted = !!show;
  reveal_sidebar (self, show);
}

static gboolean
apply_narrow (gpointer user_data)
{
  TsWindow *self = user_data;

  self->narrow_idle = 0;
  reveal_sidebar (self, self->sidebar_wanted && !self->narrow);
  return G_SOURCE_REMOVE;
}

static void
ts_window_size_allocate (GtkWidget *widget,
                         int        width,
                         int        height,
                         int        baseline)
{
  TsWindow *self = TS_WINDOW (widget);
  gboolean narrow = width < NARROW_WIDTH;

  GTK_WIDGET_CLASS (ts_window_parent_class)->size_allocate (widget, width, height, baseline);

  /* crossing the width hides or restores the sidebar, after this allocation */
  if (narrow != self->narrow)
    {
      self->narrow = narrow;
      if (self->narrow_idle == 0)
        self->narrow_idle = g_idle_add (apply_narrow, self);
    }
}

static void
ts_window_set_catalog (TsWindow  *self,
                       TsCatalog *catalog)
{
  if (self->catalog == catalog)
    return;

  /* the sidebar lists the catalog's categories as the results take it */
  g_set_object (&self->catalog, catalog);
  ts_result_list_set_catalog (self->result_list, catalog);
  ts_version_actions_set_versions (self->version_actions, ts_result_list_get_sdk_versions (self->result_list));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATALOG]);
}

static void
ts_window_constructed (GObject *object)
{
  TsWindow *self = TS_WINDOW (object);

  G_OBJECT_CLASS (ts_window_parent_class)->constructed (object);

  restore_state (self);
  g_return_if_fail (self->localizer != NULL);
}

static void
ts_window_dispose (GObject *object)
{
  TsWindow *self = (TsWindow *) object;

  g_clear_handle_id (&self->message_timeout, g_source_remove);
  g_clear_handle_id (&self->narrow_idle, g_source_remove);
  if (self->shortcuts_window != NULL)
    gtk_window_destroy (g_steal_pointer (&self->shortcuts_window));
  gtk_widget_dispose_template (GTK_WIDGET (self), TS_TYPE_WINDOW);
  /* made on first use, and gone with the template's widgets they are in */
  self->notice = NULL;
  self->entry_view = NULL;
  g_clear_object (&self->catalog);
  g_clear_object (&self->settings);
  g_clear_object (&self->version_actions);

  G_OBJECT_CLASS (ts_window_parent_class)->dispose (object);
}

static void
ts_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  TsWindow *self = TS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LOCALIZER:
      g_value_set_pointer (value, self->localizer);
      break;
    case PROP_CATALOG:
      g_value_set_object (value, self->catalog);
      break;
    case PROP_SHOW_SIDEBAR:
      g_value_set_boolean (value, self->show_sidebar);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  TsWindow *self = TS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LOCALIZER:
      /* before the catalog, which makes the first rows */
      self->localizer = g_value_get_pointer (value);
      if (self->localizer != NULL)
        {
          ts_result_list_set_localizer (self->result_list, self->localizer);
          ts_sidebar_set_localizer (self->sidebar, self->localizer);
        }
      break;
    case PROP_CATALOG:
      ts_window_set_catalog (self, g_value_get_object (value));
      break;
    case PROP_SHOW_SIDEBAR:
      ts_window_set_show_sidebar (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_window_class_init (TsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = ts_window_constructed;
  object_class->dispose = ts_window_dispose;
  object_class->get_property = ts_window_get_property;
  object_class->set_property = ts_window_set_property;
  window_class->close_request = ts_window_close_request;
  widget_class->size_allocate = ts_window_size_allocate;

  /**
   * TsWindow:localizer:
   *
   * The #TsLocalizer of the UI language, for the catalog's text; it must
   * outlive the window.
   */
  properties[PROP_LOCALIZER] =
    g_param_spec_pointer ("localizer", NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, TS_TYPE_CATALOG,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SHOW_SIDEBAR] =
    g_param_spec_boolean ("show-sidebar", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TS_TYPE_RESULT_LIST);
  g_type_ensure (TS_TYPE_SIDEBAR);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ts-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TsWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TsWindow, sidebar);
  /* the sidebar's list, for the tests */
  gtk_widget_class_bind_template_child_full (widget_class, "category_list", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, TsWindow, content_box);
  gtk_widget_class_bind_template_child (widget_class, TsWindow, content_paned);
  gtk_widget_class_bind_template_child (widget_class, TsWindow, result_list);
  /* the list's selection, for tests/test-application.c */
  gtk_widget_class_bind_template_child_full (widget_class, "selection", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, TsWindow, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, TsWindow, entry_scroller);
  gtk_widget_class_bind_template_child (widget_class, TsWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, TsWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, TsWindow, versions_menu);
  gtk_widget_class_bind_template_child (widget_class, TsWindow, toast_revealer);
  gtk_widget_class_bind_template_child (widget_class, TsWindow, toast_label);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_category_chosen);
  gtk_widget_class_bind_template_callback (widget_class, on_list_query_changed);

  _ts_window_class_actions_init (klass);
  _ts_window_class_log_init (klass);
}

static void
ts_window_init (TsWindow *self)
{
  GtkEventController *keys;

  self->show_sidebar = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  _ts_window_log_init (self);
  /* the details come after the first frame (see ts-result-list.c) */
  gtk_stack_set_visible_child_name (self->detail_stack, "none");

  /* window state is written once, when the window closes */
  self->settings = g_settings_new (APP_ID);
  g_settings_delay (self->settings);
  g_settings_bind (self->settings, "pane-position", self->content_paned, "position", G_SETTINGS_BIND_DEFAULT);
  self->sidebar_wanted = g_settings_get_boolean (self->settings, "show-sidebar");
  self->show_sidebar = self->sidebar_wanted;
  ts_sidebar_set_revealed (self->sidebar, self->show_sidebar);
  {
    /* the category chosen last, for the first catalog */
    g_autofree char *category = g_settings_get_string (self->settings, "last-category");

    ts_sidebar_select_category (self->sidebar, category);
  }

  /* the SDK versions shown: a preference, written as soon as it changes */
  {
    g_autoptr(GSettings) versions = g_settings_new (APP_ID);

    g_settings_bind (versions, "hidden-sdk-versions", self->result_list, "hidden-versions", G_SETTINGS_BIND_GET);
    self->version_actions = ts_version_actions_new (versions, self->versions_menu);
    gtk_widget_insert_action_group (GTK_WIDGET (self), "sdk", G_ACTION_GROUP (self->version_actions));
  }

  gtk_menu_button_set_create_popup_func (self->menu_button, create_menu_popup, self, NULL);

  /* typing anywhere goes to the search, where the window starts */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->search_entry));

  keys = gtk_event_controller_key_new ();
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (on_search_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);

  _ts_window_update_actions (self);
}

/**
 * ts_window_new:
 * @application: the application
 * @catalog: the catalog to search
 * @localizer: the language of the catalog's text, see #TsWindow:localizer
 */
TsWindow *
ts_window_new (GtkApplication *application,
               TsCatalog      *catalog,
               TsLocalizer    *localizer)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (TS_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (localizer != NULL, NULL);

  return g_object_new (TS_TYPE_WINDOW,
                       "application", application,
                       "localizer", localizer,
                       "catalog", catalog,
                       NULL);
}

/**
 * ts_window_get_catalog:
 *
 * Returns: (transfer none): the catalog searched
 */
TsCatalog *
ts_window_get_catalog (TsWindow *self)
{
  g_return_val_if_fail (TS_IS_WINDOW (self), NULL);

  return self->catalog;
}

/**
 * ts_window_search:
 * @query: what to search for
 *
 * Searches now (not after the entry's delay), shows the matches and
 * selects the best one. The entry shows @query.
 */
void
ts_window_search (TsWindow   *self,
                  const char *query)
{
  g_return_if_fail (TS_IS_WINDOW (self));
  g_return_if_fail (query != NULL);

  /* set_text() deletes, then inserts: each would be a search */
  if (!g_str_equal (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), query))
    {
      g_signal_handlers_block_by_func (self->search_entry, on_search_changed, self);
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), query);
      g_signal_handlers_unblock_by_func (self->search_entry, on_search_changed, self);
    }

  search (self, query, TRUE);
}

/**
 * ts_window_show_entry:
 * @entry: an entry of the window's catalog
 *
 * Selects @entry, clearing the search and category if they hide it.
 */
void
ts_window_show_entry (TsWindow *self,
                      TsEntry  *entry)
{
  g_return_if_fail (TS_IS_WINDOW (self));
  g_return_if_fail (TS_IS_ENTRY (entry));

  if (ts_result_list_select_entry (self->result_list, entry))
    return;

  ts_result_list_set_category (self->result_list, TS_ALL_CATEGORIES);
  ts_window_search (self, "");
  if (!ts_result_list_select_entry (self->result_list, entry))
    {
      /* Translators: %s is an SDK version, such as 5.x */
      g_autofree char *message = g_strdup_printf (_("SDK %s errors are hidden: show them from the main menu"),
                                                  ts_entry_get_sdk_version (entry));

      _ts_window_show_message (self, message);
    }
}
