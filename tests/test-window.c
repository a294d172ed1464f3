/* test-window.c: the real main window, driven as a user would
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
#include "ts-catalog-error.h"
#include "ts-catalog-notice.h"
#include "ts-category-row.h"
#include "ts-entry-view.h"
#include "ts-format.h"
#include "ts-result-list.h"
#include "ts-result-row.h"
#include "ts-row-text.h"
#include "ts-row-model.h"
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
  const char *awaited;         /* see on_paint() */
  int filled_first_frame;      /* whether the rows filled the view then; -1 before */
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

/* The notice of skipped catalogs, once made; or %NULL */
static GtkWidget *
notice (Fixture *f)
{
  return find_descendant (GTK_WIDGET (f->window), TS_TYPE_CATALOG_NOTICE);
}

/* A part of the notice of skipped catalogs */
static gpointer
notice_child (Fixture    *f,
              const char *name)
{
  GObject *object = gtk_widget_get_template_child (notice (f), TS_TYPE_CATALOG_NOTICE, name);

  g_assert_nonnull (object);
  return object;
}

/* The detail pane, once the window has made it (with the first selection). */
static TsEntryView *
entry_view (Fixture *f)
{
  GtkWidget *scroller = child (f, "entry_scroller");
  GtkWidget *inner = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));

  if (inner != NULL && GTK_IS_VIEWPORT (inner))
    inner = gtk_viewport_get_child (GTK_VIEWPORT (inner));
  return inner != NULL ? TS_ENTRY_VIEW (inner) : NULL;
}

/* Makes a window on @with_catalog, as the application would. */
static void
make_window (Fixture   *f,
             TsCatalog *with_catalog)
{
  f->window = g_object_new (TS_TYPE_WINDOW, "localizer", ts_localizer_get_default (), "catalog", with_catalog, NULL);
  f->entry = child (f, "search_entry");
  f->selection = list_child (f, "selection");
  f->categories = child (f, "category_list");
}

/* Makes it and shows it. */
static void
open_window (Fixture   *f,
             TsCatalog *with_catalog)
{
  make_window (f, with_catalog);
  gtk_window_present (GTK_WINDOW (f->window));
  wait_until (gtk_widget_get_mapped (GTK_WIDGET (f->window)));
}

/* Closes it, and waits until it is gone: nothing the window started outlives it. */
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
  open_window (f, catalog);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  close_window (f);
}

static TsEntry *
selected (Fixture *f)
{
  TsRowItem *row = gtk_single_selection_get_selected_item (f->selection);

  return row != NULL ? ts_row_item_get_entry (row) : NULL;
}

/* The list's rows show the results a screenful at a time: count and read
 * the results behind them. */
static GListModel *
results (Fixture *f)
{
  return G_LIST_MODEL (ts_row_model_get_results (TS_ROW_MODEL (gtk_single_selection_get_model (f->selection))));
}

static guint
n_results (Fixture *f)
{
  return g_list_model_get_n_items (results (f));
}

static TsEntry *
item (Fixture *f,
      guint    position)
{
  g_autoptr(TsEntry) entry = g_list_model_get_item (results (f), position);

  return entry;   /* the catalog keeps it alive */
}

/* How many entries of the catalog are in @category, a position or %TS_ALL_CATEGORIES */
static guint
catalog_count (int category)
{
  guint n = 0;

  for (guint i = 0; i < ts_catalog_get_n_entries (catalog); i++)
    if (category == TS_ALL_CATEGORIES ||
        (int) ts_category_get_position (ts_entry_get_category (ts_catalog_get_entry (catalog, i))) == category)
      n++;
  return n;
}

/* The position of the category @id, whose row in the sidebar is the next (after All) */
static int
category_position (const char *id)
{
  for (guint i = 0; i < ts_catalog_get_n_categories (catalog); i++)
    if (g_str_equal (ts_category_get_id (ts_catalog_get_category (catalog, i)), id))
      return i;
  g_error ("no category %s", id);
}

static TsCategoryRow *
category_row (Fixture *f,
              int      index)
{
  return TS_CATEGORY_ROW (gtk_list_box_get_row_at_index (f->categories, index));
}

static guint
row_count (Fixture *f,
           int      index)
{
  GObject *label = gtk_widget_get_template_child (GTK_WIDGET (category_row (f, index)),
                                                  TS_TYPE_CATEGORY_ROW, "count_label");

  return atoi (gtk_label_get_text (GTK_LABEL (label)));
}

/* the sidebar shows how many results each category has */
static gboolean
counts_shown (Fixture *f)
{
  for (int i = 0; category_row (f, i) != NULL; i++)
    if (row_count (f, i) != ts_result_model_count_matches (TS_RESULT_MODEL (results (f)),
                                                         ts_category_row_get_category (category_row (f, i))))
      return FALSE;

  return TRUE;
}

/* The results are all shown: the best match selected and in the details
 * (or the details empty when nothing matched), and the counts. */
static gboolean
results_shown (Fixture *f)
{
  TsEntry *first = n_results (f) > 0 ? item (f, 0) : NULL;
  const char *details = gtk_stack_get_visible_child_name (child (f, "detail_stack"));

  if (first == NULL)
    return g_str_equal (details, "none") && counts_shown (f);

  return selected (f) == first && g_str_equal (details, "entry") && entry_view (f) != NULL &&
         ts_entry_view_get_entry (entry_view (f)) == first && counts_shown (f);
}

