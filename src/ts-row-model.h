/* ts-row-model.h: the first results, as the items of the list view's rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ts-result-model.h"
#include "ts-row-item.h"

G_BEGIN_DECLS

#define TS_TYPE_ROW_MODEL (ts_row_model_get_type ())
G_DECLARE_FINAL_TYPE (TsRowModel, ts_row_model, TS, ROW_MODEL, GObject)

TsRowModel    *ts_row_model_new         (TsResultModel *results);
TsResultModel *ts_row_model_get_results (TsRowModel    *self);
guint          ts_row_model_get_limit   (TsRowModel    *self);
void           ts_row_model_set_limit   (TsRowModel    *self,
                                         guint          limit);
gboolean       ts_row_model_is_complete (TsRowModel    *self);

G_END_DECLS
