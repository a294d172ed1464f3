/* ts-row-text.h: one line of text in a list row, sized by its font
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TS_TYPE_ROW_TEXT (ts_row_text_get_type ())
G_DECLARE_FINAL_TYPE (TsRowText, ts_row_text, TS, ROW_TEXT, GtkWidget)

const char *ts_row_text_get_text       (TsRowText     *self);
void        ts_row_text_set_text       (TsRowText     *self,
                                        const char    *text,
                                        PangoAttrList *attributes);
PangoAttrList *ts_row_text_get_attributes (TsRowText  *self);
PangoLayout *ts_row_text_get_layout    (TsRowText     *self);
void        ts_row_text_set_min_chars  (TsRowText     *self,
                                        guint          min_chars);
void        ts_row_text_set_tall       (TsRowText     *self,
                                        gboolean       tall);
void        ts_row_text_set_lines      (TsRowText     *self,
                                        guint          lines);

G_END_DECLS
