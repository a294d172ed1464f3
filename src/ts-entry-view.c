/* ts-entry-view.c: everything about one error: explanation, fix, links
 *
 * The text is selectable plain text. The copy buttons are the window's
 * actions, so the shortcut and the buttons do the same. The view opens
 * links itself, http and https only, and asks the window to show the
 * errors it links to (the code an extraCode refines, the same error in the
 * other SDK version) with TsEntryView::show-entry.
 *
 * Tab goes from button to link, the copy buttons first: the labels can be
 * selected with the pointer and copied with Ctrl+C, but are no Tab stops.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-entry-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ts-entry-view.h"
#include "ts-format.h"
#include "ts-highlight.h"

struct _TsEntryView
{
  GtkWidget parent_instance;

  TsLocalizer *localizer;
  TsEntry *entry;

  GtkLabel *version_label;
  GtkLabel *title_label;
  GtkLabel *code_badge;
  GtkLabel *hex_badge;
  GtkLabel *category_label;
  GtkLabel *summary_label;
  GtkWidget *related_box;
  GtkWidget *parent_button;
  GtkWidget *counterparts_box;
  GtkWidget *undocumented_box;
  GtkLabel *undocumented_label;
  GtkWidget *copy_buttons;
  GtkWidget *copy_fix_button;
  GtkWidget *copy_other_button;
  GtkWidget *copy_all_button;
  GtkMenuButton *copy_menu_button;
  GtkWidget *explanation_box;
  GtkLabel *explanation_label;
  GtkGrid *remedy_grid;
  GtkWidget *no_remedy_label;
  GtkWidget *aliases_box;
  GtkLabel *aliases_label;
  GtkWidget *notes_box;
  GtkLabel *notes_label;
  GtkWidget *links_box;
  GtkWidget *links_list;
  GtkWidget *footer_box;
  GtkLabel *keywords_label;
  GtkLabel *provenance_label;
};

G_DEFINE_FINAL_TYPE (TsEntryView, ts_entry_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ENTRY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SHOW_ENTRY,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* A part of a key between underscores longer than this may still break
 * anywhere: a catalog's key of one long word must not widen the pane. */
#define MAX_UNBROKEN_CHARS 20

/* Words longer than LONG_WORD characters (no catalog has one; a broken or
 * hostile one may, up to the loader's 256) get a place to break, a zero
 * width space, every BREAK_EVERY characters: Pango breaks an unbroken word
 * anywhere only at a cost that grows with its length, in every measure of
 * the label. The title keeps its key as it is (see show_title()). */
#define LONG_WORD 64
#define BREAK_EVERY 16

static char *
breakable (const char *text)
{
  GString *out;
  guint run = 0;
  gboolean long_word = FALSE;

  if (text == NULL)
    return NULL;

  for (const char *p = text; *p != '\0' && !long_word; p = g_utf8_next_char (p))
    {
      run = g_unichar_isspace (g_utf8_get_char (p)) ? 0 : run + 1;
      long_word = run > LONG_WORD;
    }
  if (!long_word)
    return g_strdup (text);

  out = g_string_sized_new (strlen (text) * 2);
  run = 0;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      run = g_unichar_isspace (c) ? 0 : run + 1;
      if (run > BREAK_EVERY)
        {
          g_string_append_unichar (out, 0x200B);
          run = 1;
        }
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* Catalog text in a wrapping label, with the query's words highlighted */
static void
show_text (GtkLabel           *label,
           const char         *text,
           const char * const *words)
{
  g_autofree char *shown = breakable (text);

  ts_highlight_label (label, shown, words);
}

/* Links */

static void
launch_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GtkWidget) row = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not open the link: %s"), error->message);

      g_warning ("%s", message);
      gtk_widget_activate_action (row, "win.show-message", "s", message);
    }
}

static void
link_open_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  GtkWidget *row = user_data;
  const char *url = g_object_get_data (G_OBJECT (row), "url");
  const char *scheme = url != NULL ? g_uri_peek_scheme (url) : NULL;
  g_autoptr(GdkAppLaunchContext) context = NULL;

  /* the loader refuses other links; this is the last door before a browser */
  if (scheme == NULL || (!g_str_equal (scheme, "https") && !g_str_equal (scheme, "http")))
    return;

  context = gdk_display_get_app_launch_context (gtk_widget_get_display (row));
  g_app_info_launch_default_for_uri_async (url, G_APP_LAUNCH_CONTEXT (context), NULL,
                                           launch_done, g_object_ref (row));
}

