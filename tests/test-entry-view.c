/* test-entry-view.c: the details of an error in the real window
 *
 * Copying (never nothing, and saying what), links and their context menu,
 * keys that wrap only at their underscores, versions and the errors linked
 * to one, whose words the text is, the keyboard and the names a screen
 * reader says. Needs a display (xvfb-run) and GSETTINGS_BACKEND=memory;
 * skips without a display. Run with LANGUAGE=en and LANGUAGE=ko, and
 * GTK_A11Y=test.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>
#include <string.h>

#include "ts-catalog.h"
#include "ts-catalog-builder.h"
#include "ts-entry-view.h"
#include "ts-format.h"
#include "ts-result-list.h"
#include "ts-result-model.h"
#include "ts-row-item.h"
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
} Fixture;

static gpointer
child (Fixture    *f,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (f->window), TS_TYPE_WINDOW, name);

  g_assert_nonnull (object);
  return object;
}

/* The detail pane, once the window has made it (with the first selection). */
static TsEntryView *
entry_view (Fixture *f)
{
  GtkWidget *inner = gtk_scrolled_window_get_child (child (f, "entry_scroller"));

  if (inner != NULL && GTK_IS_VIEWPORT (inner))
    inner = gtk_viewport_get_child (GTK_VIEWPORT (inner));
  return inner != NULL ? TS_ENTRY_VIEW (inner) : NULL;
}

/* A part of the details */
static gpointer
view_child (Fixture    *f,
            const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (entry_view (f)), TS_TYPE_ENTRY_VIEW, name);

  g_assert_nonnull (object);
  return object;
}

static TsLanguage
ui_language (void)
{
  return ts_localizer_get_ui_language (ts_localizer_get_default ());
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  GObject *list;

  f->window = g_object_new (TS_TYPE_WINDOW, "localizer", ts_localizer_get_default (), "catalog", catalog, NULL);
  f->entry = child (f, "search_entry");
  list = child (f, "result_list");
  f->selection = GTK_SINGLE_SELECTION (gtk_widget_get_template_child (GTK_WIDGET (list), TS_TYPE_RESULT_LIST, "selection"));

  gtk_window_present (GTK_WINDOW (f->window));
  wait_until (gtk_widget_get_mapped (GTK_WIDGET (f->window)));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_object_add_weak_pointer (G_OBJECT (f->window), (gpointer *) &f->window);
  gtk_window_destroy (GTK_WINDOW (f->window));
  wait_until (f->window == NULL);
}

static TsEntry *
selected (Fixture *f)
{
  TsRowItem *row = gtk_single_selection_get_selected_item (f->selection);

  return row != NULL ? ts_row_item_get_entry (row) : NULL;
}

/* The entry of the catalog whose title is @title, and, for a code, whose
 * SDK version is @version (or any, for %NULL) */
static TsEntry *
find_entry (const char *title,
            const char *version)
{
  for (guint i = 0; i < ts_catalog_get_n_entries (catalog); i++)
    {
      TsEntry *entry = ts_catalog_get_entry (catalog, i);

      if (g_str_equal (ts_entry_get_title (entry), title) &&
          (version == NULL || g_strcmp0 (ts_entry_get_sdk_version (entry), version) == 0))
        return entry;
    }
  g_error ("no entry %s", title);
}

/* Shows @entry in the details, as choosing it in the list does. */
static void
show (Fixture *f,
      TsEntry *entry)
{
  ts_window_show_entry (f->window, entry);
  wait_until (selected (f) == entry && entry_view (f) != NULL && ts_entry_view_get_entry (entry_view (f)) == entry &&
              g_str_equal (gtk_stack_get_visible_child_name (child (f, "detail_stack")), "entry"));
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

/* The clipboard holds "before" again, so that a copy that copies nothing shows. */
static void
reset_clipboard (Fixture *f)
{
  g_autofree char *text = NULL;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (f->window)), "before");
  text = read_clipboard (f);
  g_assert_cmpstr (text, ==, "before");
}

static const char *
toast (Fixture *f)
{
  g_assert_true (gtk_revealer_get_reveal_child (child (f, "toast_revealer")));
  return gtk_label_get_text (child (f, "toast_label"));
}

/* Activates @action on the window, and returns what it put on the clipboard. */
static char *
copy (Fixture    *f,
      const char *action)
{
  reset_clipboard (f);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), action, NULL));
  return read_clipboard (f);
}