static gboolean
searched (Fixture    *f,
          const char *query)
{
  return g_str_equal (gtk_editable_get_text (f->entry), query) &&
         g_strcmp0 (ts_result_model_get_query (TS_RESULT_MODEL (results (f))), query) == 0 &&
         results_shown (f);
}

/* Types as a user would: into the entry, then waits for the search. */
static void
type (Fixture    *f,
      const char *text)
{
  gtk_widget_grab_focus (GTK_WIDGET (f->entry));
  gtk_editable_set_text (f->entry, text);
  wait_until (searched (f, text));
}

/* Picks the category at @index in the sidebar (All is 0), and waits for its results. */
static void
choose_category (Fixture *f,
                 int      index)
{
  int category = ts_category_row_get_category (category_row (f, index));

  gtk_list_box_select_row (f->categories, GTK_LIST_BOX_ROW (category_row (f, index)));
  wait_until (ts_result_model_get_category (TS_RESULT_MODEL (results (f))) == category && results_shown (f));
}

/* The rows reach past the view, or are all the results: the list stops growing. */
static gboolean
rows_fill_view (Fixture *f)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list_child (f, "list_view")));

  return g_list_model_get_n_items (G_LIST_MODEL (f->selection)) == n_results (f) ||
         gtk_adjustment_get_value (adjustment) + 1.5 * gtk_adjustment_get_page_size (adjustment) <
         gtk_adjustment_get_upper (adjustment);
}

static const char *
label_text (GtkWidget  *widget,
            const char *name)
{
  GObject *label = gtk_widget_get_template_child (widget, G_OBJECT_TYPE (widget), name);

  g_assert_true (GTK_IS_LABEL (label));
  return gtk_label_get_text (GTK_LABEL (label));
}

static void
test_code_selects_best_match (Fixture       *f,
                              gconstpointer  data)
{
  TsEntry *entry;

  type (f, "4096");
  entry = item (f, 0);
  g_assert_cmpstr (ts_entry_get_key (entry), ==, "INVALID_PARAMETER");
  g_assert_true (selected (f) == entry);
  g_assert_true (ts_entry_view_get_entry (entry_view (f)) == entry);
  g_assert_cmpstr (label_text (GTK_WIDGET (entry_view (f)), "title_label"), ==, "INVALID_PARAMETER");
  g_assert_cmpstr (label_text (GTK_WIDGET (entry_view (f)), "hex_badge"), ==, "0x1000");
  g_assert_cmpstr (label_text (GTK_WIDGET (entry_view (f)), "summary_label"), ==,
                   korean () ? "잘못된 매개 변수" : "Invalid parameter");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (f, "detail_stack")), ==, "entry");

  /* the first row showed INVALID_PARAMETER before the query too: it is
   * highlighted all the same */
  {
    GtkWidget *list = list_child (f, "list_view");
    guint found = 0;

    for (GtkWidget *w = gtk_widget_get_first_child (list); w != NULL; w = gtk_widget_get_next_sibling (w))
      {
        GtkWidget *row = gtk_widget_get_first_child (w);

        if (TS_IS_RESULT_ROW (row) && ts_result_row_get_entry (TS_RESULT_ROW (row)) == entry)
          {
            TsRowText *code = TS_ROW_TEXT (gtk_widget_get_template_child (row, TS_TYPE_RESULT_ROW, "code_label"));

            found++;
            g_assert_cmpstr (ts_row_text_get_text (code), ==, "4096");
            g_assert_nonnull (ts_row_text_get_attributes (code));
          }
      }
    g_assert_cmpuint (found, ==, 1);
  }
}

static void
test_sidebar_counts_and_filters (Fixture       *f,
                                 gconstpointer  data)
{
  int account = category_position ("account");
  int common = category_position ("common");
  guint sum = 0;

  type (f, "");
  g_assert_cmpuint (row_count (f, 0), ==, ts_catalog_get_n_entries (catalog));
  for (guint i = 0; i < ts_catalog_get_n_categories (catalog); i++)
    g_assert_cmpuint (row_count (f, i + 1), ==, catalog_count (i));
  {
    GObject *name = gtk_widget_get_template_child (GTK_WIDGET (category_row (f, 0)), TS_TYPE_CATEGORY_ROW, "name_label");

    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (name)), ==, korean () ? "전체" : "All");
  }

  /* account errors only */
  choose_category (f, account + 1);
  g_assert_cmpuint (n_results (f), ==, catalog_count (account));
  g_assert_cmpstr (ts_category_get_id (ts_entry_get_category (selected (f))), ==, "account");

  /* the counts follow the search, which looks in every category (see
   * tests/test-results.c); one chosen during it narrows it */
  type (f, "timeout");
  for (guint i = 0; i < ts_catalog_get_n_categories (catalog); i++)
    sum += row_count (f, i + 1);
  g_assert_cmpuint (sum, ==, row_count (f, 0));
  g_assert_cmpuint (row_count (f, common + 1), >=, 3);     /* publish, join room, DTLS… timeouts */
  g_assert_cmpuint (n_results (f), ==, row_count (f, 0));
  choose_category (f, account + 1);
  g_assert_cmpuint (n_results (f), ==, row_count (f, account + 1));

  choose_category (f, common + 1);
  g_assert_cmpuint (n_results (f), ==, row_count (f, common + 1));
  g_assert_nonnull (ts_entry_get_message (selected (f)));
}

static char *clipboard_text;

static void
clipboard_read (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  clipboard_text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  g_assert_no_error (error);
}

