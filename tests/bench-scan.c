/* bench-scan.c: scanning a whole log, beside grep (meson test --benchmark)
 *
 * Writes a browser console log of the TRTC Web SDK (heartbeats, stats,
 * stack traces, one line in fifty an error) of 64 MiB to a temporary file,
 * then times the scanner over it and
 *   grep -c -i -F -f PATTERNS FILE
 * where PATTERNS holds every key, alias, message and hex code of the
 * built-in catalog: what a first look at a log with grep would do, though
 * grep finds fewer things (no decimal codes after "code:") and more (any
 * substring, in any case). Target: the scanner no slower than 1.5 × grep.
 * Then the scanner's peak memory over a log of 16 MiB and one of 64 MiB,
 * which must not grow with the log.
 *
 * Prints figures; it fails only if something cannot run or finds nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sys/resource.h>

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "ts-catalog.h"
#include "ts-catalog-builder.h"
#include "ts-log-scanner.h"
#include "ts-bench-utils.h"
#include "ts-test-utils.h"

#define MiB (1024 * 1024)
#define RUNS 5

static char *tmp_dir;

static const char * const errors[] = {
  "client.join failed: RtcError: JOIN_ROOM_FAILED <0x4004> code: 16388",
  "play() failed: PLAY_NOT_ALLOWED code: 16451 <0x4043>",
  "join room timeout",
  "server response {\"result\":-10012,\"message\":\"enter room failed\"}",
  "getUserMedia failed: NotAllowedError: Permission denied",
  "login failed errCode=70001 errMsg: usersig expired",
};

/* One line of a console log, most of them with numbers that are no codes */
static void
append_line (GString *out,
             GRand   *rand,
             guint64  n)
{
  guint kind = g_rand_int_range (rand, 0, 100);
  g_autofree char *user = g_strdup_printf ("user_%u", g_rand_int_range (rand, 1000, 99999));
  guint ms = (guint) (n * 37 % 86400000);

  if (kind >= 78 && kind < 86)
    {
      g_string_append_printf (out, "    at Object.join (https://web.sdk.qcloud.com/trtc/webrtc/v4/trtc.js:%u:%u)\n",
                              g_rand_int_range (rand, 1000, 40000), g_rand_int_range (rand, 1, 80));
      return;
    }

  g_string_append_printf (out, "2026-03-08 %02u:%02u:%02u.%03u ",
                          ms / 3600000, ms / 60000 % 60, ms / 1000 % 60, ms % 1000);
  if (kind < 25)
    g_string_append_printf (out, "<INFO> [%s] client.join() roomId: %u role: anchor sdkAppId: 1400188366 mode: rtc\n",
                            user, g_rand_int_range (rand, 1, 99999));
  else if (kind < 45)
    g_string_append_printf (out, "<DEBUG> [%s] ws.send {\"cmd\":\"heartbeat\",\"seq\":%u,\"rtt\":%u,\"loss\":0}\n",
                            user, g_rand_int_range (rand, 1, 99999), g_rand_int_range (rand, 5, 400));
  else if (kind < 60)
    g_string_append_printf (out, "<INFO> [%s] network quality uplink %u downlink %u rtt %ums\n",
                            user, g_rand_int_range (rand, 0, 6), g_rand_int_range (rand, 0, 6),
                            g_rand_int_range (rand, 5, 400));
  else if (kind < 70)
    g_string_append_printf (out, "<WARN> [%s] signal channel reconnect, retry count %u took %u ms req-%u\n",
                            user, g_rand_int_range (rand, 1, 5000), g_rand_int_range (rand, 1, 20000),
                            g_rand_int_range (rand, 1000000, 9999999));
  else if (kind < 78)
    g_string_append_printf (out, "<DEBUG> [%s] stats: bitrate %u kbps fps %u jitter %u packetsLost %u "
                            "remote user_%u video true audio true\n",
                            user, g_rand_int_range (rand, 100, 5000), g_rand_int_range (rand, 5, 60),
                            g_rand_int_range (rand, 0, 100), g_rand_int_range (rand, 0, 1000),
                            g_rand_int_range (rand, 1000, 99999));
  else if (kind < 98)
    g_string_append_printf (out, "<INFO> [%s] stream added, userId: %u, streamType: main, codec VP8, "
                            "resolution 640x480\n", user, g_rand_int_range (rand, 1000, 99999));
  else
    g_string_append_printf (out, "<ERROR> [%s] %s\n", user, errors[g_rand_int_range (rand, 0, G_N_ELEMENTS (errors))]);
}

