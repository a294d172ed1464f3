/* test-log-view.c: the log view, on its own and in the window, driven as a
 * user would: open a log, read the counts, the errors and their lines,
 * copy, cancel, go back
 *
 * Needs a display (xvfb-run) and GSETTINGS_BACKEND=memory; skips without
 * a display. Run with LANGUAGE=en and LANGUAGE=ko. With -m perf, it also
 * scans a log of 64 MiB in the window and prints the longest the main loop
 * went without a turn meanwhile (no assertion on it).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <stdio.h>
#include <string.h>

#include "ts-catalog.h"
#include "ts-catalog-builder.h"
#include "ts-entry-view.h"
#include "ts-format.h"
#include "ts-log-view.h"
#include "ts-test-utils.h"
/* the tests wait for whole logs to be read */
#define WAIT_SECONDS 20
#include "ts-widget-test-utils.h"
#include "ts-triage.h"
#include "ts-window.h"

static TsCatalog *catalog;

static TsLanguage
language (void)
{
  return korean () ? TS_LANGUAGE_KOREAN : TS_LANGUAGE_ENGLISH;
}

static gpointer
view_child (TsLogView  *view,
            const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (view), TS_TYPE_LOG_VIEW, name);

  g_assert_nonnull (object);
  return object;
}

static const char *
view_label (TsLogView  *view,
            const char *name)
{
  return gtk_label_get_text (GTK_LABEL (view_child (view, name)));
}

static GFile *
fixture_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "logs", name, NULL);

  return g_file_new_for_path (path);
}

/* "3 errors in 12 lines", as the view says it in the UI language */
static char *
counts_title (guint   n_errors,
              guint64 n_lines)
{
  g_autofree char *e = g_strdup_printf ("%u", n_errors);
  g_autofree char *l = g_strdup_printf ("%" G_GUINT64_FORMAT, n_lines);
  g_autofree char *errors = g_strdup_printf (ngettext ("%s error", "%s errors", n_errors), e);
  g_autofree char *lines = g_strdup_printf (ngettext ("%s line", "%s lines", n_lines), l);

  return g_strdup_printf (C_("log view", "%1$s in %2$s"), errors, lines);
}

static char *clipboard_text;

static void
clipboard_read (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  clipboard_text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  g_assert_no_error (error);
}

static char *
read_clipboard (GtkWidget *widget)
{
  g_clear_pointer (&clipboard_text, g_free);
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, clipboard_read, NULL);
  wait_until (clipboard_text != NULL);
  return g_steal_pointer (&clipboard_text);
}

/* The view on its own, in a window */
typedef struct
{
  GtkWindow *window;
  TsLogView *view;
  guint n_back;
} ViewFixture;

static void
on_back (TsLogView   *view,
         ViewFixture *f)
{
  f->n_back++;
}

static void
view_set_up (ViewFixture   *f,
             gconstpointer  data)
{
  f->window = GTK_WINDOW (gtk_window_new ());
  f->view = ts_log_view_new (ts_localizer_get_default ());
  f->n_back = 0;
  g_signal_connect (f->view, "back", G_CALLBACK (on_back), f);
  gtk_window_set_default_size (f->window, 1000, 700);
  gtk_window_set_child (f->window, GTK_WIDGET (f->view));
  gtk_window_present (f->window);
  wait_until (gtk_widget_get_mapped (GTK_WIDGET (f->view)));
}

static void
view_tear_down (ViewFixture   *f,
                gconstpointer  data)
{
  if (f->window == NULL)
    return;
  g_object_add_weak_pointer (G_OBJECT (f->window), (gpointer *) &f->window);
  gtk_window_destroy (f->window);
  wait_until (f->window == NULL);
}

/* Read, and the first error's details shown (a frame after the errors) */
static gboolean
view_read (TsLogView *view)
{
  return !ts_log_view_get_scanning (view) && ts_log_view_get_report (view) != NULL &&
         (ts_log_view_get_selected (view) == NULL ||
          g_strcmp0 (gtk_stack_get_visible_child_name (view_child (view, "detail_stack")), "error") == 0);
}

static void
open_fixture (ViewFixture *f,
              const char  *name)
{
  g_autoptr(GFile) file = fixture_file (name);

  ts_log_view_open_file (f->view, catalog, file);
  g_assert_true (ts_log_view_get_scanning (f->view));
  wait_until (view_read (f->view));
  g_assert_nonnull (ts_log_view_get_report (f->view));
}