/* Copy */

/* Where the page gives no fix, Copy Fix still copies: the error named, its
 * summary, and that the page gives none; the message says so. */
static void
test_copy_fix_without_a_fix_copies_the_summary (Fixture       *f,
                                                gconstpointer  data)
{
  TsEntry *entry = find_entry ("CREATE_OFFER_FAILED", NULL);
  TsLanguage other = ts_language_other (ui_language ());
  g_autofree char *fix = NULL, *other_fix = NULL;
  g_autofree char *expected = NULL, *expected_other = NULL;
  g_autofree char *message = NULL, *other_message = NULL;

  show (f, entry);
  g_assert_false (ts_entry_has_remedy (entry));
  g_assert_true (gtk_widget_get_visible (view_child (f, "no_remedy_label")));
  /* never a button that cannot be used */
  g_assert_true (gtk_widget_is_sensitive (view_child (f, "copy_fix_button")));
  g_assert_true (gtk_widget_is_sensitive (view_child (f, "copy_other_button")));

  /* the button and Ctrl+Shift+C are this action */
  fix = copy (f, "win.copy-fix");
  expected = ts_format_fix (entry, ts_localizer_get_default (), ui_language ());
  g_assert_cmpstr (fix, ==, expected);
  g_assert_true (g_str_has_prefix (fix, "CREATE_OFFER_FAILED (16389 · 0x4005): "));
  g_assert_nonnull (strstr (fix, ts_entry_get_summary (entry, ui_language ())));
  message = g_strdup_printf (_("%s has no fix on the page: copied its summary"), "CREATE_OFFER_FAILED");
  g_assert_cmpstr (toast (f), ==, message);

  other_fix = copy (f, "win.copy-fix-other-language");
  expected_other = ts_format_fix (entry, ts_localizer_get_default (), other);
  g_assert_cmpstr (other_fix, ==, expected_other);
  g_assert_nonnull (strstr (other_fix, ts_entry_get_summary (entry, other)));
  other_message = g_strdup_printf (other == TS_LANGUAGE_KOREAN ? _("%s has no fix on the page: copied its summary in Korean")
                                                               : _("%s has no fix on the page: copied its summary in English"),
                                   "CREATE_OFFER_FAILED");
  g_assert_cmpstr (toast (f), ==, other_message);
}

/* A fix is copied with the addresses of the pages it refers to. */
static void
test_copy_fix_with_the_pages_it_refers_to (Fixture       *f,
                                           gconstpointer  data)
{
  TsEntry *entry = find_entry ("PLAY_NOT_ALLOWED", NULL);
  g_autofree char *fix = NULL, *expected = NULL, *message = NULL;

  show (f, entry);
  fix = copy (f, "win.copy-fix");
  expected = ts_format_fix (entry, ts_localizer_get_default (), ui_language ());
  g_assert_cmpstr (fix, ==, expected);
  g_assert_true (g_str_has_prefix (fix, "1. "));
  g_assert_nonnull (strstr (fix, "https://web.sdk.qcloud.com/trtc/webrtc/doc/zh-cn/tutorial-21-advanced-auto-play-policy.html"));
  message = g_strdup_printf (_("Copied the fix for %s"), "PLAY_NOT_ALLOWED");
  g_assert_cmpstr (toast (f), ==, message);
}

