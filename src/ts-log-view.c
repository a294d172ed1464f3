/* ts-log-view.c: the errors of a whole log, and where it names each
 *
 * A header says how many errors the log names in how many lines (a
 * progress bar and Cancel while it is read), then the errors in the order
 * they first appear with their counts; the one selected shows its details
 * (a TsEntryView) and the lines of the log that name it, their numbers
 * and the match highlighted. "Copy Summary" copies a triage for a ticket
 * in both languages (see ts-triage.c).
 *
 * The log is read on a worker (see ts-log-report.c): the main loop only
 * sees the progress, at most every 50 ms, and the report at the end. Log
 * text is data, never markup: lines go into a text buffer as they are,
 * with tags for the highlights. An error's first lines are shown at once,
 * and the rest (up to TS_LOG_ERROR_MAX_LINES) a batch at a time between
 * frames, so that no one turn of the main loop sets them all; and when a
 * read ends, the errors are shown in one frame and the first one's details
 * in the next.
 *
 * The details' copy buttons name the window's actions (win.copy-fix…);
 * the view installs actions of the same names, which its children find
 * first, so that within the view they copy the error selected here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-log-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ts-after-frame.h"
#include "ts-entry-view.h"
#include "ts-copy.h"
#include "ts-log-view.h"
#include "ts-triage.h"

struct _TsLogView
{
  GtkWidget parent_instance;

  TsLocalizer *localizer;
  TsLogScanner *scanner;       /* from the last report, for the next */
  GCancellable *cancellable;   /* of the read under way, or NULL */
  TsLogReport *report;

  GtkWidget *back_button;
  GtkLabel *title_label;
  GtkLabel *subtitle_label;
  GtkWidget *progress_box;
  GtkProgressBar *progress_bar;
  GtkWidget *copy_summary_button;
  GtkLabel *status_label;
  GtkStack *error_stack;
  GtkListView *error_list;
  GtkSingleSelection *selection;
  GtkStack *detail_stack;
  GtkScrolledWindow *entry_scroller;
  TsEntryView *entry_view;     /* made on first use */
  GtkLabel *lines_label;
  GtkTextView *lines_view;
  TsLogError *lines_error;     /* whose lines are still being added */
  guint lines_added;
  guint lines_idle;
  gboolean details_later;      /* the next selection's details after a frame */
  TsAfterFrame details;        /* show_details() */
};

/* An error's lines set at once, and in each batch after */
#define FIRST_LINES 40
#define LINES_PER_BATCH 50

/* A read under way: the view waits for it, and knows it by its cancellable */
typedef struct
{
  TsLogView *self;
  GCancellable *cancellable;
} Read;

G_DEFINE_FINAL_TYPE (TsLogView, ts_log_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SCANNING,
  PROP_REPORT,
  N_PROPS
};

enum {
  BACK,
  SHOW_ENTRY,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static TsLanguage
ui_language (TsLogView *self)
{
  return ts_localizer_get_ui_language (self->localizer);
}

static char *
number (guint64 value)
{
  return g_strdup_printf ("%" G_GUINT64_FORMAT, value);
}

/* A count to read: "7,820,000" where the locale groups digits */
static char *
count_text (guint64 value)
{
  return g_strdup_printf ("%'" G_GUINT64_FORMAT, value);
}

/* For ngettext: a count past what it takes is "many" */
static gulong
plural_count (guint64 value)
{
  return value > G_MAXULONG ? G_MAXULONG : (gulong) value;
}

static void
show_message (TsLogView  *self,
              const char *message)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-message", "s", message);
}

static void
update_actions (TsLogView *self)
{
  gboolean selected = ts_log_view_get_selected (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "log.cancel", self->cancellable != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "log.copy-summary", self->report != NULL);
  /* each copies something, if only the summary of an error without a fix */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy-fix", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy-fix-other-language", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy-all", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy-all-other-language", selected);
}

/* The error rows */