static TsLogError *
error_at (TsLogView *view,
          guint      position)
{
  g_autoptr(TsLogError) error = g_list_model_get_item (ts_log_report_get_errors (ts_log_view_get_report (view)),
                                                       position);

  return error;   /* the report keeps it */
}

static char *
lines_text (TsLogView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view_child (view, "lines_view"));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* The text of the buffer that @tag_name covers, runs joined by "|" */
static char *
tagged_text (TsLogView  *view,
             const char *tag_name)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view_child (view, "lines_view"));
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), tag_name);
  GString *out = g_string_new (NULL);
  GtkTextIter iter;

  gtk_text_buffer_get_start_iter (buffer, &iter);
  while (gtk_text_iter_starts_tag (&iter, tag) || gtk_text_iter_forward_to_tag_toggle (&iter, tag))
    {
      GtkTextIter end = iter;
      g_autofree char *text = NULL;

      if (!gtk_text_iter_starts_tag (&iter, tag))
        break;
      gtk_text_iter_forward_to_tag_toggle (&end, tag);
      text = gtk_text_iter_get_text (&iter, &end);
      g_string_append_printf (out, "%s%s", out->len > 0 ? "|" : "", text);
      iter = end;
    }
  return g_string_free (out, FALSE);
}

/* The details' minimum height, at the width they have */
static int
details_min_height (TsLogView *view)
{
  GtkWidget *details = view_child (view, "detail_stack");
  int minimum;

  gtk_widget_measure (details, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (details), &minimum, NULL, NULL, NULL);
  return minimum;
}

/* The details ask for as much height with an error as without: selecting
 * one must not make a short window grow */
static void
test_view_height_with_and_without_details (ViewFixture   *f,
                                           gconstpointer  data)
{
  int before = details_min_height (f->view);

  open_fixture (f, "join-failure.log");
  g_assert_nonnull (ts_log_view_get_selected (f->view));
  g_test_message ("the details' minimum height: %d px without an error, %d px with one",
                  before, details_min_height (f->view));
  g_assert_cmpint (details_min_height (f->view), ==, before);
}

/* The counts, the errors in the order they first appear, the first one's
 * details and lines */
static void
test_view_counts_errors_and_lines (ViewFixture   *f,
                                   gconstpointer  data)
{
  g_autofree char *title = NULL;
  g_autofree char *lines = NULL;
  g_autofree char *matches = NULL;
  GListModel *errors;
  TsEntryView *details;

  open_fixture (f, "join-failure.log");
  errors = ts_log_report_get_errors (ts_log_view_get_report (f->view));

  title = counts_title (4, 12);
  g_assert_cmpstr (view_label (f->view, "title_label"), ==, title);
  if (!korean ())
    g_assert_cmpstr (view_label (f->view, "title_label"), ==, "4 errors in 12 lines");
  g_assert_cmpstr (view_label (f->view, "subtitle_label"), ==, "join-failure.log");
  g_assert_false (gtk_widget_get_visible (view_child (f->view, "progress_box")));
  g_assert_false (gtk_widget_get_visible (view_child (f->view, "status_label")));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (view_child (f->view, "error_stack")), ==, "list");

  g_assert_cmpuint (g_list_model_get_n_items (errors), ==, 4);
  g_assert_cmpstr (ts_entry_get_title (ts_log_error_get_entry (error_at (f->view, 0))), ==,
                   "failed to connect to remote server via websocket");
  g_assert_cmpstr (ts_entry_get_title (ts_log_error_get_entry (error_at (f->view, 1))), ==, "join room timeout");
  g_assert_cmpstr (ts_entry_get_key (ts_log_error_get_entry (error_at (f->view, 2))), ==, "JOIN_ROOM_FAILED");
  g_assert_cmpuint (ts_log_error_get_n_lines (error_at (f->view, 3)), ==, 2);

  /* the first is selected, with its details and lines */
  g_assert_true (ts_log_view_get_selected (f->view) == error_at (f->view, 0));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (view_child (f->view, "detail_stack")), ==, "error");
  details = TS_ENTRY_VIEW (gtk_viewport_get_child (GTK_VIEWPORT (
    gtk_scrolled_window_get_child (view_child (f->view, "entry_scroller")))));
  g_assert_true (ts_entry_view_get_entry (details) == ts_log_error_get_entry (error_at (f->view, 0)));

  /* two lines of -10012, their numbers before them, the matches tagged */
  ts_log_view_select (f->view, 3);
  g_assert_true (ts_entry_view_get_entry (details) == ts_log_error_get_entry (error_at (f->view, 3)));
  lines = lines_text (f->view);
  g_assert_cmpstr (lines, ==,
                   "10  2026-03-08 10:15:12.140 <INFO> [user_4096] report event 40021, took 16385 ms, errorCode: -10012\n"
                   "11  2026-03-08 10:15:12.141 <ERROR> [user_4096] server response {\"result\":-10012,\"message\":\"enter room failed\"}");
  matches = tagged_text (f->view, "match");
  g_assert_cmpstr (matches, ==, "-10012|-10012");
  {
    g_autofree char *numbers = tagged_text (f->view, "number");

    g_assert_cmpstr (numbers, ==, "10  |11  ");
  }
  g_assert_cmpstr (view_label (f->view, "lines_label"), !=, "");
}

