/* test-catalog.c: the built-in catalog against the error page it comes from
 *
 * Reads the rows of the four tables of the vendor's Korean page (as facts
 * in tests/data, see build-aux/extract-page-facts.py) and checks that every row
 * is an entry of the right category, that the entry's Korean text is the
 * page's own (so nothing is invented), that a fix is there wherever the row
 * gives one, and that every string is translated and free of markup.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "ts-catalog.h"
#include "ts-catalog-builder.h"
#include "ts-test-utils.h"

static const char * const category_ids[] = { "sdk", "account", "room", "common" };

typedef struct
{
  guint category;
  char *id;      /* key, code or message: what identifies the row */
  char *code;    /* the code column, if the table has one */
  char *hex;     /* the hex code column of the SDK table */
  char *text;    /* the whole row without markup */
  GPtrArray *urls;
} PageRow;

static void
page_row_free (PageRow *row)
{
  g_free (row->id);
  g_free (row->code);
  g_free (row->hex);
  g_free (row->text);
  g_ptr_array_unref (row->urls);
  g_free (row);
}

static char *
dup_member (JsonObject *object,
            const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
  return g_strdup (json_node_get_string (node));
}

/* The rows of the page's four tables, as build-aux/extract-page-facts.py
 * wrote them into tests/data. */
static GPtrArray *
read_page_rows (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "v4-page-rows.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) page_row_free);
  JsonArray *array;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  array = json_node_get_array (json_parser_get_root (parser));

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      JsonArray *urls = json_object_get_array_member (object, "urls");
      const char *category = json_object_get_string_member (object, "category");
      PageRow *row = g_new0 (PageRow, 1);

      while (!g_str_equal (category_ids[row->category], category))
        g_assert_cmpuint (++row->category, <, G_N_ELEMENTS (category_ids));

      row->code = dup_member (object, "code");
      row->hex = dup_member (object, "hex");
      row->id = dup_member (object, "key");
      if (row->id == NULL)
        row->id = dup_member (object, "message");
      if (row->id == NULL)
        row->id = g_strdup (row->code);
      row->text = dup_member (object, "text");
      row->urls = g_ptr_array_new_with_free_func (g_free);
      for (guint u = 0; u < json_array_get_length (urls); u++)
        g_ptr_array_add (row->urls, g_strdup (json_array_get_string_element (urls, u)));
      g_ptr_array_add (rows, row);
    }

  return rows;
}