static char *
read_clipboard (Fixture *f)
{
  g_clear_pointer (&clipboard_text, g_free);
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (f->window)), NULL, clipboard_read, NULL);
  wait_until (clipboard_text != NULL);
  return g_steal_pointer (&clipboard_text);
}

static void
test_copy_fix_and_everything (Fixture       *f,
                              gconstpointer  data)
{
  TsLanguage language = korean () ? TS_LANGUAGE_KOREAN : TS_LANGUAGE_ENGLISH;
  g_autofree char *fix = NULL, *other = NULL, *all = NULL;
  g_autofree char *expected_fix = NULL, *expected_other = NULL;
  GtkLabel *toast;

  type (f, "PLAY_NOT_ALLOWED");
  g_assert_cmpstr (ts_entry_get_key (selected (f)), ==, "PLAY_NOT_ALLOWED");

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.copy-fix", NULL);
  fix = read_clipboard (f);
  expected_fix = ts_format_fix (selected (f), NULL, language);
  g_assert_cmpstr (fix, ==, expected_fix);
  g_assert_true (g_str_has_prefix (fix, "1. "));
  toast = child (f, "toast_label");
  g_assert_nonnull (strstr (gtk_label_get_text (toast), "PLAY_NOT_ALLOWED"));
  g_assert_true (gtk_revealer_get_reveal_child (child (f, "toast_revealer")));

  /* the same fix in the other language */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.copy-fix-other-language", NULL);
  other = read_clipboard (f);
  expected_other = ts_format_fix (selected (f), NULL, ts_language_other (language));
  g_assert_cmpstr (other, ==, expected_other);
  g_assert_nonnull (strstr (other, korean () ? "Guide the user" : "제스처"));

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.copy-all", NULL);
  all = read_clipboard (f);
  g_assert_true (g_str_has_prefix (all, "PLAY_NOT_ALLOWED (16451 · 0x4043)\n"));
  g_assert_nonnull (strstr (all, "https://web.sdk.qcloud.com/trtc/webrtc/doc/zh-cn/tutorial-21-advanced-auto-play-policy.html"));
}

static void
test_no_match_shows_empty_state (Fixture       *f,
                                 gconstpointer  data)
{
  type (f, "xyzzy plugh");
  g_assert_cmpuint (n_results (f), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_child (f, "stack")), ==, "empty");
  g_assert_nonnull (strstr (gtk_label_get_text (list_child (f, "empty_title")), "xyzzy plugh"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (f, "detail_stack")), ==, "none");

  type (f, "4097");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_child (f, "stack")), ==, "list");
}

/* Focus is on the row of the selected entry. */
static gboolean
focus_in_list (Fixture *f)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));
  GtkWidget *row;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, list_child (f, "list_view")))
    return FALSE;
  row = gtk_widget_get_first_child (focus);
  return TS_IS_RESULT_ROW (row) && ts_result_row_get_entry (TS_RESULT_ROW (row)) == selected (f);
}

static gboolean
emit_key (GtkWidget *widget,
          guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }
  return handled;
}

/* Activates the shortcut of @controller for @keyval, if it has one. */
static gboolean
activate_shortcut (GtkShortcutController *controller,
                   GtkWidget             *widget,
                   guint                  keyval)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (controller)); i++)
    {
      g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), i);
      GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

      if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
          gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
          gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == 0)
        return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                             widget, gtk_shortcut_get_arguments (shortcut));
    }
  return FALSE;
}

/* Presses @keyval as GTK hands a key on from the focus up to the window,
 * to each widget's shortcuts (GTK's key bindings and ours) until one takes
 * it: GTK 4 has no API to send a key event. The key controllers on the way
 * need a real event; the window's (the search entry's typing from anywhere)
 * let Escape through. */
static gboolean
press_key (Fixture *f,
           guint    keyval)
{
  for (GtkWidget *w = gtk_root_get_focus (GTK_ROOT (f->window)); w != NULL; w = gtk_widget_get_parent (w))
    {
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (w);

      for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);
          GtkPropagationPhase phase = gtk_event_controller_get_propagation_phase (controller);

          if (GTK_IS_SHORTCUT_CONTROLLER (controller) && phase != GTK_PHASE_NONE &&
              activate_shortcut (GTK_SHORTCUT_CONTROLLER (controller), w, keyval))
            return TRUE;
        }
    }
  return FALSE;
}

static gboolean
has_focus (Fixture   *f,
           GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Escape clears the search wherever the keyboard is: in the results, in
 * the details, on a button; with nothing to clear, it goes to the result
 * selected, as a second Escape in the entry does. */
static void
test_escape_clears_search_anywhere (Fixture       *f,
                                    gconstpointer  data)
{
  GtkWidget *button, *title;

  type (f, "timeout");
  g_assert_true (emit_key (GTK_WIDGET (f->entry), GDK_KEY_Down));
  wait_until (focus_in_list (f));
  g_assert_true (press_key (f, GDK_KEY_Escape));
  wait_until (searched (f, ""));

  type (f, "PLAY_NOT_ALLOWED");
  button = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (entry_view (f)), TS_TYPE_ENTRY_VIEW, "copy_fix_button"));
  g_assert_true (gtk_widget_grab_focus (button));
  g_assert_true (press_key (f, GDK_KEY_Escape));
  wait_until (searched (f, ""));

  type (f, "PLAY_NOT_ALLOWED");
  title = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (entry_view (f)), TS_TYPE_ENTRY_VIEW, "title_label"));
  g_assert_true (gtk_widget_grab_focus (title));
  g_assert_true (has_focus (f, title));
  g_assert_true (press_key (f, GDK_KEY_Escape));
  wait_until (searched (f, ""));

  /* nothing left to clear */
  g_assert_true (gtk_widget_grab_focus (title));
  g_assert_true (press_key (f, GDK_KEY_Escape));
  wait_until (focus_in_list (f));
  g_assert_cmpstr (gtk_editable_get_text (f->entry), ==, "");
}