static void
on_row_setup (TsLogView                *self,
              GtkListItem              *item,
              GtkSignalListItemFactory *factory)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *summary = gtk_label_new (NULL);
  GtkWidget *count = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (summary), 0);
  gtk_label_set_ellipsize (GTK_LABEL (summary), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (summary, "dim-label");
  gtk_widget_add_css_class (summary, "caption");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_valign (count, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (count, "badge");
  gtk_widget_add_css_class (count, "numeric");

  gtk_box_append (GTK_BOX (texts), title);
  gtk_box_append (GTK_BOX (texts), summary);
  gtk_box_append (GTK_BOX (row), texts);
  gtk_box_append (GTK_BOX (row), count);
  gtk_widget_set_margin_top (row, 4);
  gtk_widget_set_margin_bottom (row, 4);
  gtk_list_item_set_child (item, row);
}

static void
on_row_bind (TsLogView                *self,
             GtkListItem              *item,
             GtkSignalListItemFactory *factory)
{
  TsLogError *error = gtk_list_item_get_item (item);
  TsEntry *entry = ts_log_error_get_entry (error);
  GtkWidget *row = gtk_list_item_get_child (item);
  GtkWidget *texts = gtk_widget_get_first_child (row);
  GtkWidget *title = gtk_widget_get_first_child (texts);
  GtkWidget *summary = gtk_widget_get_next_sibling (title);
  GtkWidget *count = gtk_widget_get_next_sibling (texts);
  guint64 n_lines = ts_log_error_get_n_lines (error);
  g_autofree char *lines = count_text (n_lines);
  g_autofree char *first = number (ts_log_error_get_first_line (error));
  g_autofree char *last = number (ts_log_error_get_last_line (error));
  g_autofree char *tooltip = NULL;

  gtk_label_set_text (GTK_LABEL (title), ts_entry_get_title (entry));
  gtk_label_set_text (GTK_LABEL (summary), ts_entry_get_summary (entry, ui_language (self)));
  gtk_label_set_text (GTK_LABEL (count), lines);
  /* Translators: the tooltip of an error's count in the log view; the
     numbers are those of the lines naming it, the first and the last */
  tooltip = g_strdup_printf (ngettext ("%s line names it: the first is line %s, the last line %s",
                                       "%s lines name it: the first is line %s, the last line %s",
                                       plural_count (n_lines)),
                             lines, first, last);
  gtk_widget_set_tooltip_text (count, tooltip);
}

/* The lines of the error selected */

static GtkTextTag *
tag (GtkTextBuffer *buffer,
     const char    *name)
{
  return gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), name);
}

/* Tags that follow the theme's text colour and the font's digits */
static void
style_tags (TsLogView *self,
            guint      number_width)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->lines_view);
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self->lines_view));
  PangoFontMetrics *metrics = pango_context_get_metrics (context, NULL, NULL);
  int digit = PANGO_PIXELS (pango_font_metrics_get_approximate_digit_width (metrics));
  int prefix = (int) (number_width + 2) * digit;
  GdkRGBA color;

  pango_font_metrics_unref (metrics);

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self->lines_view)), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  color.alpha *= 0.55f;

  /* a wrapped line goes on under its text, not under its number (a
   * negative indent indents all but the first line) */
  g_object_set (tag (buffer, "line"), "indent", -prefix, NULL);
  g_object_set (tag (buffer, "number"), "foreground-rgba", &color, NULL);
  g_object_set (tag (buffer, "more"), "foreground-rgba", &color, NULL);
}

/* The width of the line numbers of @error's kept lines */
static int
number_width (TsLogError *error)
{
  guint n_kept = ts_log_error_get_n_kept (error);
  guint64 widest = n_kept > 0 ? ts_log_error_get_line (error, n_kept - 1)->line : 0;
  g_autofree char *digits = number (widest);

  return (int) strlen (digits);
}

/* Adds the next @n lines of the error being shown, and the note of the
 * lines not kept after the last; returns whether any are left to add */
