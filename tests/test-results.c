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
#include "ts-highlight.h"
#include "ts-result-list.h"
#include "ts-result-row.h"
#include "ts-row-model.h"
#include "ts-row-text.h"
#include "ts-test-utils.h"
#include "ts-widget-test-utils.h"
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

static TsLanguage
language (void)
{
  return korean () ? TS_LANGUAGE_KOREAN : TS_LANGUAGE_ENGLISH;
}

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
  g_settings_reset (settings, "hidden-sdk-versions");
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

/* Types @text at the end of the search, as a user goes on typing */
static void
type_more (Fixture    *f,
           const char *text)
{
  g_autofree char *query = g_strconcat (gtk_editable_get_text (f->entry), text, NULL);
  int position = -1;

  gtk_widget_grab_focus (GTK_WIDGET (f->entry));
  gtk_editable_insert_text (f->entry, text, -1, &position);
  wait_until (searched (f, query));
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

/* Twice the text size truncates no category's name: the sidebar is as wide
 * as they are, where the window has room */
static void
test_sidebar_follows_text_size (void)
{
  GtkSettings *settings = gtk_settings_get_default ();
  int dpi;
  Fixture fixture, *f = &fixture;
  GtkListBoxRow *row;

  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  g_object_set (settings, "gtk-xft-dpi", 2 * 96 * 1024, NULL);
  f->window = g_object_new (TS_TYPE_WINDOW, "localizer", ts_localizer_get_default (), "catalog", catalog, NULL);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1260, 900);
  f->entry = child (f, "search_entry");
  f->selection = list_child (f, "selection");
  f->categories = child (f, "category_list");
  gtk_window_present (GTK_WINDOW (f->window));
  wait_until (gtk_widget_get_mapped (GTK_WIDGET (f->window)) &&
              gtk_widget_get_width (GTK_WIDGET (f->window)) >= 1200);

  for (int i = 0; (row = gtk_list_box_get_row_at_index (f->categories, i)) != NULL; i++)
    {
      GtkLabel *name = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (row), TS_TYPE_CATEGORY_ROW, "name_label"));

      wait_until (gtk_widget_get_width (GTK_WIDGET (name)) > 0);
      g_assert_cmpint (gtk_label_get_width_chars (name), ==, -1);
      g_assert_cmpint (gtk_label_get_max_width_chars (name), ==, -1);
      if (pango_layout_is_ellipsized (gtk_label_get_layout (name)))
        g_error ("“%s” is cut short", gtk_label_get_text (name));
    }

  close_window (f);
  if (dpi > 0)
    g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
  else
    gtk_settings_reset_property (settings, "gtk-xft-dpi");
}

/* SDK versions */

#define V4_ENTRIES 114
#define V5_ENTRIES 67

static const char *
header_text (Fixture *f,
             int      category)
{
  GtkWidget *header = gtk_list_box_row_get_header (GTK_LIST_BOX_ROW (category_row (f, category)));

  if (header == NULL)
    return NULL;
  g_assert_true (GTK_IS_LABEL (header));
  g_assert_false (gtk_label_get_use_markup (GTK_LABEL (header)));
  return gtk_label_get_text (GTK_LABEL (header));
}

/* The sidebar: All, then each version's categories under its heading */
static void
test_versions_under_headings (Fixture       *f,
                              gconstpointer  data)
{
  guint v4_rows = 0, v5_rows = 0;

  g_assert_null (header_text (f, TS_ALL_CATEGORIES));
  g_assert_cmpstr (header_text (f, category_position ("sdk")), ==, "TRTC Web SDK 4.x");
  g_assert_null (header_text (f, category_position ("account")));
  g_assert_cmpstr (header_text (f, category_position ("invalid-parameter")), ==, "TRTC Web SDK 5.x");
  g_assert_null (header_text (f, category_position ("device")));

  for (guint i = 0; i < ts_catalog_get_n_categories (catalog); i++)
    {
      const char *version = ts_category_get_sdk_version (ts_catalog_get_category (catalog, i));

      g_assert_nonnull (category_row (f, i));
      v4_rows += g_str_equal (version, "4.x");
      v5_rows += g_str_equal (version, "5.x");
    }
  g_assert_cmpuint (v4_rows, ==, 4);
  g_assert_cmpuint (v5_rows, ==, 7);
}

