/* ts-result-row.h: an error in the list of results
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ts-entry.h"
#include "ts-localizer.h"
#include "ts-result-model.h"
#include "ts-row-item.h"

G_BEGIN_DECLS

#define TS_TYPE_RESULT_ROW (ts_result_row_get_type ())
G_DECLARE_FINAL_TYPE (TsResultRow, ts_result_row, TS, RESULT_ROW, GtkWidget)

GtkWidget *ts_result_row_new       (TsLocalizer   *localizer);
TsEntry   *ts_result_row_get_entry (TsResultRow   *self);
void       ts_result_row_bind      (TsResultRow   *self,
                                    TsRowItem     *item,
                                    TsResultModel *results);
void       ts_result_row_unbind    (TsResultRow   *self);

G_END_DECLS