/* More lines than are kept: "and N more" */
static void
test_view_more_lines (ViewFixture   *f,
                      gconstpointer  data)
{
  g_autoptr(GString) log = g_string_new (NULL);
  g_autofree char *lines = NULL;
  g_autofree char *rest = g_strdup_printf ("%u", 20);
  g_autofree char *more = g_strdup_printf (ngettext ("… and %s more line", "… and %s more lines", 20), rest);

  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view_child (f->view, "lines_view"));

  for (guint i = 0; i < TS_LOG_ERROR_MAX_LINES + 20; i++)
    g_string_append (log, "play() failed: PLAY_NOT_ALLOWED\n");
  ts_log_view_open_text (f->view, catalog, log->str);
  wait_until (view_read (f->view));
  /* the first lines at once, the rest between frames, then the note */
  g_assert_cmpint (gtk_text_buffer_get_line_count (buffer), <, TS_LOG_ERROR_MAX_LINES);
  wait_until (gtk_text_buffer_get_line_count (buffer) == TS_LOG_ERROR_MAX_LINES + 1);

  lines = lines_text (f->view);
  g_assert_true (g_str_has_prefix (lines, "  1  play() failed: PLAY_NOT_ALLOWED\n  2  "));
  {
    g_autofree char *end = g_strconcat ("\n500  play() failed: PLAY_NOT_ALLOWED\n", more, NULL);

    g_assert_true (g_str_has_suffix (lines, end));
  }
  g_assert_cmpstr (view_label (f->view, "subtitle_label"), ==, _("Pasted text"));
}

/* Text of the log is shown as it is, never as markup */
static void
test_view_log_text_is_not_markup (ViewFixture   *f,
                                  gconstpointer  data)
{
  g_autofree char *lines = NULL;

  ts_log_view_open_text (f->view, catalog, "<b>PLAY_NOT_ALLOWED</b> &amp; %s%n\n<span>join room timeout</span>\n");
  wait_until (view_read (f->view));
  lines = lines_text (f->view);
  g_assert_cmpstr (lines, ==, "1  <b>PLAY_NOT_ALLOWED</b> &amp; %s%n");
}

/* No errors: the view says so */
static void
test_view_no_errors (ViewFixture   *f,
                     gconstpointer  data)
{
  g_autofree char *title = counts_title (0, 4);

  open_fixture (f, "quiet.log");
  g_assert_cmpstr (view_label (f->view, "title_label"), ==, title);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (view_child (f->view, "error_stack")), ==, "empty");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (view_child (f->view, "detail_stack")), ==, "none");
  g_assert_null (ts_log_view_get_selected (f->view));
}

