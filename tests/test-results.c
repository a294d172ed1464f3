/* test-results.c: the results in the window: rows, SDK versions, partial matches, the empty state, categories
 *
 * Needs a display (xvfb-run) and GSETTINGS_BACKEND=memory; skips without
 * a display. Run with LANGUAGE=en and LANGUAGE=ko.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "ts-catalog.h"
#include "ts-catalog-builder.h"
#include "ts-category-row.h"
#include "ts-result-list.h"
#include "ts-result-row.h"
#include "ts-row-model.h"
#include "ts-row-text.h"
#include "ts-test-utils.h"
#include "ts-window.h"

static TsCatalog *catalog;

typedef struct
{
  TsWindow *window;
  GtkEditable *entry;
  GtkSingleSelection *selection;
  GtkListBox *categories;
} Fixture;

static gpointer
child (Fixture    *f,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (f->window), TS_TYPE_WINDOW, name);

  g_assert_nonnull (object);
  return object;
}

/* A part of the result list */
static gpointer
list_child (Fixture    *f,
            const char *name)
{
  GObject *object = gtk_widget_get_template_child (child (f, "result_list"), TS_TYPE_RESULT_LIST, name);

  g_assert_nonnull (object);
  return object;
}

static gboolean
korean (void)
{
  return ts_localizer_get_ui_language (ts_localizer_get_default ()) == TS_LANGUAGE_KOREAN;
}

static TsLanguage
language (void)
{
  return korean () ? TS_LANGUAGE_KOREAN : TS_LANGUAGE_ENGLISH;
}

/* One turn of the main loop, or a short sleep when nothing is ready */
static void
iterate (void)
{
  if (!g_main_context_iteration (NULL, FALSE))
    g_usleep (G_USEC_PER_SEC / 1000);
}

/* Runs the main loop until @condition holds; fails after WAIT_SECONDS. */
#define WAIT_SECONDS 10
#define wait_until(condition)                                                               \
  G_STMT_START                                                                              \
  {                                                                                         \
    gint64 deadline_ = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;             \
                                                                                            \
    while (!(condition))                                                                    \
      {                                                                                     \
        if (g_get_monotonic_time () > deadline_)                                            \
          g_error ("%s:%d: timed out waiting until %s", __FILE__, __LINE__, #condition);    \
        iterate ();                                                                         \
      }                                                                                     \
  }                                                                                         \
  G_STMT_END

static void
open_window (Fixture   *f,
             TsCatalog *with_catalog)
{
  f->window = g_object_new (TS_TYPE_WINDOW, "localizer", ts_localizer_get_default (), "catalog", with_catalog, NULL);
  f->entry = child (f, "search_entry");
  f->selection = list_child (f, "selection");
  f->categories = child (f, "category_list");

  gtk_window_present (GTK_WINDOW (f->window));
  wait_until (gtk_widget_get_mapped (GTK_WIDGET (f->window)));
}

static void
close_window (Fixture *f)
{
  g_object_add_weak_pointer (G_OBJECT (f->window), (gpointer *) &f->window);
  gtk_window_destroy (GTK_WINDOW (f->window));
  wait_until (f->window == NULL);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  /* each test starts from the defaults */
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_settings_reset (settings, "last-category");
  open_window (f, catalog);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  close_window (f);
}

static TsResultModel *
results (Fixture *f)
{
  return ts_row_model_get_results (TS_ROW_MODEL (gtk_single_selection_get_model (f->selection)));
}

static guint
n_results (Fixture *f)
{
  return g_list_model_get_n_items (G_LIST_MODEL (results (f)));
}

static TsEntry *
item (Fixture *f,
      guint    position)
{
  g_autoptr(TsEntry) entry = g_list_model_get_item (G_LIST_MODEL (results (f)), position);

  return entry;   /* the catalog keeps it alive */
}

static TsEntry *
selected (Fixture *f)
{
  TsRowItem *row = gtk_single_selection_get_selected_item (f->selection);

  return row != NULL ? ts_row_item_get_entry (row) : NULL;
}

static TsEntry *
find_entry (const char *sdk_version,
            const char *key,
            gint64      code)
{
  for (guint i = 0; i < ts_catalog_get_n_entries (catalog); i++)
    {
      TsEntry *entry = ts_catalog_get_entry (catalog, i);

      if (g_strcmp0 (ts_entry_get_sdk_version (entry), sdk_version) == 0 &&
          (key != NULL ? g_strcmp0 (ts_entry_get_key (entry), key) == 0
                       : ts_entry_has_code (entry) && ts_entry_get_code (entry) == code))
        return entry;
    }
  g_error ("no entry %s %s %" G_GINT64_FORMAT, sdk_version, key, code);
}

static int
category_position (const char *id)
{
  for (guint i = 0; i < ts_catalog_get_n_categories (catalog); i++)
    if (g_str_equal (ts_category_get_id (ts_catalog_get_category (catalog, i)), id))
      return i;
  g_error ("no category %s", id);
}

/* The row of the sidebar showing @category (a position or %TS_ALL_CATEGORIES), or %NULL */
static TsCategoryRow *
category_row (Fixture *f,
              int      category)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (f->categories, i)) != NULL; i++)
    if (ts_category_row_get_category (TS_CATEGORY_ROW (row)) == category)
      return TS_CATEGORY_ROW (row);
  return NULL;
}