static gboolean
add_lines (TsLogView *self,
           guint      n)
{
  TsLogError *error = self->lines_error;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->lines_view);
  guint n_kept = ts_log_error_get_n_kept (error);
  guint64 n_lines = ts_log_error_get_n_lines (error);
  int width = number_width (error);
  guint until = MIN (n_kept, self->lines_added + n);
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  for (guint i = self->lines_added; i < until; i++)
    {
      const TsLogLine *line = ts_log_error_get_line (error, i);
      g_autofree char *line_number = g_strdup_printf ("%*" G_GUINT64_FORMAT "  ", width, line->line);

      if (i > 0)
        gtk_text_buffer_insert (buffer, &end, "\n", 1);
      gtk_text_buffer_insert_with_tags (buffer, &end, line_number, -1, tag (buffer, "line"), tag (buffer, "number"), NULL);
      gtk_text_buffer_insert_with_tags (buffer, &end, line->text, line->match_start, tag (buffer, "line"), NULL);
      gtk_text_buffer_insert_with_tags (buffer, &end, line->text + line->match_start,
                                        line->match_end - line->match_start,
                                        tag (buffer, "line"), tag (buffer, "match"), NULL);
      gtk_text_buffer_insert_with_tags (buffer, &end, line->text + line->match_end, -1, tag (buffer, "line"), NULL);
    }
  self->lines_added = until;
  if (until < n_kept)
    return TRUE;

  if (n_lines > n_kept)
    {
      g_autofree char *rest = count_text (n_lines - n_kept);
      g_autofree char *more = g_strdup_printf (ngettext ("… and %s more line", "… and %s more lines",
                                                         plural_count (n_lines - n_kept)),
                                               rest);

      gtk_text_buffer_insert (buffer, &end, "\n", 1);
      gtk_text_buffer_insert_with_tags (buffer, &end, more, -1, tag (buffer, "more"), NULL);
    }
  return FALSE;
}

static gboolean
add_more_lines (gpointer user_data)
{
  TsLogView *self = user_data;

  if (add_lines (self, LINES_PER_BATCH))
    return G_SOURCE_CONTINUE;
  self->lines_idle = 0;
  g_clear_object (&self->lines_error);
  return G_SOURCE_REMOVE;
}

static void
stop_adding_lines (TsLogView *self)
{
  g_clear_handle_id (&self->lines_idle, g_source_remove);
  g_clear_object (&self->lines_error);
  self->lines_added = 0;
}

static void
show_lines (TsLogView  *self,
            TsLogError *error)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->lines_view);
  guint64 n_lines = ts_log_error_get_n_lines (error);
  g_autofree char *count = count_text (n_lines);
  g_autofree char *first = number (ts_log_error_get_first_line (error));
  g_autofree char *last = number (ts_log_error_get_last_line (error));
  g_autofree char *summary = NULL;
  GtkTextIter end;

  stop_adding_lines (self);
  style_tags (self, number_width (error));
  gtk_text_buffer_set_text (buffer, "", 0);
  self->lines_error = g_object_ref (error);
  /* the rest between frames (GtkTextView lays out what it has first) */
  if (add_lines (self, FIRST_LINES))
    self->lines_idle = g_idle_add (add_more_lines, self);
  else
    g_clear_object (&self->lines_error);

  if (n_lines == 1)
    /* Translators: above the one line of a log that names an error; %s is its number */
    summary = g_strdup_printf (_("On line %s"), first);
  else
    /* Translators: above the lines of a log that name an error: how many,
       the first and the last */
    summary = g_strdup_printf (ngettext ("%s line, from line %s to %s", "%s lines, from line %s to %s",
                                         plural_count (n_lines)),
                               count, first, last);
  gtk_label_set_text (self->lines_label, summary);

  /* from the top for each error */
  gtk_text_buffer_get_start_iter (buffer, &end);
  gtk_text_buffer_place_cursor (buffer, &end);
  gtk_adjustment_set_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->lines_view)), 0);
}

static void
on_show_entry (TsLogView   *self,
               TsEntry     *entry,
               TsEntryView *view)
{
  g_signal_emit (self, signals[SHOW_ENTRY], 0, entry);
}

static void
show_details (gpointer user_data)
{
  TsLogView *self = user_data;
  TsLogError *error = ts_log_view_get_selected (self);

  if (error != NULL)
    {
      if (self->entry_view == NULL)
        {
          self->entry_view = ts_entry_view_new (self->localizer);
          g_signal_connect_object (self->entry_view, "show-entry", G_CALLBACK (on_show_entry), self,
                                   G_CONNECT_SWAPPED);
          gtk_scrolled_window_set_child (self->entry_scroller, GTK_WIDGET (self->entry_view));
        }
      ts_entry_view_set_entry (self->entry_view, ts_log_error_get_entry (error), NULL);
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->entry_scroller), 0);
      show_lines (self, error);
    }
  else
    stop_adding_lines (self);
  gtk_stack_set_visible_child_name (self->detail_stack, error != NULL ? "error" : "none");
}