/* Copy Summary, and the details' copy buttons for the error selected here */
static void
test_view_copy (ViewFixture   *f,
                gconstpointer  data)
{
  TsLogReport *report;
  g_autoptr(GArray) tallies = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *fix = NULL;
  g_autofree char *other = NULL;
  g_autofree char *expected_fix = NULL;
  g_autofree char *expected_other = NULL;
  TsEntry *entry;

  open_fixture (f, "autoplay-crlf.log");
  report = ts_log_view_get_report (f->view);
  tallies = ts_log_report_get_tallies (report);
  expected = ts_triage_format_both ("autoplay-crlf.log", ts_log_report_get_n_lines (report),
                                    (const TsLogTally *) (gconstpointer) tallies->data, tallies->len,
                                    NULL, language ());

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "log.copy-summary", NULL));
  summary = read_clipboard (GTK_WIDGET (f->view));
  g_assert_cmpstr (summary, ==, expected);
  g_assert_true (g_str_has_prefix (summary, korean () ? "TRTC" : "TRTC error triage: autoplay-crlf.log\n"));

  /* PLAY_NOT_ALLOWED, third: its fix, in both languages */
  ts_log_view_select (f->view, 2);
  entry = ts_log_error_get_entry (ts_log_view_get_selected (f->view));
  g_assert_cmpstr (ts_entry_get_key (entry), ==, "PLAY_NOT_ALLOWED");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "win.copy-fix", NULL));
  fix = read_clipboard (GTK_WIDGET (f->view));
  expected_fix = ts_format_fix (entry, NULL, language ());
  g_assert_cmpstr (fix, ==, expected_fix);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "win.copy-fix-other-language", NULL));
  other = read_clipboard (GTK_WIDGET (f->view));
  expected_other = ts_format_fix (entry, NULL, ts_language_other (language ()));
  g_assert_cmpstr (other, ==, expected_other);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "win.copy-all-other-language", NULL));
  {
    g_autofree char *all = read_clipboard (GTK_WIDGET (f->view));
    g_autofree char *expected_all = ts_format_entry (entry, NULL, ts_language_other (language ()));

    g_assert_cmpstr (all, ==, expected_all);
  }

  /* the details' button copies it, through the view's action */
  {
    GtkWidget *details = gtk_scrolled_window_get_child (view_child (f->view, "entry_scroller"));
    GtkWidget *button;
    g_autofree char *clicked = NULL;

    details = gtk_viewport_get_child (GTK_VIEWPORT (details));
    button = GTK_WIDGET (gtk_widget_get_template_child (details, TS_TYPE_ENTRY_VIEW, "copy_fix_button"));
    gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (f->view)), "before");
    g_assert_true (gtk_widget_is_sensitive (button));
    g_signal_emit_by_name (button, "clicked");
    clicked = read_clipboard (GTK_WIDGET (f->view));
    g_assert_cmpstr (clicked, ==, expected_fix);
  }
}

/* The window closed while an error's lines are still being added: the view
 * goes, and the batches with it (a source left behind would touch it) */
static void
test_view_closed_while_adding_lines (ViewFixture   *f,
                                     gconstpointer  data)
{
  g_autoptr(GString) log = g_string_new (NULL);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view_child (f->view, "lines_view"));
  TsLogView *view = f->view;

  for (guint i = 0; i < TS_LOG_ERROR_MAX_LINES; i++)
    g_string_append (log, "play() failed: PLAY_NOT_ALLOWED\n");
  ts_log_view_open_text (f->view, catalog, log->str);
  wait_until (view_read (f->view));
  g_assert_cmpint (gtk_text_buffer_get_line_count (buffer), <, TS_LOG_ERROR_MAX_LINES);

  g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &view);
  gtk_window_destroy (f->window);
  f->window = NULL;
  wait_until (view == NULL);
  for (guint i = 0; i < 20; i++)
    iterate ();
}

/* Cancel stops the read; what was found until then stays, and the view says so */
static void
test_view_cancel (ViewFixture   *f,
                  gconstpointer  data)
{
  g_autoptr(GFile) file = fixture_file ("join-failure.log");
  g_autoptr(GString) big = g_string_new (NULL);

  /* long enough to cancel before its end: tens of milliseconds of scanning */
  while (big->len < 32 * 1024 * 1024)
    g_string_append (big, "2026-03-08 10:20:05 <ERROR> play() failed: PLAY_NOT_ALLOWED code: 16451\n");
  ts_log_view_open_text (f->view, catalog, big->str);
  g_assert_true (gtk_widget_get_visible (view_child (f->view, "progress_box")));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (view_child (f->view, "error_stack")), ==, "scanning");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "log.cancel", NULL));
  wait_until (view_read (f->view));

  g_assert_false (ts_log_report_is_complete (ts_log_view_get_report (f->view)));
  g_assert_error (ts_log_report_get_error (ts_log_view_get_report (f->view)), G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (gtk_widget_get_visible (view_child (f->view, "status_label")));
  g_assert_false (gtk_widget_get_visible (view_child (f->view, "progress_box")));

  /* a new log after it */
  open_fixture (f, "join-failure.log");
  g_assert_true (ts_log_report_is_complete (ts_log_view_get_report (f->view)));
  g_assert_false (gtk_widget_get_visible (view_child (f->view, "status_label")));

  /* a second log while the first is read: only the second is shown */
  {
    g_autoptr(GFile) quiet = fixture_file ("quiet.log");

    ts_log_view_open_file (f->view, catalog, file);
    ts_log_view_open_file (f->view, catalog, quiet);
    wait_until (view_read (f->view));
    g_assert_true (g_file_equal (ts_log_report_get_file (ts_log_view_get_report (f->view)), quiet));
    g_assert_true (ts_log_report_is_complete (ts_log_view_get_report (f->view)));
  }
}

