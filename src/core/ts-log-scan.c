/* ts-log-scan.c: one pass over one log, streamed through a buffer
 *
 * The log comes as pushed bytes, or read from a stream or a file.
 * Compressed input is recognized by its first two bytes (gzip's magic) and
 * decompressed as it comes, member after member; bytes after the last
 * member are ignored, as gzip -d does.
 *
 * The log goes through a buffer of 64 KiB plus a lookahead (the longest
 * pattern and the longest number after it): a place is only decided when
 * all the bytes that can decide it are in the buffer, so a match across two
 * reads is found like any other, and a line of any length streams through.
 * A finding's excerpt shows TS_LOG_EXCERPT_CONTEXT bytes either side of
 * it: the lookahead covers the bytes after, and moving the buffer keeps as
 * many bytes before the next place to look at.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-log-scanner"

#include "config.h"

#include <string.h>

#include "ts-log-scan-state.h"
#include "ts-log-scanner-private.h"
#include "ts-log-tally.h"
#include "ts-log-tokens.h"

/* Bytes scanned between two moves of the buffer */
#define CHUNK_SIZE (64 * 1024)
/* Bytes read from a stream at a time */
#define READ_SIZE (64 * 1024)

/* Scans what can be decided and moves the rest to the front, with the
 * bytes before it that an excerpt may show. */
static void
make_room (TsLogScan *self)
{
  gsize drop;

  if (self->length > self->scanner->lookahead)
    ts_log_tokens_scan (self, self->length - self->scanner->lookahead);

  drop = self->position - MIN (self->position, (gsize) TS_LOG_EXCERPT_CONTEXT);
  memmove (self->buffer, self->buffer + drop, self->length - drop);
  self->offset += drop;
  self->length -= drop;
  self->position -= drop;
}

static void
append_plain (TsLogScan    *self,
              const guint8 *data,
              gsize         length)
{
  while (length > 0)
    {
      gsize n;

      if (self->length == self->capacity)
        make_room (self);
      n = MIN (length, self->capacity - self->length);
      memcpy (self->buffer + self->length, data, n);
      self->length += n;
      data += n;
      length -= n;
    }
}

/* Decompresses @data into the buffer. *@used is how much of it was used:
 * less than @length when a gzip member ended before. */
static gboolean
inflate_bytes (TsLogScan     *self,
               const guint8  *data,
               gsize          length,
               gsize         *used,
               GError       **error)
{
  gsize done = 0;

  for (;;)
    {
      g_autoptr(GError) local_error = NULL;
      gsize read = 0, written = 0, space;
      GConverterResult result;

      if (self->cancellable != NULL && g_cancellable_set_error_if_cancelled (self->cancellable, error))
        return FALSE;

      if (self->length == self->capacity)
        make_room (self);
      space = self->capacity - self->length;

      result = g_converter_convert (self->decompressor, data + done, length - done,
                                    self->buffer + self->length, space,
                                    G_CONVERTER_NO_FLAGS, &read, &written, &local_error);
      if (result == G_CONVERTER_ERROR)
        {
          /* nothing left to decompress until more comes */
          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT))
            break;
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }

      done += read;
      self->length += written;
      if (result == G_CONVERTER_FINISHED)
        {
          self->format = TS_LOG_INPUT_GZIP_NEXT;
          self->n_magic = 0;
          break;
        }
      if (read == 0 && written == 0)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "the compressed data cannot be read");
          return FALSE;
        }
      /* all used, and no output left in the decompressor */
      if (done == length && written < space)
        break;
    }

  *used = done;
  return TRUE;
}

/* Ends the scan on an error */
static gboolean
fail (TsLogScan *self)
{
  self->failed = TRUE;
  return FALSE;
}