static void
on_selected_changed (TsLogView          *self,
                     GParamSpec         *pspec,
                     GtkSingleSelection *selection)
{
  /* details already on their way show the error selected by then */
  if (!ts_after_frame_pending (&self->details))
    {
      if (self->details_later && gtk_widget_get_mapped (GTK_WIDGET (self)))
        ts_after_frame_schedule (&self->details);
      else
        show_details (self);
    }
  update_actions (self);
}

/* The header */

static const char *
log_name (TsLogReport *report)
{
  const char *name = report != NULL ? ts_log_report_get_name (report) : NULL;

  return name != NULL ? name : _("Pasted text");
}

static void
show_counts (TsLogView *self)
{
  guint n_errors = g_list_model_get_n_items (ts_log_report_get_errors (self->report));
  guint64 n_lines = ts_log_report_get_n_lines (self->report);
  g_autofree char *errors_number = count_text (n_errors);
  g_autofree char *lines_number = count_text (n_lines);
  /* Translators: the two halves of “3 errors in 1204 lines”, atop the log view */
  g_autofree char *errors = g_strdup_printf (ngettext ("%s error", "%s errors", n_errors), errors_number);
  g_autofree char *lines = g_strdup_printf (ngettext ("%s line", "%s lines", plural_count (n_lines)), lines_number);
  /* Translators: atop the log view, “3 errors in 1204 lines”: %1$s is a
     number of errors (“3 errors”), %2$s of lines scanned (“1204 lines”) */
  g_autofree char *title = g_strdup_printf (C_("log view", "%1$s in %2$s"), errors, lines);

  gtk_label_set_text (self->title_label, title);
}

static void
show_stopped (TsLogView *self)
{
  const GError *error = ts_log_report_get_error (self->report);
  g_autofree char *text = NULL;

  if (error == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->status_label), FALSE);
      return;
    }

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    text = g_strdup (_("Scanning was cancelled: these are the errors of the lines read until then."));
  else
    /* Translators: %s says what went wrong */
    text = g_strdup_printf (_("The log could not be read to its end: %s"), error->message);
  gtk_label_set_text (self->status_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), TRUE);
}

static void
set_scanning (TsLogView *self,
              gboolean   scanning)
{
  gtk_widget_set_visible (self->progress_box, scanning);
  if (scanning)
    gtk_stack_set_visible_child_name (self->error_stack, "scanning");
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCANNING]);
}

/* Reading */

static void
on_progress (guint64  bytes_read,
             guint64  total_bytes,
             guint64  n_lines,
             gpointer user_data)
{
  TsLogView *self = user_data;
  g_autofree char *read = g_format_size (bytes_read);
  g_autofree char *text = NULL;

  if (self->cancellable == NULL)
    return;

  if (total_bytes > 0)
    {
      g_autofree char *total = g_format_size (total_bytes);

      /* Translators: the progress of scanning a log, as “12.5 MB of 64.0 MB” */
      text = g_strdup_printf (_("%s of %s"), read, total);
      gtk_progress_bar_set_fraction (self->progress_bar, MIN (1.0, (double) bytes_read / (double) total_bytes));
    }
  else
    {
      text = g_strdup (read);
      gtk_progress_bar_pulse (self->progress_bar);
    }
  gtk_progress_bar_set_text (self->progress_bar, text);
}