/* Escape and the button ask to go back to the search */
static void
test_view_back (ViewFixture   *f,
                gconstpointer  data)
{
  open_fixture (f, "quiet.log");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "log.back", NULL));
  g_assert_cmpuint (f->n_back, ==, 1);
  g_signal_emit_by_name (view_child (f->view, "back_button"), "clicked");
  g_assert_cmpuint (f->n_back, ==, 2);
}

/* A view destroyed while it reads: nothing of the read outlives it */
static void
test_view_destroyed_while_reading (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  TsLogView *view = ts_log_view_new (ts_localizer_get_default ());
  g_autoptr(GFile) file = fixture_file ("join-failure.log");

  g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &view);
  gtk_window_set_child (window, GTK_WIDGET (view));
  gtk_window_present (window);
  ts_log_view_open_file (view, catalog, file);
  gtk_window_destroy (window);
  wait_until (view == NULL);
}

/* The log view in the window */
typedef struct
{
  TsWindow *window;
  GtkEditable *entry;
  GtkStack *stack;
} WindowFixture;

static gpointer
window_child (WindowFixture *f,
              const char    *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (f->window), TS_TYPE_WINDOW, name);

  g_assert_nonnull (object);
  return object;
}

static void
window_set_up (WindowFixture *f,
               gconstpointer  data)
{
  f->window = g_object_new (TS_TYPE_WINDOW, "localizer", ts_localizer_get_default (), "catalog", catalog, NULL);
  f->entry = window_child (f, "search_entry");
  f->stack = window_child (f, "main_stack");
  gtk_window_present (GTK_WINDOW (f->window));
  wait_until (gtk_widget_get_mapped (GTK_WIDGET (f->window)));
}

static void
window_tear_down (WindowFixture *f,
                  gconstpointer  data)
{
  g_object_add_weak_pointer (G_OBJECT (f->window), (gpointer *) &f->window);
  gtk_window_destroy (GTK_WINDOW (f->window));
  wait_until (f->window == NULL);
}

static TsLogView *
window_log_view (WindowFixture *f)
{
  GtkWidget *page = gtk_stack_get_child_by_name (f->stack, "log");

  return page != NULL ? TS_LOG_VIEW (page) : NULL;
}

static gboolean
log_shown (WindowFixture *f)
{
  return g_str_equal (gtk_stack_get_visible_child_name (f->stack), "log") && window_log_view (f) != NULL;
}

static gboolean
log_read (WindowFixture *f)
{
  return log_shown (f) && view_read (window_log_view (f));
}

static gboolean
focus_within (WindowFixture *f,
              GtkWidget     *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Open a log, read the counts, and go back with Escape */
static void
test_window_open_log_reads_counts (WindowFixture *f,
                                   gconstpointer  data)
{
  g_autoptr(GFile) file = fixture_file ("join-failure.log");
  g_autofree char *title = counts_title (4, 12);
  TsLogView *view;

  /* the window starts without it */
  g_assert_null (window_log_view (f));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->stack), ==, "search");

  ts_window_open_log (f->window, file);
  g_assert_true (log_shown (f));
  wait_until (log_read (f));
  view = window_log_view (f);
  g_assert_cmpstr (view_label (view, "title_label"), ==, title);
  g_assert_cmpuint (g_list_model_get_n_items (ts_log_report_get_errors (ts_log_view_get_report (view))), ==, 4);
  g_assert_cmpuint (ts_log_error_get_n_lines (error_at (view, 3)), ==, 2);
  /* the keyboard is on the errors */
  g_assert_true (focus_within (f, view_child (view, "error_list")));

  /* Escape in the view goes back, the keyboard in the search */
  g_assert_true (gtk_widget_activate_action (gtk_root_get_focus (GTK_ROOT (f->window)), "log.back", NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->stack), ==, "search");
  g_assert_true (focus_within (f, GTK_WIDGET (f->entry)));

  /* and Escape wherever else the keyboard is: the window's */
  ts_window_open_log (f->window, file);
  wait_until (log_read (f));
  gtk_widget_grab_focus (GTK_WIDGET (f->entry));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.stop-search", NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->stack), ==, "search");
}