/* A log of at least @size bytes, written a MiB at a time */
static char *
write_log (gsize size)
{
  g_autofree char *name = g_strdup_printf ("trtc-%zu-MiB.log", size / MiB);
  char *path = g_build_filename (tmp_dir, name, NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autoptr(GString) block = g_string_sized_new (MiB + 4096);
  FILE *file = fopen (path, "w");
  gsize written = 0;
  guint64 n = 0;

  g_assert_nonnull (file);
  while (written < size)
    {
      g_string_truncate (block, 0);
      while (block->len < MiB)
        append_line (block, rand, n++);
      g_assert_cmpuint (fwrite (block->str, 1, block->len, file), ==, block->len);
      written += block->len;
    }
  g_assert_cmpint (fclose (file), ==, 0);
  return path;
}

/* Every key, alias, message and hex code of @catalog, one a line */
static char *
write_patterns (TsCatalog *catalog,
                guint     *n_patterns)
{
  char *path = g_build_filename (tmp_dir, "patterns", NULL);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < ts_catalog_get_n_entries (catalog); i++)
    {
      TsEntry *entry = ts_catalog_get_entry (catalog, i);
      const char * const *aliases = ts_entry_get_aliases (entry);
      const char *fields[] = { ts_entry_get_key (entry), ts_entry_get_message (entry), ts_entry_get_hex (entry) };

      for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
        if (fields[f] != NULL && g_hash_table_add (seen, (gpointer) fields[f]))
          g_string_append_printf (text, "%s\n", fields[f]);
      for (guint a = 0; aliases[a] != NULL; a++)
        if (g_hash_table_add (seen, (gpointer) aliases[a]))
          g_string_append_printf (text, "%s\n", aliases[a]);
    }

  g_file_set_contents (path, text->str, text->len, &error);
  g_assert_no_error (error);
  *n_patterns = g_hash_table_size (seen);
  return path;
}

static double
cpu_seconds (int who)
{
  struct rusage usage;

  getrusage (who, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/* A field of /proc/self/status in kB, or -1 */
static long
status_kb (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, field)) == NULL)
    return -1;
  return strtol (line + strlen (field) + 1, NULL, 10);
}

static void
count_finding (const TsLogFinding *finding,
               gpointer            user_data)
{
  (*(guint64 *) user_data)++;
}

typedef struct
{
  double wall;              /* seconds, median */
  double cpu;
  guint64 n_findings;
  guint64 n_lines;
} Timing;

static Timing
time_scanner (TsLogScanner *scanner,
              const char   *path)
{
  double wall[RUNS], cpu[RUNS];
  Timing timing = { 0 };

  for (guint r = 0; r < RUNS; r++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(TsLogScan) scan = NULL;
      g_autoptr(GError) error = NULL;
      double cpu_start = cpu_seconds (RUSAGE_SELF);
      gint64 start = g_get_monotonic_time ();

      timing.n_findings = 0;
      scan = ts_log_scan_new (scanner, count_finding, &timing.n_findings);
      g_assert_true (ts_log_scan_read_file (scan, file, NULL, &error));
      g_assert_no_error (error);
      wall[r] = (g_get_monotonic_time () - start) / 1e6;
      cpu[r] = cpu_seconds (RUSAGE_SELF) - cpu_start;
      timing.n_lines = ts_log_scan_get_n_lines (scan);
    }

  timing.wall = ts_bench_median (wall, RUNS);
  timing.cpu = ts_bench_median (cpu, RUNS);
  return timing;
}

static Timing
time_grep (const char *patterns,
           const char *path)
{
  const char *argv[] = { "grep", "-c", "-i", "-F", "-f", patterns, path, NULL };
  double wall[RUNS], cpu[RUNS];
  Timing timing = { 0 };

  for (guint r = 0; r < RUNS; r++)
    {
      g_autofree char *out = NULL;
      g_autoptr(GError) error = NULL;
      double cpu_start = cpu_seconds (RUSAGE_CHILDREN);
      gint64 start = g_get_monotonic_time ();
      int status;

      /* its output to a pipe: grep stops at the first match when it is /dev/null */
      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                    NULL, NULL, &out, NULL, &status, &error);
      g_assert_no_error (error);
      wall[r] = (g_get_monotonic_time () - start) / 1e6;
      cpu[r] = cpu_seconds (RUSAGE_CHILDREN) - cpu_start;
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      timing.n_lines = g_ascii_strtoull (out, NULL, 10);
    }

  timing.wall = ts_bench_median (wall, RUNS);
  timing.cpu = ts_bench_median (cpu, RUNS);
  return timing;
}

