/* bench-window.c: startup, memory and keystroke figures for the window
 *
 * Run under a display: xvfb-run -a dbus-run-session -- meson test --benchmark.
 *
 * 1. Time from process start to the first painted frame, and peak memory,
 *    for trtc-troubleshooter and for a minimal GTK 4 window (the floor),
 *    each the median of several runs. Targets: ≤ 1.3× the floor's time,
 *    ≤ 1.2× its memory.
 * 2. One keystroke with a 100,000-entry catalog loaded as --catalog does:
 *    the longest the main loop is blocked at a stretch, from the search and
 *    list update through every frame and idle task that follows, and the
 *    keystroke plus the frame that shows it, back to back. Target: ≤ 16 ms,
 *    one frame.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog-generator.h"
#include "ts-catalog.h"
#include "ts-catalog-builder.h"
#include "ts-bench-utils.h"
#include "ts-test-utils.h"
#include "ts-window.h"

#define RUNS 15

/* Starts @program and reads its "first-frame TIME PEAK" line. */
static void
first_frame (const char *program,
             double     *milliseconds,
             double     *peak_kb)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  gint64 start, frame;
  long peak;

  /* the module reports the first frame, in both programs alike */
  g_subprocess_launcher_setenv (launcher, "LD_PRELOAD", g_getenv ("TS_FIRST_FRAME_REPORT"), TRUE);
  /* the X server may still be drawing the last program's frame */
  g_usleep (G_USEC_PER_SEC / 5);
  start = g_get_monotonic_time ();
  process = g_subprocess_launcher_spawn (launcher, &error, program, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);

  if (out == NULL || sscanf (out, "first-frame %" G_GINT64_FORMAT " %ld", &frame, &peak) != 2)
    g_error ("%s did not report its first frame: %s", program, out);
  *milliseconds = (frame - start) / 1000.0;
  *peak_kb = peak;
}

static void
bench_startup (void)
{
  const char *programs[] = { g_getenv ("TS_EXECUTABLE"), g_getenv ("TS_MINIMAL_WINDOW") };
  double times[2][RUNS], peaks[2][RUNS], time[2], memory[2];

  /* warm the caches, then take turns, so that the machine's drift over
   * the runs weighs on both alike */
  for (guint p = 0; p < 2; p++)
    first_frame (programs[p], &times[p][0], &peaks[p][0]);
  for (guint i = 0; i < RUNS; i++)
    for (guint p = 0; p < 2; p++)
      first_frame (programs[p], &times[p][i], &peaks[p][i]);

  for (guint p = 0; p < 2; p++)
    {
      time[p] = ts_bench_median (times[p], RUNS);
      memory[p] = ts_bench_median (peaks[p], RUNS);
    }

  g_print ("%-28s %16s %16s\n", "", "first frame", "peak memory");
  g_print ("%-28s %13.1f ms %13.1f MB\n", "trtc-troubleshooter", time[0], memory[0] / 1024);
  g_print ("%-28s %13.1f ms %13.1f MB\n", "minimal GTK 4 window", time[1], memory[1] / 1024);
  g_print ("%-28s %15.2f× %15.2f×   (targets ≤ 1.3× and ≤ 1.2×)\n", "ratio", time[0] / time[1], memory[0] / memory[1]);
}

typedef struct
{
  gint64 frame_start;
  gint64 frame_end;
} Frame;

static void
on_layout (GdkFrameClock *clock,
           Frame         *frame)
{
  if (frame->frame_start == 0)
    frame->frame_start = g_get_monotonic_time ();
}

static void
on_after_paint (GdkFrameClock *clock,
                Frame         *frame)
{
  if (frame->frame_start != 0 && frame->frame_end == 0)
    frame->frame_end = g_get_monotonic_time ();
}

