/* ts-window-log.c: the window's log view: Open Log…, a dropped file, pasted lines
 *
 * A whole log is read into a TsLogView, a page of the window's main stack
 * beside the search, made the first time a log is opened (it is not part
 * of the window's first frame). Three doors lead there: "Open Log…"
 * (Ctrl+O, a file chooser), a file dropped onto the window, and two or
 * more lines pasted into the search, which keeps its query. Escape, the
 * view's button, or typing a new query lead back; going back stops a read
 * under way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-log-view.h"
#include "ts-window-private.h"

#define SEARCH_PAGE "search"
#define LOG_PAGE "log"
#define CHOOSER_KEY "ts-window-log-chooser"

static GtkStack *
main_stack (TsWindow *self)
{
  return GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (self), TS_TYPE_WINDOW, "main_stack"));
}

/* The log view, or NULL before the first log */
static TsLogView *
get_log_view (TsWindow *self)
{
  GtkWidget *page = gtk_stack_get_child_by_name (main_stack (self), LOG_PAGE);

  return page != NULL ? TS_LOG_VIEW (page) : NULL;
}

static gboolean
log_shown (TsWindow *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (main_stack (self)), LOG_PAGE) == 0;
}

/* Back to the search, stopping a read; the keyboard there if @focus */
static void
show_search (TsWindow *self,
             gboolean  focus)
{
  ts_log_view_cancel (get_log_view (self));
  gtk_stack_set_visible_child_name (main_stack (self), SEARCH_PAGE);
  if (focus)
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
on_back (TsWindow  *self,
         TsLogView *view)
{
  show_search (self, TRUE);
}

/* A link in the details to another error: the search shows it */
static void
on_show_entry (TsWindow  *self,
               TsEntry   *entry,
               TsLogView *view)
{
  show_search (self, FALSE);
  ts_window_show_entry (self, entry);
}

static TsLogView *
show_log_view (TsWindow *self)
{
  TsLogView *view = get_log_view (self);
  GtkWidget *focus;

  if (view == NULL)
    {
      view = ts_log_view_new (self->localizer);
      g_signal_connect_object (view, "back", G_CALLBACK (on_back), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (view, "show-entry", G_CALLBACK (on_show_entry), self, G_CONNECT_SWAPPED);
      gtk_stack_add_named (main_stack (self), GTK_WIDGET (view), LOG_PAGE);
    }
  gtk_stack_set_visible_child_name (main_stack (self), LOG_PAGE);
  /* the keyboard into the view, where Escape goes back; the errors take it once read */
  focus = gtk_root_get_focus (GTK_ROOT (self));
  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (view)))
    gtk_widget_child_focus (GTK_WIDGET (view), GTK_DIR_TAB_FORWARD);
  return view;
}

/* Open Log… */

static void
on_chooser_response (TsWindow        *self,
                     int              response,
                     GtkNativeDialog *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        ts_window_open_log (self, file);
    }
  g_object_set_data (G_OBJECT (self), CHOOSER_KEY, NULL);
}

static void
open_log_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  TsWindow *self = TS_WINDOW (widget);
  GtkFileChooserNative *chooser;
  GtkFileFilter *logs = gtk_file_filter_new ();
  GtkFileFilter *all = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Open Log"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  /* a browser's console saved as .log or .txt, compressed or not */
  gtk_file_filter_set_name (logs, _("Logs"));
  gtk_file_filter_add_suffix (logs, "log");
  gtk_file_filter_add_suffix (logs, "txt");
  gtk_file_filter_add_suffix (logs, "gz");
  gtk_file_filter_add_mime_type (logs, "text/plain");
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), logs);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  g_object_unref (logs);
  g_object_unref (all);

  g_signal_connect_object (chooser, "response", G_CALLBACK (on_chooser_response), self, G_CONNECT_SWAPPED);
  /* one at a time, kept until it answers or the window goes */
  g_object_set_data_full (G_OBJECT (self), CHOOSER_KEY, chooser, g_object_unref);
  g_signal_connect_object (self, "destroy", G_CALLBACK (gtk_native_dialog_destroy), chooser, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* A file dropped onto the window */

static gboolean
on_drop (TsWindow      *self,
         const GValue  *value,
         double         x,
         double         y,
         GtkDropTarget *target)
{
  GFile *file = NULL;

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      GSList *files = gdk_file_list_get_files (g_value_get_boxed (value));

      file = files != NULL ? files->data : NULL;
      g_slist_free (files);
    }
  else if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    {
      file = g_value_get_object (value);
    }

  if (file == NULL)
    return FALSE;
  ts_window_open_log (self, file);
  return TRUE;
}

/**
 * _ts_window_take_search_text:
 * @text: the search entry's text, changed
 *
 * Lines of a log pasted into the search open the log view, and the entry
 * gets its query back; a new query leaves the log view.
 *
 * Returns: %TRUE if @text was a log, not a query
 */
gboolean
_ts_window_take_search_text (TsWindow   *self,
                             const char *text)
{
  g_autofree char *query = NULL;

  g_assert (TS_IS_WINDOW (self));

  /* a copy: searching frees the list's */
  query = g_strdup (ts_result_list_get_query (self->result_list));
  if (query == NULL)
    query = g_strdup ("");

  if (ts_log_view_is_log_text (text))
    {
      ts_window_open_log_text (self, text);
      /* the entry shows the query again, without searching for what it
       * goes through on the way */
      ts_window_search (self, query);
      return TRUE;
    }

  /* the entry's own query coming back is no new one */
  if (log_shown (self) && !g_str_equal (text, query))
    show_search (self, FALSE);
  return FALSE;
}

/**
 * _ts_window_close_log:
 *
 * Goes back from the log view to the search, if the log view is shown.
 *
 * Returns: whether it was
 */
gboolean
_ts_window_close_log (TsWindow *self)
{
  g_assert (TS_IS_WINDOW (self));

  if (!log_shown (self))
    return FALSE;
  show_search (self, TRUE);
  return TRUE;
}

void
_ts_window_log_init (TsWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);

  gtk_drop_target_set_gtypes (target, (GType[2]) { GDK_TYPE_FILE_LIST, G_TYPE_FILE }, 2);
  g_signal_connect_swapped (target, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

void
_ts_window_class_log_init (TsWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /* the search page and the log view's (no field of the struct: only this file uses it) */
  gtk_widget_class_bind_template_child_full (widget_class, "main_stack", FALSE, 0);

  gtk_widget_class_install_action (widget_class, "win.open-log", NULL, open_log_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open-log", NULL);
}

/**
 * ts_window_open_log:
 * @file: a log, gzip-compressed or not
 *
 * Shows the log view, and reads @file into it on a worker.
 */
void
ts_window_open_log (TsWindow *self,
                    GFile    *file)
{
  g_return_if_fail (TS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->catalog == NULL)
    return;
  ts_log_view_open_file (show_log_view (self), self->catalog, file);
}

/**
 * ts_window_open_log_text:
 * @text: lines of a log
 *
 * As ts_window_open_log(), for text.
 */
void
ts_window_open_log_text (TsWindow   *self,
                         const char *text)
{
  g_return_if_fail (TS_IS_WINDOW (self));
  g_return_if_fail (text != NULL);

  if (self->catalog == NULL)
    return;
  ts_log_view_open_text (show_log_view (self), self->catalog, text);
}
