/* ts-log-error.c: one error as a log shows it: how often, and on which lines
 *
 * A log is data from anywhere: its lines are kept as text that is safe to
 * show as it is (never as markup). Bytes that are not UTF-8 become U+FFFD,
 * control characters their symbols (U+2400…), and a terminal's colour
 * sequences, which the scanner does not see either, are left out. A line
 * may be megabytes long: only the scanner's excerpt around the match is
 * kept, cut between characters, with "…" where the line goes on.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-log-error"

#include "config.h"

#include "ts-log-error.h"

/* A terminal's control sequence, as the scanner reads one: ESC [, up to 30
 * parameter bytes and a final byte */
#define MAX_ESCAPE 32

struct _TsLogError
{
  GObject parent_instance;

  TsEntry *entry;
  guint64 n_lines;
  guint64 first_line;
  guint64 last_line;
  GArray *lines;            /* TsLogLine, at most TS_LOG_ERROR_MAX_LINES */
};

G_DEFINE_FINAL_TYPE (TsLogError, ts_log_error, G_TYPE_OBJECT)

static void
clear_line (gpointer data)
{
  TsLogLine *line = data;

  g_free (line->text);
}

/* The length of the control sequence at @p, or 0 if there is none */
static gsize
escape_length (const char *p,
               const char *end)
{
  const char *q = p + 2;

  if (end - p < 3 || p[0] != '\x1b' || p[1] != '[')
    return 0;
  while (q < end && q - p < MAX_ESCAPE && (guchar) *q >= 0x20 && (guchar) *q <= 0x3f)
    q++;
  return q < end && (guchar) *q >= 0x40 && (guchar) *q <= 0x7e ? (gsize) (q + 1 - p) : 0;
}

/* Appends the bytes from @p to @end of a log as text to show */
static void
append_shown (GString    *out,
              const char *p,
              const char *end)
{
  while (p < end)
    {
      guchar c = *p;
      gunichar u;
      gsize skip;

      if (c == '\x1b' && (skip = escape_length (p, end)) > 0)
        {
          p += skip;
        }
      else if (c == '\t')
        {
          g_string_append_c (out, ' ');
          p++;
        }
      else if (c < 0x20 || c == 0x7f)
        {
          /* the symbol for the control character: NUL as ␀, ESC as ␛ */
          g_string_append_unichar (out, c == 0x7f ? 0x2421 : 0x2400 + c);
          p++;
        }
      else if (c < 0x80)
        {
          g_string_append_c (out, c);
          p++;
        }
      else if ((u = g_utf8_get_char_validated (p, end - p)) == (gunichar) -1 || u == (gunichar) -2 ||
               u < 0xa0)
        {
          /* a byte that starts no character here, or a C1 control */
          g_string_append_unichar (out, 0xfffd);
          p += u == (gunichar) -1 || u == (gunichar) -2 ? 1 : g_utf8_skip[c];
        }
      else
        {
          g_string_append_len (out, p, g_utf8_skip[c]);
          p += g_utf8_skip[c];
        }
    }
}

/**
 * ts_log_line_text_new:
 * @finding: a finding, with its excerpt
 * @match_start: (out): where the match starts in the text, in bytes
 * @match_end: (out): where it ends
 *
 * Returns: (transfer full): the excerpt of @finding's line as text to show
 *   (see ts-log-error.c)
 */
char *
ts_log_line_text_new (const TsLogFinding *finding,
                      guint              *match_start,
                      guint              *match_end)
{
  const char *excerpt = finding->excerpt;
  const char *start = excerpt;
  const char *match = excerpt + finding->match_offset;
  const char *after = match + finding->match_length;
  const char *end = excerpt + finding->excerpt_length;
  /* where the excerpt starts in its line */
  guint64 offset = finding->column - 1 - finding->match_offset;
  gboolean cut_start = offset > 0;
  gboolean cut_end = offset + finding->excerpt_length < finding->line_length;
  GString *out = g_string_sized_new (finding->excerpt_length + 16);

  g_return_val_if_fail (finding->excerpt != NULL, NULL);

  /* cut between characters: no half of one at either end */
  if (cut_start)
    while (start < match && start - excerpt < 3 && ((guchar) *start & 0xc0) == 0x80)
      start++;
  if (cut_end)
    {
      const char *last = end;

      while (last > after && end - last < 4 && ((guchar) last[-1] & 0xc0) == 0x80)
        last--;
      if (last > after && (guchar) last[-1] >= 0xc0 && end - (last - 1) < g_utf8_skip[(guchar) last[-1]])
        end = last - 1;
    }
  else if (end > after && end[-1] == '\r')
    {
      end--;
    }

  if (cut_start)
    g_string_append (out, "…");
  append_shown (out, start, match);
  *match_start = out->len;
  append_shown (out, match, after);
  *match_end = out->len;
  append_shown (out, after, end);
  if (cut_end)
    g_string_append (out, "…");

  return g_string_free (out, FALSE);
}

