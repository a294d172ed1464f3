/* ts-copy.h: what Copy Fix and Copy All copy, and what the window says of it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "ts-entry.h"
#include "ts-localizer.h"

G_BEGIN_DECLS

char *ts_copy_fix (TsEntry      *entry,
                   TsLocalizer  *localizer,
                   TsLanguage    language,
                   char        **message);
char *ts_copy_all (TsEntry      *entry,
                   TsLocalizer  *localizer,
                   TsLanguage    language,
                   char        **message);

G_END_DECLS
