/* test-extra-catalogs.c: catalogs of the user's directory beside the built-in one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "ts-catalog.h"
#include "ts-catalog-builder.h"
#include "ts-catalog-sources.h"
#include "ts-search.h"
#include "ts-test-utils.h"

/* v4's and v5's */
#define BUILTIN_CATEGORIES (4 + 7)
#define BUILTIN_ENTRIES (114 + 67)

#define CATALOG(CATEGORY, ENTRIES) \
  "{\"format_version\": 1, \"metadata\": {\"product\": \"Team\", \"sdk_version\": \"1\", \"source_language\": \"en\"}, " \
  "\"categories\": [{\"id\": \"" CATEGORY "\", \"name\": \"Team notes\"}], \"errors\": [" ENTRIES "]}"

static char *
make_directory (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("ts-extras-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
write_file (const char *dir,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        remove_tree (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

static gboolean
has_problem (GPtrArray  *problems,
             const char *start,
             const char *part)
{
  for (guint i = 0; i < problems->len; i++)
    {
      const char *problem = g_ptr_array_index (problems, i);

      if (g_str_has_prefix (problem, start) && strstr (problem, part) != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
test_extras (void)
{
  g_autofree char *dir = make_directory ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TsCatalog) catalog = NULL;
  g_autoptr(TsSearchResult) result = NULL;
  g_autofree char *big = g_build_filename (dir, "big.json", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder.json", NULL);
  TsCategory *last;
  int fd;

  write_file (dir, "team-notes.json", CATALOG ("network",
         "{\"category\": \"network\", \"code\": 4096, \"key\": \"TEAM_PROXY\", \"summary\": \"Our proxy drops the parameter\","
         " \"remedy\": [\"Ask the network team.\"]}"));
  /* the same category id and code in another file: kept apart */
  write_file (dir, "other-team.json", CATALOG ("network",
         "{\"category\": \"network\", \"code\": 4096, \"summary\": \"Seen on kiosks\"}"));
  write_file (dir, "broken.json", "{\"format_version\": 1,,}");
  write_file (dir, "bad-link.json", CATALOG ("x",
         "{\"category\": \"x\", \"code\": 1, \"summary\": \"s\", \"links\": [{\"title\": \"t\", \"url\": \"javascript:alert(1)\"}]}"));
  write_file (dir, "notes.txt", "not a catalog");
  write_file (dir, ".hidden.json", "{");
  g_mkdir (folder, 0700);
  /* 100 MB, refused before it is read */
  fd = g_open (big, O_CREAT | O_WRONLY, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, 100 * 1024 * 1024), ==, 0);
  g_close (fd, NULL);

  catalog = ts_catalog_new_with_extras (dir, NULL, &problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (catalog);

  /* the built-in categories, then one a valid file, in name order */
  g_assert_cmpuint (ts_catalog_get_n_categories (catalog), ==, BUILTIN_CATEGORIES + 2);
  g_assert_cmpuint (ts_catalog_get_n_entries (catalog), ==, BUILTIN_ENTRIES + 2);
  g_assert_cmpstr (ts_category_get_id (ts_catalog_get_category (catalog, BUILTIN_CATEGORIES)), ==, "other-team/network");
  last = ts_catalog_get_category (catalog, BUILTIN_CATEGORIES + 1);
  g_assert_cmpstr (ts_category_get_id (last), ==, "team-notes/network");
  g_assert_cmpstr (ts_category_get_name (last, TS_LANGUAGE_KOREAN), ==, "Team notes");

  /* each file that failed, named with its error; the others ignored */
  g_assert_cmpuint (problems->len, ==, 4);
  g_assert_true (has_problem (problems, "bad-link.json: ", "errors[0].links[0].url: only http and https"));
  g_assert_true (has_problem (problems, "big.json: ", "too large"));
  g_assert_true (has_problem (problems, "broken.json: ", "1:22"));
  g_assert_true (has_problem (problems, "folder.json: ", "not a regular file"));

  /* searched like the built-in one: the code matches in all three catalogs */
  result = ts_catalog_search (catalog, "4096");
  g_assert_cmpuint (ts_search_result_get_n_matches (result), ==, 3);
  ts_search_result_free (g_steal_pointer (&result));
  result = ts_catalog_search (catalog, "proxy");
  g_assert_cmpuint (ts_search_result_get_n_matches (result), ==, 1);
  g_assert_cmpstr (ts_entry_get_key (ts_catalog_get_entry (catalog, ts_search_result_get_position (result, 0))),
                   ==, "TEAM_PROXY");

  remove_tree (dir);
}

static void
test_no_directory (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TsCatalog) catalog = ts_catalog_new_with_extras ("/nonexistent/catalogs", NULL, &problems, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (ts_catalog_get_n_entries (catalog), ==, BUILTIN_ENTRIES);
}

static void
test_user_directory (void)
{
  g_autofree char *dir = ts_catalog_get_user_directory ();

  g_assert_true (g_str_has_suffix (dir, "/trtc-troubleshooter/catalogs"));
  g_assert_true (g_str_has_prefix (dir, g_get_user_data_dir ()));
}

/* Waits for the sources' catalog to change, for at most @seconds; whether it did. */
static gboolean
wait_for_catalog (TsCatalogSources *sources,
                  double            seconds)
{
  TsCatalog *before = ts_catalog_sources_get_catalog (sources);
  gint64 deadline = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;

  while (ts_catalog_sources_get_catalog (sources) == before && g_get_monotonic_time () < deadline)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
  return ts_catalog_sources_get_catalog (sources) != before;
}

static guint
n_categories (TsCatalogSources *sources)
{
  return ts_catalog_get_n_categories (ts_catalog_sources_get_catalog (sources));
}

/* The directory is watched: a catalog file added, changed or removed is
 * reloaded on a worker, once the burst of changes is over; other files do
 * not reload anything. */
static void
test_sources_watch (void)
{
  g_autofree char *dir = make_directory ();
  g_autoptr(TsCatalogSources) sources = ts_catalog_sources_new (dir, NULL);
  g_autofree char *late = g_build_filename (dir, "late.json", NULL);
  guint notified = 0;

  ts_catalog_sources_watch (sources);
  ts_catalog_sources_reload (sources);
  g_assert_true (wait_for_catalog (sources, 10));
  g_assert_cmpuint (n_categories (sources), ==, BUILTIN_CATEGORIES);
  g_signal_connect_swapped (sources, "notify::catalog", G_CALLBACK (g_atomic_int_inc), &notified);

  /* not a catalog: nothing happens */
  write_file (dir, "notes.txt", "hello");
  write_file (dir, ".hidden.json", CATALOG ("x", ""));
  g_assert_false (wait_for_catalog (sources, 1.5));
  g_assert_cmpuint (notified, ==, 0);

  /* three writes in a burst: one reload */
  write_file (dir, "late.json", CATALOG ("late", ""));
  write_file (dir, "late.json", CATALOG ("late", "{\"category\": \"late\", \"code\": 1, \"summary\": \"s\"}"));
  write_file (dir, "late.json", CATALOG ("late", "{\"category\": \"late\", \"code\": 2, \"summary\": \"s\"}"));
  g_assert_true (wait_for_catalog (sources, 10));
  g_assert_cmpuint (n_categories (sources), ==, BUILTIN_CATEGORIES + 1);
  g_assert_false (wait_for_catalog (sources, 1));
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (ts_catalog_sources_get_problems (sources) == NULL ||
                 ts_catalog_sources_get_problems (sources)->len == 0);

  g_unlink (late);
  g_assert_true (wait_for_catalog (sources, 10));
  g_assert_cmpuint (n_categories (sources), ==, BUILTIN_CATEGORIES);

  g_clear_object (&sources);
  remove_tree (dir);
}

/* A reload asked for while another is under way cancels it: the newer one wins. */
static void
test_sources_newer_reload_wins (void)
{
  g_autofree char *dir = make_directory ();
  g_autoptr(TsCatalogSources) sources = ts_catalog_sources_new (dir, NULL);
  guint notified = 0;

  g_signal_connect_swapped (sources, "notify::catalog", G_CALLBACK (g_atomic_int_inc), &notified);
  ts_catalog_sources_reload (sources);
  write_file (dir, "team.json", CATALOG ("team", ""));
  ts_catalog_sources_reload (sources);
  g_assert_true (wait_for_catalog (sources, 10));
  g_assert_false (wait_for_catalog (sources, 0.5));
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (n_categories (sources), ==, BUILTIN_CATEGORIES + 1);

  g_clear_object (&sources);
  remove_tree (dir);
}

/* Broken files do not take the places of valid ones among the 64 read. */
static void
test_broken_files_do_not_count (void)
{
  g_autofree char *dir = make_directory ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TsCatalog) catalog = NULL;

  for (guint i = 0; i < 70; i++)
    {
      g_autofree char *name = g_strdup_printf ("a-broken-%02u.json", i);

      write_file (dir, name, "{\"format_version\": 1,,}");
    }
  for (guint i = 0; i < TS_CATALOG_MAX_EXTRAS + 1; i++)
    {
      g_autofree char *name = g_strdup_printf ("b-valid-%02u.json", i);

      write_file (dir, name, CATALOG ("v", ""));
    }

  catalog = ts_catalog_new_with_extras (dir, NULL, &problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ts_catalog_get_n_categories (catalog), ==, BUILTIN_CATEGORIES + TS_CATALOG_MAX_EXTRAS);
  g_assert_cmpuint (problems->len, ==, 70 + 1);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (problems, 70), "b-valid-64.json: more than 64"));

  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  ts_test_init_i18n ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/extra-catalogs/extras", test_extras);
  g_test_add_func ("/extra-catalogs/no-directory", test_no_directory);
  g_test_add_func ("/extra-catalogs/user-directory", test_user_directory);
  g_test_add_func ("/extra-catalogs/broken-files-do-not-count", test_broken_files_do_not_count);
  g_test_add_func ("/catalog-sources/watch", test_sources_watch);
  g_test_add_func ("/catalog-sources/newer-reload-wins", test_sources_newer_reload_wins);

  return g_test_run ();
}
