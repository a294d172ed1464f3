/* ts-log-report.c: a whole log read on a worker thread: its errors and their lines
 *
 * A window cannot read a log of a gigabyte on its main thread: the scan
 * runs in a GTask's thread. There, each finding goes to its error's
 * TsLogError, which keeps the first TS_LOG_ERROR_MAX_LINES lines as text;
 * progress goes to the caller's main context at most every PROGRESS_INTERVAL,
 * one update waiting there at a time; and the report comes back at the end,
 * complete or not. A report that was cancelled, or whose log could not be
 * read to its end, holds what was found until there, and says why it
 * stopped: a truncated log still says something.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-log-report"

#include "config.h"

#include "ts-log-report.h"

#define PROGRESS_INTERVAL (50 * G_TIME_SPAN_MILLISECOND)

struct _TsLogReport
{
  GObject parent_instance;

  char *name;
  GFile *file;
  TsLogScanner *scanner;
  GError *error;
  guint64 n_lines;
  guint64 n_bytes;
  gboolean compressed;
  GListStore *errors;       /* TsLogError, in the order they first appear */
};

G_DEFINE_FINAL_TYPE (TsLogReport, ts_log_report, G_TYPE_OBJECT)

/* What a read needs, handed to the worker */
typedef struct
{
  TsCatalog *catalog;
  TsLogScanner *scanner;    /* nullable: made on the worker */
  GFile *file;              /* or */
  GInputStream *stream;
  char *name;
  guint64 size;
  TsLogReportProgressFunc progress;
  gpointer progress_data;
  GMainContext *context;    /* the caller's */
  int posted;               /* atomic: a progress update waits in the context */
} ReadData;

/* The worker's state during the scan */
typedef struct
{
  GTask *task;
  ReadData *data;
  TsLogScan *scan;
  GHashTable *errors;       /* TsEntry → TsLogError */
  gint64 last_post;
} Reader;

typedef struct
{
  GTask *task;
  guint64 bytes_read;
  guint64 total_bytes;
  guint64 n_lines;
} Progress;

static void
read_data_free (gpointer user_data)
{
  ReadData *data = user_data;

  g_clear_object (&data->catalog);
  g_clear_pointer (&data->scanner, ts_log_scanner_unref);
  g_clear_object (&data->file);
  g_clear_object (&data->stream);
  g_free (data->name);
  g_main_context_unref (data->context);
  g_free (data);
}

static void
progress_free (gpointer user_data)
{
  Progress *progress = user_data;

  g_object_unref (progress->task);
  g_free (progress);
}

/* In the caller's context */
static gboolean
dispatch_progress (gpointer user_data)
{
  Progress *progress = user_data;
  ReadData *data = g_task_get_task_data (progress->task);
  GCancellable *cancellable = g_task_get_cancellable (progress->task);

  g_atomic_int_set (&data->posted, FALSE);
  if (!g_task_get_completed (progress->task) && !g_cancellable_is_cancelled (cancellable))
    data->progress (progress->bytes_read, progress->total_bytes, progress->n_lines, data->progress_data);
  return G_SOURCE_REMOVE;
}

/* On the worker, after each read */
static void
on_progress (guint64  bytes_read,
             gpointer user_data)
{
  Reader *reader = user_data;
  gint64 now = g_get_monotonic_time ();
  Progress *progress;

  if (reader->data->progress == NULL || now - reader->last_post < PROGRESS_INTERVAL ||
      !g_atomic_int_compare_and_exchange (&reader->data->posted, FALSE, TRUE))
    return;

  reader->last_post = now;
  progress = g_new (Progress, 1);
  progress->task = g_object_ref (reader->task);
  progress->bytes_read = bytes_read;
  progress->total_bytes = reader->data->size;
  progress->n_lines = ts_log_scan_get_n_lines (reader->scan);
  g_main_context_invoke_full (reader->data->context, G_PRIORITY_DEFAULT, dispatch_progress, progress, progress_free);
}

/* On the worker */
static void
on_finding (const TsLogFinding *finding,
            gpointer            user_data)
{
  Reader *reader = user_data;
  TsLogError *error = g_hash_table_lookup (reader->errors, finding->entry);

  if (error == NULL)
    {
      error = ts_log_error_new (finding->entry);
      g_hash_table_insert (reader->errors, finding->entry, error);
    }
  ts_log_error_add_finding (error, finding);
}

/* A file's name to show, and its size; neither is needed to read it */
static void
query_file (ReadData     *data,
            GCancellable *cancellable)
{
  g_autoptr(GFileInfo) info = g_file_query_info (data->file,
                                                 G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME ","
                                                 G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                 G_FILE_QUERY_INFO_NONE, cancellable, NULL);

  if (info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE))
    data->size = g_file_info_get_size (info);
  if (data->name == NULL && info != NULL &&
      g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME))
    data->name = g_strdup (g_file_info_get_display_name (info));
  if (data->name == NULL)
    {
      g_autofree char *basename = g_file_get_basename (data->file);

      data->name = basename != NULL ? g_filename_display_basename (basename) : g_file_get_uri (data->file);
    }
}

