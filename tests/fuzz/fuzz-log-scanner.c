/* fuzz-log-scanner.c: any bytes as a log, scanned with the built-in catalog (libFuzzer)
 *
 * A log is whatever a browser, a server or a user saved: any bytes, maybe
 * gzip-compressed. Each input is read as a stream; then, unless compressed,
 * pushed again in pieces after a padding line that puts the scanner's 64 KiB
 * buffer boundary inside it, where the findings must be the same, a line down.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "ts-catalog.h"
#include "ts-catalog-builder.h"
#include "ts-log-scanner.h"

#define BOUNDARY 65536

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

typedef struct
{
  guint64 line;
  guint64 column;
  TsEntry *entry;
  char *match;
} Found;

static void
found_clear (gpointer data)
{
  g_free (((Found *) data)->match);
}

static void
collect (const TsLogFinding *finding,
         gpointer            user_data)
{
  GArray *found = user_data;
  Found added = { finding->line, finding->column, finding->entry, g_strdup (finding->match) };

  g_assert (finding->line >= 1 && finding->column >= 1);
  g_assert (finding->match_length > 0 && strlen (finding->match) == finding->match_length);
  g_assert (g_utf8_validate (finding->match, -1, NULL));
  /* the excerpt: the match in its line, bounded, never past a line break */
  g_assert (finding->match_offset <= MIN (finding->column - 1, TS_LOG_EXCERPT_CONTEXT));
  g_assert (finding->excerpt_length >= finding->match_offset + finding->match_length);
  g_assert (finding->excerpt_length <= finding->match_length + 2 * TS_LOG_EXCERPT_CONTEXT);
  g_assert (finding->column - 1 - finding->match_offset + finding->excerpt_length <= finding->line_length);
  g_assert (memcmp (finding->excerpt + finding->match_offset, finding->match, finding->match_length) == 0);
  g_assert (memchr (finding->excerpt, '\n', finding->excerpt_length) == NULL);
  if (found->len > 0)
    {
      const Found *last = &g_array_index (found, Found, found->len - 1);

      /* in line order, then column order; an entry once a line */
      g_assert (finding->line > last->line ||
                (finding->line == last->line && finding->column >= last->column && finding->entry != last->entry));
    }
  g_array_append_val (found, added);
}

static GArray *
new_found (void)
{
  GArray *found = g_array_new (FALSE, FALSE, sizeof (Found));

  g_array_set_clear_func (found, found_clear);
  return found;
}

/* The tallies agree with the findings */
static void
check_tallies (TsLogScan *scan,
               GArray    *found)
{
  guint64 total = 0;

  for (guint i = 0; i < ts_log_scan_get_n_tallies (scan); i++)
    {
      const TsLogTally *tally = ts_log_scan_get_tally (scan, i);

      g_assert (tally->n_lines >= 1);
      g_assert (tally->first_line <= tally->last_line);
      g_assert (tally->n_lines <= tally->last_line - tally->first_line + 1);
      g_assert (tally->last_line <= ts_log_scan_get_n_lines (scan));
      total += tally->n_lines;
    }
  g_assert (total == found->len);
  g_assert (total == ts_log_scan_get_n_findings (scan));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static TsCatalog *catalog;
  static TsLogScanner *scanner;
  static char *padding;
  g_autoptr(GArray) found = new_found ();
  g_autoptr(GArray) again = new_found ();
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(TsLogScan) scan = NULL;
  g_autoptr(TsLogScan) shifted = NULL;
  g_autoptr(GError) error = NULL;
  gsize shift, piece;

  if (catalog == NULL)
    {
      catalog = ts_catalog_new_builtin (NULL, &error);
      g_assert_no_error (error);
      scanner = ts_log_scanner_new (catalog);
      padding = g_malloc (BOUNDARY);
      memset (padding, ' ', BOUNDARY);
      padding[BOUNDARY - 1] = '\n';
    }

  stream = g_memory_input_stream_new_from_data (data, size, NULL);
  scan = ts_log_scan_new (scanner, collect, found);
  if (!ts_log_scan_read_stream (scan, stream, NULL, &error))
    {
      /* only compressed data can be wrong */
      g_assert (ts_log_scan_is_compressed (scan));
      g_assert (error != NULL && error->domain == G_IO_ERROR);
      return 0;
    }
  check_tallies (scan, found);
  if (found->len > 0)
    g_assert (g_array_index (found, Found, found->len - 1).line <= ts_log_scan_get_n_lines (scan));
  if (ts_log_scan_is_compressed (scan))
    return 0;
  g_assert (ts_log_scan_get_n_bytes (scan) == size);

  /* the byte at @shift first after the boundary, in pieces of 1 to 64 bytes */
  shift = size > 0 ? (data[size / 2] * 251u + size) % MIN (size, BOUNDARY) : 0;
  piece = size > 0 ? 1 + data[0] % 64 : 1;
  shifted = ts_log_scan_new (scanner, collect, again);
  g_assert (ts_log_scan_push (shifted, padding + shift, BOUNDARY - shift, NULL));
  for (gsize done = 0; done < size; done += piece)
    g_assert (ts_log_scan_push (shifted, data + done, MIN (piece, size - done), NULL));
  g_assert (ts_log_scan_finish (shifted, NULL));

  g_assert (again->len == found->len);
  g_assert (ts_log_scan_get_n_lines (shifted) == ts_log_scan_get_n_lines (scan) + 1);
  for (guint i = 0; i < found->len; i++)
    {
      const Found *a = &g_array_index (found, Found, i);
      const Found *b = &g_array_index (again, Found, i);

      g_assert (b->line == a->line + 1);
      g_assert (b->column == a->column);
      g_assert (b->entry == a->entry);
      g_assert (strcmp (b->match, a->match) == 0);
    }

  return 0;
}
