/* ts-entry-view.h: everything about one error: explanation, fix, links
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ts-entry.h"
#include "ts-localizer.h"

G_BEGIN_DECLS

#define TS_TYPE_ENTRY_VIEW (ts_entry_view_get_type ())
G_DECLARE_FINAL_TYPE (TsEntryView, ts_entry_view, TS, ENTRY_VIEW, GtkWidget)

TsEntryView *ts_entry_view_new    (TsLocalizer        *localizer);
TsEntry *ts_entry_view_get_entry (TsEntryView        *self);
void     ts_entry_view_set_entry (TsEntryView        *self,
                                  TsEntry            *entry,
                                  const char * const *words);

G_END_DECLS
