/* ts-result-row.c: an error in the list of results
 *
 * Code and hex code on the left; then the key or message, and below it the
 * summary; for errors with only a code, the summary on both lines, so that
 * long ones that begin alike (-10018, -10019) still differ. At the end, the
 * SDK version, where the catalog has more than one (INVALID_PARAMETER is
 * 4096 in v4 and 5000 in v5), and how the error matched, where that is not
 * obvious from the text. The tooltip has the whole summary, and assistive
 * technologies read the row as its name, codes, summary and version.
 *
 * The texts are not labels: their size does not depend on their text, so
 * a row bound to another result is redrawn without measuring it and the
 * window again. See ts-row-text.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-result-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-highlight.h"
#include "ts-result-row.h"
#include "ts-row-text.h"

struct _TsResultRow
{
  GtkWidget parent_instance;

  TsLocalizer *localizer;
  TsRowItem *item;
  TsResultModel *results;

  TsRowText *code_label;
  TsRowText *hex_label;
  TsRowText *title_label;
  TsRowText *subtitle_label;
  TsRowText *summary_label;
  TsRowText *version_label;
  GtkImage *kind_image;
};

/* as 16449, 0x4041 and -10012 need */
#define MIN_CODE_CHARS 6
/* the widest version badge */
#define MAX_VERSION_CHARS 8

G_DEFINE_FINAL_TYPE (TsResultRow, ts_result_row, GTK_TYPE_WIDGET)

static void
ts_result_row_dispose (GObject *object)
{
  TsResultRow *self = TS_RESULT_ROW (object);
  GtkWidget *child;

  ts_result_row_unbind (self);
  gtk_widget_dispose_template (GTK_WIDGET (object), TS_TYPE_RESULT_ROW);
  /* the template's unnamed children too */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (ts_result_row_parent_class)->dispose (object);
}

/* Whether @text has characters that come from a CJK font. */
static gboolean
needs_cjk_font (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      switch (g_unichar_get_script (g_utf8_get_char (p)))
        {
        case G_UNICODE_SCRIPT_HANGUL:
        case G_UNICODE_SCRIPT_HAN:
        case G_UNICODE_SCRIPT_HIRAGANA:
        case G_UNICODE_SCRIPT_KATAKANA:
        case G_UNICODE_SCRIPT_BOPOMOFO:
          return TRUE;
        default:
          break;
        }
    }

  return FALSE;
}

static void
ts_result_row_class_init (TsResultRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ts_result_row_dispose;

  g_type_ensure (TS_TYPE_ROW_TEXT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ts-result-row.ui");
  gtk_widget_class_bind_template_child (widget_class, TsResultRow, code_label);
  gtk_widget_class_bind_template_child (widget_class, TsResultRow, hex_label);
  gtk_widget_class_bind_template_child (widget_class, TsResultRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, TsResultRow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, TsResultRow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, TsResultRow, version_label);
  gtk_widget_class_bind_template_child (widget_class, TsResultRow, kind_image);
}

static void
ts_result_row_init (TsResultRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ts_result_row_new:
 * @localizer: (transfer none): for the UI language; must outlive the row
 */
GtkWidget *
ts_result_row_new (TsLocalizer *localizer)
{
  TsResultRow *self;

  g_return_val_if_fail (localizer != NULL, NULL);

  self = g_object_new (TS_TYPE_RESULT_ROW, NULL);
  self->localizer = localizer;
  return GTK_WIDGET (self);
}

/**
 * ts_result_row_get_entry:
 *
 * Returns: (transfer none) (nullable): the entry shown
 */
TsEntry *
ts_result_row_get_entry (TsResultRow *self)
{
  g_return_val_if_fail (TS_IS_RESULT_ROW (self), NULL);

  return self->item != NULL ? ts_row_item_get_entry (self->item) : NULL;
}

static void
show_text (TsRowText          *text,
           const char         *string,
           const char * const *words)
{
  g_autoptr(PangoAttrList) highlights = ts_highlight_attributes_new (string, words);

  ts_row_text_set_text (text, string, highlights);
}

/* The badge of an SDK version: "v4" for "4.x", otherwise the version. */
static char *
version_badge (const char *version)
{
  const char *p = version;

  while (g_ascii_isdigit (*p))
    p++;
  if (p > version && (*p == '\0' || g_str_equal (p, ".x")))
    return g_strdup_printf ("v%.*s", (int) (p - version), version);
  return g_strdup (version);
}

/* The badge when the catalog has more than one version, sized for the
 * widest of them, so that it does not change size from row to row. */
static void
show_version (TsResultRow *self,
              TsEntry     *entry)
{
  const char * const *versions = ts_result_model_get_sdk_versions (self->results);
  g_autofree char *badge = NULL;
  guint chars = 0;

  if (versions[0] == NULL || versions[1] == NULL || ts_entry_get_sdk_version (entry) == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->version_label), FALSE);
      return;
    }

  for (guint i = 0; versions[i] != NULL; i++)
    {
      g_autofree char *other = version_badge (versions[i]);

      chars = MAX (chars, g_utf8_strlen (other, -1));
    }
  badge = version_badge (ts_entry_get_sdk_version (entry));
  ts_row_text_set_min_chars (self->version_label, MIN (chars, MAX_VERSION_CHARS));
  ts_row_text_set_text (self->version_label, badge, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->version_label), TRUE);
}

