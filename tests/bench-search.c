/* bench-search.c: load, index and query times (meson test --benchmark)
 *
 * Prints figures; it fails only if something does not load or match.
 * Targets: built-in load + index under 5 ms; a query over 100,000 entries
 * under 10 ms.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sys/resource.h>

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "catalog-generator.h"
#include "ts-catalog.h"
#include "ts-catalog-builder.h"
#include "ts-catalog-sources.h"
#include "ts-search.h"
#include "ts-bench-utils.h"
#include "ts-plain-queries.h"
#include "ts-test-utils.h"

#define BIG 100000

static void
bench_builtin (void)
{
  enum { RUNS = 51 };
  double loads[RUNS], indexes[RUNS], both[RUNS];

  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      TsCatalog *catalog = ts_catalog_new_builtin (NULL, &error);
      gint64 loaded = g_get_monotonic_time ();

      g_assert_no_error (error);
      ts_catalog_prepare_index (catalog);
      loads[i] = (loaded - start) / 1000.0;
      indexes[i] = (g_get_monotonic_time () - loaded) / 1000.0;
      both[i] = loads[i] + indexes[i];
      g_object_unref (catalog);
    }

  /* the window waits for the load; the index is built after its first frame */
  g_print ("built-in catalog: load %.2f ms median (target < 5 ms), index %.2f ms, "
           "both %.2f ms; first run %.2f ms\n",
           ts_bench_median (loads, RUNS), ts_bench_median (indexes, RUNS),
           ts_bench_median (both, RUNS), both[0]);
}

static void
bench_queries (void)
{
  enum { RUNS = 21 };
  static const char *queries[] = {
    "20042", "0x4e3a", "PLAY_NOT_ALLOWED_1", "play", "p", "e", "error failed",
    "network timeout retry", "만료", "ㅁㄹ", "네트워크 오류",
    "client.join failed: RtcError: JOIN_ROOM_FAILED <0x4e3a> code: 20026",
    "SIGNAL_CHANEL_SETUP_FAILD", "xyzzy plugh",
    /* odd input: punctuation only, emoji, invalid UTF-8 */
    "!!! ... ??? --- ::: ///", "🙂🙂🙂 🔥 👍🏽", "\xff\xfe\xc0\xaf 4096 \xed\xa0\x80",
  };
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(TsCatalog) catalog = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) paste = g_string_new (NULL);
  g_autoptr(GString) hangul = g_string_new (NULL);
  struct rusage before, after;
  double worst = 0;
  gint64 start;

  start = g_get_monotonic_time ();
  bytes = ts_generate_catalog (BIG, 1);
  g_print ("generated %u entries: %.1f MB of JSON in %.0f ms\n", BIG,
           g_bytes_get_size (bytes) / 1e6, (g_get_monotonic_time () - start) / 1000.0);

  getrusage (RUSAGE_SELF, &before);
  start = g_get_monotonic_time ();
  catalog = ts_catalog_new_from_bytes (bytes, "generated", NULL, &error);
  g_assert_no_error (error);
  getrusage (RUSAGE_SELF, &after);
  g_print ("generated catalog: load + index %.0f ms, %u terms, peak memory +%.0f MB\n",
           (g_get_monotonic_time () - start) / 1000.0,
           ts_search_index_get_n_terms (ts_catalog_get_index (catalog)),
           (after.ru_maxrss - before.ru_maxrss) / 1024.0);

  while (paste->len < 1024 * 1024)
    g_string_append (paste, "2024-05-01 INFO req-4096113 media stream ok <b>%s</b> 🙂 ");
  while (hangul->len < 1024 * 1024)
    g_string_append (hangul, "카메라권한이거부되었습니다");

  g_print ("%-64s %9s %9s %8s\n", "query over 100,000 entries", "median ms", "max ms", "matches");
  for (guint q = 0; q <= G_N_ELEMENTS (queries) + 1; q++)
    {
      const char *query = q < G_N_ELEMENTS (queries) ? queries[q] : q == G_N_ELEMENTS (queries) ? paste->str : hangul->str;
      g_autofree char *shown = q < G_N_ELEMENTS (queries) ? g_utf8_make_valid (query, -1)
                               : g_strdup (q == G_N_ELEMENTS (queries) ? "(1 MiB of pasted log text)"
                                                                       : "(1 MiB of Hangul without a space)");
      double samples[RUNS];
      guint matches = 0;

      for (guint i = 0; i < RUNS; i++)
        {
          gint64 t = g_get_monotonic_time ();
          g_autoptr(TsSearchResult) result = ts_catalog_search (catalog, query);

          samples[i] = (g_get_monotonic_time () - t) / 1000.0;
          matches = ts_search_result_get_n_matches (result);
        }
      {
        double max = 0;

        for (guint i = 0; i < RUNS; i++)
          max = MAX (max, samples[i]);
        g_print ("%-64.64s %9.2f %9.2f %8u\n", shown, ts_bench_median (samples, RUNS), max, matches);
        if (q < G_N_ELEMENTS (queries))
          worst = MAX (worst, ts_bench_median (samples, RUNS));
      }
    }
  g_print ("slowest typed query: %.2f ms median (target < 10 ms)\n", worst);
}

