/* test-application.c: a positional query, and a second launch reusing the first
 *
 * This process is the primary instance; the real executable (TS_EXECUTABLE),
 * started as a second launch, hands its query over the session bus. Needs a
 * display and a session bus (xvfb-run, dbus-run-session); skips without.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "ts-application.h"
#include "ts-catalog-notice.h"
#include "ts-row-item.h"
#include "ts-test-utils.h"
#include "ts-widget-test-utils.h"
#include "ts-window.h"

typedef struct
{
  GApplication *app;
  int step;
  int remote_status;
  gboolean remote_done;
  gint64 deadline;
} Run;

static const char *
selected_key (TsWindow *window)
{
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                                       TS_TYPE_WINDOW,
                                                                                       "selection"));
  TsRowItem *item = gtk_single_selection_get_selected_item (selection);

  return item != NULL ? ts_entry_get_key (ts_row_item_get_entry (item)) : NULL;
}

static void
remote_exited (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  Run *run = user_data;
  g_autoptr(GError) error = NULL;

  g_subprocess_wait_check_finish (G_SUBPROCESS (source), result, &error);
  g_assert_no_error (error);
  run->remote_status = g_subprocess_get_exit_status (G_SUBPROCESS (source));
  run->remote_done = TRUE;
}

/* The application's window once it is on screen, or NULL; fails past the deadline. */
static TsWindow *
mapped_window (Run *run)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (run->app));
  TsWindow *window = windows != NULL ? TS_WINDOW (windows->data) : NULL;

  if (g_get_monotonic_time () > run->deadline)
    g_error ("timed out at step %d", run->step);
  return window != NULL && gtk_widget_get_mapped (GTK_WIDGET (window)) ? window : NULL;
}

static gboolean
check (gpointer user_data)
{
  Run *run = user_data;
  TsWindow *window = mapped_window (run);

  if (window == NULL)
    return G_SOURCE_CONTINUE;

  switch (run->step)
    {
    case 0:
      /* started with "0x4043": open at PLAY_NOT_ALLOWED */
      g_assert_cmpstr (selected_key (window), ==, "PLAY_NOT_ALLOWED");
      {
        g_autoptr(GError) error = NULL;
        g_autoptr(GSubprocess) remote = g_subprocess_new (G_SUBPROCESS_FLAGS_NONE, &error,
                                                          g_getenv ("TS_EXECUTABLE"), "4096", NULL);

        g_assert_no_error (error);
        g_subprocess_wait_check_async (remote, NULL, remote_exited, run);
      }
      run->step++;
      return G_SOURCE_CONTINUE;

    case 1:
      /* the second launch ran its query here, in the same window */
      if (!run->remote_done)
        return G_SOURCE_CONTINUE;
      g_assert_cmpint (run->remote_status, ==, 0);
      g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (run->app))), ==, 1);
      g_assert_cmpstr (selected_key (window), ==, "INVALID_PARAMETER");
      run->step++;
      g_application_quit (run->app);
      return G_SOURCE_REMOVE;

    default:
      g_assert_not_reached ();
    }
}

static void
test_positional_and_remote (void)
{
  g_autoptr(TsApplication) app = ts_application_new ();
  char *argv[] = { (char *) "trtc-troubleshooter", (char *) "0x4043", NULL };
  Run run = { .app = G_APPLICATION (app), .deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC };
  int status;

  g_timeout_add (50, check, &run);
  status = g_application_run (G_APPLICATION (app), 2, argv);

  g_assert_cmpint (status, ==, 0);
  g_assert_cmpint (run.step, ==, 2);
}

/* Extra catalogs, added and removed while the window is open */

/* "All", and the built-in categories: v4's four, v5's seven */
#define BUILTIN_ROWS (1 + 4 + 7)

#define TEAM_CATALOG(NAME) \
  "{\"format_version\": 1, \"metadata\": {\"product\": \"Team\", \"sdk_version\": \"1\", " \
  "\"source_language\": \"en\"}, \"categories\": [{\"id\": \"notes\", \"name\": \"" NAME "\"}], " \
  "\"errors\": [{\"category\": \"notes\", \"key\": \"TEAM_PROXY\", \"summary\": \"Our proxy\"}]}"