static void
show_kind (TsResultRow *self,
           TsMatchKind  kind)
{
  gtk_widget_set_visible (GTK_WIDGET (self->kind_image),
                          kind == TS_MATCH_LOG_TOKEN || kind == TS_MATCH_TYPO || kind == TS_MATCH_PARTIAL);
  if (kind == TS_MATCH_LOG_TOKEN)
    {
      gtk_image_set_from_icon_name (self->kind_image, "edit-paste-symbolic");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->kind_image), _("Named in the pasted text"));
    }
  else if (kind == TS_MATCH_TYPO)
    {
      gtk_image_set_from_icon_name (self->kind_image, "tools-check-spelling-symbolic");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->kind_image), _("Close to what you typed"));
    }
  else if (kind == TS_MATCH_PARTIAL)
    {
      gtk_image_set_from_icon_name (self->kind_image, "semi-starred-symbolic");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->kind_image), _("Matches some of your words"));
    }
}

/* What a screen reader says for the row (and the list item it is in,
 * which is what has the focus): name, codes, summary and version. */
static void
describe (TsResultRow *self,
          TsEntry     *entry,
          const char  *name,
          const char  *summary,
          TsMatchKind  kind)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *description = NULL;
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));

  if (name != NULL)
    g_ptr_array_add (parts, g_strdup (name));
  if (ts_entry_has_code (entry))
    g_ptr_array_add (parts, g_strdup (ts_entry_get_code_text (entry)));
  if (ts_entry_get_hex (entry) != NULL)
    g_ptr_array_add (parts, g_strdup (ts_entry_get_hex (entry)));
  g_ptr_array_add (parts, g_strdup (summary));
  if (gtk_widget_get_visible (GTK_WIDGET (self->version_label)))
    /* Translators: an error's SDK version, as a screen reader says it; %s is "4.x" */
    g_ptr_array_add (parts, g_strdup_printf (_("SDK %s"), ts_entry_get_sdk_version (entry)));
  if (kind == TS_MATCH_PARTIAL)
    g_ptr_array_add (parts, g_strdup (_("Matches some of your words")));
  g_ptr_array_add (parts, NULL);

  description = g_strjoinv (", ", (char **) parts->pdata);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
  if (parent != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (parent), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
}

static void
show_entry (TsResultRow *self)
{
  TsLanguage language = ts_localizer_get_ui_language (self->localizer);
  TsEntry *entry = ts_row_item_get_entry (self->item);
  const char * const *words = ts_result_model_get_words (self->results);
  TsMatchKind kind = ts_row_item_get_match_kind (self->item);
  const char *name, *summary;
  guint code_chars;
  gboolean tall;

  name = ts_entry_get_key (entry) != NULL ? ts_entry_get_key (entry) : ts_entry_get_message (entry);
  summary = ts_entry_get_summary (entry, language);

  /* the codes' column as wide as the catalog's longest code needs */
  code_chars = MAX (ts_catalog_get_code_chars (ts_result_model_get_catalog (self->results)), MIN_CODE_CHARS);
  ts_row_text_set_min_chars (self->code_label, code_chars);
  ts_row_text_set_min_chars (self->hex_label, code_chars);

  gtk_widget_set_visible (GTK_WIDGET (self->code_label), ts_entry_has_code (entry));
  show_text (self->code_label, ts_entry_get_code_text (entry), words);
  show_text (self->hex_label, ts_entry_get_hex (entry), words);
  gtk_widget_set_visible (GTK_WIDGET (self->hex_label), ts_entry_get_hex (entry) != NULL);

  /* a name and the summary below it, or the summary on both lines */
  gtk_widget_set_visible (GTK_WIDGET (self->title_label), name != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), name != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), name == NULL);
  if (name != NULL)
    {
      show_text (self->title_label, name, words);
      show_text (self->subtitle_label, summary, words);
    }
  else
    show_text (self->summary_label, summary, words);

  /* a line with Hangul is taller (the codes beside it follow, in the grid) */
  tall = needs_cjk_font (name) || needs_cjk_font (summary);
  ts_row_text_set_tall (self->title_label, tall);
  ts_row_text_set_tall (self->subtitle_label, tall);
  ts_row_text_set_tall (self->summary_label, tall);

  show_version (self, entry);
  show_kind (self, kind);

  gtk_widget_set_tooltip_text (GTK_WIDGET (self), summary);
  describe (self, entry, name, summary, kind);
}

/**
 * ts_result_row_bind:
 * @item: the result this row shows
 * @results: the results, for the query's words to highlight
 *
 * Shows the entry of @item. The list binds the row again when the results
 * change, so a row bound to the same item highlights the new query's words.
 */
void
ts_result_row_bind (TsResultRow   *self,
                    TsRowItem     *item,
                    TsResultModel *results)
{
  g_return_if_fail (TS_IS_RESULT_ROW (self));
  g_return_if_fail (TS_IS_ROW_ITEM (item));
  g_return_if_fail (TS_IS_RESULT_MODEL (results));

  ts_result_row_unbind (self);
  self->item = g_object_ref (item);
  self->results = g_object_ref (results);
  show_entry (self);
}

void
ts_result_row_unbind (TsResultRow *self)
{
  g_return_if_fail (TS_IS_RESULT_ROW (self));

  g_clear_object (&self->item);
  g_clear_object (&self->results);
}