static void
link_copy_address_action (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  GtkWidget *row = user_data;
  const char *url = g_object_get_data (G_OBJECT (row), "url");
  g_autofree char *message = NULL;

  if (url == NULL)
    return;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (row), url);
  /* Translators: %s is the title of a link, as “Autoplay policy” */
  message = g_strdup_printf (_("Copied the address of “%s”"), (const char *) g_object_get_data (G_OBJECT (row), "title"));
  gtk_widget_activate_action (row, "win.show-message", "s", message);
}

static void
on_link_clicked (GtkWidget *row,
                 GtkButton *button)
{
  gtk_widget_activate_action (row, "link.open", NULL);
}

/* The context menu of a link, made when it is first opened. At (@x, @y)
 * of @row, or below the link for a key. */
static void
popup_link_menu (GtkWidget *row,
                 double     x,
                 double     y)
{
  GtkWidget *menu = g_object_get_data (G_OBJECT (row), "menu");
  GdkRectangle rectangle = { (int) x, (int) y, 1, 1 };

  if (menu == NULL)
    {
      g_autoptr(GMenu) model = g_menu_new ();

      g_menu_append (model, _("_Open Link"), "link.open");
      g_menu_append (model, _("Copy _Link Address"), "link.copy-address");
      menu = gtk_popover_menu_new_from_model (G_MENU_MODEL (model));
      gtk_popover_set_has_arrow (GTK_POPOVER (menu), FALSE);
      gtk_widget_set_halign (menu, GTK_ALIGN_START);
      /* a child of the row, so that the menu reaches the row's actions */
      gtk_widget_set_parent (menu, row);
      g_object_set_data (G_OBJECT (row), "menu", menu);
    }

  if (x < 0)
    {
      rectangle.x = 0;
      rectangle.y = 0;
      rectangle.width = gtk_widget_get_width (row);
      rectangle.height = gtk_widget_get_height (row);
    }
  gtk_popover_set_pointing_to (GTK_POPOVER (menu), &rectangle);
  gtk_popover_popup (GTK_POPOVER (menu));
}

static void
on_link_secondary_pressed (GtkGestureClick *gesture,
                           int              n_press,
                           double           x,
                           double           y,
                           GtkWidget       *row)
{
  GtkWidget *button = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  double row_x, row_y;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  if (!gtk_widget_translate_coordinates (button, row, x, y, &row_x, &row_y))
    row_x = row_y = -1;
  popup_link_menu (row, row_x, row_y);
}

static void
on_link_long_pressed (GtkGestureLongPress *gesture,
                      double               x,
                      double               y,
                      GtkWidget           *row)
{
  GtkWidget *button = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  double row_x, row_y;

  /* the press that opened the menu does not open the link too */
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  if (!gtk_widget_translate_coordinates (button, row, x, y, &row_x, &row_y))
    row_x = row_y = -1;
  popup_link_menu (row, row_x, row_y);
}

static gboolean
on_link_menu_key (GtkWidget *button,
                  GVariant  *arguments,
                  gpointer   user_data)
{
  popup_link_menu (gtk_widget_get_parent (button), -1, -1);
  return TRUE;
}

static const GActionEntry link_actions[] = {
  { .name = "open", .activate = link_open_action },
  { .name = "copy-address", .activate = link_copy_address_action },
};

/* A link: a button with its title and, dim, its host, in a row that holds
 * its actions (link.open, link.copy-address) and its context menu. */