/* Resident memory now, in kB */
static long
resident_kb (void)
{
  g_autofree char *statm = NULL;
  long pages = 0;

  if (g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL))
    sscanf (statm, "%*s %ld", &pages);
  return pages * (sysconf (_SC_PAGESIZE) / 1024);
}

/* The user's folder reloaded again and again, as an editor saving a catalog
 * would make it: memory must level off, not grow with every reload. Each
 * new catalog is built while the old one is still shown, so the heap holds
 * both for a moment, and glibc's fragments settle at about twice one. */
static void
bench_reloads (void)
{
  enum { RELOADS = 60, ENTRIES = 20000 };
  static const guint report[] = { 1, 10, 20, 40, 60 };
  g_autofree char *dir = g_dir_make_tmp ("ts-bench-reload-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "big.json", NULL);
  g_autoptr(GBytes) bytes = ts_generate_catalog (ENTRIES, 7);
  g_autoptr(TsCatalogSources) sources = ts_catalog_sources_new (dir, NULL);
  g_autoptr(GString) line = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  long before = resident_kb ();

  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);

  for (guint i = 1, r = 0; i <= RELOADS; i++)
    {
      TsCatalog *old = ts_catalog_sources_get_catalog (sources);

      ts_catalog_sources_reload (sources);
      while (ts_catalog_sources_get_catalog (sources) == old)
        g_main_context_iteration (NULL, TRUE);
      g_assert_cmpuint (ts_catalog_get_n_entries (ts_catalog_sources_get_catalog (sources)), >, ENTRIES);
      if (i == report[r])
        g_string_append_printf (line, "%s%u: %.1f", r++ > 0 ? ", " : "", i, resident_kb () / 1024.0);
    }

  g_print ("reloads: the built-in catalog and %d generated entries (%.1f MB), resident MB before %.1f, "
           "after reload %s\n", ENTRIES, g_bytes_get_size (bytes) / 1e6, before / 1024.0, line->str);

  g_clear_object (&sources);
  g_unlink (path);
  g_rmdir (dir);
}

/* What people say, in their own words: how often the right error comes first,
 * and among the first five (tests/data/plain-queries.tsv). */
static void
bench_recall (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TsCatalog) catalog = ts_catalog_new_builtin (NULL, &error);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "plain-queries.tsv", NULL);
  TsRecall recall;

  g_assert_no_error (error);
  recall = ts_plain_recall (catalog, path);
  g_print ("plain-language queries: recall@1 %.0f%% (%u/%u), recall@5 %.0f%% (%u/%u); "
           "%u of %u that should find nothing found nothing\n",
           100.0 * recall.found_first / recall.queries, recall.found_first, recall.queries,
           100.0 * recall.found_in_five / recall.queries, recall.found_in_five, recall.queries,
           recall.found_nothing, recall.nothing);
  g_string_free (recall.misses, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  ts_test_init_i18n ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/bench/builtin", bench_builtin);
  g_test_add_func ("/bench/recall", bench_recall);
  g_test_add_func ("/bench/queries", bench_queries);
  g_test_add_func ("/bench/reloads", bench_reloads);

  return g_test_run ();
}