static void
test_keyboard_down_enter_escape (Fixture       *f,
                                 gconstpointer  data)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));

  /* the window opens with the keyboard in the search */
  g_assert_nonnull (focus);
  g_assert_true (focus == GTK_WIDGET (f->entry) || gtk_widget_is_ancestor (focus, GTK_WIDGET (f->entry)));

  type (f, "timeout");
  g_assert_cmpuint (n_results (f), >, 3);

  /* Down from the entry goes into the results, at the best match */
  g_assert_true (emit_key (GTK_WIDGET (f->entry), GDK_KEY_Down));

  wait_until (focus_in_list (f));
  g_assert_cmpuint (gtk_single_selection_get_selected (f->selection), ==, 0);

  /* Enter in the entry selects the first result, focused */
  gtk_single_selection_set_selected (f->selection, 2);
  gtk_widget_grab_focus (GTK_WIDGET (f->entry));
  g_signal_emit_by_name (f->entry, "activate");
  wait_until (focus_in_list (f));
  g_assert_cmpuint (gtk_single_selection_get_selected (f->selection), ==, 0);

  /* Ctrl+F's action focuses the entry; Escape clears it, a second Escape leaves it */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.focus-search", NULL);
  g_assert_true (gtk_widget_is_focus (GTK_WIDGET (f->entry)) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)), GTK_WIDGET (f->entry)));
  g_signal_emit_by_name (f->entry, "stop-search");
  g_assert_cmpstr (gtk_editable_get_text (f->entry), ==, "");
  wait_until (searched (f, ""));
  g_assert_cmpuint (n_results (f), ==, ts_catalog_get_n_entries (catalog));
  g_signal_emit_by_name (f->entry, "stop-search");
  wait_until (focus_in_list (f));
}

static void
test_search_and_show_entry_api (Fixture       *f,
                                gconstpointer  data)
{
  /* what a positional query or the Shell does: search, best match selected */
  ts_window_search (f->window, "client.join failed: RtcError: JOIN_ROOM_FAILED <0x4004> code: 16388");
  g_assert_cmpstr (ts_entry_get_key (selected (f)), ==, "JOIN_ROOM_FAILED");
  g_assert_cmpstr (gtk_editable_get_text (f->entry), ==,
                   "client.join failed: RtcError: JOIN_ROOM_FAILED <0x4004> code: 16388");

  /* showing an entry the search hides clears the search */
  ts_window_show_entry (f->window, ts_catalog_get_entry (catalog, 0));
  g_assert_true (selected (f) == ts_catalog_get_entry (catalog, 0));
  g_assert_cmpstr (gtk_editable_get_text (f->entry), ==, "");
}

static gboolean
count_frame (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       user_data)
{
  (*(guint *) user_data)++;
  return G_SOURCE_CONTINUE;
}

/* The catalog's texts as long a single word as the loader takes:
 * everything that shows them wraps or ellipsizes it, so that the window
 * is no wider for it. */
static void
test_long_words_wrap (void)
{
  g_autofree char *category = g_strnfill (TS_CATALOG_MAX_WORD, 'C');
  g_autofree char *key = g_strnfill (TS_CATALOG_MAX_WORD, 'K');
  g_autofree char *alias = g_strnfill (TS_CATALOG_MAX_WORD, 'A');
  g_autofree char *summary = g_strnfill (TS_CATALOG_MAX_WORD, 'S');
  g_autofree char *explanation = g_strnfill (TS_CATALOG_MAX_WORD, 'E');
  g_autofree char *step = g_strnfill (TS_CATALOG_MAX_WORD, 'R');
  g_autofree char *note = g_strnfill (TS_CATALOG_MAX_WORD, 'N');
  g_autofree char *link = g_strnfill (TS_CATALOG_MAX_WORD, 'L');
  char *json = g_strdup_printf (
    "{\"format_version\": 1, \"metadata\": {\"product\": \"P\", \"sdk_version\": \"1\", \"source_language\": \"en\"},"
    " \"categories\": [{\"id\": \"c\", \"name\": \"%s\"}],"
    " \"errors\": [{\"category\": \"c\", \"code\": 1, \"key\": \"SHORT_WORDS\", \"summary\": \"Short words\","
    " \"explanation\": [\"An entry of short words, shown first.\"], \"remedy\": [\"Nothing to do.\"]},"
    " {\"category\": \"c\", \"code\": 2, \"key\": \"%s\", \"aliases\": [\"%s\"], \"summary\": \"%s\","
    " \"explanation\": [\"%s\"], \"remedy\": [\"%s\", \"%s\"], \"notes\": [\"%s\"],"
    " \"links\": [{\"title\": \"%s\", \"url\": \"https://example.com/\"}]}]}",
    category, key, alias, summary, explanation, step, step, note, link);
  g_autoptr(GBytes) bytes = g_bytes_new_take (json, strlen (json));
  g_autoptr(GError) error = NULL;
  g_autoptr(TsCatalog) long_words = ts_catalog_new_from_bytes (bytes, "long-words", NULL, &error);
  Fixture fixture, *f = &fixture;
  GtkWidget *toast;
  TsEntry *entry;
  gint64 start, longest;
  guint frames = 0, tick;
  int width, minimum;

  g_assert_no_error (error);
  entry = ts_catalog_get_entry (long_words, 1);
  g_assert_cmpstr (ts_entry_get_key (entry), ==, key);
  open_window (f, long_words);
  /* the other entry's details first, which makes them */
  wait_until (gtk_widget_get_width (GTK_WIDGET (f->window)) > 0 && results_shown (f));
  width = gtk_widget_get_width (GTK_WIDGET (f->window));

  /* the longest the main loop is blocked from showing the entry until
   * three frames after the details show it */
  start = g_get_monotonic_time ();
  ts_window_show_entry (f->window, entry);
  longest = g_get_monotonic_time () - start;
  tick = gtk_widget_add_tick_callback (GTK_WIDGET (f->window), count_frame, &frames, NULL);
  while (entry_view (f) == NULL || ts_entry_view_get_entry (entry_view (f)) != entry)
    {
      gint64 before = g_get_monotonic_time ();

      iterate ();
      longest = MAX (longest, g_get_monotonic_time () - before);
      g_assert_cmpint (g_get_monotonic_time () - start, <, WAIT_SECONDS * G_USEC_PER_SEC);
    }
  frames = 0;
  while (frames < 3)
    {
      gint64 before = g_get_monotonic_time ();

      iterate ();
      longest = MAX (longest, g_get_monotonic_time () - before);
      g_assert_cmpint (g_get_monotonic_time () - start, <, WAIT_SECONDS * G_USEC_PER_SEC);
    }
  gtk_widget_remove_tick_callback (GTK_WIDGET (f->window), tick);
  g_test_message ("showing an entry of %d-character words blocked the main loop %.1f ms at the longest",
                  TS_CATALOG_MAX_WORD, longest / 1000.0);

  /* no wider: the details fit their pane, and the window its size */
  gtk_widget_measure (GTK_WIDGET (entry_view (f)), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <, 400);
  gtk_widget_measure (GTK_WIDGET (f->window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, width);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->window)), ==, width);

  /* nor the message that names the entry */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.copy-all", NULL);
  toast = child (f, "toast_label");
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (toast)), key));
  gtk_widget_measure (toast, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <, width);

  close_window (f);
}