static GtkWidget *
link_row_new (void)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *host = gtk_label_new (NULL);
  GtkWidget *icon = gtk_image_new_from_icon_name ("web-browser-symbolic");
  g_autoptr(GSimpleActionGroup) actions = g_simple_action_group_new ();
  GtkGesture *secondary = gtk_gesture_click_new ();
  GtkGesture *long_press = gtk_gesture_long_press_new ();
  GtkEventController *keys = gtk_shortcut_controller_new ();

  for (GtkWidget *label = title; label != NULL; label = label == title ? host : NULL)
    {
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_width_chars (GTK_LABEL (label), 12);
      gtk_box_append (GTK_BOX (texts), label);
    }
  gtk_widget_add_css_class (host, "caption");
  gtk_widget_add_css_class (host, "dim-label");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, NULL, -1);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_box_append (GTK_BOX (row), button);
  g_object_set_data (G_OBJECT (row), "title-label", title);
  g_object_set_data (G_OBJECT (row), "host-label", host);

  g_action_map_add_action_entries (G_ACTION_MAP (actions), link_actions, G_N_ELEMENTS (link_actions), row);
  gtk_widget_insert_action_group (row, "link", G_ACTION_GROUP (actions));
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (on_link_clicked), row);

  /* the context menu: right click, long press, the Menu key or Shift+F10 */
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (secondary), GDK_BUTTON_SECONDARY);
  g_signal_connect (secondary, "pressed", G_CALLBACK (on_link_secondary_pressed), row);
  gtk_widget_add_controller (button, GTK_EVENT_CONTROLLER (secondary));
  g_signal_connect (long_press, "pressed", G_CALLBACK (on_link_long_pressed), row);
  gtk_widget_add_controller (button, GTK_EVENT_CONTROLLER (long_press));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("Menu|<Shift>F10"),
                                                          gtk_callback_action_new (on_link_menu_key, NULL, NULL)));
  gtk_widget_add_controller (button, keys);
  return row;
}

static void
link_row_set (GtkWidget  *row,
              const char *title,
              const char *url)
{
  GtkWidget *button = gtk_widget_get_first_child (row);
  g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  const char *host = uri != NULL ? g_uri_get_host (uri) : NULL;

  show_text (g_object_get_data (G_OBJECT (row), "title-label"), title, NULL);
  gtk_label_set_text (g_object_get_data (G_OBJECT (row), "host-label"), host != NULL ? host : url);
  gtk_widget_set_tooltip_text (button, url);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, url,
                                  -1);
  g_object_set_data_full (G_OBJECT (row), "title", g_strdup (title), g_free);
  g_object_set_data_full (G_OBJECT (row), "url", g_strdup (url), g_free);
}

/* Rows are kept from entry to entry, like the steps: the first @n of
 * @list are shown, made when first needed with @new_row, the others hidden.
 * Returns the first row, to be walked with gtk_widget_get_next_sibling(). */
static GtkWidget *
show_rows (GtkWidget   *list,
           guint        n,
           GtkWidget *(*new_row) (gpointer data),
           gpointer     data)
{
  GtkWidget *row = gtk_widget_get_first_child (list);

  for (guint i = 0; i < n || row != NULL; i++)
    {
      if (row == NULL)
        {
          row = new_row (data);
          gtk_box_append (GTK_BOX (list), row);
        }
      gtk_widget_set_visible (row, i < n);
      row = gtk_widget_get_next_sibling (row);
    }
  return gtk_widget_get_first_child (list);
}

static GtkWidget *
new_link_row (gpointer data)
{
  return link_row_new ();
}

/* Errors linked to this one */

/* "5300 DEVICE_ERROR", "NotAllowedError", "-10012" */
static char *
entry_name (TsEntry *entry)
{
  const char *title = ts_entry_get_title (entry);

  if (ts_entry_has_code (entry) && !g_str_equal (ts_entry_get_code_text (entry), title))
    return g_strdup_printf ("%s %s", ts_entry_get_code_text (entry), title);
  return g_strdup (title);
}

static void
on_related_clicked (TsEntryView *self,
                    GtkButton   *button)
{
  TsEntry *linked = g_object_get_data (G_OBJECT (button), "entry");
  gboolean had_focus = gtk_widget_has_focus (GTK_WIDGET (button));
  g_autoptr(TsEntry) target = NULL;

  if (linked == NULL)
    return;

  /* the window shows it, and this button may then show another or none */
  target = g_object_ref (linked);
  g_signal_emit (self, signals[SHOW_ENTRY], 0, target);
  if (had_focus && self->entry == target)
    gtk_widget_grab_focus (self->copy_fix_button);
}

