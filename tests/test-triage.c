/* test-triage.c: a whole log read on a worker (its errors, their lines as
 * text to show, progress and cancelling) and its triage as plain text
 *
 * Over the v4 catalog as committed, and the logs of tests/data/logs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ts-catalog.h"
#include "ts-catalog-builder.h"
#include "ts-format.h"
#include "ts-log-report.h"
#include "ts-test-utils.h"
#include "ts-triage.h"

static TsCatalog *v4;

/* An endless log, a little at a time: a read to cancel */
#define SLOW_TYPE_STREAM (slow_stream_get_type ())
G_DECLARE_FINAL_TYPE (SlowStream, slow_stream, SLOW, STREAM, GInputStream)

struct _SlowStream
{
  GInputStream parent_instance;
  guint64 offset;
};

G_DEFINE_FINAL_TYPE (SlowStream, slow_stream, G_TYPE_INPUT_STREAM)

static const char slow_line[] = "2026-03-08 10:20:05 <ERROR> play() failed: PLAY_NOT_ALLOWED code: 16451\n";

static gssize
slow_stream_read (GInputStream  *stream,
                  void          *buffer,
                  gsize          count,
                  GCancellable  *cancellable,
                  GError       **error)
{
  SlowStream *self = SLOW_STREAM (stream);
  guint8 *out = buffer;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return -1;
  g_usleep (2 * G_TIME_SPAN_MILLISECOND);
  count = MIN (count, 4096);
  for (gsize i = 0; i < count; i++)
    out[i] = slow_line[self->offset++ % (sizeof slow_line - 1)];
  return count;
}

static void
slow_stream_class_init (SlowStreamClass *klass)
{
  G_INPUT_STREAM_CLASS (klass)->read_fn = slow_stream_read;
}

static void
slow_stream_init (SlowStream *self)
{
}

typedef struct
{
  TsLogReport *report;
  guint n_progress;
  guint n_progress_after;   /* calls after the report came */
  guint64 bytes_read;
  guint64 n_lines;
  gboolean cancel_on_progress;
  GCancellable *cancellable;
} Read;

static void
on_progress (guint64  bytes_read,
             guint64  total_bytes,
             guint64  n_lines,
             gpointer user_data)
{
  Read *read = user_data;

  /* in the caller's context, and only forward */
  g_assert_true (g_main_context_is_owner (g_main_context_default ()));
  g_assert_cmpuint (bytes_read, >, read->bytes_read);
  g_assert_cmpuint (n_lines, >=, read->n_lines);
  read->bytes_read = bytes_read;
  read->n_lines = n_lines;
  read->n_progress++;
  if (read->report != NULL)
    read->n_progress_after++;
  if (read->cancel_on_progress && read->n_progress == 2)
    g_cancellable_cancel (read->cancellable);
}

static void
on_read (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Read *read = user_data;

  g_assert_null (source);
  read->report = ts_log_report_read_finish (result);
  g_assert_nonnull (read->report);
}

static TsLogReport *
wait_for_report (Read *read)
{
  while (read->report == NULL)
    g_main_context_iteration (NULL, TRUE);
  /* what else was waiting in the loop */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (read->n_progress_after, ==, 0);
  return read->report;
}

static TsLogReport *
read_bytes (const void *data,
            gsize       length,
            const char *name)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, length);
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
  Read read = { 0 };

  ts_log_report_read_stream_async (v4, NULL, stream, name, length, NULL, on_progress, &read, on_read, &read);
  return wait_for_report (&read);
}

static TsLogReport *
read_file (GFile *file)
{
  Read read = { 0 };

  ts_log_report_read_file_async (v4, NULL, file, NULL, on_progress, &read, on_read, &read);
  return wait_for_report (&read);
}

static GFile *
fixture_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "logs", name, NULL);

  return g_file_new_for_path (path);
}

static TsLogError *
error_at (TsLogReport *report,
          guint        index)
{
  g_autoptr(TsLogError) error = g_list_model_get_item (ts_log_report_get_errors (report), index);

  g_assert_nonnull (error);
  return error;   /* the report keeps it */
}

static char *
match_text (const TsLogLine *line)
{
  return g_strndup (line->text + line->match_start, line->match_end - line->match_start);
}

/* The errors of a fixture as the scanner tallies them, each with the text
 * of its lines: the whole line, its match where the scanner found it */