static void
collect_labels (GtkWidget *widget,
                GPtrArray *labels)
{
  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (labels, widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_labels (c, labels);
}

static gboolean
has_label (GPtrArray  *labels,
           const char *text)
{
  for (guint i = 0; i < labels->len; i++)
    if (g_str_equal (gtk_label_get_text (labels->pdata[i]), text))
      return TRUE;
  return FALSE;
}

/* A link shows its title and the host it leads to. */
static void
test_links_show_their_host (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GtkWidget *links;

  type (f, "PLAY_NOT_ALLOWED");
  links = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (entry_view (f)), TS_TYPE_ENTRY_VIEW, "links_list"));
  collect_labels (links, labels);
  g_assert_true (has_label (labels, korean () ? "자동 재생 제한 처리 제안" : "Handling autoplay restrictions"));
  g_assert_true (has_label (labels, "web.sdk.qcloud.com"));
}

static GPtrArray *shown_rows (Fixture *f);

/* Catalog text is shown as it is: no markup, no format directives, links only over http(s). */
static void
test_catalog_markup_is_text (void)
{
  static const char json[] =
    "{\"format_version\": 1, \"metadata\": {\"product\": \"P\", \"sdk_version\": \"1\", \"source_language\": \"en\"},"
    " \"categories\": [{\"id\": \"c\", \"name\": \"<i>Category</i>\"}],"
    " \"errors\": [{\"category\": \"c\", \"code\": 1, \"key\": \"<b>KEY</b>\","
    " \"summary\": \"<span foreground='red'>red</span> &amp; %s%n\",\"explanation\": [\"evil \u200Fright\"],"
    " \"remedy\": [\"<a href='javascript:x'>click</a>\", \"%1$s\"], \"notes\": [\"<u>note</u>\"],"
    " \"links\": [{\"title\": \"<big>page</big>\", \"url\": \"https://example.com/a?b=<c>\"}]}]}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, sizeof json - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(TsCatalog) hostile = ts_catalog_new_from_bytes (bytes, "hostile", NULL, &error);
  Fixture fixture, *f = &fixture;
  GtkLabel *title, *summary, *explanation;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  g_assert_no_error (error);
  open_window (f, hostile);

  type (f, "key");
  title = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (entry_view (f)), TS_TYPE_ENTRY_VIEW, "title_label"));
  summary = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (entry_view (f)), TS_TYPE_ENTRY_VIEW, "summary_label"));
  explanation = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (entry_view (f)), TS_TYPE_ENTRY_VIEW, "explanation_label"));

  g_assert_cmpstr (gtk_label_get_text (title), ==, "<b>KEY</b>");
  g_assert_false (gtk_label_get_use_markup (title));
  g_assert_cmpstr (gtk_label_get_text (summary), ==, "<span foreground='red'>red</span> &amp; %s%n");
  g_assert_false (gtk_label_get_use_markup (summary));
  g_assert_cmpstr (gtk_label_get_text (explanation), ==, "evil \u200Fright");

  /* every label of the details, the sidebar and the message: text as it is */
  collect_labels (GTK_WIDGET (entry_view (f)), labels);
  collect_labels (GTK_WIDGET (f->categories), labels);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.copy-all", NULL);
  g_ptr_array_add (labels, child (f, "toast_label"));
  for (guint i = 0; i < labels->len; i++)
    g_assert_false (gtk_label_get_use_markup (labels->pdata[i]));
  g_assert_true (has_label (labels, "<i>Category</i>"));
  g_assert_true (has_label (labels, "<u>note</u>"));
  g_assert_true (has_label (labels, "<big>page</big>"));
  g_assert_nonnull (strstr (gtk_label_get_text (child (f, "toast_label")), "<b>KEY</b>"));

  /* and the rows: plain text, the highlights attributes */
  rows = shown_rows (f);
  g_assert_cmpuint (rows->len, ==, 1);
  {
    TsRowText *text = TS_ROW_TEXT (gtk_widget_get_template_child (rows->pdata[0], TS_TYPE_RESULT_ROW, "title_label"));

    g_assert_cmpstr (ts_row_text_get_text (text), ==, "<b>KEY</b>");
    g_assert_cmpstr (pango_layout_get_text (ts_row_text_get_layout (text)), ==, "<b>KEY</b>");
  }

  close_window (f);
}

