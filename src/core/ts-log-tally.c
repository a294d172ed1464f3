/* ts-log-tally.c: the findings of a log's line, reported as the line ends,
 * and the tally of each error
 *
 * Findings of the current line wait, one per entry (its first place on the
 * line), until the line ends; the memory they take is bounded by the
 * catalog, not by the log. Each keeps an excerpt of its line,
 * TS_LOG_EXCERPT_CONTEXT bytes either side of it, which the buffer holds
 * (see ts-log-scan.c). As the line ends they are reported in column order,
 * and each error's tally counts the lines that name it; tallies come in
 * the order their errors first appeared.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-log-scanner"

#include "config.h"

#include <string.h>

#include "ts-log-scan-state.h"
#include "ts-log-scanner-private.h"
#include "ts-log-tally.h"

/* Keeps the first place of each entry on the current line. */
void
ts_log_tally_record (TsLogScan    *self,
                     guint32       entry,
                     const guint8 *start,
                     gsize         length)
{
  guint64 line = self->n_lines + 1;
  guint64 column = self->offset + (guint64) (start - self->buffer) - self->line_start + 1;
  TsLogLineFinding *finding;

  if (self->seen_on_line[entry] == line)
    {
      finding = &g_array_index (self->line_findings, TsLogLineFinding, self->seen_at[entry]);
      if (column >= finding->column)
        return;
    }
  else
    {
      self->seen_on_line[entry] = line;
      self->seen_at[entry] = self->line_findings->len;
      g_array_set_size (self->line_findings, self->line_findings->len + 1);
      finding = &g_array_index (self->line_findings, TsLogLineFinding, self->line_findings->len - 1);
      finding->entry = entry;
    }

  finding->column = column;
  finding->text = self->line_text->len;
  finding->text_length = length;
  g_byte_array_append (self->line_text, start, length);
  g_byte_array_append (self->line_text, (const guint8 *) "", 1);

  /* the line around it, as far as it goes: the buffer holds that much
   * either side (see make_room() in ts-log-scan.c, and the lookahead) */
  {
    const guint8 *end = self->buffer + self->length;
    const guint8 *after = start + length;
    const guint8 *from = start - MIN ((gsize) (start - self->buffer), (gsize) TS_LOG_EXCERPT_CONTEXT);
    const guint8 *to = after + MIN ((gsize) (end - after), (gsize) TS_LOG_EXCERPT_CONTEXT);
    const guint8 *newline;

    if (self->line_start > self->offset + (guint64) (from - self->buffer))
      from = self->buffer + (self->line_start - self->offset);
    if ((newline = memchr (after, '\n', to - after)) != NULL)
      to = newline;

    finding->excerpt = self->line_text->len;
    finding->excerpt_length = to - from;
    finding->match_offset = start - from;
    g_byte_array_append (self->line_text, from, to - from);
    g_byte_array_append (self->line_text, (const guint8 *) "", 1);
  }
}

static gint
compare_line_findings (gconstpointer a,
                       gconstpointer b)
{
  const TsLogLineFinding *x = a, *y = b;

  if (x->column != y->column)
    return x->column < y->column ? -1 : 1;
  return (x->entry > y->entry) - (x->entry < y->entry);
}

/* The current line ends at @line_end (its "\n" or the end of the log); the
 * next starts at @next_start. */
void
ts_log_tally_end_line (TsLogScan *self,
                       guint64    line_end,
                       guint64    next_start)
{
  guint64 line = ++self->n_lines;
  guint64 line_length = line_end - self->line_start;

  self->line_start = next_start;
  if (self->line_findings->len == 0)
    return;

  g_array_sort (self->line_findings, compare_line_findings);
  for (guint i = 0; i < self->line_findings->len; i++)
    {
      const TsLogLineFinding *found = &g_array_index (self->line_findings, TsLogLineFinding, i);
      TsEntry *entry = ts_catalog_get_entry (self->scanner->catalog, found->entry);
      TsLogFinding finding = {
        line, found->column, (const char *) self->line_text->data + found->text, found->text_length, entry,
        (const char *) self->line_text->data + found->excerpt, found->excerpt_length, found->match_offset,
        line_length,
      };
      TsLogTally *tally;

      if (self->tally_of[found->entry] == 0)
        {
          TsLogTally added = { entry, 0, line, line };

          g_array_append_val (self->tallies, added);
          self->tally_of[found->entry] = self->tallies->len;
        }
      tally = &g_array_index (self->tallies, TsLogTally, self->tally_of[found->entry] - 1);
      tally->n_lines++;
      tally->last_line = line;
      self->n_findings++;

      if (self->func != NULL)
        self->func (&finding, self->user_data);
    }

  g_array_set_size (self->line_findings, 0);
  g_byte_array_set_size (self->line_text, 0);
}

/**
 * ts_log_scan_get_n_findings:
 *
 * Returns: the findings reported so far
 */
guint64
ts_log_scan_get_n_findings (TsLogScan *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_findings;
}

/**
 * ts_log_scan_get_n_tallies:
 *
 * Returns: how many distinct errors were found so far
 */
guint
ts_log_scan_get_n_tallies (TsLogScan *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->tallies->len;
}

/**
 * ts_log_scan_get_tally:
 * @index: less than ts_log_scan_get_n_tallies()
 *
 * The errors found come in the order they first appeared in.
 *
 * Returns: (transfer none): how the @index-th error appears in the log
 */
const TsLogTally *
ts_log_scan_get_tally (TsLogScan *self,
                       guint      index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->tallies->len, NULL);

  return &g_array_index (self->tallies, TsLogTally, index);
}