/* The first two bytes (of the log or after a gzip member) are in magic[]. */
static gboolean
start_input (TsLogScan  *self,
             GError    **error)
{
  gsize used;

  if (self->n_magic < 2 || self->magic[0] != 0x1f || self->magic[1] != 0x8b)
    {
      if (self->format == TS_LOG_INPUT_UNKNOWN)
        {
          self->format = TS_LOG_INPUT_PLAIN;
          append_plain (self, self->magic, self->n_magic);
        }
      else
        {
          self->format = TS_LOG_INPUT_TRAILING;
        }
      return TRUE;
    }

  if (self->decompressor == NULL)
    self->decompressor = G_CONVERTER (g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP));
  else
    g_converter_reset (self->decompressor);
  self->compressed = TRUE;
  self->format = TS_LOG_INPUT_GZIP;
  return inflate_bytes (self, self->magic, self->n_magic, &used, error);
}

/**
 * ts_log_scan_new:
 * @scanner: what to look for
 * @func: (nullable): called with each finding, in line order, as its line ends
 * @user_data: for @func
 *
 * Starts a pass over one log. Give it the log with ts_log_scan_push() and
 * ts_log_scan_finish(), or ts_log_scan_read_stream(), on one thread.
 *
 * Returns: (transfer full): a new scan
 */
TsLogScan *
ts_log_scan_new (TsLogScanner     *scanner,
                 TsLogFindingFunc  func,
                 gpointer          user_data)
{
  TsLogScan *self;
  gsize n_entries;

  g_return_val_if_fail (scanner != NULL, NULL);

  n_entries = MAX (scanner->n_entries, 1);
  self = g_new0 (TsLogScan, 1);
  self->scanner = ts_log_scanner_ref (scanner);
  self->func = func;
  self->user_data = user_data;
  self->capacity = CHUNK_SIZE + TS_LOG_EXCERPT_CONTEXT + scanner->lookahead;
  self->buffer = g_malloc (self->capacity);
  self->line_findings = g_array_new (FALSE, FALSE, sizeof (TsLogLineFinding));
  self->line_text = g_byte_array_new ();
  self->seen_on_line = g_new0 (guint64, n_entries);
  self->seen_at = g_new0 (guint32, n_entries);
  self->tally_of = g_new0 (guint32, n_entries);
  self->tallies = g_array_new (FALSE, FALSE, sizeof (TsLogTally));

  return self;
}

/**
 * ts_log_scan_set_progress_func:
 * @func: (nullable): called after each read of ts_log_scan_read_stream()
 *
 * Lets a caller follow a long scan (the window shows it beside a file's size).
 */
void
ts_log_scan_set_progress_func (TsLogScan         *self,
                               TsLogProgressFunc  func,
                               gpointer           user_data)
{
  g_return_if_fail (self != NULL);

  self->progress = func;
  self->progress_data = user_data;
}

/**
 * ts_log_scan_push:
 * @data: (array length=length): the next bytes of the log, any bytes
 * @length: how many
 * @error: return location for a #GError
 *
 * Scans the next bytes of the log, which may be gzip-compressed (as its first
 * two bytes tell). Findings whose lines end in them are reported.
 *
 * Returns: %FALSE if the compressed data is corrupt; the scan is over then
 */
gboolean
ts_log_scan_push (TsLogScan   *self,
                  const void  *data,
                  gsize        length,
                  GError     **error)
{
  const guint8 *bytes = data;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (!self->finished && !self->failed, FALSE);

  self->n_input += length;
  while (length > 0)
    {
      gsize used;

      switch (self->format)
        {
        case TS_LOG_INPUT_UNKNOWN:
        case TS_LOG_INPUT_GZIP_NEXT:
          self->magic[self->n_magic++] = *bytes++;
          length--;
          if (self->n_magic == 2 && !start_input (self, error))
            return fail (self);
          break;

        case TS_LOG_INPUT_PLAIN:
          append_plain (self, bytes, length);
          length = 0;
          break;

        case TS_LOG_INPUT_GZIP:
          if (!inflate_bytes (self, bytes, length, &used, error))
            return fail (self);
          bytes += used;
          length -= used;
          break;

        case TS_LOG_INPUT_TRAILING:
        default:
          length = 0;
          break;
        }
    }

  return TRUE;
}