/* The rows drawn reach the bottom of the view, or are all there are */
static gboolean
rows_cover_view (Fixture *f)
{
  GtkWidget *list_view = list_child (f, "list_view");
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list_view));
  guint shown = 0;
  float bottom = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list_view); row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      graphene_rect_t bounds;

      if (!gtk_widget_get_mapped (row) || !gtk_widget_compute_bounds (row, list_view, &bounds))
        continue;
      shown++;
      bottom = MAX (bottom, bounds.origin.y + bounds.size.height);
    }
  return shown == n_results (f) || bottom >= gtk_adjustment_get_page_size (adjustment);
}

/* At each paint, until the first one after the results of f->awaited
 * came (any results, if %NULL): whether they filled the view in it */
static void
on_paint (GdkFrameClock *clock,
          Fixture       *f)
{
  if (f->awaited != NULL && g_strcmp0 (ts_result_model_get_query (TS_RESULT_MODEL (results (f))), f->awaited) != 0)
    return;
  g_signal_handlers_disconnect_by_func (clock, on_paint, f);
  f->filled_first_frame = rows_cover_view (f);
}

static void
watch_next_results (Fixture    *f,
                    const char *query)
{
  f->awaited = query;
  f->filled_first_frame = -1;
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (f->window)), "after-paint", G_CALLBACK (on_paint), f);
}

/* The first frame of a list of results shows a screenful of them, not a
 * few that the next frames complete: in the window's first frame, at its
 * default size, and after a query that found nothing. */
static void
test_rows_fill_the_first_frame (Fixture       *f,
                                gconstpointer  data)
{
  close_window (f);
  make_window (f, catalog);
  gtk_window_present (GTK_WINDOW (f->window));
  watch_next_results (f, NULL);
  wait_until (f->filled_first_frame != -1);
  g_assert_true (f->filled_first_frame);

  type (f, "zqxjkv");
  g_assert_cmpuint (n_results (f), ==, 0);
  watch_next_results (f, "");
  gtk_editable_set_text (f->entry, "");
  wait_until (f->filled_first_frame != -1);
  g_assert_true (f->filled_first_frame);
}

static void
test_rows_grow_when_scrolled (Fixture       *f,
                              gconstpointer  data)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list_child (f, "list_view")));
  TsEntry *last = ts_catalog_get_entry (catalog, ts_catalog_get_n_entries (catalog) - 1);
  guint rows_before;

  /* a screenful of rows, not all the entries */
  type (f, "");
  wait_until (rows_fill_view (f));
  rows_before = g_list_model_get_n_items (G_LIST_MODEL (f->selection));
  g_assert_cmpuint (rows_before, <, ts_catalog_get_n_entries (catalog));
  g_assert_cmpuint (rows_before, >=, 12);

  /* scrolling to the end makes more */
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  wait_until (g_list_model_get_n_items (G_LIST_MODEL (f->selection)) > rows_before);

  /* an entry past the rows made so far can still be shown */
  ts_window_show_entry (f->window, last);
  g_assert_true (selected (f) == last);
  g_assert_cmpuint (gtk_single_selection_get_selected (f->selection), ==, ts_catalog_get_n_entries (catalog) - 1);
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

static GPtrArray *
shown_rows (Fixture *f)
{
  GPtrArray *rows = g_ptr_array_new ();

  collect_rows (list_child (f, "list_view"), rows);
  return rows;
}

static void
mark_shown_rows (Fixture *f)
{
  g_autoptr(GPtrArray) rows = shown_rows (f);

  for (guint i = 0; i < rows->len; i++)
    g_object_set_data (rows->pdata[i], "made-before", GINT_TO_POINTER (TRUE));
}

static void
test_spare_rows_reused (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  guint n_rows;

  type (f, "");
  wait_until (rows_fill_view (f));
  before = shown_rows (f);
  g_assert_cmpuint (before->len, >=, 12);
  mark_shown_rows (f);

  /* one result lets the other rows go; all of them again takes them back,
   * and each shows its own result */
  type (f, "4096");
  g_assert_cmpuint (n_results (f), <, 4);
  mark_shown_rows (f);
  type (f, "");
  wait_until (rows_fill_view (f));
  after = shown_rows (f);
  n_rows = g_list_model_get_n_items (G_LIST_MODEL (f->selection));
  /* as many as fill the view again (the list may reach that in fewer
   * steps of growth than the first time) */
  g_assert_cmpuint (after->len, >=, 12);
  for (guint i = 0; i < after->len; i++)
    {
      TsEntry *entry = ts_result_row_get_entry (after->pdata[i]);
      gboolean found = FALSE;

      /* a row the list let go, not a new one */
      g_assert_true (g_object_get_data (after->pdata[i], "made-before"));
      /* drawn with the fonts of its place in the window */
      for (GtkWidget *t = gtk_widget_get_first_child (after->pdata[i]); t != NULL; t = gtk_widget_get_next_sibling (t))
        if (TS_IS_ROW_TEXT (t))
          g_assert_true (pango_layout_get_context (ts_row_text_get_layout (TS_ROW_TEXT (t))) ==
                         gtk_widget_get_pango_context (t));
      g_assert_nonnull (entry);
      for (guint p = 0; p < n_rows && !found; p++)
        found = item (f, p) == entry;
      g_assert_true (found);
    }
}