static gboolean
menu_has (GMenuModel *menu,
          const char *label,
          const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *item_label = NULL;
      g_autofree char *item_action = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (section != NULL && menu_has (section, label, action))
        return TRUE;
      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &item_label) &&
          g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &item_action) &&
          g_str_equal (item_label, label) && g_str_equal (item_action, action))
        return TRUE;
    }
  return FALSE;
}

/* "Show SDK 4.x Errors", in the UI language */
static char *
show_version_label (const char *version)
{
  return g_strdup_printf (g_dgettext (GETTEXT_PACKAGE, "Show SDK %s Errors"), version);
}

/* Hiding 5.x from the main menu: its errors leave the results, the counts
 * and the sidebar; the setting keeps it */
static void
test_versions_hide_one (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_auto(GStrv) hidden = NULL;
  g_auto(GStrv) still = NULL;
  GMenuModel *menu = child (f, "primary_menu");
  guint with_key = 0;

  g_autofree char *show_v4 = show_version_label ("4.x");
  g_autofree char *show_v5 = show_version_label ("5.x");

  g_assert_true (menu_has (menu, show_v4, "sdk.show-4.x"));
  g_assert_true (menu_has (menu, show_v5, "sdk.show-5.x"));

  type (f, "");
  g_assert_cmpuint (n_results (f), ==, V4_ENTRIES + V5_ENTRIES);

  /* unticked, as the menu does */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "sdk.show-5.x", NULL);
  hidden = g_settings_get_strv (settings, "hidden-sdk-versions");
  g_assert_cmpuint (g_strv_length (hidden), ==, 1);
  g_assert_cmpstr (hidden[0], ==, "5.x");
  wait_until (n_results (f) == V4_ENTRIES && searched (f, ""));
  g_assert_null (category_row (f, category_position ("device")));
  g_assert_nonnull (category_row (f, category_position ("account")));
  wait_until (g_str_equal (gtk_label_get_text (GTK_LABEL (gtk_widget_get_template_child (
                             GTK_WIDGET (category_row (f, TS_ALL_CATEGORIES)), TS_TYPE_CATEGORY_ROW, "count_label"))),
                           G_STRINGIFY (V4_ENTRIES)));

  /* the key finds v4's entry only */
  type (f, "INVALID_PARAMETER");
  for (guint i = 0; i < n_results (f); i++)
    {
      g_assert_cmpstr (ts_entry_get_sdk_version (item (f, i)), ==, "4.x");
      with_key += g_strcmp0 (ts_entry_get_key (item (f, i)), "INVALID_PARAMETER") == 0;
    }
  g_assert_cmpuint (with_key, ==, 1);
  g_assert_cmpint (ts_entry_get_code (item (f, 0)), ==, 4096);

  /* the last version shown cannot be hidden */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "sdk.show-4.x", NULL);
  still = g_settings_get_strv (settings, "hidden-sdk-versions");
  g_assert_cmpuint (g_strv_length (still), ==, 1);
  g_assert_cmpuint (n_results (f), >, 0);

  /* shown again, by the settings, as another window would */
  g_settings_set_strv (settings, "hidden-sdk-versions", NULL);
  type (f, "");
  wait_until (n_results (f) == V4_ENTRIES + V5_ENTRIES);
  wait_until (category_row (f, category_position ("device")) != NULL);
}