/**
 * ts_log_scan_finish:
 * @error: return location for a #GError
 *
 * Scans the end of the log and reports the findings of its last line.
 *
 * Returns: %FALSE if the log was compressed and ends early (what it held
 *   was scanned all the same)
 */
gboolean
ts_log_scan_finish (TsLogScan  *self,
                    GError    **error)
{
  gboolean truncated;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (!self->finished && !self->failed, FALSE);

  if (self->format == TS_LOG_INPUT_UNKNOWN && self->n_magic > 0)
    start_input (self, NULL);
  truncated = self->format == TS_LOG_INPUT_GZIP;

  ts_log_tokens_scan (self, self->length);
  if (self->offset + self->length > self->line_start)
    ts_log_tally_end_line (self, self->offset + self->length, self->offset + self->length);
  self->finished = TRUE;

  if (truncated)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT, "the compressed data ends early");
      return fail (self);
    }
  return TRUE;
}

/**
 * ts_log_scan_read_stream:
 * @stream: the log
 * @cancellable: (nullable): to stop reading
 * @error: return location for a #GError
 *
 * Scans all of @stream and finishes (see ts_log_scan_finish()). Blocks:
 * a window calls it on a worker thread.
 *
 * Returns: %FALSE on a read error, corrupt compressed data, or when
 *   cancelled; the scan is over then
 */
gboolean
ts_log_scan_read_stream (TsLogScan     *self,
                         GInputStream  *stream,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autofree guint8 *chunk = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (!self->finished && !self->failed, FALSE);

  chunk = g_malloc (READ_SIZE);
  self->cancellable = cancellable;
  for (;;)
    {
      gssize n;

      if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
          (n = g_input_stream_read (stream, chunk, READ_SIZE, cancellable, error)) < 0)
        {
          ok = fail (self);
          break;
        }
      if (n == 0)
        break;
      if (!ts_log_scan_push (self, chunk, n, error))
        {
          ok = FALSE;
          break;
        }
      if (self->progress != NULL)
        self->progress (self->n_input, self->progress_data);
    }
  self->cancellable = NULL;

  return ok && ts_log_scan_finish (self, error);
}

/**
 * ts_log_scan_read_file:
 * @file: the log
 * @cancellable: (nullable): to stop reading
 * @error: return location for a #GError
 *
 * Scans all of @file, as ts_log_scan_read_stream() does.
 *
 * Returns: %FALSE if it cannot be read, or see ts_log_scan_read_stream()
 */
gboolean
ts_log_scan_read_file (TsLogScan     *self,
                       GFile         *file,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return fail (self);
  return ts_log_scan_read_stream (self, G_INPUT_STREAM (stream), cancellable, error);
}

/**
 * ts_log_scan_is_compressed:
 *
 * Returns: whether the log was gzip-compressed
 */
gboolean
ts_log_scan_is_compressed (TsLogScan *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->compressed;
}

/**
 * ts_log_scan_get_n_bytes:
 *
 * Returns: the bytes of the log scanned so far (decompressed)
 */
guint64
ts_log_scan_get_n_bytes (TsLogScan *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->offset + self->position;
}

/**
 * ts_log_scan_get_n_lines:
 *
 * Returns: the lines of the log: those ended so far, and once finished the
 *   last one too if it has no line break
 */
guint64
ts_log_scan_get_n_lines (TsLogScan *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_lines;
}

void
ts_log_scan_free (TsLogScan *self)
{
  if (self == NULL)
    return;

  ts_log_scanner_unref (self->scanner);
  g_clear_object (&self->decompressor);
  g_free (self->buffer);
  g_array_unref (self->line_findings);
  g_byte_array_unref (self->line_text);
  g_free (self->seen_on_line);
  g_free (self->seen_at);
  g_free (self->tally_of);
  g_array_unref (self->tallies);
  g_free (self);
}
