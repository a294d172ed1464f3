/* ts-log-tokens.h: the places in a log's bytes that name an error
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ts-log-scanner.h"

G_BEGIN_DECLS

void ts_log_tokens_scan (TsLogScan *self,
                         gsize      limit);

G_END_DECLS