/* A window opened with 5.x hidden leaves its categories out from the start */
static void
test_versions_hidden_at_start (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  static const char * const v5[] = { "5.x", NULL };
  Fixture fixture, *f = &fixture;

  g_settings_set_strv (settings, "hidden-sdk-versions", v5);
  g_settings_set_string (settings, "last-category", "device");   /* a 5.x one */
  open_window (f, catalog);
  wait_until (searched (f, ""));
  g_assert_cmpuint (n_results (f), ==, V4_ENTRIES);
  g_assert_null (category_row (f, category_position ("device")));
  g_assert_true (gtk_list_box_get_selected_row (f->categories) ==
                 GTK_LIST_BOX_ROW (category_row (f, TS_ALL_CATEGORIES)));
  close_window (f);
  g_settings_reset (settings, "hidden-sdk-versions");
  g_settings_reset (settings, "last-category");
}

/* Partial matches and the empty state */

static gboolean
shown (GtkWidget *widget)
{
  return gtk_widget_get_visible (widget) && gtk_widget_get_child_visible (widget) &&
         gtk_widget_get_mapped (widget);
}

/* Errors that share only some of the words: said so above them, with the
 * words that no error has, as plain text */
static void
test_partial_said_plainly (Fixture       *f,
                           gconstpointer  data)
{
  GtkLabel *unmatched = list_child (f, "unmatched_label");

  type (f, "kicked zqxjv");
  g_assert_cmpuint (n_results (f), >, 0);
  g_assert_cmpint (ts_result_model_get_match_kind (results (f), 0), ==, TS_MATCH_PARTIAL);
  wait_until (shown (list_child (f, "notice_box")));
  g_assert_true (shown (list_child (f, "partial_label")));
  g_assert_true (shown (GTK_WIDGET (unmatched)));
  g_assert_nonnull (strstr (gtk_label_get_text (unmatched), "zqxjv"));
  g_assert_null (strstr (gtk_label_get_text (unmatched), "kicked"));
  g_assert_false (gtk_label_get_use_markup (unmatched));

  /* markup in a word is text */
  type (f, "kicked <i>zqxjv</i> &amp;");
  g_assert_false (gtk_label_get_use_markup (unmatched));

  /* a key that matches: nothing to say, whatever shares some of its words below */
  type (f, "PLAY_NOT_ALLOWED");
  g_assert_true (ts_result_model_has_partial (results (f)));
  wait_until (!gtk_widget_get_visible (list_child (f, "notice_box")));
}

/* Nothing matches: the closest key, as a button that searches it, and the
 * words to leave out */
static void
test_empty_suggests_closest_key (Fixture       *f,
                                 gconstpointer  data)
{
  GtkButton *suggestion = list_child (f, "suggestion_button");

  type (f, "PLAY_NOT_ALOWD_ERRR");
  g_assert_cmpuint (n_results (f), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_child (f, "stack")), ==, "empty");
  wait_until (shown (GTK_WIDGET (suggestion)));
  g_assert_nonnull (strstr (gtk_button_get_label (suggestion), "PLAY_NOT_ALLOWED"));
  g_assert_false (gtk_widget_get_visible (list_child (f, "empty_category_box")));

  /* it searches the key */
  g_signal_emit_by_name (suggestion, "clicked");
  wait_until (searched (f, "PLAY_NOT_ALLOWED"));
  g_assert_cmpstr (ts_entry_get_key (selected (f)), ==, "PLAY_NOT_ALLOWED");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_child (f, "stack")), ==, "list");

  /* words no error has, to leave out where others are found */
  type (f, "camera zqxj wxyq");
  g_assert_cmpuint (n_results (f), ==, 0);
  wait_until (shown (list_child (f, "empty_words")));
  g_assert_nonnull (strstr (gtk_label_get_text (list_child (f, "empty_words")), "zqxj"));
  g_assert_nonnull (strstr (gtk_label_get_text (list_child (f, "empty_words")), "wxyq"));
  g_assert_null (strstr (gtk_label_get_text (list_child (f, "empty_words")), "camera"));
  g_assert_false (gtk_widget_get_visible (list_child (f, "empty_hint")));

  /* no word found anywhere, nothing close: what one can search by */
  type (f, "banana smoothie");
  g_assert_cmpuint (n_results (f), ==, 0);
  wait_until (shown (list_child (f, "empty_hint")));
  g_assert_false (gtk_widget_get_visible (list_child (f, "empty_words")));
  g_assert_false (gtk_widget_get_visible (list_child (f, "suggestion_button")));
  g_assert_nonnull (strstr (gtk_label_get_text (list_child (f, "empty_hint")), "PLAY_NOT_ALLOWED"));
}