static void
bench_keystroke (void)
{
  static const char *typed[] = {
    "e", "er", "err", "erro", "error", "error ", "error f", "error fa", "error fai",
    "error fail", "error faile", "error failed", "p", "pl", "pla", "play", "0x4", "0x4e", "0x4e3a",
    "네", "네트", "네트워크", "ㅁ", "ㅁㄹ", "",
  };
  g_autoptr(GBytes) bytes = ts_generate_catalog (100000, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(TsCatalog) catalog = NULL;
  g_autofree char *path = NULL;
  double search_ms[G_N_ELEMENTS (typed)], blocked_ms[G_N_ELEMENTS (typed)], first_frame_ms[G_N_ELEMENTS (typed)];
  double worst = 0, worst_with_frame = 0;
  TsWindow *window;
  GdkFrameClock *clock;
  Frame frame;
  gint64 start;
  int fd;

  /* through a file, as --catalog reads it */
  fd = g_file_open_tmp ("ts-bench-XXXXXX.json", &path, &error);
  g_assert_no_error (error);
  g_close (fd, NULL);
  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  start = g_get_monotonic_time ();
  catalog = ts_catalog_new_from_file (path, NULL, &error);
  g_assert_no_error (error);
  ts_catalog_prepare_index (catalog);
  g_print ("100,000-entry catalog: loaded and indexed in %.0f ms\n", (g_get_monotonic_time () - start) / 1000.0);
  g_unlink (path);

  window = g_object_new (TS_TYPE_WINDOW, "localizer", ts_localizer_get_default (), "catalog", catalog, NULL);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  /* The first key comes half a second after the window is up, as a
   * person's would: by then the window has done what follows its first
   * frame (its details, its spare rows, GDK's measuring of it). */
  for (gint64 end = g_get_monotonic_time () + 500000; g_get_monotonic_time () < end;)
    g_main_context_iteration (NULL, FALSE);
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "layout", G_CALLBACK (on_layout), &frame);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &frame);

  for (guint pass = 0; pass < 2; pass++)
  {
  worst = worst_with_frame = 0;
  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      gint64 typed_at, searched_at;
      double longest = 0;

      /* let the previous keystroke's work finish, then type */
      for (gint64 end = g_get_monotonic_time () + 60000; g_get_monotonic_time () < end;)
        g_main_context_iteration (NULL, FALSE);

      frame = (Frame) { 0 };
      typed_at = g_get_monotonic_time ();
      ts_window_search (window, typed[i]);
      searched_at = g_get_monotonic_time ();
      search_ms[i] = (searched_at - typed_at) / 1000.0;

      /* every dispatch for the next 300 ms: the frame that shows the rows,
       * then the details and the counts, and their frames. (Not until the
       * loop is idle: the search entry has the focus, and GTK fades its
       * cursor in and out a frame at a time for ten seconds after a key.) */
      for (gint64 end = searched_at + 300000; g_get_monotonic_time () < end;)
        {
          gint64 before = g_get_monotonic_time ();

          if (g_main_context_iteration (NULL, FALSE))
            longest = MAX (longest, (g_get_monotonic_time () - before) / 1000.0);
        }

      first_frame_ms[i] = search_ms[i] + (frame.frame_end - frame.frame_start) / 1000.0;
      blocked_ms[i] = MAX (search_ms[i], longest);
      worst = MAX (worst, blocked_ms[i]);
      worst_with_frame = MAX (worst_with_frame, first_frame_ms[i]);
    }

  /* the first pass pays once for fonts (Hangul) and caches */
  g_print ("%s pass\n", pass == 0 ? "first (cold)" : "second (warm)");
  g_print ("%-16s %12s %22s %20s\n", "keystroke", "search ms", "longest dispatch ms", "search + frame ms");
  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    g_print ("%-16s %12.2f %22.2f %20.2f\n", *typed[i] != '\0' ? typed[i] : "(cleared)",
             search_ms[i], blocked_ms[i], first_frame_ms[i]);
  g_print ("longest block of the main loop: %.2f ms, median %.2f ms (target ≤ 16 ms)\n",
           worst, ts_bench_median (blocked_ms, G_N_ELEMENTS (typed)));
  g_print ("keystroke and the frame showing it, back to back: longest %.2f ms, median %.2f ms\n",
           worst_with_frame, ts_bench_median (first_frame_ms, G_N_ELEMENTS (typed)));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  ts_test_init_i18n ();
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_test_skip ("no display: run under xvfb-run");
      return g_test_run ();
    }

  g_test_add_func ("/bench-window/startup", bench_startup);
  g_test_add_func ("/bench-window/keystroke", bench_keystroke);
  return g_test_run ();
}