static void
on_read (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Read *read = user_data;
  TsLogView *self = read->self;
  g_autoptr(TsLogReport) report = ts_log_report_read_finish (result);
  GtkWidget *focus;

  /* another read took its place, or the view is gone */
  if (read->cancellable != self->cancellable)
    goto out;

  g_clear_object (&self->cancellable);
  g_set_object (&self->report, report);
  if (self->scanner != ts_log_report_get_scanner (report))
    {
      g_clear_pointer (&self->scanner, ts_log_scanner_unref);
      self->scanner = ts_log_scanner_ref (ts_log_report_get_scanner (report));
    }

  show_counts (self);
  show_stopped (self);
  /* the first error is selected as the model is set; its details wait a frame */
  self->details_later = TRUE;
  gtk_single_selection_set_model (self->selection, ts_log_report_get_errors (report));
  self->details_later = FALSE;
  gtk_stack_set_visible_child_name (self->error_stack,
                                    g_list_model_get_n_items (ts_log_report_get_errors (report)) > 0 ? "list" : "empty");
  set_scanning (self, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORT]);

  /* the keyboard goes to the errors, unless the user took it elsewhere meanwhile */
  focus = gtk_widget_get_root (GTK_WIDGET (self)) != NULL
          ? gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self))) : NULL;
  if (focus == NULL || gtk_widget_is_ancestor (focus, GTK_WIDGET (self)) || !gtk_widget_get_mapped (focus))
    gtk_widget_grab_focus (GTK_WIDGET (self->error_list));

out:
  g_object_unref (read->cancellable);
  g_object_unref (read->self);
  g_free (read);
}

/* Starts showing a new log, read from @file or @stream */
static void
start_read (TsLogView    *self,
            TsCatalog    *catalog,
            GFile        *file,
            GInputStream *stream,
            guint64       size)
{
  Read *read = g_new0 (Read, 1);

  /* the read under way, if any, ends unseen: its cancellable is no longer ours */
  ts_log_view_cancel (self);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->report);
  self->cancellable = g_cancellable_new ();
  read->self = g_object_ref (self);
  read->cancellable = g_object_ref (self->cancellable);

  gtk_single_selection_set_model (self->selection, NULL);
  gtk_label_set_text (self->title_label, _("Scanning…"));
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), FALSE);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_progress_bar_set_text (self->progress_bar, "");
  set_scanning (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORT]);

  if (file != NULL)
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *shown = g_filename_display_name (name != NULL ? name : "");

      gtk_label_set_text (self->subtitle_label, shown);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->subtitle_label), g_file_peek_path (file));
      ts_log_report_read_file_async (catalog, self->scanner, file, self->cancellable,
                                     on_progress, self, on_read, read);
    }
  else
    {
      gtk_label_set_text (self->subtitle_label, log_name (NULL));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->subtitle_label), NULL);
      ts_log_report_read_stream_async (catalog, self->scanner, stream, NULL, size, self->cancellable,
                                       on_progress, self, on_read, read);
    }
}

/* Actions */

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_signal_emit (widget, signals[BACK], 0);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ts_log_view_cancel (TS_LOG_VIEW (widget));
}

static void
copy_text (TsLogView  *self,
           const char *text,
           const char *message)
{
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
  show_message (self, message);
}

static void
copy_summary_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TsLogView *self = TS_LOG_VIEW (widget);
  g_autoptr(GArray) tallies = NULL;
  g_autofree char *text = NULL;
  g_autofree char *message = NULL;
  const char *name;

  if (self->report == NULL)
    return;

  name = ts_log_report_get_name (self->report);
  tallies = ts_log_report_get_tallies (self->report);
  text = ts_triage_format_both (name, ts_log_report_get_n_lines (self->report),
                                (const TsLogTally *) (gconstpointer) tallies->data, tallies->len,
                                self->localizer, ui_language (self));
  if (name != NULL)
    /* Translators: %s is a log's file name */
    message = g_strdup_printf (_("Copied the summary of %s"), name);
  else
    message = g_strdup (_("Copied the summary of the pasted text"));
  copy_text (self, text, message);
}

/* The window's copy actions, for the error selected here */
static TsEntry *
selected_entry (GtkWidget *widget)
{
  TsLogError *error = ts_log_view_get_selected (TS_LOG_VIEW (widget));

  return error != NULL ? ts_log_error_get_entry (error) : NULL;
}

static TsLocalizer *
get_localizer (GtkWidget *widget)
{
  return TS_LOG_VIEW (widget)->localizer;
}

static void
show_copy_message (GtkWidget  *widget,
                   const char *message)
{
  show_message (TS_LOG_VIEW (widget), message);
}

static const TsCopySource copy_source = { selected_entry, get_localizer, show_copy_message };

/* Overrides */