static GtkWidget *
new_related_button (gpointer data)
{
  TsEntryView *self = data;
  GtkWidget *button = gtk_button_new ();

  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "link");
  gtk_widget_add_css_class (button, "inline-link");
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (on_related_clicked), self);
  return button;
}

static void
related_button_set (GtkWidget  *button,
                    const char *text,
                    TsEntry    *target)
{
  GtkWidget *label = gtk_button_get_child (GTK_BUTTON (button));

  /* a label of its own, not gtk_button_set_label(): a text button's
   * padding would set the link apart from the text above it */
  if (label == NULL)
    {
      label = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_button_set_child (GTK_BUTTON (button), label);
    }
  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  g_object_set_data_full (G_OBJECT (button), "entry", g_object_ref (target), g_object_unref);
}

/* "Refines 5300 DEVICE_ERROR"; "In SDK 4.x: NotAllowedError" */
static void
show_related (TsEntryView *self)
{
  TsEntry *parent = ts_entry_get_parent (self->entry);
  guint n = ts_entry_get_n_counterparts (self->entry);
  GtkWidget *button;

  if (parent != NULL)
    {
      g_autofree char *name = entry_name (parent);
      /* Translators: under an extraCode; %s is the code it refines and its
       * name, as “5300 DEVICE_ERROR”; a link that shows that error */
      g_autofree char *text = g_strdup_printf (_("Refines %s"), name);

      related_button_set (self->parent_button, text, parent);
    }
  gtk_widget_set_visible (self->parent_button, parent != NULL);

  button = show_rows (self->counterparts_box, n, new_related_button, self);
  for (guint i = 0; i < n; i++, button = gtk_widget_get_next_sibling (button))
    {
      TsEntry *counterpart = ts_entry_get_counterpart (self->entry, i);
      g_autofree char *name = entry_name (counterpart);
      /* Translators: the same error in another SDK version: the first %s is
       * the version, as “4.x”, the second the error, as “NotAllowedError”;
       * a link that shows that error */
      g_autofree char *text = g_strdup_printf (_("In SDK %s: %s"), ts_entry_get_sdk_version (counterpart), name);

      related_button_set (button, text, counterpart);
    }

  gtk_widget_set_visible (self->related_box, parent != NULL || n > 0);
}

/* Whose words these are. Only the built-in catalogs' entries can say: the
 * category ids of the user's catalogs have their file's name and a '/'. */
static const char *
provenance (TsEntry *entry)
{
  const char *version = ts_entry_get_sdk_version (entry);

  /* the SDK defines it; the page does not describe it: said above */
  if (!ts_entry_get_documented (entry) ||
      g_strcmp0 (ts_entry_get_product (entry), "TRTC Web SDK") != 0 ||
      strchr (ts_category_get_id (ts_entry_get_category (entry)), '/') != NULL)
    return NULL;

  if (g_strcmp0 (version, "4.x") == 0)
    /* Translators: under a v4 error. Its Korean is the vendor's page itself:
     * say so in Korean, as “공급업체의 한국어 오류 코드 페이지 원문입니다.” */
    return _("Text translated from the vendor's Korean error page.");
  if (g_strcmp0 (version, "5.x") == 0)
    /* Translators: under a v5 error; its Korean is this project's translation */
    return _("Description and suggestions written by this project from the vendor's v5 documentation; "
             "codes and names from the SDK.");
  return NULL;
}

/* Keywords and where the text comes from, in small print at the end */
static void
show_footer (TsEntryView *self)
{
  TsLanguage language = ts_localizer_get_ui_language (self->localizer);
  const char * const *keywords = ts_entry_get_keywords (self->entry, language);
  const char *source = provenance (self->entry);

  if (keywords[0] != NULL)
    {
      g_autofree char *list = g_strjoinv (", ", (GStrv) keywords);
      /* Translators: %s is a list of search words, as “webcam, no sound” */
      g_autofree char *text = g_strdup_printf (_("Also found by: %s"), list);

      gtk_label_set_text (self->keywords_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->keywords_label), keywords[0] != NULL);

  gtk_label_set_text (self->provenance_label, source != NULL ? source : "");
  gtk_widget_set_visible (GTK_WIDGET (self->provenance_label), source != NULL);
  gtk_widget_set_visible (self->footer_box, keywords[0] != NULL || source != NULL);
}

