/* test-plain-search.c: what people say finds the right error
 *
 * tests/data/plain-queries.tsv holds customers' and agents' own words for a
 * problem, in English and Korean, each with the entries that answer it
 * (see plain-queries.md); a few must find nothing. The right entry must be
 * among the first five results for 9 queries in 10 at least, and the
 * others must find nothing. bench-search prints the same figures.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ts-catalog.h"
#include "ts-catalog-builder.h"
#include "ts-plain-queries.h"
#include "ts-test-utils.h"

static void
test_recall (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TsCatalog) catalog = ts_catalog_new_builtin (NULL, &error);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "plain-queries.tsv", NULL);
  TsRecall recall;

  g_assert_no_error (error);
  recall = ts_plain_recall (catalog, path);

  g_test_message ("recall@1 %u/%u, recall@5 %u/%u, nothing found %u/%u",
                  recall.found_first, recall.queries, recall.found_in_five, recall.queries,
                  recall.found_nothing, recall.nothing);
  if (recall.misses->len > 0)
    g_test_message ("%s", recall.misses->str);

  g_assert_cmpuint (recall.queries, >=, 60);
  g_assert_cmpuint (recall.found_in_five * 10, >=, recall.queries * 9);
  g_assert_cmpuint (recall.found_nothing, ==, recall.nothing);
  g_string_free (recall.misses, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  ts_test_init_i18n ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plain-search/recall", test_recall);

  return g_test_run ();
}