static void
ts_log_view_dispose (GObject *object)
{
  TsLogView *self = (TsLogView *) object;
  GtkWidget *child;

  /* a read that ends after this finds the view is not waiting for it */
  ts_log_view_cancel (self);
  g_clear_object (&self->cancellable);
  stop_adding_lines (self);
  ts_after_frame_cancel (&self->details);
  gtk_widget_dispose_template (GTK_WIDGET (self), TS_TYPE_LOG_VIEW);
  /* the template's unnamed children too */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->report);
  g_clear_pointer (&self->scanner, ts_log_scanner_unref);

  G_OBJECT_CLASS (ts_log_view_parent_class)->dispose (object);
}

static void
ts_log_view_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  TsLogView *self = TS_LOG_VIEW (object);

  switch (prop_id)
    {
    case PROP_SCANNING:
      g_value_set_boolean (value, ts_log_view_get_scanning (self));
      break;
    case PROP_REPORT:
      g_value_set_object (value, self->report);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_log_view_class_init (TsLogViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ts_log_view_dispose;
  object_class->get_property = ts_log_view_get_property;

  properties[PROP_SCANNING] =
    g_param_spec_boolean ("scanning", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_REPORT] =
    g_param_spec_object ("report", NULL, NULL, TS_TYPE_LOG_REPORT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TsLogView::back:
   *
   * The user asked to go back to the search (the button, or Escape).
   */
  signals[BACK] = g_signal_new ("back", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * TsLogView::show-entry:
   * @entry: an error the details link to (see TsEntryView::show-entry)
   *
   * The user followed the link; the window shows @entry.
   */
  signals[SHOW_ENTRY] = g_signal_new ("show-entry", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 1, TS_TYPE_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ts-log-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TsLogView, title_label);
  gtk_widget_class_bind_template_child (widget_class, TsLogView, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, TsLogView, progress_box);
  gtk_widget_class_bind_template_child (widget_class, TsLogView, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, TsLogView, copy_summary_button);
  gtk_widget_class_bind_template_child (widget_class, TsLogView, back_button);
  gtk_widget_class_bind_template_child (widget_class, TsLogView, status_label);
  gtk_widget_class_bind_template_child (widget_class, TsLogView, error_stack);
  gtk_widget_class_bind_template_child (widget_class, TsLogView, error_list);
  gtk_widget_class_bind_template_child (widget_class, TsLogView, selection);
  gtk_widget_class_bind_template_child (widget_class, TsLogView, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, TsLogView, entry_scroller);
  gtk_widget_class_bind_template_child (widget_class, TsLogView, lines_label);
  gtk_widget_class_bind_template_child (widget_class, TsLogView, lines_view);
  gtk_widget_class_bind_template_callback (widget_class, on_row_setup);
  gtk_widget_class_bind_template_callback (widget_class, on_row_bind);
  gtk_widget_class_bind_template_callback (widget_class, on_selected_changed);

  gtk_widget_class_install_action (widget_class, "log.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "log.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "log.copy-summary", NULL, copy_summary_action);
  /* the window's, for the details' buttons and keys within the view (see above) */
  ts_copy_install_actions (widget_class, &copy_source);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "log.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.copy-fix", NULL);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ts_log_view_init (TsLogView *self)
{
  GtkTextBuffer *buffer;

  gtk_widget_init_template (GTK_WIDGET (self));
  ts_after_frame_init (&self->details, GTK_WIDGET (self), show_details, self);

  buffer = gtk_text_view_get_buffer (self->lines_view);
  gtk_text_buffer_create_tag (buffer, "line", NULL);
  gtk_text_buffer_create_tag (buffer, "number", NULL);
  /* as a search's highlights (see ts-highlight.c): bold on GNOME's yellow */
  gtk_text_buffer_create_tag (buffer, "match",
                              "weight", PANGO_WEIGHT_BOLD,
                              "background-rgba", &(GdkRGBA) { 0xf8 / 255.f, 0xe4 / 255.f, 0x5c / 255.f, 0.4f },
                              NULL);
  gtk_text_buffer_create_tag (buffer, "more", "style", PANGO_STYLE_ITALIC, NULL);

  update_actions (self);
}

/**
 * ts_log_view_new:
 * @localizer: (transfer none): for the UI language; must outlive the view
 */
TsLogView *
ts_log_view_new (TsLocalizer *localizer)
{
  TsLogView *self;

  g_return_val_if_fail (localizer != NULL, NULL);

  self = g_object_new (TS_TYPE_LOG_VIEW, NULL);
  self->localizer = localizer;
  gtk_widget_set_tooltip_text (self->copy_summary_button,
                               ui_language (self) == TS_LANGUAGE_KOREAN
                               ? _("Copy each error with its count, first line and fix, in Korean and English")
                               : _("Copy each error with its count, first line and fix, in English and Korean"));
  return self;
}

/**
 * ts_log_view_open_file:
 * @catalog: the errors to look for
 * @file: a log, gzip-compressed or not
 *
 * Reads @file on a worker and shows its errors; a read under way stops.
 */
void
ts_log_view_open_file (TsLogView *self,
                       TsCatalog *catalog,
                       GFile     *file)
{
  g_return_if_fail (TS_IS_LOG_VIEW (self));
  g_return_if_fail (TS_IS_CATALOG (catalog));
  g_return_if_fail (G_IS_FILE (file));

  start_read (self, catalog, file, NULL, 0);
}

/**
 * ts_log_view_open_text:
 * @catalog: the errors to look for
 * @text: lines of a log, pasted
 *
 * As ts_log_view_open_file(), for text.
 */
void
ts_log_view_open_text (TsLogView  *self,
                       TsCatalog  *catalog,
                       const char *text)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GInputStream) stream = NULL;

  g_return_if_fail (TS_IS_LOG_VIEW (self));
  g_return_if_fail (TS_IS_CATALOG (catalog));
  g_return_if_fail (text != NULL);

  bytes = g_bytes_new (text, strlen (text));
  stream = g_memory_input_stream_new_from_bytes (bytes);
  start_read (self, catalog, NULL, stream, g_bytes_get_size (bytes));
}

/**
 * ts_log_view_cancel:
 *
 * Stops the read under way, if any: the view shows what it found.
 */
void
ts_log_view_cancel (TsLogView *self)
{
  g_return_if_fail (TS_IS_LOG_VIEW (self));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

/**
 * ts_log_view_get_scanning:
 *
 * Returns: whether a log is being read
 */
gboolean
ts_log_view_get_scanning (TsLogView *self)
{
  g_return_val_if_fail (TS_IS_LOG_VIEW (self), FALSE);

  return self->cancellable != NULL;
}

/**
 * ts_log_view_get_report:
 *
 * Returns: (transfer none) (nullable): what the log shown holds, once read
 */
TsLogReport *
ts_log_view_get_report (TsLogView *self)
{
  g_return_val_if_fail (TS_IS_LOG_VIEW (self), NULL);

  return self->report;
}

/**
 * ts_log_view_get_selected:
 *
 * Returns: (transfer none) (nullable): the error selected
 */
TsLogError *
ts_log_view_get_selected (TsLogView *self)
{
  g_return_val_if_fail (TS_IS_LOG_VIEW (self), NULL);

  return self->selection != NULL ? gtk_single_selection_get_selected_item (self->selection) : NULL;
}

/**
 * ts_log_view_select:
 * @position: an error's position in the list
 */
void
ts_log_view_select (TsLogView *self,
                    guint      position)
{
  g_return_if_fail (TS_IS_LOG_VIEW (self));

  gtk_single_selection_set_selected (self->selection, position);
}

/**
 * ts_log_view_is_log_text:
 * @text: what was pasted or typed into the search
 *
 * Returns: whether @text is lines of a log rather than a query: two or
 *   more lines with something else than spaces
 */
gboolean
ts_log_view_is_log_text (const char *text)
{
  guint n_lines = 0;

  g_return_val_if_fail (text != NULL, FALSE);

  for (const char *line = text; *line != '\0' && n_lines < 2;)
    {
      gsize length = strcspn (line, "\n");

      for (gsize i = 0; i < length; i++)
        if (!g_ascii_isspace (line[i]))
          {
            n_lines++;
            break;
          }
      line += length + (line[length] == '\n');
    }
  return n_lines >= 2;
}
