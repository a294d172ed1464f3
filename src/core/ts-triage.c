/* ts-triage.c: what a log shows, as plain text for a ticket
 *
 * A title naming the log, how many lines were scanned and errors found,
 * then each error in the order it first appears: its name, codes and
 * summary, how many lines name it (the first and the last), and its fix.
 * Support answers customers in either language, so the window copies the
 * UI language's text and the other's after it, as it does for fixes.
 *
 * The same words in two languages, whatever the locale: they go through
 * the localizer, which has no plural forms, so none of them needs one
 * ("Lines: 2", not "2 lines").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-triage"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ts-format.h"
#include "ts-triage.h"

#define NO_FIX N_("The error page gives no fix for this error.")

/* @english in @language, for a format: the compiler checks the arguments
 * against @english, as it does for gettext's. Interned: a few strings. */
static const char *
translate (TsLocalizer *localizer,
           const char  *english,
           TsLanguage   language) G_GNUC_FORMAT (2);

static const char *
translate (TsLocalizer *localizer,
           const char  *english,
           TsLanguage   language)
{
  g_autofree char *translated = ts_localizer_translate (localizer, english, language);

  return g_intern_string (translated);
}

static char *
number (guint64 value)
{
  return g_strdup_printf ("%" G_GUINT64_FORMAT, value);
}

static void
append_error (GString          *out,
              const TsLogTally *tally,
              TsLocalizer      *localizer,
              TsLanguage        language)
{
  TsEntry *entry = tally->entry;
  g_autofree char *codes = ts_format_codes (entry);
  g_autofree char *count = number (tally->n_lines);
  g_autofree char *first = number (tally->first_line);
  g_autofree char *last = number (tally->last_line);

  g_string_append (out, ts_entry_get_title (entry));
  if (codes != NULL && ts_entry_get_code_text (entry) != ts_entry_get_title (entry))
    g_string_append_printf (out, " (%s)", codes);
  g_string_append_printf (out, " — %s\n", ts_entry_get_summary (entry, language));
  /* Translators: in a copied triage of a log: how many of its lines name an
     error, the first of them and the last, as "Lines: 2 (first 6, last 13)" */
  g_string_append_printf (out, translate (localizer, N_("Lines: %s (first %s, last %s)"), language),
                          count, first, last);
  g_string_append_printf (out, "\n%s\n", translate (localizer, N_("How to Fix"), language));

  if (ts_entry_has_remedy (entry))
    {
      g_autofree char *fix = ts_format_fix (entry, localizer, language);

      g_string_append (out, fix);
    }
  else
    {
      g_string_append (out, translate (localizer, NO_FIX, language));
    }
  g_string_append_c (out, '\n');
}

/**
 * ts_triage_format:
 * @log_name: (nullable): the log's name, or %NULL for pasted text
 * @n_lines: the lines scanned
 * @tallies: (array length=n_tallies): the errors found, in the order they
 *   first appear
 * @n_tallies: how many
 * @localizer: (nullable): translates our words, or %NULL for the default
 * @language: the language of the text
 *
 * Returns: (transfer full): the triage as plain text, ending with a line break
 */
char *
ts_triage_format (const char       *log_name,
                  guint64           n_lines,
                  const TsLogTally *tallies,
                  guint             n_tallies,
                  TsLocalizer      *localizer,
                  TsLanguage        language)
{
  GString *out = g_string_new (NULL);
  g_autofree char *lines = number (n_lines);
  g_autofree char *errors = number (n_tallies);

  g_return_val_if_fail (tallies != NULL || n_tallies == 0, NULL);

  if (localizer == NULL)
    localizer = ts_localizer_get_default ();

  /* Translators: the first line of a copied triage of a log; %s is the
     log's file name, or “pasted text” */
  g_string_append_printf (out, translate (localizer, N_("TRTC error triage: %s"), language),
                          log_name != NULL ? log_name : translate (localizer, N_("pasted text"), language));
  g_string_append_c (out, '\n');
  /* Translators: in a copied triage of a log, the numbers of lines scanned and of errors found */
  g_string_append_printf (out, translate (localizer, N_("Lines scanned: %s. Errors found: %s."), language),
                          lines, errors);
  g_string_append_c (out, '\n');
  if (n_tallies == 0)
    g_string_append_printf (out, "\n%s\n",
                            translate (localizer, N_("No error of the catalog was found."), language));

  for (guint i = 0; i < n_tallies; i++)
    {
      g_string_append_c (out, '\n');
      append_error (out, &tallies[i], localizer, language);
    }

  return g_string_free (out, FALSE);
}

/**
 * ts_triage_format_both:
 * @language: the language to start with
 *
 * The triage in @language, then in the other, after a blank line: what
 * the window's "Copy Summary" copies. See ts_triage_format().
 *
 * Returns: (transfer full): the triage as plain text, ending with a line break
 */
char *
ts_triage_format_both (const char       *log_name,
                       guint64           n_lines,
                       const TsLogTally *tallies,
                       guint             n_tallies,
                       TsLocalizer      *localizer,
                       TsLanguage        language)
{
  g_autofree char *first = ts_triage_format (log_name, n_lines, tallies, n_tallies, localizer, language);
  g_autofree char *second = ts_triage_format (log_name, n_lines, tallies, n_tallies, localizer,
                                              ts_language_other (language));

  return g_strconcat (first, "\n", second, NULL);
}