/* Lines pasted into the search open the log view; the search keeps its query */
static void
test_window_paste_opens_log (WindowFixture *f,
                             gconstpointer  data)
{
  GtkWidget *text = GTK_WIDGET (gtk_editable_get_delegate (f->entry));
  const char *pasted = "2026-03-08 10:15:12.130 <ERROR> join room timeout\n"
                       "2026-03-08 10:15:12.131 <ERROR> client.join failed: RtcError: JOIN_ROOM_FAILED <0x4004>\n"
                       "2026-03-08 10:15:13.000 <ERROR> join room timeout\n";
  TsLogView *view;

  gtk_widget_grab_focus (GTK_WIDGET (f->entry));
  gtk_editable_set_text (f->entry, "4096");
  wait_until (g_strcmp0 (gtk_editable_get_text (f->entry), "4096") == 0);
  gtk_editable_select_region (f->entry, 0, -1);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (f->window)), pasted);
  g_signal_emit_by_name (text, "paste-clipboard");
  wait_until (log_read (f));
  view = window_log_view (f);
  g_assert_null (ts_log_report_get_name (ts_log_view_get_report (view)));
  g_assert_cmpuint (ts_log_report_get_n_lines (ts_log_view_get_report (view)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (ts_log_report_get_errors (ts_log_view_get_report (view))), ==, 2);
  g_assert_cmpuint (ts_log_error_get_n_lines (error_at (view, 0)), ==, 2);
  wait_until (g_str_equal (gtk_editable_get_text (f->entry), "4096"));

  /* the search's own query coming back does not leave the log; a new one does */
  for (guint i = 0; i < 50; i++)
    iterate ();
  g_assert_true (log_shown (f));
  gtk_editable_set_text (f->entry, "timeout");
  wait_until (!log_shown (f));
}

/* A file dropped onto the window */
static void
test_window_drop_file (WindowFixture *f,
                       gconstpointer  data)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (f->window));
  g_autoptr(GFile) file = fixture_file ("autoplay-crlf.log");
  g_autoptr(GSList) files = g_slist_prepend (NULL, file);
  GtkDropTarget *target = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && target == NULL; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        target = GTK_DROP_TARGET (controller);
    }
  g_assert_nonnull (target);

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (files));
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &handled);
  g_assert_true (handled);
  wait_until (log_read (f));
  g_assert_cmpstr (ts_log_report_get_name (ts_log_view_get_report (window_log_view (f))), ==, "autoplay-crlf.log");
}

/* The file chooser shown, if one is */
static GtkWindow *
file_chooser (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER (window) && gtk_widget_get_mapped (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

/* Open Log… (Ctrl+O) asks for a file; cancelled, nothing changes */
static void
test_window_open_log_action (WindowFixture *f,
                             gconstpointer  data)
{
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-log", NULL));
  wait_until ((dialog = file_chooser ()) != NULL);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (f->window));
  g_assert_cmpstr (gtk_window_get_title (dialog), ==, _("Open Log"));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  wait_until (file_chooser () == NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->stack), ==, "search");
}

/* -m perf: a log of 64 MiB, as bench-scan.c writes one, scanned in the
 * window; how long the main loop went without a turn meanwhile. A timeout
 * every millisecond notes when it runs; the frame clock, kept ticking by
 * the test's own tick callback, notes the frames. */
#define PERF_MiB 64

static const char * const perf_errors[] = {
  "client.join failed: RtcError: JOIN_ROOM_FAILED <0x4004> code: 16388",
  "play() failed: PLAY_NOT_ALLOWED code: 16451 <0x4043>",
  "join room timeout",
  "server response {\"result\":-10012,\"message\":\"enter room failed\"}",
  "getUserMedia failed: NotAllowedError: Permission denied",
};