/* Copy All, and from its menu Copy All in the other language */
static void
test_copy_all_in_both_languages (Fixture       *f,
                                 gconstpointer  data)
{
  TsEntry *entry = find_entry ("PLAY_NOT_ALLOWED", NULL);
  TsLanguage other = ts_language_other (ui_language ());
  GMenuModel *menu;
  g_autofree char *action = NULL, *label = NULL;
  g_autofree char *all = NULL, *expected = NULL, *message = NULL;

  show (f, entry);

  /* the menu beside Copy All offers it in the other language */
  menu = gtk_menu_button_get_menu_model (view_child (f, "copy_menu_button"));
  g_assert_nonnull (menu);
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 1);
  g_assert_true (g_menu_model_get_item_attribute (menu, 0, G_MENU_ATTRIBUTE_ACTION, "s", &action));
  g_assert_cmpstr (action, ==, "win.copy-all-other-language");
  g_assert_true (g_menu_model_get_item_attribute (menu, 0, G_MENU_ATTRIBUTE_LABEL, "s", &label));
  g_assert_cmpstr (label, ==, other == TS_LANGUAGE_KOREAN ? _("Copy All in _Korean") : _("Copy All in _English"));

  all = copy (f, "win.copy-all-other-language");
  expected = ts_format_entry (entry, ts_localizer_get_default (), other);
  g_assert_cmpstr (all, ==, expected);
  g_assert_nonnull (strstr (all, ts_entry_get_summary (entry, other)));
  message = g_strdup_printf (other == TS_LANGUAGE_KOREAN ? _("Copied everything about %s in Korean")
                                                         : _("Copied everything about %s in English"),
                             "PLAY_NOT_ALLOWED");
  g_assert_cmpstr (toast (f), ==, message);

  g_clear_pointer (&all, g_free);
  g_clear_pointer (&expected, g_free);
  all = copy (f, "win.copy-all");
  expected = ts_format_entry (entry, ts_localizer_get_default (), ui_language ());
  g_assert_cmpstr (all, ==, expected);
}

/* Links */

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (c, type))
        g_ptr_array_add (found, c);
      collect (c, type, found);
    }
}

/* The widgets of @type inside @widget, in order */
static GPtrArray *
find_all (GtkWidget *widget,
          GType      type)
{
  GPtrArray *found = g_ptr_array_new ();

  collect (widget, type, found);
  return found;
}

/* Each link shows its title and, dim, its host; its context menu copies
 * its exact address and says so. */
static void
test_link_rows_copy_their_address (Fixture       *f,
                                   gconstpointer  data)
{
  TsEntry *entry = find_entry ("PLAY_NOT_ALLOWED", NULL);
  GtkWidget *row;
  g_autoptr(GPtrArray) labels = NULL;
  g_autoptr(GPtrArray) buttons = NULL;
  g_autoptr(GPtrArray) popovers = NULL;
  g_autofree char *address = NULL, *message = NULL;
  GtkLabel *host;
  guint n_rows = 0;

  show (f, entry);
  g_assert_cmpuint (ts_entry_get_n_links (entry), >=, 2);
  for (row = gtk_widget_get_first_child (view_child (f, "links_list")); row != NULL; row = gtk_widget_get_next_sibling (row))
    n_rows += gtk_widget_get_visible (row);
  g_assert_cmpuint (n_rows, ==, ts_entry_get_n_links (entry));

  row = gtk_widget_get_next_sibling (gtk_widget_get_first_child (view_child (f, "links_list")));
  labels = find_all (row, GTK_TYPE_LABEL);
  g_assert_cmpuint (labels->len, ==, 2);
  g_assert_cmpstr (gtk_label_get_text (labels->pdata[0]), ==, ts_entry_get_link_title (entry, 1, ui_language ()));
  host = labels->pdata[1];
  g_assert_cmpstr (gtk_label_get_text (host), ==, "web.sdk.qcloud.com");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (host), "dim-label"));

  reset_clipboard (f);
  g_assert_true (gtk_widget_activate_action (row, "link.copy-address", NULL));
  address = read_clipboard (f);
  g_assert_cmpstr (address, ==, ts_entry_get_link_url (entry, 1));
  message = g_strdup_printf (_("Copied the address of “%s”"), ts_entry_get_link_title (entry, 1, ui_language ()));
  g_assert_cmpstr (toast (f), ==, message);

  /* the Menu key opens the context menu, with both actions */
  buttons = find_all (row, GTK_TYPE_BUTTON);
  g_assert_cmpuint (buttons->len, ==, 1);
  {
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (buttons->pdata[0]);
    gboolean opened = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (controllers) && !opened; i++)
      {
        g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

        if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
          continue;
        for (guint s = 0; s < g_list_model_get_n_items (G_LIST_MODEL (controller)) && !opened; s++)
          {
            g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), s);
            g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

            g_assert_nonnull (strstr (trigger, "<Shift>F10"));
            opened = gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, buttons->pdata[0], NULL);
          }
      }
    g_assert_true (opened);
  }
  popovers = find_all (row, GTK_TYPE_POPOVER_MENU);
  g_assert_cmpuint (popovers->len, ==, 1);
  wait_until (gtk_widget_get_visible (popovers->pdata[0]));
  {
    GMenuModel *menu = gtk_popover_menu_get_menu_model (popovers->pdata[0]);
    g_autofree char *open = NULL, *copy_address = NULL;

    g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 2);
    g_assert_true (g_menu_model_get_item_attribute (menu, 0, G_MENU_ATTRIBUTE_ACTION, "s", &open));
    g_assert_true (g_menu_model_get_item_attribute (menu, 1, G_MENU_ATTRIBUTE_ACTION, "s", &copy_address));
    g_assert_cmpstr (open, ==, "link.open");
    g_assert_cmpstr (copy_address, ==, "link.copy-address");
  }
  gtk_popover_popdown (popovers->pdata[0]);
}