/* The search has run and its results are shown, the best one selected. */
static gboolean
searched (Fixture    *f,
          const char *query)
{
  return g_str_equal (gtk_editable_get_text (f->entry), query) &&
         g_strcmp0 (ts_result_model_get_query (results (f)), query) == 0 &&
         (n_results (f) == 0 ? selected (f) == NULL : selected (f) == item (f, 0));
}

/* Types as a user would, and waits for the search. */
static void
type (Fixture    *f,
      const char *text)
{
  gtk_widget_grab_focus (GTK_WIDGET (f->entry));
  gtk_editable_set_text (f->entry, text);
  wait_until (searched (f, text));
}

/* Picks @category in the sidebar, as a user would, and waits for its results. */
static void
choose_category (Fixture *f,
                 int      category)
{
  TsCategoryRow *row = category_row (f, category);

  g_assert_nonnull (row);
  gtk_list_box_select_row (f->categories, GTK_LIST_BOX_ROW (row));
  wait_until (ts_result_model_get_category (results (f)) == category &&
              (n_results (f) == 0 || selected (f) == item (f, 0)));
}

static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  if (TS_IS_RESULT_ROW (widget))
    g_ptr_array_add (rows, widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_rows (c, rows);
}

/* The row that shows @entry, if it is made and in the list */
static GtkWidget *
row_of (Fixture *f,
        TsEntry *entry)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_rows (list_child (f, "list_view"), rows);
  for (guint i = 0; i < rows->len; i++)
    if (gtk_widget_get_mapped (rows->pdata[i]) && ts_result_row_get_entry (rows->pdata[i]) == entry)
      return rows->pdata[i];
  return NULL;
}

static TsRowText *
row_text (GtkWidget  *row,
          const char *name)
{
  GObject *text = gtk_widget_get_template_child (row, TS_TYPE_RESULT_ROW, name);

  g_assert_true (TS_IS_ROW_TEXT (text));
  return TS_ROW_TEXT (text);
}

static gboolean
text_shown (GtkWidget  *row,
            const char *name)
{
  return gtk_widget_get_visible (GTK_WIDGET (row_text (row, name)));
}

/* Rows */

/* One key in both versions: both rows, each with its version's badge */
static void
test_rows_badge_both_versions (Fixture       *f,
                               gconstpointer  data)
{
  TsEntry *v4 = find_entry ("4.x", "INVALID_PARAMETER", 0);
  TsEntry *v5 = find_entry ("5.x", "INVALID_PARAMETER", 0);
  GtkWidget *row4, *row5;

  type (f, "INVALID_PARAMETER");
  wait_until ((row4 = row_of (f, v4)) != NULL && (row5 = row_of (f, v5)) != NULL);

  g_assert_true (text_shown (row4, "version_label"));
  g_assert_cmpstr (ts_row_text_get_text (row_text (row4, "version_label")), ==, "v4");
  g_assert_cmpstr (ts_row_text_get_text (row_text (row5, "version_label")), ==, "v5");
  g_assert_cmpstr (ts_row_text_get_text (row_text (row4, "code_label")), ==, "4096");
  g_assert_cmpstr (ts_row_text_get_text (row_text (row5, "code_label")), ==, "5000");
  g_assert_cmpstr (ts_row_text_get_text (row_text (row5, "title_label")), ==, "INVALID_PARAMETER");
  g_assert_cmpstr (ts_row_text_get_text (row_text (row5, "subtitle_label")), ==,
                   ts_entry_get_summary (v5, language ()));
}

