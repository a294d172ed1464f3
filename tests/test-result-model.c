/* test-result-model.c: a query's results as a list model: categories, hidden SDK versions, partial matches
 *
 * Display-free: it links the core library only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ts-catalog.h"
#include "ts-catalog-builder.h"
#include "ts-result-model.h"
#include "ts-test-utils.h"

/* the built-in catalogs */
#define V4_ENTRIES 114
#define V5_ENTRIES 67

static TsCatalog *catalog;

static int
category_position (const char *id)
{
  for (guint i = 0; i < ts_catalog_get_n_categories (catalog); i++)
    if (g_str_equal (ts_category_get_id (ts_catalog_get_category (catalog, i)), id))
      return i;
  g_error ("no category %s", id);
}

static TsEntry *
item (TsResultModel *model,
      guint          position)
{
  g_autoptr(TsEntry) entry = g_list_model_get_item (G_LIST_MODEL (model), position);

  return entry;   /* the catalog keeps it alive */
}

static guint
n_items (TsResultModel *model)
{
  return g_list_model_get_n_items (G_LIST_MODEL (model));
}

static guint
n_with_key (TsResultModel *model,
            const char    *key)
{
  guint n = 0;

  for (guint i = 0; i < n_items (model); i++)
    n += g_strcmp0 (ts_entry_get_key (item (model, i)), key) == 0;
  return n;
}

static TsResultModel *
new_model (const char *query)
{
  TsResultModel *model = ts_result_model_new ();

  ts_result_model_set_catalog (model, catalog);
  ts_result_model_set_query (model, query);
  return model;
}

/* Counts each items-changed, and checks that it keeps the model's length. */
typedef struct
{
  guint changes;
  guint length;
} Changes;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Changes    *changes)
{
  g_assert_cmpuint (position + removed, <=, changes->length);
  changes->length = changes->length - removed + added;
  g_assert_cmpuint (changes->length, ==, g_list_model_get_n_items (model));
  changes->changes++;
}

static void
test_both_versions (void)
{
  g_autoptr(TsResultModel) model = new_model ("");
  const char * const *versions = ts_result_model_get_sdk_versions (model);

  g_assert_cmpuint (g_strv_length ((char **) versions), ==, 2);
  g_assert_cmpstr (versions[0], ==, "4.x");
  g_assert_cmpstr (versions[1], ==, "5.x");
  g_assert_cmpuint (n_items (model), ==, V4_ENTRIES + V5_ENTRIES);
  g_assert_cmpuint (ts_result_model_count_matches (model, TS_ALL_CATEGORIES), ==, V4_ENTRIES + V5_ENTRIES);

  /* one key, in both versions: 4096 in v4, 5000 in v5 */
  ts_result_model_set_query (model, "INVALID_PARAMETER");
  g_assert_cmpuint (n_with_key (model, "INVALID_PARAMETER"), ==, 2);
  for (guint i = 0; i < 2; i++)
    g_assert_cmpstr (ts_entry_get_key (item (model, i)), ==, "INVALID_PARAMETER");
  g_assert_cmpstr (ts_entry_get_sdk_version (item (model, 0)), !=, ts_entry_get_sdk_version (item (model, 1)));
  g_assert_false (ts_result_model_is_version_hidden (model, "5.x"));
}