/* The title */

static gboolean
has_no_hyphens (PangoAttribute *attribute,
                gpointer        user_data)
{
  gboolean *found = user_data;

  if (attribute->klass->type == PANGO_ATTR_INSERT_HYPHENS && !((PangoAttrInt *) attribute)->value &&
      attribute->start_index == 0 && attribute->end_index >= G_MAXINT)
    *found = TRUE;
  return FALSE;
}

/* A key at title size wraps only after an underscore, never with a hyphen,
 * and selected and copied is the key as spelled. */
static void
test_title_wraps_only_at_underscores (Fixture       *f,
                                      gconstpointer  data)
{
  static const char *keys[] = { "PLAY_NOT_ALLOWED", "DEVICE_NOT_ALLOWED_ERROR", "SIGNAL_CAHNNEL_SETUP_FAILED" };

  for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
    {
      GtkLabel *title;
      PangoLayout *layout;
      const PangoLogAttr *breaks;
      gboolean no_hyphens = FALSE;
      g_autofree char *copied = NULL;
      int n;

      show (f, find_entry (keys[k], NULL));
      title = view_child (f, "title_label");
      g_assert_cmpstr (gtk_label_get_text (title), ==, keys[k]);
      g_assert_false (gtk_label_get_use_markup (title));
      pango_attr_list_filter (gtk_label_get_attributes (title), has_no_hyphens, &no_hyphens);
      g_assert_true (no_hyphens);

      /* the line may break after an underscore, nowhere else inside the key */
      layout = gtk_label_get_layout (title);
      g_assert_cmpstr (pango_layout_get_text (layout), ==, keys[k]);
      breaks = pango_layout_get_log_attrs_readonly (layout, &n);
      g_assert_cmpint (n, ==, (int) strlen (keys[k]) + 1);
      for (int i = 1; i < n - 1; i++)
        {
          gboolean after_underscore = keys[k][i - 1] == '_';

          g_assert_cmpint (breaks[i].is_char_break, ==, after_underscore);
          g_assert_false (breaks[i].is_line_break && !after_underscore);
        }

      /* selected and copied, it is the key */
      reset_clipboard (f);
      gtk_label_select_region (title, 0, -1);
      g_signal_emit_by_name (title, "copy-clipboard");
      copied = read_clipboard (f);
      g_assert_cmpstr (copied, ==, keys[k]);
    }
}

/* Versions, and the errors linked to this one */

static const char *
button_text (GtkWidget *button)
{
  g_autoptr(GPtrArray) labels = find_all (button, GTK_TYPE_LABEL);

  g_assert_cmpuint (labels->len, ==, 1);
  return gtk_label_get_text (labels->pdata[0]);
}

/* An extraCode says its SDK version, links to the code it refines and to
 * the same error in v4; each link shows that error. */
