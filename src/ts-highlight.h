/* ts-highlight.h: show text with what a query matched in it highlighted
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

PangoAttrList *ts_highlight_attributes_new (const char         *text,
                                            const char * const *words);
void           ts_highlight_label          (GtkLabel           *label,
                                            const char         *text,
                                            const char * const *words);

G_END_DECLS