/* The title */

/* A key breaks only after its underscores, and never with a hyphen: at
 * large sizes, "PLAY_NOT_ALLOWED" would otherwise wrap as "PLAY_NOT_ALL-
 * OWED". Attributes do it, so that the text, selected and copied, stays
 * the key. Messages break between words as usual. */
static void
show_title (TsEntryView        *self,
            const char         *title,
            const char * const *words)
{
  PangoAttrList *attributes = ts_highlight_attributes_new (title, words);
  gsize length = strlen (title);
  gsize start = 0;

  if (attributes == NULL)
    attributes = pango_attr_list_new ();
  pango_attr_list_insert (attributes, pango_attr_insert_hyphens_new (FALSE));

  for (gsize end = 1; end <= length; end++)
    if (end == length || title[end - 1] == '_' || title[end - 1] == ' ')
      {
        if (g_utf8_strlen (title + start, end - start) <= MAX_UNBROKEN_CHARS)
          {
            PangoAttribute *unbroken = pango_attr_allow_breaks_new (FALSE);

            unbroken->start_index = start;
            unbroken->end_index = end;
            pango_attr_list_insert (attributes, unbroken);
          }
        start = end;
      }

  gtk_label_set_use_markup (self->title_label, FALSE);
  gtk_label_set_text (self->title_label, title);
  gtk_label_set_attributes (self->title_label, attributes);
  pango_attr_list_unref (attributes);
}

static GtkWidget *
wrapped_label_new (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_width_chars (GTK_LABEL (label), 12);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  return label;
}

/* The step labels are kept from entry to entry: row @i of the grid holds
 * the number and the text of step @i, made the first time it is needed. */
static void
show_remedy (TsEntryView        *self,
             const char * const *steps,
             const char * const *words)
{
  guint n = g_strv_length ((GStrv) steps);
  guint i;

  for (i = 0; i < n || gtk_grid_get_child_at (self->remedy_grid, 1, i) != NULL; i++)
    {
      GtkWidget *number = gtk_grid_get_child_at (self->remedy_grid, 0, i);
      GtkWidget *text = gtk_grid_get_child_at (self->remedy_grid, 1, i);

      if (text == NULL)
        {
          g_autofree char *digits = g_strdup_printf ("%u.", i + 1);

          number = gtk_label_new (digits);
          gtk_label_set_xalign (GTK_LABEL (number), 1);
          gtk_label_set_yalign (GTK_LABEL (number), 0);
          gtk_widget_add_css_class (number, "step-number");
          gtk_widget_add_css_class (number, "dim-label");
          gtk_grid_attach (self->remedy_grid, number, 0, i, 1, 1);
          text = wrapped_label_new ();
          gtk_grid_attach (self->remedy_grid, text, 1, i, 1, 1);
        }

      /* one step needs no number */
      gtk_widget_set_visible (number, i < n && n > 1);
      gtk_widget_set_visible (text, i < n);
      if (i < n)
        show_text (GTK_LABEL (text), steps[i], words);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->remedy_grid), n > 0);
  gtk_widget_set_visible (self->no_remedy_label, n == 0);
}

/* The same entry with a new query: only the highlights change. */
static void
highlight_again (TsEntryView        *self,
                 const char * const *words)
{
  TsLanguage language = ts_localizer_get_ui_language (self->localizer);
  const char * const *steps = ts_entry_get_remedy (self->entry, language);

  show_title (self, ts_entry_get_title (self->entry), words);
  ts_highlight_label (self->code_badge, gtk_label_get_text (self->code_badge), words);
  ts_highlight_label (self->hex_badge, gtk_label_get_text (self->hex_badge), words);
  ts_highlight_label (self->summary_label, gtk_label_get_text (self->summary_label), words);
  ts_highlight_label (self->explanation_label, gtk_label_get_text (self->explanation_label), words);
  ts_highlight_label (self->aliases_label, gtk_label_get_text (self->aliases_label), words);

  for (guint i = 0; steps[i] != NULL; i++)
    show_text (GTK_LABEL (gtk_grid_get_child_at (self->remedy_grid, 1, i)), steps[i], words);
}

