/* first-frame-report.c: an LD_PRELOAD module for the startup benchmark
 *
 * Loaded into a GTK 4 program (trtc-troubleshooter, or minimal-window for
 * the floor), it takes the place of gtk_window_present(): the first window
 * presented, once its first frame is painted, makes the program print
 * "first-frame TIME PEAK" (monotonic microseconds, peak resident kB) and
 * quit. The programs themselves carry no benchmark code.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <gtk/gtk.h>
#include <stdlib.h>
#include <string.h>

void gtk_window_present (GtkWindow *window);

static void
on_first_frame (GdkFrameClock *clock,
                gpointer       data)
{
  g_autofree char *status = NULL;
  const char *peak = NULL;

  g_signal_handlers_disconnect_by_func (clock, on_first_frame, data);
  if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    peak = strstr (status, "VmHWM:");
  g_print ("first-frame %" G_GINT64_FORMAT " %ld\n", g_get_monotonic_time (),
           peak != NULL ? strtol (peak + strlen ("VmHWM:"), NULL, 10) : -1L);
  g_application_quit (g_application_get_default ());
}

void
gtk_window_present (GtkWindow *window)
{
  static void (*present) (GtkWindow *window);
  static gboolean reported;

  if (present == NULL)
    present = (void (*) (GtkWindow *)) dlsym (RTLD_NEXT, "gtk_window_present");
  present (window);

  if (reported)
    return;
  reported = TRUE;
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                    G_CALLBACK (on_first_frame), NULL);
}