static char *
write_perf_log (const char *dir)
{
  char *path = g_build_filename (dir, "console.log", NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autoptr(GString) block = g_string_new (NULL);
  FILE *file = fopen (path, "w");
  guint64 n = 0;

  g_assert_nonnull (file);
  for (guint mib = 0; mib < PERF_MiB; mib++)
    {
      g_string_truncate (block, 0);
      while (block->len < 1024 * 1024)
        {
          guint kind = g_rand_int_range (rand, 0, 100);
          guint ms = (guint) (n++ * 37 % 86400000);

          g_string_append_printf (block, "2026-03-08 %02u:%02u:%02u.%03u ",
                                  ms / 3600000, ms / 60000 % 60, ms / 1000 % 60, ms % 1000);
          if (kind < 98)
            g_string_append_printf (block, "<INFO> [user_%u] network quality uplink %u downlink %u rtt %ums "
                                    "roomId: %u retry count %u\n", g_rand_int_range (rand, 1000, 99999),
                                    kind % 6, kind % 5, g_rand_int_range (rand, 5, 400),
                                    g_rand_int_range (rand, 1, 99999), g_rand_int_range (rand, 1, 5000));
          else
            g_string_append_printf (block, "<ERROR> [user_%u] %s\n", g_rand_int_range (rand, 1000, 99999),
                                    perf_errors[g_rand_int_range (rand, 0, G_N_ELEMENTS (perf_errors))]);
        }
      g_assert_cmpuint (fwrite (block->str, 1, block->len, file), ==, block->len);
    }
  g_assert_cmpint (fclose (file), ==, 0);
  return path;
}

typedef struct
{
  gint64 last;              /* the timeout's last turn */
  gint64 longest;           /* the longest between two turns, while scanning */
  gint64 last_frame;
  gint64 longest_frame;
  guint n_frames;
  gboolean scanning;
  gint64 start;
  GString *long_turns;      /* "at +T ms: G ms" of turns over 8 ms */
} Gaps;

static gboolean
note_turn (gpointer user_data)
{
  Gaps *gaps = user_data;
  gint64 now = g_get_monotonic_time ();

  if (gaps->scanning && gaps->last > 0)
    {
      gaps->longest = MAX (gaps->longest, now - gaps->last);
      if (now - gaps->last > 8000 && gaps->long_turns != NULL)
        g_string_append_printf (gaps->long_turns, " %.0f ms at +%.0f ms;", (now - gaps->last) / 1000.0,
                                (gaps->last - gaps->start) / 1000.0);
    }
  gaps->last = now;
  return G_SOURCE_CONTINUE;
}

static gboolean
note_frame (GtkWidget     *widget,
            GdkFrameClock *clock,
            gpointer       user_data)
{
  Gaps *gaps = user_data;
  gint64 now = g_get_monotonic_time ();

  if (gaps->scanning && gaps->last_frame > 0)
    {
      gaps->longest_frame = MAX (gaps->longest_frame, now - gaps->last_frame);
      gaps->n_frames++;
    }
  gaps->last_frame = now;
  return G_SOURCE_CONTINUE;
}

static guint n_progress;

static void
count_progress (GObject    *bar,
                GParamSpec *pspec,
                gpointer    user_data)
{
  n_progress++;
}

static void
test_window_perf_scan (WindowFixture *f,
                       gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("ts-log-view-XXXXXX", NULL);
  g_autofree char *path = write_perf_log (dir);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  Gaps gaps = { 0 };
  guint timeout, tick;
  gint64 start, end;
  TsLogView *view;

  timeout = g_timeout_add (1, note_turn, &gaps);
  tick = gtk_widget_add_tick_callback (GTK_WIDGET (f->window), note_frame, &gaps, NULL);
  for (guint i = 0; i < 100; i++)
    iterate ();

  /* for comparison: the window left alone, the frame clock ticking */
  gaps.scanning = TRUE;
  for (gint64 until = g_get_monotonic_time () + G_USEC_PER_SEC / 2; g_get_monotonic_time () < until;)
    g_main_context_iteration (NULL, TRUE);
  gaps.scanning = FALSE;
  g_test_message ("the window left alone for 0.5 s, its frame clock ticking: longest turn %.1f ms, "
                  "%u frames", gaps.longest / 1000.0, gaps.n_frames);
  gaps.longest = gaps.longest_frame = 0;
  gaps.n_frames = 0;

  /* the first log makes the view and its details: that turn apart */
  {
    g_autoptr(GFile) small = fixture_file ("join-failure.log");

    gaps.start = g_get_monotonic_time ();
    gaps.long_turns = g_string_new (NULL);
    gaps.scanning = TRUE;
    ts_window_open_log (f->window, small);
    wait_until (log_read (f));
    for (gint64 until = g_get_monotonic_time () + G_USEC_PER_SEC / 2; g_get_monotonic_time () < until;)
      g_main_context_iteration (NULL, TRUE);
    gaps.scanning = FALSE;
    g_test_message ("the first log, which makes the view and its details: longest turn %.1f ms;"
                    " turns over 8 ms:%s", gaps.longest / 1000.0, gaps.long_turns->str);
    g_string_free (g_steal_pointer (&gaps.long_turns), TRUE);
    gaps.longest = gaps.longest_frame = 0;
    gaps.n_frames = 0;
    gtk_widget_activate_action (GTK_WIDGET (window_log_view (f)), "log.back", NULL);
    for (guint i = 0; i < 100; i++)
      iterate ();
  }

  start = gaps.start = g_get_monotonic_time ();
  gaps.long_turns = g_string_new (NULL);
  gaps.scanning = TRUE;
  ts_window_open_log (f->window, file);
  view = window_log_view (f);
  n_progress = 0;
  g_signal_connect (view_child (view, "progress_bar"), "notify::text", G_CALLBACK (count_progress), NULL);
  while (ts_log_view_get_scanning (view))
    g_main_context_iteration (NULL, TRUE);
  gaps.scanning = FALSE;
  end = g_get_monotonic_time ();

  g_test_message ("%d MiB, %" G_GUINT64_FORMAT " lines, %u errors: scanned in the window in %.2f s",
                  PERF_MiB, ts_log_report_get_n_lines (ts_log_view_get_report (view)),
                  g_list_model_get_n_items (ts_log_report_get_errors (ts_log_view_get_report (view))),
                  (end - start) / (double) G_USEC_PER_SEC);
  g_test_message ("longest the main loop went without a turn while scanning: %.1f ms (a 1 ms timeout's longest gap)",
                  gaps.longest / 1000.0);
  g_test_message ("frames while scanning: %u, the longest between two: %.1f ms; progress shown %u times",
                  gaps.n_frames, gaps.longest_frame / 1000.0, n_progress);
  g_test_message ("turns over 8 ms while scanning, from its start:%s", gaps.long_turns->str);
  g_string_free (g_steal_pointer (&gaps.long_turns), TRUE);
  g_assert_true (ts_log_report_is_complete (ts_log_view_get_report (view)));

  /* the report shown: its own turns */
  gaps.start = g_get_monotonic_time ();
  gaps.long_turns = g_string_new (NULL);
  gaps.scanning = TRUE;
  gaps.longest = 0;
  for (gint64 until = g_get_monotonic_time () + G_USEC_PER_SEC / 2; g_get_monotonic_time () < until;)
    g_main_context_iteration (NULL, TRUE);
  g_test_message ("then the longest turn as the errors and the first one's lines are shown: %.1f ms;"
                  " turns over 8 ms:%s", gaps.longest / 1000.0, gaps.long_turns->str);
  g_string_free (g_steal_pointer (&gaps.long_turns), TRUE);

  g_source_remove (timeout);
  gtk_widget_remove_tick_callback (GTK_WIDGET (f->window), tick);
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

typedef struct
{
  const char *text;
  gboolean log;
} LogTextCase;

static void
test_is_log_text (void)
{
  static const LogTextCase cases[] = {
    { "", FALSE },
    { "PLAY_NOT_ALLOWED", FALSE },
    { "PLAY_NOT_ALLOWED\n", FALSE },
    { "PLAY_NOT_ALLOWED\r\n", FALSE },
    { "\nPLAY_NOT_ALLOWED\n\n  \n", FALSE },
    { "a\nb", TRUE },
    { "a\r\nb\r\n", TRUE },
    { "\n\na\n \t\nb\n", TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (ts_log_view_is_log_text (cases[i].text), ==, cases[i].log);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  ts_test_init_i18n ();
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_test_skip ("no display");
      return g_test_run ();
    }

  catalog = ts_catalog_new_builtin (NULL, &error);
  g_assert_no_error (error);

#define ADD(path, func) g_test_add (path, ViewFixture, NULL, view_set_up, func, view_tear_down)
  ADD ("/log-view/counts-errors-and-lines", test_view_counts_errors_and_lines);
  ADD ("/log-view/more-lines-than-kept", test_view_more_lines);
  ADD ("/log-view/closed-while-adding-lines", test_view_closed_while_adding_lines);
  ADD ("/log-view/height-with-and-without-details", test_view_height_with_and_without_details);
  ADD ("/log-view/log-text-is-never-markup", test_view_log_text_is_not_markup);
  ADD ("/log-view/no-errors", test_view_no_errors);
  ADD ("/log-view/copy-summary-and-fixes", test_view_copy);
  ADD ("/log-view/cancel-and-open-another", test_view_cancel);
  ADD ("/log-view/back-to-search", test_view_back);
#undef ADD
  g_test_add_func ("/log-view/destroyed-while-reading", test_view_destroyed_while_reading);
#define ADD(path, func) g_test_add (path, WindowFixture, NULL, window_set_up, func, window_tear_down)
  ADD ("/log-view/window/open-log-reads-counts-escape-goes-back", test_window_open_log_reads_counts);
  ADD ("/log-view/window/pasted-lines-open-the-log-view", test_window_paste_opens_log);
  ADD ("/log-view/window/dropped-file-opens-the-log-view", test_window_drop_file);
  ADD ("/log-view/window/open-log-asks-for-a-file", test_window_open_log_action);
  if (g_test_perf ())
    ADD ("/log-view/window/perf/scan-64-MiB", test_window_perf_scan);
#undef ADD
  g_test_add_func ("/log-view/pasted-text-of-two-lines-is-a-log", test_is_log_text);

  status = g_test_run ();
  g_object_unref (catalog);
  return status;
}