static void
test_extra_code_links_to_its_code_and_v4 (Fixture       *f,
                                          gconstpointer  data)
{
  TsEntry *entry = find_entry ("DEVICE_NOT_ALLOWED_ERROR", "5.x");
  TsEntry *parent = find_entry ("DEVICE_ERROR", "5.x");
  TsEntry *v4 = find_entry ("NotAllowedError", "4.x");
  g_autofree char *refines = g_strdup_printf (_("Refines %s"), "5300 DEVICE_ERROR");
  g_autofree char *in_v4 = g_strdup_printf (_("In SDK %s: %s"), "4.x", "NotAllowedError");
  g_autofree char *in_v5 = g_strdup_printf (_("In SDK %s: %s"), "5.x", "5302 DEVICE_NOT_ALLOWED_ERROR");
  GtkWidget *counterpart;

  show (f, entry);
  g_assert_cmpstr (gtk_label_get_text (view_child (f, "version_label")), ==, "TRTC Web SDK 5.x");
  g_assert_true (gtk_widget_get_visible (view_child (f, "parent_button")));
  g_assert_cmpstr (button_text (view_child (f, "parent_button")), ==, refines);
  counterpart = gtk_widget_get_first_child (view_child (f, "counterparts_box"));
  g_assert_true (gtk_widget_get_visible (counterpart));
  g_assert_null (gtk_widget_get_next_sibling (counterpart));
  g_assert_cmpstr (button_text (counterpart), ==, in_v4);
  g_assert_cmpstr (gtk_label_get_text (view_child (f, "provenance_label")), ==,
                   _("Description and suggestions written by this project from the vendor's v5 documentation; "
                     "codes and names from the SDK."));

  /* to the code it refines, which refines none */
  g_signal_emit_by_name (view_child (f, "parent_button"), "clicked");
  wait_until (selected (f) == parent && ts_entry_view_get_entry (entry_view (f)) == parent);
  g_assert_false (gtk_widget_get_visible (view_child (f, "parent_button")));

  /* to v4, whose entry links back */
  show (f, entry);
  g_signal_emit_by_name (gtk_widget_get_first_child (view_child (f, "counterparts_box")), "clicked");
  wait_until (selected (f) == v4 && ts_entry_view_get_entry (entry_view (f)) == v4);
  g_assert_cmpstr (gtk_label_get_text (view_child (f, "version_label")), ==, "TRTC Web SDK 4.x");
  g_assert_false (gtk_widget_get_visible (view_child (f, "parent_button")));
  g_assert_cmpstr (button_text (gtk_widget_get_first_child (view_child (f, "counterparts_box"))), ==, in_v5);
  g_assert_cmpstr (gtk_label_get_text (view_child (f, "provenance_label")), ==,
                   _("Text translated from the vendor's Korean error page."));
}

/* Entries without links to others show none; the SDK-only codes say so. */
static void
test_undocumented_and_unlinked (Fixture       *f,
                                gconstpointer  data)
{
  TsEntry *entry = find_entry ("API_CALL_TIMEOUT", "4.x");
  g_autofree char *undocumented = ts_format_undocumented (ts_localizer_get_default (), ui_language ());

  g_assert_false (ts_entry_get_documented (entry));
  show (f, entry);
  g_assert_true (gtk_widget_get_visible (view_child (f, "undocumented_box")));
  g_assert_cmpstr (gtk_label_get_text (view_child (f, "undocumented_label")), ==, undocumented);
  g_assert_false (gtk_widget_get_visible (view_child (f, "related_box")));
  /* not the vendor's text: no line says it is */
  g_assert_false (gtk_widget_get_visible (view_child (f, "provenance_label")));

  show (f, find_entry ("PLAY_NOT_ALLOWED", NULL));
  g_assert_false (gtk_widget_get_visible (view_child (f, "undocumented_box")));
  g_assert_false (gtk_widget_get_visible (view_child (f, "related_box")));
  g_assert_true (gtk_widget_get_visible (view_child (f, "provenance_label")));
}

/* Our search keywords, said to be ours, only where there are some */
static void
test_keywords_shown_as_ours (Fixture       *f,
                             gconstpointer  data)
{
  TsEntry *entry = find_entry ("NotAllowedError", "4.x");
  TsEntry *without = find_entry ("DEVICE_NOT_ALLOWED_ERROR", "5.x");
  const char * const *keywords = ts_entry_get_keywords (entry, ui_language ());
  g_autofree char *list = g_strjoinv (", ", (GStrv) keywords);
  g_autofree char *expected = g_strdup_printf (_("Also found by: %s"), list);
  GtkWidget *label;

  g_assert_nonnull (keywords[0]);
  show (f, entry);
  label = view_child (f, "keywords_label");
  g_assert_true (gtk_widget_get_visible (label));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, expected);
  g_assert_true (gtk_widget_has_css_class (label, "dim-label"));
  g_assert_nonnull (gtk_widget_get_tooltip_text (label));

  g_assert_null (ts_entry_get_keywords (without, ui_language ())[0]);
  show (f, without);
  g_assert_false (gtk_widget_get_visible (view_child (f, "keywords_label")));
}

