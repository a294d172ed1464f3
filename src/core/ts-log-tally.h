/* ts-log-tally.h: the findings of a log's line, reported as the line ends,
 * and the tally of each error
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ts-log-scanner.h"

G_BEGIN_DECLS

void ts_log_tally_record   (TsLogScan    *self,
                            guint32       entry,
                            const guint8 *start,
                            gsize         length);
void ts_log_tally_end_line (TsLogScan    *self,
                            guint64       line_end,
                            guint64       next_start);

G_END_DECLS
