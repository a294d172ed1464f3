/* ts-highlight.c: show text with what a query matched in it highlighted
 *
 * Catalog text is data, never markup: it is set as plain text, and the
 * highlight is a list of Pango attributes over byte ranges.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-highlight"

#include "config.h"

#include "ts-analyzer.h"
#include "ts-highlight.h"
#include "ts-text.h"

/**
 * ts_highlight_attributes_new:
 * @text: (nullable): plain text
 * @words: (nullable): the folded words of the query
 *
 * Returns: (transfer full) (nullable): the parts of @text that @words
 *   match in bold on a yellow ground, or %NULL where nothing matched
 */
PangoAttrList *
ts_highlight_attributes_new (const char         *text,
                             const char * const *words)
{
  g_autoptr(GArray) spans = NULL;
  g_autoptr(GPtrArray) stop_words = NULL;
  PangoAttrList *attributes;

  if (text == NULL || words == NULL || words[0] == NULL)
    return NULL;

  /* a stop word marks only a whole word of the text, beside another
   * highlight (see ts_text_find_highlights()) */
  stop_words = g_ptr_array_new ();
  for (guint i = 0; words[i] != NULL; i++)
    if (ts_text_is_stop_word (words[i]))
      g_ptr_array_add (stop_words, (gpointer) words[i]);
  g_ptr_array_add (stop_words, NULL);

  spans = ts_text_find_highlights (text, words, (const char * const *) stop_words->pdata);
  if (spans->len == 0)
    return NULL;

  attributes = pango_attr_list_new ();
  for (guint i = 0; i < spans->len; i++)
    {
      const TsSpan *span = &g_array_index (spans, TsSpan, i);
      PangoAttribute *attribute[] = {
        pango_attr_weight_new (PANGO_WEIGHT_BOLD),
        /* GNOME palette yellow 2, translucent so it reads on any row state */
        pango_attr_background_new (0xf8 * 257, 0xe4 * 257, 0x5c * 257),
        pango_attr_background_alpha_new (0x6666),
      };

      for (guint a = 0; a < G_N_ELEMENTS (attribute); a++)
        {
          attribute[a]->start_index = span->start;
          attribute[a]->end_index = span->start + span->length;
          pango_attr_list_insert (attributes, attribute[a]);
        }
    }

  return attributes;
}

static gboolean
attributes_equal (PangoAttrList *a,
                  PangoAttrList *b)
{
  return a == b || (a != NULL && b != NULL && pango_attr_list_equal (a, b));
}

/**
 * ts_highlight_label:
 * @label: a #GtkLabel
 * @text: (nullable): plain text
 * @words: (nullable): the folded words of the query
 *
 * Sets @text on @label, with the parts @words matched in bold on a
 * yellow ground. A label whose text and highlights stay the same is not
 * laid out again.
 */
void
ts_highlight_label (GtkLabel           *label,
                    const char         *text,
                    const char * const *words)
{
  g_autoptr(PangoAttrList) attributes = NULL;

  g_return_if_fail (GTK_IS_LABEL (label));

  gtk_label_set_use_markup (label, FALSE);
  gtk_label_set_text (label, text != NULL ? text : "");

  attributes = ts_highlight_attributes_new (text, words);
  if (!attributes_equal (attributes, gtk_label_get_attributes (label)))
    gtk_label_set_attributes (label, attributes);
}