static void
test_hide_a_version (void)
{
  g_autoptr(TsResultModel) model = new_model ("");
  static const char * const v5[] = { "5.x", NULL };
  int device = category_position ("device");
  Changes changes = { 0, n_items (model) };

  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), &changes);

  /* the items and the counts leave out 5.x, in one items-changed */
  ts_result_model_set_hidden_versions (model, v5);
  g_assert_cmpuint (changes.changes, ==, 1);
  g_assert_cmpuint (n_items (model), ==, V4_ENTRIES);
  g_assert_cmpuint (ts_result_model_count_matches (model, TS_ALL_CATEGORIES), ==, V4_ENTRIES);
  g_assert_cmpuint (ts_result_model_count_matches (model, device), ==, 0);
  g_assert_true (ts_result_model_is_version_hidden (model, "5.x"));
  g_assert_false (ts_result_model_is_version_hidden (model, "4.x"));
  g_assert_true (ts_result_model_is_category_hidden (model, device));
  g_assert_false (ts_result_model_is_category_hidden (model, category_position ("sdk")));
  for (guint i = 0; i < n_items (model); i++)
    g_assert_cmpstr (ts_entry_get_sdk_version (item (model, i)), ==, "4.x");

  /* the same again changes nothing */
  ts_result_model_set_hidden_versions (model, v5);
  g_assert_cmpuint (changes.changes, ==, 1);

  /* the key finds one entry: v4's */
  ts_result_model_set_query (model, "INVALID_PARAMETER");
  g_assert_cmpuint (n_with_key (model, "INVALID_PARAMETER"), ==, 1);
  g_assert_cmpint (ts_entry_get_code (item (model, 0)), ==, 4096);
  g_assert_cmpuint (ts_result_model_find_entry (model, item (model, 0)), ==, 0);

  /* a 5.x entry is not among the items */
  ts_result_model_set_query (model, "5302");
  for (guint i = 0; i < n_items (model); i++)
    g_assert_cmpstr (ts_entry_get_sdk_version (item (model, i)), !=, "5.x");

  /* shown again */
  ts_result_model_set_hidden_versions (model, NULL);
  ts_result_model_set_query (model, "");
  g_assert_cmpuint (n_items (model), ==, V4_ENTRIES + V5_ENTRIES);
  g_assert_null (ts_result_model_get_hidden_versions (model));
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

/* A category of a hidden version cannot be shown: all of them are. */
static void
test_hidden_category_shows_all (void)
{
  g_autoptr(TsResultModel) model = new_model ("timeout");
  static const char * const v5[] = { "5.x", NULL };
  int device = category_position ("device");
  guint notified = 0;

  ts_result_model_set_category (model, device);
  g_assert_cmpint (ts_result_model_get_category (model), ==, device);
  g_signal_connect (model, "notify::category", G_CALLBACK (on_notify), &notified);

  g_object_set (model, "hidden-versions", v5, NULL);
  g_assert_cmpint (ts_result_model_get_category (model), ==, TS_ALL_CATEGORIES);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (n_items (model), ==, ts_result_model_count_matches (model, TS_ALL_CATEGORIES));

  ts_result_model_set_category (model, device);
  g_assert_cmpint (ts_result_model_get_category (model), ==, TS_ALL_CATEGORIES);
}

/* Hiding every version the catalog has would leave nothing: none is hidden. */
static void
test_hiding_everything_hides_nothing (void)
{
  g_autoptr(TsResultModel) model = new_model ("");
  static const char * const both[] = { "5.x", "4.x", NULL };
  static const char * const other[] = { "9.x", NULL };

  ts_result_model_set_hidden_versions (model, both);
  g_assert_cmpuint (n_items (model), ==, V4_ENTRIES + V5_ENTRIES);
  g_assert_false (ts_result_model_is_version_hidden (model, "4.x"));
  g_assert_cmpuint (g_strv_length ((char **) ts_result_model_get_hidden_versions (model)), ==, 2);

  ts_result_model_set_hidden_versions (model, other);
  g_assert_cmpuint (n_items (model), ==, V4_ENTRIES + V5_ENTRIES);
}

/* Results that share only some of the query's words, and the words no error has */
static void
test_partial (void)
{
  g_autoptr(TsResultModel) model = new_model ("kicked zqxjv");
  const char * const *unmatched;

  g_assert_cmpuint (n_items (model), >, 0);
  g_assert_true (ts_result_model_has_partial (model));
  g_assert_cmpint (ts_result_model_get_match_kind (model, n_items (model) - 1), ==, TS_MATCH_PARTIAL);
  unmatched = ts_result_model_get_unmatched_words (model);
  g_assert_cmpuint (g_strv_length ((char **) unmatched), ==, 1);
  g_assert_cmpstr (unmatched[0], ==, "zqxjv");
  g_assert_null (ts_result_model_get_suggestion (model));

  /* every one of them */
  g_assert_cmpint (ts_result_model_get_match_kind (model, 0), ==, TS_MATCH_PARTIAL);

  /* the key first, and below it errors that share some of its words */
  ts_result_model_set_query (model, "PLAY_NOT_ALLOWED");
  g_assert_cmpint (ts_result_model_get_match_kind (model, 0), ==, TS_MATCH_EXACT);
  g_assert_true (ts_result_model_has_partial (model));
  g_assert_cmpstr (ts_result_model_get_unmatched_words (model)[0], ==, NULL);

  /* none of them in the category shown */
  ts_result_model_set_category (model, category_position ("sdk"));
  ts_result_model_set_query (model, "4096");
  g_assert_false (ts_result_model_has_partial (model));
}

