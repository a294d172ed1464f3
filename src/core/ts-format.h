/* ts-format.h: entries as plain text, for the clipboard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ts-entry.h"
#include "ts-localizer.h"

G_BEGIN_DECLS

char *ts_format_codes  (TsEntry     *entry);
char *ts_format_remedy (TsEntry     *entry,
                        TsLanguage   language);
char *ts_format_fix    (TsEntry     *entry,
                        TsLocalizer *localizer,
                        TsLanguage   language);
char *ts_format_entry  (TsEntry     *entry,
                        TsLocalizer *localizer,
                        TsLanguage   language);
char *ts_format_undocumented (TsLocalizer *localizer,
                              TsLanguage   language);

G_END_DECLS