/* The peak resident memory while scanning @path, and the resident memory
 * before, in kB. Free heap goes back to the system first (so that what the
 * scan allocates shows), and the peak is reset where Linux allows
 * (clear_refs); elsewhere it is the process's peak so far. */
static void
measure_memory (TsLogScanner *scanner,
                const char   *path,
                long         *before,
                long         *peak)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TsLogScan) scan = NULL;
  g_autoptr(GError) error = NULL;
  guint64 n_findings = 0;
  FILE *clear_refs;

#ifdef __GLIBC__
  malloc_trim (0);
#endif
  clear_refs = fopen ("/proc/self/clear_refs", "w");
  if (clear_refs != NULL)
    {
      fputs ("5", clear_refs);
      fclose (clear_refs);
    }
  *before = status_kb ("VmRSS:");
  scan = ts_log_scan_new (scanner, count_finding, &n_findings);
  g_assert_true (ts_log_scan_read_file (scan, file, NULL, &error));
  g_assert_no_error (error);
  *peak = status_kb ("VmHWM:");
  g_assert_cmpuint (n_findings, >, 0);
}

static void
bench_scan (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TsCatalog) catalog = ts_catalog_new_builtin (NULL, &error);
  g_autoptr(TsLogScanner) scanner = NULL;
  g_autofree char *patterns = NULL;
  g_autofree char *small = NULL;
  g_autofree char *big = NULL;
  g_autofree char *grep_path = g_find_program_in_path ("grep");
  guint n_patterns;
  long small_before, small_peak, big_before, big_peak;
  Timing scan, grep;
  double big_mib;
  gint64 start;
  GStatBuf info;

  g_assert_no_error (error);
  scanner = ts_log_scanner_new (catalog);
  patterns = write_patterns (catalog, &n_patterns);

  start = g_get_monotonic_time ();
  small = write_log (16 * MiB);
  big = write_log (64 * MiB);
  g_assert_cmpint (g_stat (big, &info), ==, 0);
  big_mib = info.st_size / (double) MiB;
  g_print ("logs of 16 and %.1f MiB written in %.1f s; %u patterns for grep (keys, aliases, messages, hex codes)\n",
           big_mib, (g_get_monotonic_time () - start) / 1e6, n_patterns);

  if (grep_path == NULL)
    g_error ("grep is not installed");

  /* once each, for the page cache */
  time_grep (patterns, big);
  measure_memory (scanner, small, &small_before, &small_peak);
  measure_memory (scanner, big, &big_before, &big_peak);

  scan = time_scanner (scanner, big);
  grep = time_grep (patterns, big);
  g_assert_cmpuint (scan.n_findings, >, 0);

  g_print ("%-32s %9s %9s %8s\n", "over the 64 MiB log (median of 5)", "wall s", "cpu s", "MB/s");
  g_print ("%-32s %9.3f %9.3f %8.0f   %" G_GUINT64_FORMAT " findings in %" G_GUINT64_FORMAT " lines\n",
           "scanner", scan.wall, scan.cpu, info.st_size / scan.wall / 1e6, scan.n_findings, scan.n_lines);
  g_print ("%-32s %9.3f %9.3f %8.0f   %" G_GUINT64_FORMAT " matching lines\n",
           "grep -c -i -F -f PATTERNS", grep.wall, grep.cpu, info.st_size / grep.wall / 1e6, grep.n_lines);
  g_print ("scanner / grep: %.2f wall, %.2f cpu (target < 1.5)\n", scan.wall / grep.wall, scan.cpu / grep.cpu);
  g_print ("peak resident memory while scanning: 16 MiB log %ld kB (%ld kB before, +%ld), "
           "64 MiB log %ld kB (%ld kB before, +%ld)\n",
           small_peak, small_before, small_peak - small_before, big_peak, big_before, big_peak - big_before);

  g_unlink (small);
  g_unlink (big);
  g_unlink (patterns);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  ts_test_init_i18n ();
  g_test_init (&argc, &argv, NULL);

  tmp_dir = g_dir_make_tmp ("ts-bench-scan-XXXXXX", NULL);
  g_assert_nonnull (tmp_dir);
  g_test_add_func ("/bench/scan", bench_scan);
  status = g_test_run ();
  g_rmdir (tmp_dir);
  g_free (tmp_dir);

  return status;
}