static char *extras_dir;

static guint
n_category_rows (TsWindow *window)
{
  GtkWidget *list = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), TS_TYPE_WINDOW, "category_list"));
  guint n = 0;

  /* the rows, not the headings between them */
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    n += GTK_IS_LIST_BOX_ROW (row);
  return n;
}

static gboolean
notice_names (TsWindow   *window,
              const char *file)
{
  /* made with the first catalogs skipped */
  GtkWidget *notice = find_descendant (GTK_WIDGET (window), TS_TYPE_CATALOG_NOTICE);
  GtkRevealer *revealer;
  GtkLabel *label;

  if (notice == NULL)
    return FALSE;
  revealer = GTK_REVEALER (gtk_widget_get_template_child (notice, TS_TYPE_CATALOG_NOTICE, "revealer"));
  label = GTK_LABEL (gtk_widget_get_template_child (notice, TS_TYPE_CATALOG_NOTICE, "details_label"));
  return gtk_revealer_get_reveal_child (revealer) && strstr (gtk_label_get_text (label), file) != NULL;
}

static void
write_extra (const char *name,
             const char *contents)
{
  g_autofree char *path = g_build_filename (extras_dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static gboolean
check_extras (gpointer user_data)
{
  Run *run = user_data;
  TsWindow *window = mapped_window (run);

  if (window == NULL)
    return G_SOURCE_CONTINUE;

  switch (run->step)
    {
    case 0:
      /* All, the built-in categories (v4's four, v5's seven), and the team's */
      g_assert_cmpuint (n_category_rows (window), ==, BUILTIN_ROWS + 1);
      g_assert_false (notice_names (window, ".json"));
      write_extra ("late.json", TEAM_CATALOG ("Late notes"));
      run->step++;
      return G_SOURCE_CONTINUE;

    case 1:
      /* a file added while running shows up, no restart */
      if (n_category_rows (window) != BUILTIN_ROWS + 2)
        return G_SOURCE_CONTINUE;
      write_extra ("broken.json", "{\"format_version\": 1,,}");
      run->step++;
      return G_SOURCE_CONTINUE;

    case 2:
      /* a broken one is named, and everything else stays */
      if (!notice_names (window, "broken.json: 1:22"))
        return G_SOURCE_CONTINUE;
      g_assert_cmpuint (n_category_rows (window), ==, BUILTIN_ROWS + 2);
      {
        g_autofree char *late = g_build_filename (extras_dir, "late.json", NULL);

        g_unlink (late);
      }
      run->step++;
      return G_SOURCE_CONTINUE;

    case 3:
      /* a removed one goes */
      if (n_category_rows (window) != BUILTIN_ROWS + 1)
        return G_SOURCE_CONTINUE;
      run->step++;
      g_application_quit (run->app);
      return G_SOURCE_REMOVE;

    default:
      g_assert_not_reached ();
    }
}

static void
test_extra_catalogs (void)
{
  g_autoptr(TsApplication) app = ts_application_new ();
  char *argv[] = { (char *) "trtc-troubleshooter", NULL };
  Run run = { .app = G_APPLICATION (app), .deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC };

  g_mkdir_with_parents (extras_dir, 0700);
  write_extra ("team-notes.json", TEAM_CATALOG ("Team notes"));

  g_timeout_add (50, check_extras, &run);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 1, argv), ==, 0);
  g_assert_cmpint (run.step, ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("ts-data-home-XXXXXX", NULL);

  /* before GLib reads it: the extra catalogs are under XDG_DATA_HOME */
  g_assert_nonnull (data_home);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  extras_dir = g_build_filename (data_home, "trtc-troubleshooter", "catalogs", NULL);

  ts_test_init_i18n ();
  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL || !gtk_init_check ())
    {
      g_test_skip ("no display or no session bus");
      return g_test_run ();
    }

  g_test_add_func ("/application/positional-and-remote", test_positional_and_remote);
  g_test_add_func ("/application/extra-catalogs", test_extra_catalogs);
  return g_test_run ();
}