static void
ts_log_error_finalize (GObject *object)
{
  TsLogError *self = (TsLogError *) object;

  g_clear_object (&self->entry);
  g_array_unref (self->lines);

  G_OBJECT_CLASS (ts_log_error_parent_class)->finalize (object);
}

static void
ts_log_error_class_init (TsLogErrorClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ts_log_error_finalize;
}

static void
ts_log_error_init (TsLogError *self)
{
  self->lines = g_array_new (FALSE, FALSE, sizeof (TsLogLine));
  g_array_set_clear_func (self->lines, clear_line);
}

/**
 * ts_log_error_new:
 * @entry: the error
 *
 * Returns: (transfer full): @entry, not yet found on any line
 */
TsLogError *
ts_log_error_new (TsEntry *entry)
{
  TsLogError *self;

  g_return_val_if_fail (TS_IS_ENTRY (entry), NULL);

  self = g_object_new (TS_TYPE_LOG_ERROR, NULL);
  self->entry = g_object_ref (entry);
  return self;
}

/**
 * ts_log_error_add_finding:
 * @finding: the error found on a line after those added so far
 *
 * Counts the line, and keeps its text if fewer than
 * %TS_LOG_ERROR_MAX_LINES are kept.
 */
void
ts_log_error_add_finding (TsLogError         *self,
                          const TsLogFinding *finding)
{
  g_return_if_fail (TS_IS_LOG_ERROR (self));
  g_return_if_fail (finding != NULL && finding->entry == self->entry);

  if (self->n_lines++ == 0)
    self->first_line = finding->line;
  self->last_line = finding->line;

  if (self->lines->len < TS_LOG_ERROR_MAX_LINES)
    {
      TsLogLine line = { finding->line, NULL, 0, 0 };

      line.text = ts_log_line_text_new (finding, &line.match_start, &line.match_end);
      g_array_append_val (self->lines, line);
    }
}

/**
 * ts_log_error_set_tally:
 * @tally: the scan's count of @self's entry
 *
 * Takes the counts from the scan (the same as those of the findings added,
 * when all of them were).
 */
void
ts_log_error_set_tally (TsLogError       *self,
                        const TsLogTally *tally)
{
  g_return_if_fail (TS_IS_LOG_ERROR (self));
  g_return_if_fail (tally != NULL && tally->entry == self->entry);

  self->n_lines = tally->n_lines;
  self->first_line = tally->first_line;
  self->last_line = tally->last_line;
}

/**
 * ts_log_error_get_entry:
 *
 * Returns: (transfer none): the error of the catalog
 */
TsEntry *
ts_log_error_get_entry (TsLogError *self)
{
  g_return_val_if_fail (TS_IS_LOG_ERROR (self), NULL);

  return self->entry;
}

/**
 * ts_log_error_get_n_lines:
 *
 * Returns: how many lines of the log name it, kept or not
 */
guint64
ts_log_error_get_n_lines (TsLogError *self)
{
  g_return_val_if_fail (TS_IS_LOG_ERROR (self), 0);

  return self->n_lines;
}

guint64
ts_log_error_get_first_line (TsLogError *self)
{
  g_return_val_if_fail (TS_IS_LOG_ERROR (self), 0);

  return self->first_line;
}

guint64
ts_log_error_get_last_line (TsLogError *self)
{
  g_return_val_if_fail (TS_IS_LOG_ERROR (self), 0);

  return self->last_line;
}

/**
 * ts_log_error_get_n_kept:
 *
 * Returns: how many of its lines are kept to show: the first ones, up to
 *   %TS_LOG_ERROR_MAX_LINES
 */
guint
ts_log_error_get_n_kept (TsLogError *self)
{
  g_return_val_if_fail (TS_IS_LOG_ERROR (self), 0);

  return self->lines->len;
}

/**
 * ts_log_error_get_line:
 * @index: less than ts_log_error_get_n_kept()
 *
 * Returns: (transfer none): the @index-th line naming it
 */
const TsLogLine *
ts_log_error_get_line (TsLogError *self,
                       guint       index)
{
  g_return_val_if_fail (TS_IS_LOG_ERROR (self), NULL);
  g_return_val_if_fail (index < self->lines->len, NULL);

  return &g_array_index (self->lines, TsLogLine, index);
}

/**
 * ts_log_error_get_tally:
 * @tally: (out caller-allocates): its counts, as the scan's tally
 */
void
ts_log_error_get_tally (TsLogError *self,
                        TsLogTally *tally)
{
  g_return_if_fail (TS_IS_LOG_ERROR (self));
  g_return_if_fail (tally != NULL);

  tally->entry = self->entry;
  tally->n_lines = self->n_lines;
  tally->first_line = self->first_line;
  tally->last_line = self->last_line;
}
