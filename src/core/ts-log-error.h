/* ts-log-error.h: one error as a log shows it: how often, and on which lines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "ts-entry.h"
#include "ts-log-scanner.h"

G_BEGIN_DECLS

/* The lines of one error kept to show, at most: the count goes on beyond */
#define TS_LOG_ERROR_MAX_LINES 500

/* One line of the log that names the error, as text to show: valid UTF-8,
 * an excerpt around the match ("…" where it was cut), control characters
 * as their symbols and a terminal's colours left out */
typedef struct
{
  guint64  line;
  char    *text;
  guint    match_start;    /* bytes, in text */
  guint    match_end;
} TsLogLine;

#define TS_TYPE_LOG_ERROR (ts_log_error_get_type ())
G_DECLARE_FINAL_TYPE (TsLogError, ts_log_error, TS, LOG_ERROR, GObject)

TsLogError      *ts_log_error_new            (TsEntry            *entry);
void             ts_log_error_add_finding    (TsLogError         *self,
                                              const TsLogFinding *finding);
void             ts_log_error_set_tally      (TsLogError         *self,
                                              const TsLogTally   *tally);
TsEntry         *ts_log_error_get_entry      (TsLogError         *self);
guint64          ts_log_error_get_n_lines    (TsLogError         *self);
guint64          ts_log_error_get_first_line (TsLogError         *self);
guint64          ts_log_error_get_last_line  (TsLogError         *self);
guint            ts_log_error_get_n_kept     (TsLogError         *self);
const TsLogLine *ts_log_error_get_line       (TsLogError         *self,
                                              guint               index);
void             ts_log_error_get_tally      (TsLogError         *self,
                                              TsLogTally         *tally);

char            *ts_log_line_text_new        (const TsLogFinding *finding,
                                              guint              *match_start,
                                              guint              *match_end);

G_END_DECLS