static void
show_entry (TsEntryView        *self,
            const char * const *words)
{
  TsLanguage language = ts_localizer_get_ui_language (self->localizer);
  TsEntry *entry = self->entry;
  const char * const *explanation, *const *notes, *const *aliases;
  g_autofree char *explanation_text = NULL;
  g_autofree char *notes_text = NULL;
  g_autofree char *aliases_text = NULL;
  GtkWidget *row;

  if (ts_entry_get_product (entry) != NULL && ts_entry_get_sdk_version (entry) != NULL)
    {
      g_autofree char *version = g_strdup_printf ("%s %s", ts_entry_get_product (entry),
                                                  ts_entry_get_sdk_version (entry));

      gtk_label_set_text (self->version_label, version);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->version_label), ts_entry_get_product (entry) != NULL);

  show_title (self, ts_entry_get_title (entry), words);
  ts_highlight_label (self->code_badge, ts_entry_get_code_text (entry), words);
  gtk_widget_set_visible (GTK_WIDGET (self->code_badge), ts_entry_has_code (entry));
  ts_highlight_label (self->hex_badge, ts_entry_get_hex (entry), words);
  gtk_widget_set_visible (GTK_WIDGET (self->hex_badge), ts_entry_get_hex (entry) != NULL);
  show_text (self->category_label, ts_category_get_name (ts_entry_get_category (entry), language), NULL);
  show_text (self->summary_label, ts_entry_get_summary (entry, language), words);
  show_related (self);
  gtk_widget_set_visible (self->undocumented_box, !ts_entry_get_documented (entry));

  explanation = ts_entry_get_explanation (entry, language);
  explanation_text = g_strjoinv ("\n\n", (GStrv) explanation);
  show_text (self->explanation_label, explanation_text, words);
  gtk_widget_set_visible (self->explanation_box, explanation[0] != NULL);

  show_remedy (self, ts_entry_get_remedy (entry, language), words);

  aliases = ts_entry_get_aliases (entry);
  aliases_text = g_strjoinv ("\n", (GStrv) aliases);
  show_text (self->aliases_label, aliases_text, words);
  gtk_widget_set_visible (self->aliases_box, aliases[0] != NULL);

  notes = ts_entry_get_notes (entry, language);
  notes_text = g_strjoinv ("\n", (GStrv) notes);
  show_text (self->notes_label, notes_text, NULL);
  gtk_widget_set_visible (self->notes_box, notes[0] != NULL);

  row = show_rows (self->links_list, ts_entry_get_n_links (entry), new_link_row, NULL);
  for (guint i = 0; i < ts_entry_get_n_links (entry); i++, row = gtk_widget_get_next_sibling (row))
    link_row_set (row, ts_entry_get_link_title (entry, i, language), ts_entry_get_link_url (entry, i));
  gtk_widget_set_visible (self->links_box, ts_entry_get_n_links (entry) > 0);

  show_footer (self);
}

/* Keyboard focus */

static gboolean
is_tab_stop (GtkWidget *widget)
{
  return GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget);
}

/* The buttons (stops) and selectable labels (not stops) inside @widget, in
 * the order of the widget tree, but with the links to other errors after
 * the copy buttons. */
static void
collect_focusables (TsEntryView *self,
                    GtkWidget   *widget,
                    GPtrArray   *focusables)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (child == self->related_box || !gtk_widget_get_visible (child) || GTK_IS_NATIVE (child))
        continue;
      if (is_tab_stop (child) || (GTK_IS_LABEL (child) && gtk_widget_get_focusable (child)))
        g_ptr_array_add (focusables, child);
      else
        collect_focusables (self, child, focusables);
      if (child == self->copy_buttons && gtk_widget_get_visible (self->related_box))
        collect_focusables (self, self->related_box, focusables);
    }
}

/* Tab (and the arrow keys) go from button to link: the copy buttons first,
 * then the links to other errors (shown above them, with the title), then
 * the links below. The labels are no stops: selectable, they would each
 * take one, five before the copy buttons; clicked, they still take the
 * focus, for Ctrl+C, and Tab goes on from there. */