/* Categories and the search */

static TsEntry *
join_room_failed (void)
{
  return find_entry ("4.x", "JOIN_ROOM_FAILED", 0);
}

/* A category chosen before the search does not hide its matches */
static void
test_new_search_looks_everywhere (Fixture       *f,
                                  gconstpointer  data)
{
  choose_category (f, category_position ("account"));
  g_assert_cmpuint (n_results (f), <, V4_ENTRIES);

  type (f, "JOIN_ROOM_FAILED");
  g_assert_cmpint (ts_result_model_get_category (results (f)), ==, TS_ALL_CATEGORIES);
  g_assert_true (gtk_list_box_get_selected_row (f->categories) ==
                 GTK_LIST_BOX_ROW (category_row (f, TS_ALL_CATEGORIES)));
  g_assert_true (selected (f) == join_room_failed ());

  /* and one asked for from outside (the command line, the Shell), during a search */
  choose_category (f, category_position ("account"));
  ts_window_search (f->window, "client.join failed: RtcError: JOIN_ROOM_FAILED <0x4004>");
  wait_until (searched (f, "client.join failed: RtcError: JOIN_ROOM_FAILED <0x4004>"));
  g_assert_true (selected (f) == join_room_failed ());
}

/* …nor the one restored from the settings at start-up */
static void
test_restored_category_does_not_hide (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  Fixture fixture, *f = &fixture;

  g_settings_set_string (settings, "last-category", "account");
  open_window (f, catalog);
  wait_until (searched (f, ""));
  g_assert_cmpint (ts_result_model_get_category (results (f)), ==, category_position ("account"));

  type (f, "JOIN_ROOM_FAILED");
  g_assert_true (selected (f) == join_room_failed ());
  close_window (f);
  g_settings_reset (settings, "last-category");
}

/* A category chosen during the search stays, and says where else its
 * matches are, with a button to show them */
static void
test_chosen_category_says_where_else (Fixture       *f,
                                      gconstpointer  data)
{
  int account = category_position ("account");
  int common = category_position ("common");
  guint others = 0;
  GtkWidget *show_all = NULL;

  type (f, "JOIN_ROOM_FAILED");
  for (guint i = 0; i < ts_catalog_get_n_categories (catalog); i++)
    others += (int) i != account && ts_result_model_count_matches (results (f), i) > 0;
  g_assert_cmpuint (others, >=, 1);

  choose_category (f, account);
  g_assert_cmpuint (n_results (f), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_child (f, "stack")), ==, "empty");
  wait_until (shown (list_child (f, "empty_category_box")));
  {
    g_autofree char *expected = g_strdup_printf (others == 1 ? "Found in %u other category" : "Found in %u other categories",
                                                 others);

    if (!korean ())
      g_assert_cmpstr (gtk_label_get_text (list_child (f, "empty_category_label")), ==, expected);
  }
  g_assert_false (gtk_widget_get_visible (list_child (f, "suggestion_button")));

  /* the category stays while the search goes on */
  type_more (f, " ");
  g_assert_cmpint (ts_result_model_get_category (results (f)), ==, account);

  /* Show All */
  for (GtkWidget *w = gtk_widget_get_last_child (list_child (f, "empty_category_box")); w != NULL;
       w = gtk_widget_get_prev_sibling (w))
    if (GTK_IS_BUTTON (w))
      show_all = w;
  g_assert_nonnull (show_all);
  g_signal_emit_by_name (show_all, "clicked");
  wait_until (ts_result_model_get_category (results (f)) == TS_ALL_CATEGORIES && searched (f, "JOIN_ROOM_FAILED "));
  g_assert_true (gtk_list_box_get_selected_row (f->categories) ==
                 GTK_LIST_BOX_ROW (category_row (f, TS_ALL_CATEGORIES)));
  g_assert_true (selected (f) == join_room_failed ());

  /* a category that shows some of the matches says so above them */
  type (f, "timeout");
  choose_category (f, common);
  g_assert_cmpuint (n_results (f), >, 0);
  g_assert_cmpuint (ts_result_model_count_matches (results (f), TS_ALL_CATEGORIES), >, n_results (f));
  wait_until (shown (list_child (f, "category_hint_box")));
  g_assert_cmpstr (gtk_label_get_text (list_child (f, "category_hint_label")), !=, "");
  gtk_widget_activate_action (list_child (f, "category_hint_box"), "results.show-all-categories", NULL);
  wait_until (ts_result_model_get_category (results (f)) == TS_ALL_CATEGORIES);
  wait_until (!gtk_widget_get_visible (list_child (f, "notice_box")));
}