static TsCatalog *
builtin_catalog (void)
{
  g_autoptr(GError) error = NULL;
  TsCatalog *catalog = ts_catalog_new_builtin (NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (catalog);
  return catalog;
}

static TsEntry *
find_entry (TsCatalog     *catalog,
            const PageRow *row)
{
  for (guint i = 0; i < ts_catalog_get_n_entries (catalog); i++)
    {
      TsEntry *entry = ts_catalog_get_entry (catalog, i);
      const char *category = ts_category_get_id (ts_entry_get_category (entry));

      if (!g_str_equal (category, category_ids[row->category]))
        continue;
      if (row->category == 0 && g_strcmp0 (ts_entry_get_key (entry), row->id) == 0 &&
          g_strcmp0 (ts_entry_get_code_text (entry), row->code) == 0)
        return entry;
      if ((row->category == 1 || row->category == 2) &&
          g_strcmp0 (ts_entry_get_code_text (entry), row->id) == 0)
        return entry;
      if (row->category == 3 && g_strcmp0 (ts_entry_get_message (entry), row->id) == 0)
        return entry;
    }

  return NULL;
}

/* The page's Korean, trailing period aside, must be in the row. */
static void
assert_from_row (const PageRow *row,
                 const char    *korean)
{
  g_autofree char *needle = g_strdup (korean);
  gsize length = strlen (needle);

  if (length > 0 && needle[length - 1] == '.')
    needle[length - 1] = '\0';

  if (strstr (row->text, needle) == NULL)
    g_error ("“%s” is not on the page in the row of %s: “%s”", korean, row->id, row->text);
}

static gboolean
is_v4 (TsEntry *entry)
{
  return g_str_equal (ts_entry_get_sdk_version (entry), "4.x");
}

static void
test_counts (void)
{
  g_autoptr(TsCatalog) catalog = builtin_catalog ();
  g_autoptr(GPtrArray) rows = read_page_rows ();
  const guint page_counts[] = { 26, 62, 9, 14 };
  guint counts[4] = { 0 }, undocumented = 0;

  for (guint i = 0; i < ts_catalog_get_n_entries (catalog); i++)
    {
      TsEntry *entry = ts_catalog_get_entry (catalog, i);

      if (!is_v4 (entry))
        continue;
      if (!ts_entry_get_documented (entry))
        {
          undocumented++;
          continue;
        }
      counts[ts_category_get_position (ts_entry_get_category (entry))]++;
    }

  /* v4's four, then v5's seven */
  g_assert_cmpuint (ts_catalog_get_n_categories (catalog), ==, 4 + 7);
  for (guint c = 0; c < 4; c++)
    {
      g_assert_cmpstr (ts_category_get_id (ts_catalog_get_category (catalog, c)), ==, category_ids[c]);
      g_assert_cmpuint (counts[c], ==, page_counts[c]);
    }
  /* API_CALL_TIMEOUT, SCHEDULE_FAILED, API_CALL_ABORTED */
  g_assert_cmpuint (undocumented, ==, 3);
  g_assert_cmpuint (ts_catalog_get_n_entries (catalog), ==, 114 + 67);

  {
    guint page_rows[4] = { 0 };

    for (guint i = 0; i < rows->len; i++)
      page_rows[((PageRow *) g_ptr_array_index (rows, i))->category]++;
    for (guint c = 0; c < 4; c++)
      g_assert_cmpuint (page_rows[c], ==, counts[c]);
  }
}

static void
test_rows (void)
{
  g_autoptr(TsCatalog) catalog = builtin_catalog ();
  g_autoptr(GPtrArray) rows = read_page_rows ();

  g_assert_cmpuint (rows->len, ==, 111);
  for (guint i = 0; i < rows->len; i++)
    {
      const PageRow *row = g_ptr_array_index (rows, i);
      TsEntry *entry = find_entry (catalog, row);
      const char * const *remedy;

      if (entry == NULL)
        g_error ("no entry for the row %s (%s)", row->id, category_ids[row->category]);
      if (row->hex != NULL)
        g_assert_cmpint (g_ascii_strcasecmp (ts_entry_get_hex (entry), row->hex), ==, 0);

      assert_from_row (row, ts_entry_get_summary (entry, TS_LANGUAGE_KOREAN));
      for (const char * const *p = ts_entry_get_explanation (entry, TS_LANGUAGE_KOREAN); *p; p++)
        assert_from_row (row, *p);
      remedy = ts_entry_get_remedy (entry, TS_LANGUAGE_KOREAN);
      for (const char * const *p = remedy; *p; p++)
        assert_from_row (row, *p);

      /* a fix wherever the page gives one: a "처리 제안", the common
       * errors' solution column, or a sentence asking to do something */
      if (row->category == 3 || strstr (row->text, "처리 제안") != NULL ||
          strstr (row->text, "하십시오") != NULL)
        {
          if (remedy[0] == NULL)
            g_error ("the page gives a fix for %s, the entry has none", row->id);
        }

      /* the page's links, no more and no fewer */
      g_assert_cmpuint (ts_entry_get_n_links (entry), ==, row->urls->len);
      for (guint u = 0; u < row->urls->len; u++)
        g_assert_cmpstr (ts_entry_get_link_url (entry, u), ==, g_ptr_array_index (row->urls, u));
    }
}

static void
test_without_remedy (void)
{
  /* Where the page says what went wrong but not what to do. Listed so that
   * a fix cannot appear or vanish unnoticed. */
  static const char * const expected[] = {
    "SIGNAL_CHANNEL_ERROR", "CREATE_OFFER_FAILED", "SERVER_TIMEOUT", "SUBSCRIPTION_TIMEOUT",
    "START_PUBLISH_CDN_FAILED", "STOP_PUBLISH_CDN_FAILED", "START_MIX_TRANSCODE_FAILED",
    "STOP_MIX_TRANSCODE_FAILED", "NOT_SUPPORTED_H264", "SWITCH_ROLE_FAILED",
    "API_CALL_TIMEOUT", "SCHEDULE_FAILED", "API_CALL_ABORTED", "UNKOWN",
    "70018", "70101", "70102", "70103", "70104", "70105", "70106", "70107", "70113", "70114",
    "70115", "70140", "70145", "70204", "70206", "70209", "70210", "70211", "70214", "70236",
    "70346", "70347", "70403", "-10013",
  };
  g_autoptr(TsCatalog) catalog = builtin_catalog ();
  g_autoptr(GPtrArray) without = g_ptr_array_new ();

  for (guint i = 0; i < ts_catalog_get_n_entries (catalog); i++)
    {
      TsEntry *entry = ts_catalog_get_entry (catalog, i);

      if (!ts_entry_has_remedy (entry))
        g_ptr_array_add (without, (gpointer) (ts_entry_get_key (entry) != NULL
                                              ? ts_entry_get_key (entry)
                                              : ts_entry_get_code_text (entry)));
    }

  g_assert_cmpuint (without->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_true (g_ptr_array_find_with_equal_func (without, expected[i], g_str_equal, NULL));
}

static void
assert_clean (const char *text,
              const char *where)
{
  static const char * const markup[] = { "<br", "<ul", "<li", "</", "/>", "**", "](", "`", "&nbsp;" };

  g_assert_nonnull (text);
  if (*text == '\0')
    g_error ("%s is empty", where);
  for (guint i = 0; i < G_N_ELEMENTS (markup); i++)
    if (strstr (text, markup[i]) != NULL)
      g_error ("%s holds markup “%s”: %s", where, markup[i], text);
}

/* Both forms exist, are clean, and differ: the Korean catalog is complete. */
static void
assert_translated (const char *english,
                   const char *korean,
                   const char *where)
{
  assert_clean (english, where);
  assert_clean (korean, where);
  if (g_str_equal (english, korean))
    g_error ("%s has no Korean translation: %s", where, english);
}

static void
assert_all_translated (const char * const *english,
                       const char * const *korean,
                       const char         *where)
{
  g_assert_cmpuint (g_strv_length ((GStrv) english), ==, g_strv_length ((GStrv) korean));
  for (guint i = 0; english[i] != NULL; i++)
    assert_translated (english[i], korean[i], where);
}

static void
test_translated (void)
{
  g_autoptr(TsCatalog) catalog = builtin_catalog ();
  const TsLanguage en = TS_LANGUAGE_ENGLISH, ko = TS_LANGUAGE_KOREAN;

  for (guint c = 0; c < ts_catalog_get_n_categories (catalog); c++)
    {
      TsCategory *category = ts_catalog_get_category (catalog, c);

      assert_translated (ts_category_get_name (category, en), ts_category_get_name (category, ko), "category name");
      /* where the page gives a description */
      if (ts_category_get_description (category, en) != NULL)
        assert_translated (ts_category_get_description (category, en),
                           ts_category_get_description (category, ko), "category description");
    }

  for (guint i = 0; i < ts_catalog_get_n_entries (catalog); i++)
    {
      TsEntry *entry = ts_catalog_get_entry (catalog, i);
      const char *title = ts_entry_get_title (entry);

      assert_clean (title, "title");
      assert_translated (ts_entry_get_summary (entry, en), ts_entry_get_summary (entry, ko), title);
      assert_all_translated (ts_entry_get_explanation (entry, en), ts_entry_get_explanation (entry, ko), title);
      assert_all_translated (ts_entry_get_remedy (entry, en), ts_entry_get_remedy (entry, ko), title);
      assert_all_translated (ts_entry_get_notes (entry, en), ts_entry_get_notes (entry, ko), title);
      for (guint l = 0; l < ts_entry_get_n_links (entry); l++)
        {
          const char *url = ts_entry_get_link_url (entry, l);

          assert_translated (ts_entry_get_link_title (entry, l, en), ts_entry_get_link_title (entry, l, ko), title);
          g_assert_true (g_str_has_prefix (url, "https://") || g_str_has_prefix (url, "http://"));
        }
    }
}

static void
test_structure (void)
{
  g_autoptr(TsCatalog) catalog = builtin_catalog ();
  static const struct { const char *key; const char *alias; const char *note; } renamed[] = {
    { "SIGNAL_CAHNNEL_SETUP_FAILED", "SIGNAL_CHANNEL_SETUP_FAILED", "4.6.1" },
    { "UNKOWN", "UNKNOWN", "4.6.1" },
    { "SIGNAL_CHANNEL_ERROR", NULL, "4.6.5" },
    { "ICE_TRANSPORT_ERROR", NULL, "4.6.6" },
  };
  guint seen = 0;

  g_assert_cmpstr (ts_catalog_get_metadata (catalog, "product"), ==, "TRTC Web SDK");
  g_assert_cmpstr (ts_catalog_get_metadata (catalog, "source_language"), ==, "ko");

  for (guint i = 0; i < ts_catalog_get_n_entries (catalog); i++)
    {
      TsEntry *entry = ts_catalog_get_entry (catalog, i);
      TsCategory *category = ts_entry_get_category (entry);
      gboolean sdk = g_str_equal (ts_category_get_id (category), "sdk");
      gboolean common = g_str_equal (ts_category_get_id (category), "common");

      g_assert_cmpuint (ts_entry_get_position (entry), ==, i);
      g_assert_cmpstr (ts_entry_get_product (entry), ==, "TRTC Web SDK");
      if (!is_v4 (entry))
        continue;
      /* SDK errors have a key, a code and its hex form; common errors a message */
      g_assert_true (sdk == (ts_entry_get_key (entry) != NULL));
      g_assert_true (sdk == (ts_entry_get_hex (entry) != NULL));
      g_assert_true (common == (ts_entry_get_message (entry) != NULL));
      g_assert_true (common == !ts_entry_has_code (entry));
      if (sdk)
        {
          g_autofree char *hex = g_strdup_printf ("0x%04" G_GINT64_MODIFIER "X", ts_entry_get_code (entry));

          g_assert_cmpstr (ts_entry_get_hex (entry), ==, hex);
        }

      for (guint r = 0; r < G_N_ELEMENTS (renamed); r++)
        {
          const char * const *notes = ts_entry_get_notes (entry, TS_LANGUAGE_ENGLISH);

          if (g_strcmp0 (ts_entry_get_key (entry), renamed[r].key) != 0)
            continue;
          seen++;
          g_assert_nonnull (notes[0]);
          g_assert_nonnull (strstr (notes[0], renamed[r].note));
          if (renamed[r].alias != NULL)
            g_assert_cmpstr (ts_entry_get_aliases (entry)[0], ==, renamed[r].alias);
        }
    }
  g_assert_cmpuint (seen, ==, G_N_ELEMENTS (renamed));

  /* catalog order: SWITCH_ROLE_FAILED (16458, 0x404A) and, on the room-entry
   * table, 10006 before -10011 as on the page */
  {
    TsEntry *first_room = NULL;

    for (guint i = 0; i < ts_catalog_get_n_entries (catalog) && first_room == NULL; i++)
      if (g_str_equal (ts_category_get_id (ts_entry_get_category (ts_catalog_get_entry (catalog, i))), "room"))
        first_room = ts_catalog_get_entry (catalog, i);
    g_assert_cmpint (ts_entry_get_code (first_room), ==, 10006);
  }
}

/* The v5 catalog against the SDK's own table (tests/data/v5-sdk-codes.json,
 * made by build-aux/extract-v5-codes.py from trtc-sdk-v5 5.17.1): every code
 * and extraCode once, with the SDK's name, value and parent. */
static void
test_v5_codes (void)
{
  g_autoptr(TsCatalog) catalog = builtin_catalog ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "v5-sdk-codes.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *codes;
  guint v5 = 0;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  codes = json_node_get_array (json_parser_get_root (parser));

  for (guint i = 0; i < ts_catalog_get_n_entries (catalog); i++)
    v5 += g_str_equal (ts_entry_get_sdk_version (ts_catalog_get_entry (catalog, i)), "5.x");
  g_assert_cmpuint (v5, ==, json_array_get_length (codes));

  for (guint c = 0; c < json_array_get_length (codes); c++)
    {
      JsonObject *code = json_array_get_object_element (codes, c);
      gint64 value = json_object_get_int_member (code, "code");
      TsEntry *found = NULL;

      for (guint i = 0; i < ts_catalog_get_n_entries (catalog); i++)
        {
          TsEntry *entry = ts_catalog_get_entry (catalog, i);

          if (!g_str_equal (ts_entry_get_sdk_version (entry), "5.x") || ts_entry_get_code (entry) != value)
            continue;
          g_assert_null (found);
          found = entry;
        }
      if (found == NULL)
        g_error ("v5 code %" G_GINT64_FORMAT " is not in the catalog", value);

      g_assert_cmpstr (ts_entry_get_key (found), ==, json_object_get_string_member (code, "name"));
      if (json_object_has_member (code, "parent"))
        g_assert_cmpint (ts_entry_get_code (ts_entry_get_parent (found)), ==,
                         json_object_get_int_member (code, "parent"));
      else
        g_assert_null (ts_entry_get_parent (found));
    }
}

static TsEntry *
find (TsCatalog  *catalog,
      const char *sdk_version,
      const char *title)
{
  for (guint i = 0; i < ts_catalog_get_n_entries (catalog); i++)
    {
      TsEntry *entry = ts_catalog_get_entry (catalog, i);

      if (g_str_equal (ts_entry_get_sdk_version (entry), sdk_version) &&
          g_str_equal (ts_entry_get_title (entry), title))
        return entry;
    }
  return NULL;
}

/* Where the documentation maps a v4 error to a v5 one, each leads to the other. */
static void
test_counterparts (void)
{
  g_autoptr(TsCatalog) catalog = builtin_catalog ();
  TsEntry *v4 = find (catalog, "4.x", "NotAllowedError");
  TsEntry *v5 = find (catalog, "5.x", "DEVICE_NOT_ALLOWED_ERROR");
  TsEntry *recover = find (catalog, "4.x", "DEVICE_AUTO_RECOVER_FAILED");

  g_assert_nonnull (v4);
  g_assert_nonnull (v5);
  g_assert_cmpuint (ts_entry_get_n_counterparts (v5), ==, 1);
  g_assert_true (ts_entry_get_counterpart (v5, 0) == v4);
  g_assert_cmpuint (ts_entry_get_n_counterparts (v4), ==, 1);
  g_assert_true (ts_entry_get_counterpart (v4, 0) == v5);

  /* one v4 error, two v5 ones: the camera's and the microphone's */
  g_assert_cmpuint (ts_entry_get_n_counterparts (recover), ==, 2);
  g_assert_cmpstr (ts_entry_get_key (ts_entry_get_parent (v5)), ==, "DEVICE_ERROR");
}

static gpointer
index_in_thread (gpointer catalog)
{
  return ts_catalog_get_index (catalog);
}

/* The index is built once, whichever threads ask for it at the same time */
static void
test_index_across_threads (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TsCatalog) catalog = ts_catalog_new_builtin (NULL, &error);
  g_autoptr(TsSearchResult) result = NULL;
  GThread *threads[4];
  TsSearchIndex *index;

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("index", index_in_thread, catalog);
  ts_catalog_prepare_index (catalog);
  index = ts_catalog_get_index (catalog);
  g_assert_nonnull (index);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_true (g_thread_join (threads[i]) == index);

  result = ts_catalog_search (catalog, "PLAY_NOT_ALLOWED");
  g_assert_cmpuint (ts_search_result_get_n_matches (result), >, 0);
  g_assert_cmpstr (ts_entry_get_key (ts_catalog_get_entry (catalog, ts_search_result_get_position (result, 0))), ==,
                   "PLAY_NOT_ALLOWED");
}

int
main (int   argc,
      char *argv[])
{
  ts_test_init_i18n ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/catalog/counts", test_counts);
  g_test_add_func ("/catalog/rows", test_rows);
  g_test_add_func ("/catalog/without-remedy", test_without_remedy);
  g_test_add_func ("/catalog/translated", test_translated);
  g_test_add_func ("/catalog/structure", test_structure);
  g_test_add_func ("/catalog/v5-codes", test_v5_codes);
  g_test_add_func ("/catalog/counterparts", test_counterparts);
  g_test_add_func ("/catalog/index-across-threads", test_index_across_threads);

  return g_test_run ();
}
