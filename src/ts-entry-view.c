/* ts-entry-view.c: everything about one error: explanation, fix, links
 *
 * All of it is selectable plain text. The copy buttons are the window's
 * actions, so the shortcut and the buttons do the same; the view opens
 * links itself, http and https only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-entry-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-entry-view.h"
#include "ts-highlight.h"

struct _TsEntryView
{
  GtkWidget parent_instance;

  TsLocalizer *localizer;
  TsEntry *entry;

  GtkLabel *title_label;
  GtkLabel *code_badge;
  GtkLabel *hex_badge;
  GtkLabel *category_label;
  GtkLabel *summary_label;
  GtkWidget *undocumented_box;
  GtkWidget *copy_fix_button;
  GtkWidget *copy_other_button;
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
};

G_DEFINE_FINAL_TYPE (TsEntryView, ts_entry_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ENTRY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
launch_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GtkWidget) button = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    {
      GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (button));
      g_autofree char *message = g_strdup_printf (_("Could not open the link: %s"), error->message);

      g_warning ("%s", message);
      if (window != NULL)
        gtk_widget_activate_action (window, "win.show-message", "s", message);
    }
}

static void
on_link_clicked (GtkButton *button)
{
  const char *url = g_object_get_data (G_OBJECT (button), "url");
  const char *scheme = g_uri_peek_scheme (url);
  g_autoptr(GdkAppLaunchContext) context = NULL;

  /* the loader refuses other links; this is the last door before a browser */
  if (scheme == NULL || (!g_str_equal (scheme, "https") && !g_str_equal (scheme, "http")))
    return;

  context = gdk_display_get_app_launch_context (gtk_widget_get_display (GTK_WIDGET (button)));
  g_app_info_launch_default_for_uri_async (url, G_APP_LAUNCH_CONTEXT (context), NULL,
                                           launch_done, g_object_ref (button));
}

static GtkWidget *
link_button_new (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *icon = gtk_image_new_from_icon_name ("web-browser-symbolic");
  GtkWidget *button = gtk_button_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_width_chars (GTK_LABEL (label), 12);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_button_set_child (GTK_BUTTON (button), box);
  g_signal_connect (button, "clicked", G_CALLBACK (on_link_clicked), NULL);
  return button;
}

static void
link_button_set (GtkWidget  *button,
                 const char *title,
                 const char *url)
{
  GtkWidget *label = gtk_widget_get_first_child (gtk_button_get_child (GTK_BUTTON (button)));

  gtk_label_set_text (GTK_LABEL (label), title);
  gtk_widget_set_tooltip_text (button, url);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, url,
                                  -1);
  g_object_set_data_full (G_OBJECT (button), "url", g_strdup (url), g_free);
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
        ts_highlight_label (GTK_LABEL (text), steps[i], words);
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

  ts_highlight_label (self->title_label, gtk_label_get_text (self->title_label), words);
  ts_highlight_label (self->code_badge, gtk_label_get_text (self->code_badge), words);
  ts_highlight_label (self->hex_badge, gtk_label_get_text (self->hex_badge), words);
  ts_highlight_label (self->summary_label, gtk_label_get_text (self->summary_label), words);
  ts_highlight_label (self->explanation_label, gtk_label_get_text (self->explanation_label), words);
  ts_highlight_label (self->aliases_label, gtk_label_get_text (self->aliases_label), words);

  for (guint i = 0; steps[i] != NULL; i++)
    ts_highlight_label (GTK_LABEL (gtk_grid_get_child_at (self->remedy_grid, 1, i)), steps[i], words);
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

  ts_highlight_label (self->title_label, ts_entry_get_title (entry), words);
  ts_highlight_label (self->code_badge, ts_entry_get_code_text (entry), words);
  gtk_widget_set_visible (GTK_WIDGET (self->code_badge), ts_entry_has_code (entry));
  ts_highlight_label (self->hex_badge, ts_entry_get_hex (entry), words);
  gtk_widget_set_visible (GTK_WIDGET (self->hex_badge), ts_entry_get_hex (entry) != NULL);
  gtk_label_set_text (self->category_label, ts_category_get_name (ts_entry_get_category (entry), language));
  ts_highlight_label (self->summary_label, ts_entry_get_summary (entry, language), words);
  gtk_widget_set_visible (self->undocumented_box, !ts_entry_get_documented (entry));

  explanation = ts_entry_get_explanation (entry, language);
  explanation_text = g_strjoinv ("\n\n", (GStrv) explanation);
  ts_highlight_label (self->explanation_label, explanation_text, words);
  gtk_widget_set_visible (self->explanation_box, explanation[0] != NULL);

  show_remedy (self, ts_entry_get_remedy (entry, language), words);

  aliases = ts_entry_get_aliases (entry);
  aliases_text = g_strjoinv ("\n", (GStrv) aliases);
  ts_highlight_label (self->aliases_label, aliases_text, words);
  gtk_widget_set_visible (self->aliases_box, aliases[0] != NULL);

  notes = ts_entry_get_notes (entry, language);
  notes_text = g_strjoinv ("\n", (GStrv) notes);
  gtk_label_set_text (self->notes_label, notes_text);
  gtk_widget_set_visible (self->notes_box, notes[0] != NULL);

  /* link buttons are kept from entry to entry, like the steps */
  {
    GtkWidget *button = gtk_widget_get_first_child (self->links_list);

    for (guint i = 0; i < ts_entry_get_n_links (entry) || button != NULL; i++)
      {
        if (button == NULL)
          {
            button = link_button_new ();
            gtk_box_append (GTK_BOX (self->links_list), button);
          }
        gtk_widget_set_visible (button, i < ts_entry_get_n_links (entry));
        if (i < ts_entry_get_n_links (entry))
          link_button_set (button, ts_entry_get_link_title (entry, i, language), ts_entry_get_link_url (entry, i));
        button = gtk_widget_get_next_sibling (button);
      }
  }
  gtk_widget_set_visible (self->links_box, ts_entry_get_n_links (entry) > 0);
}

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

  properties[PROP_ENTRY] =
    g_param_spec_object ("entry", NULL, NULL, TS_TYPE_ENTRY,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ts-entry-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TsEntryView, title_label);
  gtk_widget_class_bind_template_child (widget_class, TsEntryView, code_badge);
  gtk_widget_class_bind_template_child (widget_class, TsEntryView, hex_badge);
  gtk_widget_class_bind_template_child (widget_class, TsEntryView, category_label);
  gtk_widget_class_bind_template_child (widget_class, TsEntryView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, TsEntryView, undocumented_box);
  gtk_widget_class_bind_template_child (widget_class, TsEntryView, copy_fix_button);
  gtk_widget_class_bind_template_child (widget_class, TsEntryView, copy_other_button);
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

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ts_entry_view_init (TsEntryView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
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

  g_return_val_if_fail (localizer != NULL, NULL);

  self = g_object_new (TS_TYPE_ENTRY_VIEW, NULL);
  self->localizer = localizer;
  language = ts_localizer_get_ui_language (localizer);

  /* the fix in the language the UI is not in, for answering customers */
  gtk_button_set_label (GTK_BUTTON (self->copy_other_button),
                        language == TS_LANGUAGE_KOREAN ? _("Copy in _English") : _("Copy in _Korean"));
  gtk_widget_set_tooltip_text (self->copy_other_button,
                               language == TS_LANGUAGE_KOREAN ? _("Copy the fix in English")
                                                              : _("Copy the fix in Korean"));
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
