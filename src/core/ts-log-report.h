/* ts-log-report.h: a whole log read on a worker thread: its errors and their lines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ts-catalog.h"
#include "ts-log-error.h"
#include "ts-log-scanner.h"

G_BEGIN_DECLS

/* Progress posted to the caller's main context at most every 50 ms:
 * @total_bytes is 0 when unknown; @bytes_read counts what was read (the
 * compressed bytes of a gzip file, like its size) */
typedef void (*TsLogReportProgressFunc) (guint64  bytes_read,
                                         guint64  total_bytes,
                                         guint64  n_lines,
                                         gpointer user_data);

#define TS_TYPE_LOG_REPORT (ts_log_report_get_type ())
G_DECLARE_FINAL_TYPE (TsLogReport, ts_log_report, TS, LOG_REPORT, GObject)

void          ts_log_report_read_file_async   (TsCatalog               *catalog,
                                               TsLogScanner            *scanner,
                                               GFile                   *file,
                                               GCancellable            *cancellable,
                                               TsLogReportProgressFunc  progress,
                                               gpointer                 progress_data,
                                               GAsyncReadyCallback      callback,
                                               gpointer                 user_data);
void          ts_log_report_read_stream_async (TsCatalog               *catalog,
                                               TsLogScanner            *scanner,
                                               GInputStream            *stream,
                                               const char              *name,
                                               guint64                  size,
                                               GCancellable            *cancellable,
                                               TsLogReportProgressFunc  progress,
                                               gpointer                 progress_data,
                                               GAsyncReadyCallback      callback,
                                               gpointer                 user_data);
TsLogReport  *ts_log_report_read_finish       (GAsyncResult            *result);

const char   *ts_log_report_get_name          (TsLogReport             *self);
GFile        *ts_log_report_get_file          (TsLogReport             *self);
TsLogScanner *ts_log_report_get_scanner       (TsLogReport             *self);
gboolean      ts_log_report_is_complete       (TsLogReport             *self);
const GError *ts_log_report_get_error         (TsLogReport             *self);
guint64       ts_log_report_get_n_lines       (TsLogReport             *self);
guint64       ts_log_report_get_n_bytes       (TsLogReport             *self);
gboolean      ts_log_report_is_compressed     (TsLogReport             *self);
GListModel   *ts_log_report_get_errors        (TsLogReport             *self);
GArray       *ts_log_report_get_tallies       (TsLogReport             *self);

G_END_DECLS
