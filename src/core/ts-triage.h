/* ts-triage.h: what a log shows, as plain text for a ticket
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ts-localizer.h"
#include "ts-log-scanner.h"

G_BEGIN_DECLS

char *ts_triage_format      (const char       *log_name,
                             guint64           n_lines,
                             const TsLogTally *tallies,
                             guint             n_tallies,
                             TsLocalizer      *localizer,
                             TsLanguage        language);
char *ts_triage_format_both (const char       *log_name,
                             guint64           n_lines,
                             const TsLogTally *tallies,
                             guint             n_tallies,
                             TsLocalizer      *localizer,
                             TsLanguage        language);

G_END_DECLS