static void
read_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  ReadData *data = task_data;
  TsLogReport *report = g_object_new (TS_TYPE_LOG_REPORT, NULL);
  g_autoptr(GHashTable) errors = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  g_autoptr(TsLogScan) scan = NULL;
  g_autoptr(GError) error = NULL;
  Reader reader = { task, data, NULL, errors, g_get_monotonic_time () };

  /* built once for a catalog, but on a worker too: a big catalog takes a while */
  if (data->scanner == NULL || ts_log_scanner_get_catalog (data->scanner) != data->catalog)
    {
      g_clear_pointer (&data->scanner, ts_log_scanner_unref);
      data->scanner = ts_log_scanner_new (data->catalog);
    }
  report->scanner = ts_log_scanner_ref (data->scanner);

  if (data->file != NULL)
    {
      report->file = g_object_ref (data->file);
      query_file (data, cancellable);
      data->stream = G_INPUT_STREAM (g_file_read (data->file, cancellable, &error));
    }
  report->name = g_strdup (data->name);

  scan = reader.scan = ts_log_scan_new (data->scanner, on_finding, &reader);
  ts_log_scan_set_progress_func (scan, on_progress, &reader);
  if (data->stream != NULL)
    ts_log_scan_read_stream (scan, data->stream, cancellable, &error);

  report->n_lines = ts_log_scan_get_n_lines (scan);
  report->n_bytes = ts_log_scan_get_n_bytes (scan);
  report->compressed = ts_log_scan_is_compressed (scan);
  report->error = g_steal_pointer (&error);
  for (guint i = 0; i < ts_log_scan_get_n_tallies (scan); i++)
    {
      const TsLogTally *tally = ts_log_scan_get_tally (scan, i);
      TsLogError *found = g_hash_table_lookup (errors, tally->entry);

      ts_log_error_set_tally (found, tally);
      g_list_store_append (report->errors, found);
    }

  g_task_return_pointer (task, report, g_object_unref);
}

static void
start_read (ReadData                *data,
            TsLogScanner            *scanner,
            GCancellable            *cancellable,
            TsLogReportProgressFunc  progress,
            gpointer                 progress_data,
            GAsyncReadyCallback      callback,
            gpointer                 user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  data->scanner = scanner != NULL ? ts_log_scanner_ref (scanner) : NULL;
  data->progress = progress;
  data->progress_data = progress_data;
  data->context = g_main_context_ref_thread_default ();

  g_task_set_source_tag (task, ts_log_report_read_file_async);
  g_task_set_name (task, "[trtc] read a log");
  /* a cancelled read still returns what it found */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, data, read_data_free);
  g_task_run_in_thread (task, read_in_thread);
}

static void
ts_log_report_finalize (GObject *object)
{
  TsLogReport *self = (TsLogReport *) object;

  g_free (self->name);
  g_clear_object (&self->file);
  g_clear_pointer (&self->scanner, ts_log_scanner_unref);
  g_clear_error (&self->error);
  g_clear_object (&self->errors);

  G_OBJECT_CLASS (ts_log_report_parent_class)->finalize (object);
}

static void
ts_log_report_class_init (TsLogReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ts_log_report_finalize;
}

static void
ts_log_report_init (TsLogReport *self)
{
  self->errors = g_list_store_new (TS_TYPE_LOG_ERROR);
}

/**
 * ts_log_report_read_file_async:
 * @catalog: the errors to look for
 * @scanner: (nullable): a scanner of @catalog from an earlier report, or
 *   %NULL to build one
 * @file: the log, gzip-compressed or not
 * @cancellable: (nullable): stops the read; the report holds what was found
 * @progress: (nullable) (scope notified): called in the caller's thread-default
 *   main context while reading
 * @progress_data: for @progress; must live until @callback is called
 * @callback: called in the caller's context with the report
 * @user_data: for @callback
 *
 * Reads and scans all of @file on a worker thread.
 */
void
ts_log_report_read_file_async (TsCatalog               *catalog,
                               TsLogScanner            *scanner,
                               GFile                   *file,
                               GCancellable            *cancellable,
                               TsLogReportProgressFunc  progress,
                               gpointer                 progress_data,
                               GAsyncReadyCallback      callback,
                               gpointer                 user_data)
{
  ReadData *data;

  g_return_if_fail (TS_IS_CATALOG (catalog));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  data = g_new0 (ReadData, 1);
  data->catalog = g_object_ref (catalog);
  data->file = g_object_ref (file);
  start_read (data, scanner, cancellable, progress, progress_data, callback, user_data);
}

/**
 * ts_log_report_read_stream_async:
 * @name: (nullable): what to call the log, or %NULL
 * @size: the bytes that @stream holds, or 0 if unknown
 *
 * Reads and scans all of @stream on a worker thread, as
 * ts_log_report_read_file_async() does a file. Nothing else may use
 * @stream meanwhile.
 */