/* Keyboard and screen readers */

static gboolean
has_focus (Fixture   *f,
           GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Into the details, Tab reaches Copy Fix first, then the other buttons and
 * the links; the labels are no stops, but can still be selected and take
 * the focus when clicked, for Ctrl+C. */
static void
test_tab_reaches_the_buttons_first (Fixture       *f,
                                    gconstpointer  data)
{
  const char *order[] = { "copy_fix_button", "copy_other_button", "copy_all_button", "copy_menu_button",
                          "parent_button" };
  GtkLabel *title;

  show (f, find_entry ("DEVICE_NOT_ALLOWED_ERROR", "5.x"));

  /* as Enter on a result does */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (entry_view (f)), GTK_DIR_TAB_FORWARD));
  g_assert_true (has_focus (f, view_child (f, "copy_fix_button")));
  for (guint i = 1; i < G_N_ELEMENTS (order); i++)
    {
      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_TAB_FORWARD));
      g_assert_true (has_focus (f, view_child (f, order[i])));
    }
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_TAB_FORWARD));
  g_assert_true (has_focus (f, gtk_widget_get_first_child (view_child (f, "counterparts_box"))));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_TAB_FORWARD));
  g_assert_true (has_focus (f, gtk_widget_get_first_child (view_child (f, "links_list"))));

  /* and back */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_TAB_BACKWARD));
  g_assert_true (has_focus (f, gtk_widget_get_first_child (view_child (f, "counterparts_box"))));

  /* a label takes the focus when clicked; Tab goes on to the next button */
  title = view_child (f, "title_label");
  g_assert_true (gtk_label_get_selectable (title));
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (title)));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_TAB_FORWARD));
  g_assert_true (has_focus (f, view_child (f, "copy_fix_button")));
}

static void
assert_named (GtkWidget  *widget,
              const char *name)
{
  char *wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name);

  if (wrong != NULL)
    g_error ("%s is named “%s”, not “%s”", G_OBJECT_TYPE_NAME (widget), wrong, name);
  g_assert_null (strchr (name, '_'));
  /* one name, not the label's text again */
  g_assert_false (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY));
}

/* A screen reader says the buttons' text, without their access keys' underlines. */
static void
test_copy_buttons_named_without_underlines (Fixture       *f,
                                            gconstpointer  data)
{
  gboolean korean = ui_language () == TS_LANGUAGE_KOREAN;

  show (f, find_entry ("PLAY_NOT_ALLOWED", NULL));
  assert_named (view_child (f, "copy_fix_button"), _("Copy Fix"));
  assert_named (view_child (f, "copy_other_button"), korean ? _("Copy in English") : _("Copy in Korean"));
  assert_named (view_child (f, "copy_all_button"), _("Copy All"));
  assert_named (view_child (f, "copy_menu_button"), _("More Ways to Copy"));
  /* the access keys stay */
  g_assert_true (gtk_button_get_use_underline (view_child (f, "copy_other_button")));
  g_assert_true (gtk_button_get_use_underline (view_child (f, "copy_all_button")));
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
  ADD ("/entry-view/copy/fix-without-a-fix-copies-the-summary", test_copy_fix_without_a_fix_copies_the_summary);
  ADD ("/entry-view/copy/fix-with-the-pages-it-refers-to", test_copy_fix_with_the_pages_it_refers_to);
  ADD ("/entry-view/copy/all-in-both-languages", test_copy_all_in_both_languages);
  ADD ("/entry-view/links/rows-copy-their-address", test_link_rows_copy_their_address);
  ADD ("/entry-view/title/wraps-only-at-underscores", test_title_wraps_only_at_underscores);
  ADD ("/entry-view/versions/extra-code-links-to-its-code-and-v4", test_extra_code_links_to_its_code_and_v4);
  ADD ("/entry-view/versions/undocumented-and-unlinked", test_undocumented_and_unlinked);
  ADD ("/entry-view/keywords/shown-as-ours", test_keywords_shown_as_ours);
  ADD ("/entry-view/keyboard/tab-reaches-the-buttons-first", test_tab_reaches_the_buttons_first);
  ADD ("/entry-view/a11y/copy-buttons-named-without-underlines", test_copy_buttons_named_without_underlines);
#undef ADD

  status = g_test_run ();
  g_object_unref (catalog);
  return status;
}