/* The byte ranges a text's highlights cover, as "start-end …" */
static char *
highlighted (const char         *text,
             const char * const *words)
{
  g_autoptr(PangoAttrList) attributes = ts_highlight_attributes_new (text, words);
  g_autoptr(GString) ranges = g_string_new (NULL);
  g_autoslist(PangoAttribute) list = attributes != NULL ? pango_attr_list_get_attributes (attributes) : NULL;

  for (GSList *l = list; l != NULL; l = l->next)
    {
      PangoAttribute *attribute = l->data;

      if (attribute->klass->type == PANGO_ATTR_WEIGHT)
        g_string_append_printf (ranges, "%s%u-%u", ranges->len > 0 ? " " : "",
                                attribute->start_index, attribute->end_index);
    }
  return g_string_free (g_steal_pointer (&ranges), FALSE);
}

/* A stop word of the query is highlighted where it is a word of the text,
 * not at the start of others: 안 in "안 보여요", not in 안내. */
static void
test_rows_stop_words_highlighted_whole (void)
{
  g_autofree char *korean = highlighted ("안내 메시지가 안 보여요", (const char *[]) { "안", "메시지", NULL });
  g_autofree char *english = highlighted ("Access is not allowed", (const char *[]) { "a", "allow", NULL });

  g_assert_cmpstr (korean, ==, "7-16 20-23");
  g_assert_cmpstr (english, ==, "14-19");
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
  ADD ("/results/versions/categories-under-a-heading-each", test_versions_under_headings);
  ADD ("/results/versions/hidden-version-leaves-results-and-sidebar", test_versions_hide_one);
  ADD ("/results/partial/said-plainly-with-the-words-no-error-has", test_partial_said_plainly);
  ADD ("/results/empty/suggests-the-closest-key-and-words-to-leave-out", test_empty_suggests_closest_key);
  ADD ("/results/categories/a-new-search-looks-in-all", test_new_search_looks_everywhere);
  ADD ("/results/categories/chosen-during-a-search-says-where-else", test_chosen_category_says_where_else);
#undef ADD
  g_test_add_func ("/results/rows/no-badge-for-one-version", test_rows_no_badge_for_one_version);
  g_test_add_func ("/results/rows/stop-words-highlighted-only-whole", test_rows_stop_words_highlighted_whole);
  g_test_add_func ("/results/versions/hidden-at-start", test_versions_hidden_at_start);
  g_test_add_func ("/results/sidebar/follows-the-text-size", test_sidebar_follows_text_size);
  g_test_add_func ("/results/categories/restored-category-does-not-hide", test_restored_category_does_not_hide);

  status = g_test_run ();
  g_object_unref (catalog);
  return status;
}
