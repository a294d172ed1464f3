/* ts-cli.h: the terminal interface: search and list without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  TS_CLI_MATCHED = 0,
  TS_CLI_NO_MATCH = 1,
  TS_CLI_FAILED = 2,
} TsCliStatus;

TsCliStatus ts_cli_run (const char *catalog_file,
                        const char *query,
                        gboolean    json);

G_END_DECLS