/* A catalog of one version needs no badge */
static void
test_rows_no_badge_for_one_version (void)
{
  static const char json[] =
    "{\"format_version\": 1, \"metadata\": {\"product\": \"P\", \"sdk_version\": \"1\", \"source_language\": \"en\"},"
    " \"categories\": [{\"id\": \"c\", \"name\": \"C\"}],"
    " \"errors\": [{\"category\": \"c\", \"code\": 1, \"key\": \"ONE_KEY\", \"summary\": \"One\"}]}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, sizeof json - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(TsCatalog) single = ts_catalog_new_from_bytes (bytes, "single", NULL, &error);
  Fixture fixture, *f = &fixture;
  GtkWidget *row;

  g_assert_no_error (error);
  open_window (f, single);
  wait_until ((row = row_of (f, ts_catalog_get_entry (single, 0))) != NULL);
  g_assert_false (text_shown (row, "version_label"));
  close_window (f);
}

/* Errors with only a code show their own summary, whole over two lines, in
 * a category too: not the category's name */
static void
test_rows_code_only_show_summary (Fixture       *f,
                                  gconstpointer  data)
{
  TsEntry *e18 = find_entry ("4.x", NULL, -10018);
  TsEntry *e19 = find_entry ("4.x", NULL, -10019);
  TsEntry *e3 = find_entry ("4.x", NULL, 70003);
  GtkWidget *row18, *row19, *row3;
  const char *s18 = ts_entry_get_summary (e18, language ());
  const char *s19 = ts_entry_get_summary (e19, language ());

  choose_category (f, category_position ("room"));
  type (f, "privateMapKey");
  wait_until ((row18 = row_of (f, e18)) != NULL && (row19 = row_of (f, e19)) != NULL);

  g_assert_true (text_shown (row18, "summary_label"));
  g_assert_false (text_shown (row18, "title_label"));
  g_assert_cmpstr (ts_row_text_get_text (row_text (row18, "summary_label")), ==, s18);
  g_assert_cmpstr (ts_row_text_get_text (row_text (row19, "summary_label")), ==, s19);
  g_assert_cmpstr (ts_row_text_get_text (row_text (row18, "code_label")), ==, "-10018");
  g_assert_cmpstr (ts_row_text_get_text (row_text (row19, "code_label")), ==, "-10019");
  /* on two lines, as far as they go, once drawn */
  wait_until (pango_layout_get_line_count (ts_row_text_get_layout (row_text (row18, "summary_label"))) == 2);

  /* the whole summary in the tooltip */
  g_assert_cmpstr (gtk_widget_get_tooltip_text (row18), ==, s18);

  /* in the account category, 70003 shows its summary, not "Account errors" */
  choose_category (f, category_position ("account"));
  type (f, "70003");
  wait_until ((row3 = row_of (f, e3)) != NULL);
  g_assert_cmpstr (ts_row_text_get_text (row_text (row3, "summary_label")), ==, ts_entry_get_summary (e3, language ()));
  g_assert_cmpstr (ts_row_text_get_text (row_text (row3, "code_label")), ==, "70003");
}

/* Assistive technologies read a row (and its list item, which has the
 * focus) as its key or message, codes, summary and version */
static void
test_rows_accessible_names (Fixture       *f,
                            gconstpointer  data)
{
  TsEntry *v5 = find_entry ("5.x", "INVALID_PARAMETER", 0);
  TsEntry *e18 = find_entry ("4.x", NULL, -10018);
  g_autofree char *name5 = NULL, *name18 = NULL;
  GtkWidget *row;

  name5 = g_strdup_printf ("INVALID_PARAMETER, 5000, %s, SDK 5.x", ts_entry_get_summary (v5, language ()));
  type (f, "INVALID_PARAMETER");
  wait_until ((row = row_of (f, v5)) != NULL);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name5);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (gtk_widget_get_parent (row)), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       name5);

  name18 = g_strdup_printf ("-10018, %s, SDK 4.x", ts_entry_get_summary (e18, language ()));
  type (f, "-10018");
  wait_until ((row = row_of (f, e18)) != NULL);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name18);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  ts_test_init_i18n ();
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_test_skip ("no display");
      return g_test_run ();
    }

  catalog = ts_catalog_new_builtin (NULL, &error);
  g_assert_no_error (error);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/results/rows/one-key-in-both-versions-badged", test_rows_badge_both_versions);
  ADD ("/results/rows/code-only-errors-show-their-summary", test_rows_code_only_show_summary);
  ADD ("/results/rows/named-for-assistive-technologies", test_rows_accessible_names);
#undef ADD
  g_test_add_func ("/results/rows/no-badge-for-one-version", test_rows_no_badge_for_one_version);

  status = g_test_run ();
  g_object_unref (catalog);
  return status;
}