static gboolean
ts_entry_view_focus (GtkWidget        *widget,
                     GtkDirectionType  direction)
{
  TsEntryView *self = TS_ENTRY_VIEW (widget);
  gboolean forward = direction == GTK_DIR_TAB_FORWARD || direction == GTK_DIR_DOWN || direction == GTK_DIR_RIGHT;
  int step = forward ? 1 : -1;
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  g_autoptr(GPtrArray) focusables = g_ptr_array_new ();
  gboolean on_item = FALSE;
  int current = -1;
  int i;

  collect_focusables (self, widget, focusables);

  if (focus != NULL && gtk_widget_is_ancestor (focus, widget))
    for (i = 0; i < (int) focusables->len && current < 0; i++)
      {
        GtkWidget *item = focusables->pdata[i];

        if (item == focus || gtk_widget_is_ancestor (focus, item))
          {
            current = i;
            on_item = TRUE;
          }
        else if (gtk_widget_is_ancestor (item, focus))
          {
            /* on what holds a button (a GtkFlowBoxChild): the button is next */
            current = i;
          }
      }

  /* a stop with parts of its own moves within them first */
  if (on_item && is_tab_stop (focusables->pdata[current]) &&
      gtk_widget_child_focus (focusables->pdata[current], direction))
    return TRUE;

  if (current < 0)
    i = forward ? 0 : (int) focusables->len - 1;
  else
    i = on_item ? current + step : current;

  for (; i >= 0 && i < (int) focusables->len; i += step)
    if (is_tab_stop (focusables->pdata[i]) && gtk_widget_child_focus (focusables->pdata[i], direction))
      return TRUE;

  return FALSE;
}

/* Standard overrides */

static void
ts_entry_view_dispose (GObject *object)
{
  TsEntryView *self = (TsEntryView *) object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), TS_TYPE_ENTRY_VIEW);
  /* the template's unnamed children too */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->entry);

  G_OBJECT_CLASS (ts_entry_view_parent_class)->dispose (object);
}