void
ts_log_report_read_stream_async (TsCatalog               *catalog,
                                 TsLogScanner            *scanner,
                                 GInputStream            *stream,
                                 const char              *name,
                                 guint64                  size,
                                 GCancellable            *cancellable,
                                 TsLogReportProgressFunc  progress,
                                 gpointer                 progress_data,
                                 GAsyncReadyCallback      callback,
                                 gpointer                 user_data)
{
  ReadData *data;

  g_return_if_fail (TS_IS_CATALOG (catalog));
  g_return_if_fail (G_IS_INPUT_STREAM (stream));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  data = g_new0 (ReadData, 1);
  data->catalog = g_object_ref (catalog);
  data->stream = g_object_ref (stream);
  data->name = g_strdup (name);
  data->size = size;
  start_read (data, scanner, cancellable, progress, progress_data, callback, user_data);
}

/**
 * ts_log_report_read_finish:
 * @result: the result given to the callback
 *
 * Returns: (transfer full): the report, complete or not (see
 *   ts_log_report_get_error())
 */
TsLogReport *
ts_log_report_read_finish (GAsyncResult *result)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ts_log_report_read_file_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), NULL);
}

/**
 * ts_log_report_get_name:
 *
 * Returns: (nullable): the log's name to show: a file's display name, or
 *   the name given with a stream
 */
const char *
ts_log_report_get_name (TsLogReport *self)
{
  g_return_val_if_fail (TS_IS_LOG_REPORT (self), NULL);

  return self->name;
}

/**
 * ts_log_report_get_file:
 *
 * Returns: (transfer none) (nullable): the file read, if it was one
 */
GFile *
ts_log_report_get_file (TsLogReport *self)
{
  g_return_val_if_fail (TS_IS_LOG_REPORT (self), NULL);

  return self->file;
}

/**
 * ts_log_report_get_scanner:
 *
 * Returns: (transfer none): the scanner used, for the next read of its catalog
 */
TsLogScanner *
ts_log_report_get_scanner (TsLogReport *self)
{
  g_return_val_if_fail (TS_IS_LOG_REPORT (self), NULL);

  return self->scanner;
}

/**
 * ts_log_report_is_complete:
 *
 * Returns: whether all of the log was read and scanned
 */
gboolean
ts_log_report_is_complete (TsLogReport *self)
{
  g_return_val_if_fail (TS_IS_LOG_REPORT (self), FALSE);

  return self->error == NULL;
}

/**
 * ts_log_report_get_error:
 *
 * Returns: (nullable): why the read stopped before the end of the log
 *   (%G_IO_ERROR_CANCELLED if it was cancelled), or %NULL
 */
const GError *
ts_log_report_get_error (TsLogReport *self)
{
  g_return_val_if_fail (TS_IS_LOG_REPORT (self), NULL);

  return self->error;
}

/**
 * ts_log_report_get_n_lines:
 *
 * Returns: the lines scanned
 */
guint64
ts_log_report_get_n_lines (TsLogReport *self)
{
  g_return_val_if_fail (TS_IS_LOG_REPORT (self), 0);

  return self->n_lines;
}

/**
 * ts_log_report_get_n_bytes:
 *
 * Returns: the bytes of the log scanned (decompressed)
 */
guint64
ts_log_report_get_n_bytes (TsLogReport *self)
{
  g_return_val_if_fail (TS_IS_LOG_REPORT (self), 0);

  return self->n_bytes;
}

gboolean
ts_log_report_is_compressed (TsLogReport *self)
{
  g_return_val_if_fail (TS_IS_LOG_REPORT (self), FALSE);

  return self->compressed;
}

/**
 * ts_log_report_get_errors:
 *
 * Returns: (transfer none): the #TsLogError<!-- -->s, in the order they
 *   first appear in the log
 */
GListModel *
ts_log_report_get_errors (TsLogReport *self)
{
  g_return_val_if_fail (TS_IS_LOG_REPORT (self), NULL);

  return G_LIST_MODEL (self->errors);
}

/**
 * ts_log_report_get_tallies:
 *
 * Returns: (transfer full) (element-type TsLogTally): the errors' counts,
 *   as a scan's tallies, for ts_triage_format()
 */
GArray *
ts_log_report_get_tallies (TsLogReport *self)
{
  GListModel *errors;
  GArray *tallies;

  g_return_val_if_fail (TS_IS_LOG_REPORT (self), NULL);

  errors = G_LIST_MODEL (self->errors);
  tallies = g_array_sized_new (FALSE, FALSE, sizeof (TsLogTally), g_list_model_get_n_items (errors));
  for (guint i = 0; i < g_list_model_get_n_items (errors); i++)
    {
      g_autoptr(TsLogError) error = g_list_model_get_item (errors, i);
      TsLogTally tally;

      ts_log_error_get_tally (error, &tally);
      g_array_append_val (tallies, tally);
    }
  return tallies;
}
