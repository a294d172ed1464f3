/* ts-row-item.h: a row's place in the result list, and the entry shown there
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ts-entry.h"

G_BEGIN_DECLS

#define TS_TYPE_ROW_ITEM (ts_row_item_get_type ())
G_DECLARE_FINAL_TYPE (TsRowItem, ts_row_item, TS, ROW_ITEM, GObject)

TsRowItem *ts_row_item_new          (guint      position,
                                     TsEntry   *entry);
guint      ts_row_item_get_position (TsRowItem *self);
TsEntry   *ts_row_item_get_entry    (TsRowItem *self);
void       ts_row_item_set_entry    (TsRowItem *self,
                                     TsEntry   *entry);

G_END_DECLS