static void
ts_entry_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  TsEntryView *self = TS_ENTRY_VIEW (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      g_value_set_object (value, self->entry);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_entry_view_class_init (TsEntryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ts_entry_view_dispose;
  object_class->get_property = ts_entry_view_get_property;
  widget_class->focus = ts_entry_view_focus;

  properties[PROP_ENTRY] =
    g_param_spec_object ("entry", NULL, NULL, TS_TYPE_ENTRY,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TsEntryView::show-entry:
   * @entry: an error the one shown links to: the code an extraCode
   *   refines, or the same error in another SDK version
   *
   * The user followed a link to @entry; the window shows it.
   */
  signals[SHOW_ENTRY] =
    g_signal_new ("show-entry", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, TS_TYPE_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ts-entry-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TsEntryView, version_label);
  gtk_widget_class_bind_template_child (widget_class, TsEntryView, title_label);
  gtk_widget_class_bind_template_child (widget_class, TsEntryView, code_badge);
  gtk_widget_class_bind_template_child (widget_class, TsEntryView, hex_badge);
  gtk_widget_class_bind_template_child (widget_class, TsEntryView, category_label);
  gtk_widget_class_bind_template_child (widget_class, TsEntryView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, TsEntryView, related_box);
  gtk_widget_class_bind_template_child (widget_class, TsEntryView, parent_button);
  gtk_widget_class_bind_template_child (widget_class, TsEntryView, counterparts_box);
  gtk_widget_class_bind_template_child (widget_class, TsEntryView, undocumented_box);
  gtk_widget_class_bind_template_child (widget_class, TsEntryView, undocumented_label);
  gtk_widget_class_bind_template_child (widget_class, TsEntryView, copy_buttons);
  gtk_widget_class_bind_template_child (widget_class, TsEntryView, copy_fix_button);
  gtk_widget_class_bind_template_child (widget_class, TsEntryView, copy_other_button);
  gtk_widget_class_bind_template_child (widget_class, TsEntryView, copy_all_button);
  gtk_widget_class_bind_template_child (widget_class, TsEntryView, copy_menu_button);
  gtk_widget_class_bind_template_child (widget_class, TsEntryView, explanation_box);
  gtk_widget_class_bind_template_child (widget_class, TsEntryView, explanation_label);
  gtk_widget_class_bind_template_child (widget_class, TsEntryView, remedy_grid);
  gtk_widget_class_bind_template_child (widget_class, TsEntryView, no_remedy_label);
  gtk_widget_class_bind_template_child (widget_class, TsEntryView, aliases_box);
  gtk_widget_class_bind_template_child (widget_class, TsEntryView, aliases_label);
  gtk_widget_class_bind_template_child (widget_class, TsEntryView, notes_box);
  gtk_widget_class_bind_template_child (widget_class, TsEntryView, notes_label);
  gtk_widget_class_bind_template_child (widget_class, TsEntryView, links_box);
  gtk_widget_class_bind_template_child (widget_class, TsEntryView, links_list);
  gtk_widget_class_bind_template_child (widget_class, TsEntryView, footer_box);
  gtk_widget_class_bind_template_child (widget_class, TsEntryView, keywords_label);
  gtk_widget_class_bind_template_child (widget_class, TsEntryView, provenance_label);
  gtk_widget_class_bind_template_callback (widget_class, on_related_clicked);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

/* The name a screen reader says is the button's text, without the
 * underline of its access key: GTK 4.8 would keep it ("Copy _All"). */
static void
set_accessible_label (GtkWidget  *button,
                      const char *label)
{
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
ts_entry_view_init (TsEntryView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  set_accessible_label (self->copy_all_button, _("Copy All"));
}

/**
 * ts_entry_view_new:
 * @localizer: (transfer none): for the UI language; must outlive the view
 */
TsEntryView *
ts_entry_view_new (TsLocalizer *localizer)
{
  TsEntryView *self;
  TsLanguage language;
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autofree char *undocumented = NULL;

  g_return_val_if_fail (localizer != NULL, NULL);

  self = g_object_new (TS_TYPE_ENTRY_VIEW, NULL);
  self->localizer = localizer;
  language = ts_localizer_get_ui_language (localizer);

  /* the fix in the language the UI is not in, for answering customers */
  gtk_button_set_label (GTK_BUTTON (self->copy_other_button),
                        language == TS_LANGUAGE_KOREAN ? _("Copy in _English") : _("Copy in _Korean"));
  set_accessible_label (self->copy_other_button,
                        language == TS_LANGUAGE_KOREAN ? _("Copy in English") : _("Copy in Korean"));
  gtk_widget_set_tooltip_text (self->copy_other_button,
                               language == TS_LANGUAGE_KOREAN ? _("Copy the fix in English")
                                                              : _("Copy the fix in Korean"));
  g_menu_append (menu, language == TS_LANGUAGE_KOREAN ? _("Copy All in _English") : _("Copy All in _Korean"),
                 "win.copy-all-other-language");
  gtk_menu_button_set_menu_model (self->copy_menu_button, G_MENU_MODEL (menu));

  undocumented = ts_format_undocumented (localizer, language);
  gtk_label_set_text (self->undocumented_label, undocumented);
  return self;
}

/**
 * ts_entry_view_get_entry:
 *
 * Returns: (transfer none) (nullable): the entry shown
 */
TsEntry *
ts_entry_view_get_entry (TsEntryView *self)
{
  g_return_val_if_fail (TS_IS_ENTRY_VIEW (self), NULL);

  return self->entry;
}

/**
 * ts_entry_view_set_entry:
 * @entry: (nullable): what to show
 * @words: (nullable): the folded words of the query, to highlight
 */
void
ts_entry_view_set_entry (TsEntryView        *self,
                         TsEntry            *entry,
                         const char * const *words)
{
  g_return_if_fail (TS_IS_ENTRY_VIEW (self));
  g_return_if_fail (entry == NULL || TS_IS_ENTRY (entry));

  if (entry != NULL && entry == self->entry)
    {
      highlight_again (self, words);
      return;
    }

  g_set_object (&self->entry, entry);
  if (entry != NULL)
    show_entry (self, words);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTRY]);
}
