/* ts-row-item.h: an entry as the result list shows it, and how it matched
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ts-entry.h"
#include "ts-search.h"

G_BEGIN_DECLS

#define TS_TYPE_ROW_ITEM (ts_row_item_get_type ())
G_DECLARE_FINAL_TYPE (TsRowItem, ts_row_item, TS, ROW_ITEM, GObject)

TsRowItem   *ts_row_item_new            (TsEntry     *entry,
                                         TsMatchKind  kind);
TsEntry     *ts_row_item_get_entry      (TsRowItem   *self);
TsMatchKind  ts_row_item_get_match_kind (TsRowItem   *self);

G_END_DECLS