/* The entries of the rows as their items-changed told them, and nothing else */
static void
mirror_items_changed (GListModel *model,
                      guint       position,
                      guint       removed,
                      guint       added,
                      GPtrArray  *mirror)
{
  g_assert_cmpuint (position + removed, <=, mirror->len);
  g_ptr_array_remove_range (mirror, position, removed);
  for (guint i = 0; i < added; i++)
    {
      g_autoptr(TsRowItem) row = g_list_model_get_item (model, position + i);

      g_ptr_array_insert (mirror, position + i, ts_row_item_get_entry (row));
    }
  g_assert_cmpuint (mirror->len, ==, g_list_model_get_n_items (model));
}

/* The rows show what their items-changed said, and that is the results. */
static void
assert_rows_mirrored (Fixture   *f,
                      GPtrArray *mirror)
{
  GListModel *rows = gtk_single_selection_get_model (f->selection);

  g_assert_cmpuint (mirror->len, ==, g_list_model_get_n_items (rows));
  g_assert_cmpuint (mirror->len, <=, n_results (f));
  for (guint i = 0; i < mirror->len; i++)
    {
      g_autoptr(TsRowItem) row = g_list_model_get_item (rows, i);

      g_assert_true (ts_row_item_get_entry (row) == mirror->pdata[i]);
      g_assert_true (mirror->pdata[i] == item (f, i));
    }
}

/* The rows tell of every change in items-changed, so that the selection
 * and the list view need nothing else. */
static void
test_rows_keep_list_model_contract (Fixture       *f,
                                    gconstpointer  data)
{
  static const char *queries[] = { "", "error", "error f", "4096", "timeout", "xyzzy plugh", "" };
  GListModel *rows = gtk_single_selection_get_model (f->selection);
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list_child (f, "list_view")));
  g_autoptr(GPtrArray) mirror = g_ptr_array_new ();   /* the catalog keeps the entries */
  guint n_rows;

  mirror_items_changed (rows, 0, 0, g_list_model_get_n_items (rows), mirror);
  g_signal_connect (rows, "items-changed", G_CALLBACK (mirror_items_changed), mirror);

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      type (f, queries[i]);
      assert_rows_mirrored (f, mirror);
    }

  choose_category (f, category_position ("account") + 1);
  assert_rows_mirrored (f, mirror);
  choose_category (f, 0);
  assert_rows_mirrored (f, mirror);

  /* more rows as the list scrolls, and down to an entry past them */
  wait_until (rows_fill_view (f));
  n_rows = mirror->len;
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  wait_until (mirror->len > n_rows);
  assert_rows_mirrored (f, mirror);
  ts_window_show_entry (f->window, ts_catalog_get_entry (catalog, ts_catalog_get_n_entries (catalog) - 1));
  assert_rows_mirrored (f, mirror);

  g_signal_handlers_disconnect_by_func (rows, mirror_items_changed, mirror);
}

/* A pasted log that matches nothing: the empty state quotes the start of
 * it, not the whole of it. (The entry keeps the first 65,535 characters of
 * the 100 KB, and searches those.) */
static void
test_empty_state_quotes_a_long_query_short (Fixture       *f,
                                            gconstpointer  data)
{
  g_autoptr(GString) query = g_string_new (NULL);
  const char *title;

  while (query->len < 100 * 1024)
    g_string_append (query, "zqxjkv ");
  ts_window_search (f->window, query->str);
  wait_until (strlen (gtk_editable_get_text (f->entry)) > 60000 &&
              searched (f, gtk_editable_get_text (f->entry)));
  g_assert_cmpuint (n_results (f), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_child (f, "stack")), ==, "empty");

  title = gtk_label_get_text (list_child (f, "empty_title"));
  g_assert_cmpuint (g_utf8_strlen (title, -1), <, 200);
  g_assert_nonnull (strstr (title, "zqxjkv zqxjkv"));
  g_assert_nonnull (strstr (title, "…"));

  /* a short query is quoted whole */
  type (f, "zqxjkv");
  g_assert_nonnull (strstr (gtk_label_get_text (list_child (f, "empty_title")), "zqxjkv\u2069"));
}

/* The natural height of the notice of skipped catalogs, for the window's width */
static int
notice_height (Fixture *f)
{
  int height;

  gtk_widget_measure (notice (f), GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (GTK_WIDGET (f->window)),
                      NULL, &height, NULL, NULL);
  return height;
}

/* However many catalogs were skipped, the notice is one line; Details
 * lists them all. */