static void
test_fixture_errors (void)
{
  static const char * const names[] = {
    "join-failure.log", "autoplay-crlf.log", "account.log", "quiet.log",
  };

  for (guint n = 0; n < G_N_ELEMENTS (names); n++)
    {
      g_autoptr(GFile) file = fixture_file (names[n]);
      g_autoptr(TsLogReport) report = read_file (file);
      g_autoptr(TsLogScanner) scanner = ts_log_scanner_new (v4);
      g_autoptr(TsLogScan) scan = ts_log_scan_new (scanner, NULL, NULL);
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;
      g_auto(GStrv) lines = NULL;
      GListModel *errors = ts_log_report_get_errors (report);

      g_assert_true (ts_log_scan_read_file (scan, file, NULL, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_load_contents (file, NULL, &contents, NULL, NULL, NULL));
      lines = g_strsplit (contents, "\n", -1);

      g_assert_true (ts_log_report_is_complete (report));
      g_assert_null (ts_log_report_get_error (report));
      g_assert_cmpstr (ts_log_report_get_name (report), ==, names[n]);
      g_assert_true (ts_log_report_get_file (report) == file);
      g_assert_false (ts_log_report_is_compressed (report));
      g_assert_cmpuint (ts_log_report_get_n_lines (report), ==, ts_log_scan_get_n_lines (scan));
      g_assert_cmpuint (ts_log_report_get_n_bytes (report), ==, strlen (contents));
      g_assert_cmpuint (g_list_model_get_n_items (errors), ==, ts_log_scan_get_n_tallies (scan));
      g_assert_true (g_list_model_get_item_type (errors) == TS_TYPE_LOG_ERROR);

      for (guint i = 0; i < ts_log_scan_get_n_tallies (scan); i++)
        {
          const TsLogTally *tally = ts_log_scan_get_tally (scan, i);
          TsLogError *found = error_at (report, i);

          g_assert_true (ts_log_error_get_entry (found) == tally->entry);
          g_assert_cmpuint (ts_log_error_get_n_lines (found), ==, tally->n_lines);
          g_assert_cmpuint (ts_log_error_get_first_line (found), ==, tally->first_line);
          g_assert_cmpuint (ts_log_error_get_last_line (found), ==, tally->last_line);
          g_assert_cmpuint (ts_log_error_get_n_kept (found), ==, tally->n_lines);
          for (guint l = 0; l < ts_log_error_get_n_kept (found); l++)
            {
              const TsLogLine *line = ts_log_error_get_line (found, l);
              g_autofree char *whole = g_strdup (lines[line->line - 1]);

              /* the fixtures' lines are short, UTF-8 and without colours */
              g_strchomp (whole);
              if (!g_str_equal (names[n], "binary.log"))
                g_assert_cmpstr (line->text, ==, whole);
              g_assert_cmpuint (line->match_start, <, line->match_end);
              g_assert_cmpuint (line->match_end, <=, strlen (line->text));
            }
        }
    }

  /* where the matches are */
  {
    g_autoptr(GFile) file = fixture_file ("join-failure.log");
    g_autoptr(TsLogReport) report = read_file (file);
    TsLogError *join = error_at (report, 2);
    TsLogError *room = error_at (report, 3);
    g_autofree char *join_match = match_text (ts_log_error_get_line (join, 0));
    g_autofree char *room_match = match_text (ts_log_error_get_line (room, 1));

    g_assert_cmpstr (ts_entry_get_key (ts_log_error_get_entry (join)), ==, "JOIN_ROOM_FAILED");
    g_assert_cmpuint (ts_log_error_get_line (join, 0)->line, ==, 7);
    g_assert_cmpuint (ts_log_error_get_line (join, 0)->match_start, ==, 74);
    g_assert_cmpstr (join_match, ==, "JOIN_ROOM_FAILED");
    g_assert_cmpuint (ts_log_error_get_line (room, 1)->line, ==, 11);
    g_assert_cmpstr (room_match, ==, "-10012");
  }
}

typedef struct
{
  const char *name;
  const char *log;
  gsize length;             /* 0: strlen (log) */
  const char *text;
  const char *match;
} LineCase;

/* A line of the log as text to show */
static void
test_line_text (void)
{
  static const LineCase cases[] = {
    { "as-it-is", "a PLAY_NOT_ALLOWED b", 0, "a PLAY_NOT_ALLOWED b", "PLAY_NOT_ALLOWED" },
    { "crlf", "x PLAY_NOT_ALLOWED\r\n", 0, "x PLAY_NOT_ALLOWED", "PLAY_NOT_ALLOWED" },
    { "markup-is-text", "<b>PLAY_NOT_ALLOWED</b> &amp; %s", 0, "<b>PLAY_NOT_ALLOWED</b> &amp; %s", "PLAY_NOT_ALLOWED" },
    { "colours-left-out", "\x1b[31merror\x1b[0m \x1b[1mPLAY_NOT_ALLOWED\x1b[22m\tcode: \x1b[33m16451\x1b[39m", 0,
      "error PLAY_NOT_ALLOWED code: 16451", "PLAY_NOT_ALLOWED" },
    { "controls-as-symbols", "\x01 PLAY_NOT_ALLOWED \x7f\x1b", 0, "␁ PLAY_NOT_ALLOWED ␡␛", "PLAY_NOT_ALLOWED" },
    { "nul", "a\0 PLAY_NOT_ALLOWED \0b", 22, "a␀ PLAY_NOT_ALLOWED ␀b", "PLAY_NOT_ALLOWED" },
    { "not-utf-8", "\xff PLAY_NOT_ALLOWED \xc3(\xe2\x82", 0, "\xef\xbf\xbd PLAY_NOT_ALLOWED \xef\xbf\xbd(\xef\xbf\xbd\xef\xbf\xbd",
      "PLAY_NOT_ALLOWED" },
    { "c1-control", "\xc2\x85 PLAY_NOT_ALLOWED", 0, "\xef\xbf\xbd PLAY_NOT_ALLOWED", "PLAY_NOT_ALLOWED" },
    { "hangul", "카메라 오류 DEVICE_NOT_FOUND가 발생", 0, "카메라 오류 DEVICE_NOT_FOUND가 발생", "DEVICE_NOT_FOUND" },
    { "decimal-code", "{\"result\":-10012}", 0, "{\"result\":-10012}", "-10012" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const LineCase *c = &cases[i];
      g_autoptr(TsLogReport) report = read_bytes (c->log, c->length > 0 ? c->length : strlen (c->log), NULL);
      const TsLogLine *line;
      g_autofree char *match = NULL;

      g_test_message ("%s", c->name);
      g_assert_cmpuint (g_list_model_get_n_items (ts_log_report_get_errors (report)), >=, 1);
      line = ts_log_error_get_line (error_at (report, 0), 0);
      match = match_text (line);
      g_assert_true (g_utf8_validate (line->text, -1, NULL));
      g_assert_cmpstr (line->text, ==, c->text);
      g_assert_cmpstr (match, ==, c->match);
      g_assert_null (ts_log_report_get_name (report));
    }
}

/* A line of megabytes: the match and TS_LOG_EXCERPT_CONTEXT bytes either
 * side, cut between characters, "…" where the line goes on */
static void
test_long_line_text (void)
{
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(TsLogReport) report = NULL;
  const TsLogLine *line;
  g_autofree char *match = NULL;
  const char *before, *after;

  for (guint i = 0; i < 400000; i++)
    g_string_append (log, i % 2 == 0 ? "é" : "한");
  g_string_append (log, " PLAY_NOT_ALLOWED ");
  for (guint i = 0; i < 400000; i++)
    g_string_append (log, i % 2 == 0 ? "é" : "한");
  g_string_append (log, "\nPLAY_NOT_ALLOWED ends here\n");

  report = read_bytes (log->str, log->len, "long.log");
  g_assert_cmpuint (ts_log_error_get_n_kept (error_at (report, 0)), ==, 2);
  line = ts_log_error_get_line (error_at (report, 0), 0);
  match = match_text (line);
  g_assert_cmpstr (match, ==, "PLAY_NOT_ALLOWED");
  g_assert_true (g_utf8_validate (line->text, -1, NULL));
  g_assert_null (strstr (line->text, "\xef\xbf\xbd"));
  g_assert_true (g_str_has_prefix (line->text, "…"));
  g_assert_true (g_str_has_suffix (line->text, "…"));
  before = line->text + strlen ("…");
  after = line->text + line->match_end;
  g_assert_cmpuint (line->text + line->match_start - before, <=, TS_LOG_EXCERPT_CONTEXT);
  g_assert_cmpuint (line->text + line->match_start - before, >, TS_LOG_EXCERPT_CONTEXT - 4);
  g_assert_cmpuint (strlen (after) - strlen ("…"), <=, TS_LOG_EXCERPT_CONTEXT);
  g_assert_cmpuint (strlen (after) - strlen ("…"), >, TS_LOG_EXCERPT_CONTEXT - 4);

  /* a line that starts with the match and ends soon is whole */
  line = ts_log_error_get_line (error_at (report, 0), 1);
  g_assert_cmpstr (line->text, ==, "PLAY_NOT_ALLOWED ends here");
  g_assert_cmpuint (line->line, ==, 2);
}

/* The first TS_LOG_ERROR_MAX_LINES lines are kept; the count goes on */
static void
test_lines_kept (void)
{
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(TsLogReport) report = NULL;
  TsLogError *play, *timeout;

  for (guint i = 1; i <= TS_LOG_ERROR_MAX_LINES + 100; i++)
    g_string_append_printf (log, "%u PLAY_NOT_ALLOWED\n%s", i, i == 3 || i == 550 ? "join room timeout\n" : "");

  report = read_bytes (log->str, log->len, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (ts_log_report_get_errors (report)), ==, 2);
  play = error_at (report, 0);
  timeout = error_at (report, 1);
  g_assert_cmpuint (ts_log_error_get_n_lines (play), ==, TS_LOG_ERROR_MAX_LINES + 100);
  g_assert_cmpuint (ts_log_error_get_n_kept (play), ==, TS_LOG_ERROR_MAX_LINES);
  g_assert_cmpuint (ts_log_error_get_first_line (play), ==, 1);
  g_assert_cmpuint (ts_log_error_get_last_line (play), ==, TS_LOG_ERROR_MAX_LINES + 100 + 2);
  for (guint i = 1; i < ts_log_error_get_n_kept (play); i++)
    g_assert_cmpuint (ts_log_error_get_line (play, i)->line, >, ts_log_error_get_line (play, i - 1)->line);
  g_assert_cmpuint (ts_log_error_get_n_lines (timeout), ==, 2);
  g_assert_cmpuint (ts_log_error_get_line (timeout, 0)->line, ==, 4);
  g_assert_cmpuint (ts_log_error_get_line (timeout, 1)->line, ==, 552);
}

static GBytes *
gzip (const void *data,
      gsize       length)
{
  g_autoptr(GZlibCompressor) compressor = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 6);
  g_autoptr(GInputStream) plain = g_memory_input_stream_new_from_data (data, length, NULL);
  g_autoptr(GInputStream) compressed = g_converter_input_stream_new (plain, G_CONVERTER (compressor));
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  g_output_stream_splice (out, compressed, G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL, &error);
  g_assert_no_error (error);
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
}

/* A compressed file, whatever its name, and one that is not there */
static void
test_files (void)
{
  g_autoptr(GFile) plain = fixture_file ("join-failure.log");
  g_autoptr(TsLogReport) expected = read_file (plain);
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GBytes) gz = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ts-triage-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "console.log", NULL);
  g_autoptr(GFile) compressed = g_file_new_for_path (path);
  g_autofree char *missing_path = g_build_filename (dir, "missing.log", NULL);
  g_autoptr(GFile) missing = g_file_new_for_path (missing_path);
  g_autoptr(TsLogReport) report = NULL;
  g_autoptr(TsLogReport) nothing = NULL;

  g_assert_true (g_file_load_contents (plain, NULL, &contents, &length, NULL, NULL));
  gz = gzip (contents, length);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (gz, NULL), g_bytes_get_size (gz), NULL));

  report = read_file (compressed);
  g_assert_true (ts_log_report_is_complete (report));
  g_assert_true (ts_log_report_is_compressed (report));
  g_assert_cmpstr (ts_log_report_get_name (report), ==, "console.log");
  g_assert_cmpuint (ts_log_report_get_n_bytes (report), ==, length);
  g_assert_cmpuint (ts_log_report_get_n_lines (report), ==, ts_log_report_get_n_lines (expected));
  g_assert_cmpuint (g_list_model_get_n_items (ts_log_report_get_errors (report)), ==,
                    g_list_model_get_n_items (ts_log_report_get_errors (expected)));
  for (guint i = 0; i < g_list_model_get_n_items (ts_log_report_get_errors (report)); i++)
    {
      TsLogError *a = error_at (report, i), *b = error_at (expected, i);

      g_assert_true (ts_log_error_get_entry (a) == ts_log_error_get_entry (b));
      g_assert_cmpstr (ts_log_error_get_line (a, 0)->text, ==, ts_log_error_get_line (b, 0)->text);
    }

  nothing = read_file (missing);
  g_assert_false (ts_log_report_is_complete (nothing));
  g_assert_error (ts_log_report_get_error (nothing), G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpuint (g_list_model_get_n_items (ts_log_report_get_errors (nothing)), ==, 0);
  g_assert_cmpstr (ts_log_report_get_name (nothing), ==, "missing.log");

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Progress comes while reading, and a cancelled read returns what it found */
static void
test_progress_and_cancel (void)
{
  g_autoptr(GInputStream) stream = g_object_new (SLOW_TYPE_STREAM, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Read read = { 0 };
  TsLogError *play;

  read.cancel_on_progress = TRUE;
  read.cancellable = cancellable;
  ts_log_report_read_stream_async (v4, NULL, stream, "endless.log", 0, cancellable, on_progress, &read,
                                   on_read, &read);
  wait_for_report (&read);

  g_assert_cmpuint (read.n_progress, ==, 2);
  g_assert_false (ts_log_report_is_complete (read.report));
  g_assert_error (ts_log_report_get_error (read.report), G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (ts_log_report_get_n_lines (read.report), >=, read.n_lines);
  g_assert_cmpuint (ts_log_report_get_n_lines (read.report), >, 0);
  play = error_at (read.report, 0);
  g_assert_cmpstr (ts_entry_get_key (ts_log_error_get_entry (play)), ==, "PLAY_NOT_ALLOWED");
  g_assert_cmpuint (ts_log_error_get_n_lines (play), ==, ts_log_report_get_n_lines (read.report));
  g_object_unref (read.report);
}

/* A scanner is built on the worker once, and used again for its catalog */
static void
test_scanner_reused (void)
{
  g_autoptr(GFile) file = fixture_file ("quiet.log");
  g_autoptr(TsLogReport) first = read_file (file);
  TsLogScanner *scanner = ts_log_report_get_scanner (first);
  g_autoptr(GError) error = NULL;
  g_autoptr(TsCatalog) builtin = ts_catalog_new_builtin (NULL, &error);
  Read again = { 0 }, other = { 0 };

  g_assert_no_error (error);
  g_assert_true (ts_log_scanner_get_catalog (scanner) == v4);

  ts_log_report_read_file_async (v4, scanner, file, NULL, NULL, NULL, on_read, &again);
  wait_for_report (&again);
  g_assert_true (ts_log_report_get_scanner (again.report) == scanner);

  ts_log_report_read_file_async (builtin, scanner, file, NULL, NULL, NULL, on_read, &other);
  wait_for_report (&other);
  g_assert_true (ts_log_scanner_get_catalog (ts_log_report_get_scanner (other.report)) == builtin);

  g_object_unref (again.report);
  g_object_unref (other.report);
}

static GArray *
fixture_tallies (const char *name,
                 guint64    *n_lines)
{
  g_autoptr(GFile) file = fixture_file (name);
  g_autoptr(TsLogReport) report = read_file (file);

  *n_lines = ts_log_report_get_n_lines (report);
  return ts_log_report_get_tallies (report);
}

static TsEntry *
find_key (const char *key)
{
  for (guint i = 0; i < ts_catalog_get_n_entries (v4); i++)
    if (g_strcmp0 (ts_entry_get_key (ts_catalog_get_entry (v4, i)), key) == 0)
      return ts_catalog_get_entry (v4, i);
  g_error ("no entry %s", key);
}

/* What "Copy Summary" copies, in English */
static void
test_triage_english (void)
{
  guint64 n_lines;
  g_autoptr(GArray) tallies = fixture_tallies ("join-failure.log", &n_lines);
  g_autofree char *text = ts_triage_format ("join-failure.log", n_lines, (TsLogTally *) (gpointer) tallies->data,
                                            tallies->len, NULL, TS_LANGUAGE_ENGLISH);
  g_autofree char *join_fix = ts_format_fix (find_key ("JOIN_ROOM_FAILED"), NULL, TS_LANGUAGE_ENGLISH);
  g_autofree char *join = g_strdup_printf ("\n\nJOIN_ROOM_FAILED (16388 · 0x4004) — %s\n"
                                           "Lines: 1 (first 7, last 7)\n"
                                           "How to Fix\n"
                                           "%s\n",
                                           ts_entry_get_summary (find_key ("JOIN_ROOM_FAILED"), TS_LANGUAGE_ENGLISH),
                                           join_fix);

  g_assert_true (g_str_has_prefix (text, "TRTC error triage: join-failure.log\n"
                                         "Lines scanned: 12. Errors found: 4.\n"
                                         "\n"
                                         "failed to connect to remote server via websocket — "));
  g_assert_nonnull (strstr (text, join));
  /* a code without a key is its own title; the fix is said to be missing where the page gives none */
  g_assert_nonnull (strstr (text, "\n\n-10012 — "));
  g_assert_nonnull (strstr (text, "\nLines: 2 (first 10, last 11)\nHow to Fix\n"));
  g_assert_true (g_str_has_suffix (text, "\n"));
  g_assert_false (g_str_has_suffix (text, "\n\n"));
}

/* Both languages, the UI's first; pasted text and a log without errors */
static void
test_triage_both (void)
{
  guint64 n_lines;
  g_autoptr(GArray) tallies = fixture_tallies ("join-failure.log", &n_lines);
  const TsLogTally *first = (TsLogTally *) (gpointer) tallies->data;
  g_autofree char *english = ts_triage_format (NULL, n_lines, first, tallies->len, NULL, TS_LANGUAGE_ENGLISH);
  g_autofree char *korean = ts_triage_format (NULL, n_lines, first, tallies->len, NULL, TS_LANGUAGE_KOREAN);
  g_autofree char *both = ts_triage_format_both (NULL, n_lines, first, tallies->len, NULL, TS_LANGUAGE_KOREAN);
  g_autofree char *expected = g_strconcat (korean, "\n", english, NULL);
  g_autofree char *korean_fix = ts_format_fix (find_key ("JOIN_ROOM_FAILED"), NULL, TS_LANGUAGE_KOREAN);
  g_autofree char *english_fix = ts_format_fix (find_key ("JOIN_ROOM_FAILED"), NULL, TS_LANGUAGE_ENGLISH);
  g_autofree char *quiet = NULL;
  g_autoptr(GArray) none = fixture_tallies ("quiet.log", &n_lines);

  g_assert_cmpstr (both, ==, expected);
  g_assert_true (g_str_has_prefix (english, "TRTC error triage: pasted text\n"));
  g_assert_nonnull (strstr (korean, ts_entry_get_summary (find_key ("JOIN_ROOM_FAILED"), TS_LANGUAGE_KOREAN)));
  g_assert_nonnull (strstr (korean, korean_fix));
  g_assert_cmpstr (korean_fix, !=, english_fix);

  quiet = ts_triage_format ("quiet.log", n_lines, NULL, none->len, NULL, TS_LANGUAGE_ENGLISH);
  g_assert_cmpstr (quiet, ==, "TRTC error triage: quiet.log\n"
                              "Lines scanned: 4. Errors found: 0.\n"
                              "\n"
                              "No error of the catalog was found.\n");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *v4_file = NULL;
  int status;

  ts_test_init_i18n ();
  g_test_init (&argc, &argv, NULL);

  v4_file = g_test_build_filename (G_TEST_DIST, "..", "data", "trtc-web-sdk-v4.json", NULL);
  v4 = ts_catalog_new_from_file (v4_file, NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/log-report/errors-of-a-fixture-with-their-lines", test_fixture_errors);
  g_test_add_func ("/log-report/line-text-is-safe-to-show", test_line_text);
  g_test_add_func ("/log-report/long-line-cut-around-the-match", test_long_line_text);
  g_test_add_func ("/log-report/first-lines-kept-count-goes-on", test_lines_kept);
  g_test_add_func ("/log-report/compressed-and-missing-files", test_files);
  g_test_add_func ("/log-report/progress-and-cancel", test_progress_and_cancel);
  g_test_add_func ("/log-report/scanner-reused-for-its-catalog", test_scanner_reused);
  g_test_add_func ("/triage/english", test_triage_english);
  g_test_add_func ("/triage/both-languages-pasted-text-no-errors", test_triage_both);

  status = g_test_run ();
  g_object_unref (v4);
  return status;
}
