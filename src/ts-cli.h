/* ts-cli.h: the terminal interface: search, list and scan logs without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  TS_CLI_MATCHED = 0,
  TS_CLI_NO_MATCH = 1,
  TS_CLI_FAILED = 2,
} TsCliStatus;

extern const GOptionEntry ts_cli_option_entries[];

int         ts_cli_run_application  (GApplication *app,
                                     int           argc,
                                     char        **argv);
TsCliStatus ts_cli_usage_error      (const char   *message);
TsCliStatus ts_cli_run              (const char   *catalog_file,
                                     const char   *query,
                                     gboolean      json);
TsCliStatus ts_cli_scan             (const char   *catalog_file,
                                     const char   *log_file,
                                     gboolean      json);

G_END_DECLS