static void
test_notice_of_skipped_catalogs_is_one_line (Fixture       *f,
                                             gconstpointer  data)
{
  g_autoptr(GPtrArray) one = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) many = g_ptr_array_new_with_free_func (g_free);
  GtkLabel *details;
  int height;

  /* a window whose catalogs all loaded has no notice at all */
  ts_window_set_problems (f->window, NULL);
  g_assert_null (notice (f));

  g_ptr_array_add (one, g_strdup ("broken.json: 1:22: expected a value"));
  ts_window_set_problems (f->window, one);
  details = notice_child (f, "details_label");
  g_assert_true (gtk_revealer_get_reveal_child (notice_child (f, "revealer")));
  height = notice_height (f);
  g_assert_cmpint (height, >, 0);

  for (guint i = 0; i < 70; i++)
    g_ptr_array_add (many, g_strdup_printf ("catalog-%02u.json: 1:1: the file is not a catalog", i));
  ts_window_set_problems (f->window, many);
  g_assert_cmpint (notice_height (f), ==, height);
  g_assert_nonnull (strstr (gtk_label_get_text (notice_child (f, "title_label")), "70"));
  g_assert_nonnull (strstr (gtk_label_get_text (details), "catalog-00.json: 1:1"));
  g_assert_nonnull (strstr (gtk_label_get_text (details), "catalog-69.json: 1:1"));

  /* none: no notice */
  ts_window_set_problems (f->window, NULL);
  g_assert_false (gtk_widget_get_visible (notice (f)));
}

static void
test_query_markup_is_text (Fixture       *f,
                           gconstpointer  data)
{
  /* markup is text, and odd input changes nothing but the results */
  type (f, "<b>bold</b> &amp; %s%n \u202E");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_child (f, "stack")), ==, "empty");
  g_assert_nonnull (strstr (gtk_label_get_text (list_child (f, "empty_title")), "<b>bold</b>"));
  type (f, "🙂");
  g_assert_cmpuint (n_results (f), ==, ts_catalog_get_n_entries (catalog));
}

/* The panes keep their proportions as the window is resized: the list
 * grows with the window instead of keeping its width. */
static void
test_divider_keeps_its_share (Fixture       *f,
                              gconstpointer  data)
{
  GtkPaned *paned = GTK_PANED (child (f, "content_paned"));
  double share;
  int width;

  wait_until (gtk_widget_get_width (GTK_WIDGET (paned)) > 0);
  width = gtk_widget_get_width (GTK_WIDGET (paned));
  share = (double) gtk_paned_get_position (paned) / width;

  gtk_window_set_default_size (GTK_WINDOW (f->window), 1260, 900);
  wait_until (gtk_widget_get_width (GTK_WIDGET (paned)) > width + 150);
  wait_until (ABS ((double) gtk_paned_get_position (paned) / gtk_widget_get_width (GTK_WIDGET (paned)) - share) < 0.03);

  /* and back */
  width = gtk_widget_get_width (GTK_WIDGET (paned));
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1000, 700);
  wait_until (gtk_widget_get_width (GTK_WIDGET (paned)) < width - 150);
  wait_until (ABS ((double) gtk_paned_get_position (paned) / gtk_widget_get_width (GTK_WIDGET (paned)) - share) < 0.03);
}

/* Every pane and scrolled part shown is named for screen readers */
static void
assert_panes_named (GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_SCROLLED_WINDOW (widget) || GTK_IS_PANED (widget))
    {
      if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
        g_error ("an unnamed %s", G_OBJECT_TYPE_NAME (widget));
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    assert_panes_named (c);
}

static void
test_panes_are_named (Fixture       *f,
                      gconstpointer  data)
{
  ts_window_search (f->window, "0x4043");
  wait_until (entry_view (f) != NULL && gtk_widget_get_mapped (GTK_WIDGET (entry_view (f))));
  assert_panes_named (GTK_WIDGET (f->window));
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
  ADD ("/window/search/code-selects-the-best-match", test_code_selects_best_match);
  ADD ("/window/layout/panes-keep-their-proportions", test_divider_keeps_its_share);
  ADD ("/window/layout/panes-are-named", test_panes_are_named);
  ADD ("/window/search/no-match-shows-the-empty-state", test_no_match_shows_empty_state);
  ADD ("/window/search/markup-in-the-query-is-text", test_query_markup_is_text);
  ADD ("/window/search/empty-state-quotes-a-long-query-short", test_empty_state_quotes_a_long_query_short);
  ADD ("/window/search/api-searches-and-shows-an-entry", test_search_and_show_entry_api);
  ADD ("/window/sidebar/counts-and-filters-by-category", test_sidebar_counts_and_filters);
  ADD ("/window/copy/fix-in-both-languages-and-everything", test_copy_fix_and_everything);
  ADD ("/window/keyboard/down-enter-and-escape", test_keyboard_down_enter_escape);
  ADD ("/window/details/links-show-their-host", test_links_show_their_host);
  ADD ("/window/notice/skipped-catalogs-in-one-line", test_notice_of_skipped_catalogs_is_one_line);
  ADD ("/window/keyboard/escape-clears-the-search-anywhere", test_escape_clears_search_anywhere);
  ADD ("/window/rows/fill-the-first-frame", test_rows_fill_the_first_frame);
  ADD ("/window/rows/grow-when-scrolled-to-the-end", test_rows_grow_when_scrolled);
  ADD ("/window/rows/spare-rows-are-reused", test_spare_rows_reused);
  ADD ("/window/rows/keep-the-list-model-contract", test_rows_keep_list_model_contract);
#undef ADD
  g_test_add_func ("/window/details/catalog-text-is-never-markup", test_catalog_markup_is_text);
  g_test_add_func ("/window/details/long-words-wrap", test_long_words_wrap);

  status = g_test_run ();
  g_object_unref (catalog);
  return status;
}
