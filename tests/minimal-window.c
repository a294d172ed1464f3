/* minimal-window.c: the floor for the startup benchmark
 *
 * The least a GTK 4 application window does: a header bar and a label, in
 * a unique application (the default flags, as trtc-troubleshooter is).
 * Reports its first frame like trtc-troubleshooter does with
 * TRTC_TROUBLESHOOTER_REPORT_FIRST_FRAME, so bench-window compares the two.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gtk/gtk.h>
#include <stdlib.h>
#include <string.h>

static void
on_first_frame (GdkFrameClock  *clock,
                GtkApplication *app)
{
  g_autofree char *status = NULL;
  const char *peak = NULL;

  g_signal_handlers_disconnect_by_func (clock, on_first_frame, app);
  if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    peak = strstr (status, "VmHWM:");
  g_print ("first-frame %" G_GINT64_FORMAT " %ld\n", g_get_monotonic_time (),
           peak != NULL ? strtol (peak + strlen ("VmHWM:"), NULL, 10) : -1L);
  g_application_quit (G_APPLICATION (app));
}

static void
activate (GtkApplication *app)
{
  GtkWidget *window = gtk_application_window_new (app);

  gtk_window_set_titlebar (GTK_WINDOW (window), gtk_header_bar_new ());
  gtk_window_set_child (GTK_WINDOW (window), gtk_label_new ("Hello"));
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (on_first_frame), app);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkApplication) app = gtk_application_new ("io.github.trtctroubleshooter.MinimalWindow",
                                                       G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (app, "activate", G_CALLBACK (activate), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
