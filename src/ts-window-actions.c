/* ts-window-actions.c: the window's actions and their keys
 *
 * Copying the selected entry's fix or all of it, in the UI language or
 * the other one, showing a message, the search, the sidebar and the
 * shortcuts. Buttons and menus name these actions, so that a key and a
 * button do the same.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-copy.h"
#include "ts-window-private.h"

/* What Copy Fix and Copy All copy: the entry selected in the results */
static TsEntry *
selected_entry (GtkWidget *widget)
{
  return ts_result_list_get_selected_entry (TS_WINDOW (widget)->result_list);
}

static TsLocalizer *
get_localizer (GtkWidget *widget)
{
  return TS_WINDOW (widget)->localizer;
}

static void
show_message (GtkWidget  *widget,
              const char *message)
{
  _ts_window_show_message (TS_WINDOW (widget), message);
}

static const TsCopySource copy_source = { selected_entry, get_localizer, show_message };

static void
show_message_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  _ts_window_show_message (TS_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
focus_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TsWindow *self = TS_WINDOW (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

/* Escape, wherever the focus is: it clears the search; with none, the
 * keyboard goes to the result selected, or on if there is none. */
static void
stop_search_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TsWindow *self = TS_WINDOW (widget);

  /* from a log's errors, back to the search (see ts-window-log.c) */
  if (_ts_window_close_log (self))
    return;

  if (*gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0')
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      return;
    }

  if (ts_result_list_get_n_results (self->result_list) > 0)
    ts_result_list_select (self->result_list, ts_result_list_get_selected (self->result_list), TRUE);
  else
    gtk_widget_child_focus (GTK_WIDGET (self), GTK_DIR_TAB_FORWARD);
}

static void
show_shortcuts_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  TsWindow *self = TS_WINDOW (widget);

  /* built on first use, not with the window: it is the largest dialog */
  if (self->shortcuts_window == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/ts-shortcuts-window.ui");

      self->shortcuts_window = GTK_WINDOW (gtk_builder_get_object (builder, "shortcuts_window"));
      gtk_window_set_transient_for (self->shortcuts_window, GTK_WINDOW (self));
      gtk_window_set_hide_on_close (self->shortcuts_window, TRUE);
    }
  gtk_window_present (self->shortcuts_window);
}

/**
 * _ts_window_update_actions:
 *
 * Enables the copy actions when an entry is selected: each copies
 * something then, if only the summary of an error without a fix.
 */
void
_ts_window_update_actions (TsWindow *self)
{
  TsEntry *entry = ts_result_list_get_selected_entry (self->result_list);

  g_assert (TS_IS_WINDOW (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy-fix", entry != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy-fix-other-language", entry != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy-all", entry != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy-all-other-language", entry != NULL);
}

void
_ts_window_class_actions_init (TsWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  ts_copy_install_actions (widget_class, &copy_source);
  gtk_widget_class_install_action (widget_class, "win.focus-search", NULL, focus_search_action);
  gtk_widget_class_install_action (widget_class, "win.stop-search", NULL, stop_search_action);
  gtk_widget_class_install_action (widget_class, "win.show-shortcuts", NULL, show_shortcuts_action);
  gtk_widget_class_install_action (widget_class, "win.show-message", "s", show_message_action);
  gtk_widget_class_install_property_action (widget_class, "win.show-sidebar", "show-sidebar");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.copy-fix", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.focus-search", NULL);
  /* the search entry has its own, which ends in the same action */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.stop-search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.show-sidebar", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question, GDK_CONTROL_MASK, "win.show-shortcuts", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.show-shortcuts", NULL);
}
