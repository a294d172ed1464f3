/* ts-highlight.c: show text with what a query matched in it highlighted
 *
 * Catalog text is data, never markup: it is set as plain text, and the
 * highlight is a list of Pango attributes over byte ranges.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-highlight"

#include "config.h"

#include "ts-highlight.h"
#include "ts-text.h"

/**
 * ts_highlight_label:
 * @label: a #GtkLabel
 * @text: (nullable): plain text
 * @words: (nullable): the folded words of the query
 *
 * Sets @text on @label, with the parts @words matched in bold on a
 * yellow ground.
 */
void
ts_highlight_label (GtkLabel           *label,
                    const char         *text,
                    const char * const *words)
{
  g_autoptr(PangoAttrList) attributes = NULL;
  g_autoptr(GArray) spans = NULL;

  g_return_if_fail (GTK_IS_LABEL (label));

  gtk_label_set_use_markup (label, FALSE);
  gtk_label_set_text (label, text != NULL ? text : "");

  if (text == NULL || words == NULL || words[0] == NULL)
    {
      gtk_label_set_attributes (label, NULL);
      return;
    }

  spans = ts_text_find_highlights (text, words);
  attributes = pango_attr_list_new ();
  for (guint i = 0; i < spans->len; i++)
    {
      const TsSpan *span = &g_array_index (spans, TsSpan, i);
      PangoAttribute *attribute;

      attribute = pango_attr_weight_new (PANGO_WEIGHT_BOLD);
      attribute->start_index = span->start;
      attribute->end_index = span->start + span->length;
      pango_attr_list_insert (attributes, attribute);

      /* GNOME palette yellow 2, translucent so it reads on any row state */
      attribute = pango_attr_background_new (0xf8 * 257, 0xe4 * 257, 0x5c * 257);
      attribute->start_index = span->start;
      attribute->end_index = span->start + span->length;
      pango_attr_list_insert (attributes, attribute);

      attribute = pango_attr_background_alpha_new (0x6666);
      attribute->start_index = span->start;
      attribute->end_index = span->start + span->length;
      pango_attr_list_insert (attributes, attribute);
    }

  gtk_label_set_attributes (label, attributes);
}