static void
test_suggestion (void)
{
  g_autoptr(TsResultModel) model = new_model ("PLAY_NOT_ALOWD_ERRR");

  g_assert_cmpuint (n_items (model), ==, 0);
  g_assert_false (ts_result_model_has_partial (model));
  g_assert_cmpstr (ts_result_model_get_suggestion (model), ==, "PLAY_NOT_ALLOWED");
  /* "play" is found: the words to leave out are the others ("not" says nothing) */
  g_assert_true (g_strv_contains (ts_result_model_get_words_to_leave_out (model), "alowd"));
  g_assert_true (g_strv_contains (ts_result_model_get_words_to_leave_out (model), "errr"));
  g_assert_false (g_strv_contains (ts_result_model_get_words_to_leave_out (model), "play"));

  /* no word found anywhere: leaving them out leaves nothing */
  ts_result_model_set_query (model, "banana smoothie recipe");
  g_assert_cmpuint (n_items (model), ==, 0);
  g_assert_cmpuint (g_strv_length ((char **) ts_result_model_get_unmatched_words (model)), ==, 3);
  g_assert_null (ts_result_model_get_words_to_leave_out (model)[0]);
  ts_result_model_set_query (model, "0x9999");
  g_assert_null (ts_result_model_get_words_to_leave_out (model)[0]);

  ts_result_model_set_query (model, "");
  g_assert_null (ts_result_model_get_suggestion (model));
}

/* A category that hides matches: how many others have them */
static void
test_other_categories (void)
{
  g_autoptr(TsResultModel) model = new_model ("JOIN_ROOM_FAILED");
  int account = category_position ("account");
  int sdk = category_position ("sdk");

  g_assert_cmpuint (ts_result_model_count_other_categories (model), ==, 0);   /* all shown */

  ts_result_model_set_category (model, account);
  g_assert_cmpuint (n_items (model), ==, 0);
  g_assert_cmpuint (ts_result_model_count_matches (model, TS_ALL_CATEGORIES), >, 0);
  g_assert_cmpuint (ts_result_model_count_other_categories (model), >=, 1);
  g_assert_cmpuint (ts_result_model_count_matches (model, sdk), >=, 1);

  /* counted over the categories shown only */
  {
    guint n = 0;

    for (guint i = 0; i < ts_catalog_get_n_categories (catalog); i++)
      n += (int) i != account && ts_result_model_count_matches (model, i) > 0;
    g_assert_cmpuint (ts_result_model_count_other_categories (model), ==, n);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  ts_test_init_i18n ();
  g_test_init (&argc, &argv, NULL);

  catalog = ts_catalog_new_builtin (NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/result-model/versions/both-in-the-results", test_both_versions);
  g_test_add_func ("/result-model/versions/hidden-version-leaves-results-and-counts", test_hide_a_version);
  g_test_add_func ("/result-model/versions/hidden-category-shows-all", test_hidden_category_shows_all);
  g_test_add_func ("/result-model/versions/hiding-everything-hides-nothing", test_hiding_everything_hides_nothing);
  g_test_add_func ("/result-model/partial/some-words-and-the-unmatched", test_partial);
  g_test_add_func ("/result-model/nothing/closest-key-suggested", test_suggestion);
  g_test_add_func ("/result-model/categories/others-that-match", test_other_categories);

  status = g_test_run ();
  g_object_unref (catalog);
  return status;
}
