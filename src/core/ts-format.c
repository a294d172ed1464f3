/* ts-format.c: entries as plain text, for the clipboard
 *
 * What is copied goes into tickets and chats, so it is plain text: numbered
 * steps, headings on their own lines, links as "title: address".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-format"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ts-format.h"

#include <string.h>

#define NO_FIX N_("The error page gives no fix for this error.")
#define UNDOCUMENTED N_("Defined by the SDK, not described in the vendor's error documentation.")

/**
 * ts_format_codes:
 * @entry: a #TsEntry
 *
 * Returns: (transfer full) (nullable): "16451 · 0x4043", "-10012", or %NULL
 *   for an entry without a code
 */
char *
ts_format_codes (TsEntry *entry)
{
  g_return_val_if_fail (TS_IS_ENTRY (entry), NULL);

  if (!ts_entry_has_code (entry))
    return NULL;
  if (ts_entry_get_hex (entry) != NULL)
    return g_strdup_printf ("%s · %s", ts_entry_get_code_text (entry), ts_entry_get_hex (entry));
  return g_strdup (ts_entry_get_code_text (entry));
}

static void
append_steps (GString            *out,
              const char * const *steps)
{
  if (steps[0] != NULL && steps[1] == NULL)
    {
      g_string_append (out, steps[0]);
      return;
    }

  for (guint i = 0; steps[i] != NULL; i++)
    g_string_append_printf (out, "%s%u. %s", i > 0 ? "\n" : "", i + 1, steps[i]);
}

/**
 * ts_format_remedy:
 * @entry: a #TsEntry
 * @language: the language of the text
 *
 * Returns: (transfer full) (nullable): the fix, its steps numbered when there
 *   are several, or %NULL where the error page gives none
 */
char *
ts_format_remedy (TsEntry    *entry,
                  TsLanguage  language)
{
  const char * const *steps;
  GString *out;

  g_return_val_if_fail (TS_IS_ENTRY (entry), NULL);

  steps = ts_entry_get_remedy (entry, language);
  if (steps[0] == NULL)
    return NULL;

  out = g_string_new (NULL);
  append_steps (out, steps);
  return g_string_free (out, FALSE);
}

/* The addresses of the pages the fix refers to by their titles
 * ("See “Handling autoplay restrictions”"), as "title: address" lines. */
static void
append_referred_links (GString            *out,
                       TsEntry            *entry,
                       const char * const *steps,
                       TsLanguage          language)
{
  for (guint i = 0; i < ts_entry_get_n_links (entry); i++)
    {
      const char *title = ts_entry_get_link_title (entry, i, language);
      gboolean referred = FALSE;

      for (guint s = 0; steps[s] != NULL && !referred; s++)
        referred = strstr (steps[s], title) != NULL;
      if (referred)
        g_string_append_printf (out, "\n%s: %s", title, ts_entry_get_link_url (entry, i));
    }
}

/**
 * ts_format_fix:
 * @entry: a #TsEntry
 * @localizer: (nullable): translates our own words, or %NULL for the default
 * @language: the language of the text
 *
 * What "Copy Fix" copies, never nothing: the fix, its steps numbered, ending
 * with the addresses of the pages it refers to; where the source gives no
 * fix, the error named, its summary, and that the source gives no fix.
 *
 * Returns: (transfer full): the text
 */
char *
ts_format_fix (TsEntry     *entry,
               TsLocalizer *localizer,
               TsLanguage   language)
{
  const char * const *steps;
  GString *out;

  g_return_val_if_fail (TS_IS_ENTRY (entry), NULL);

  if (localizer == NULL)
    localizer = ts_localizer_get_default ();

  steps = ts_entry_get_remedy (entry, language);
  out = g_string_new (NULL);
  if (steps[0] != NULL)
    {
      append_steps (out, steps);
      append_referred_links (out, entry, steps, language);
    }
  else
    {
      g_autofree char *codes = ts_format_codes (entry);
      g_autofree char *none = ts_localizer_translate (localizer, NO_FIX, language);

      g_string_append (out, ts_entry_get_title (entry));
      if (codes != NULL && ts_entry_get_code_text (entry) != ts_entry_get_title (entry))
        g_string_append_printf (out, " (%s)", codes);
      g_string_append_printf (out, ": %s\n%s", ts_entry_get_summary (entry, language), none);
    }
  return g_string_free (out, FALSE);
}

/**
 * ts_format_undocumented:
 * @localizer: (nullable): translates, or %NULL for the default
 * @language: the language of the text
 *
 * Returns: (transfer full): what to say of an entry that the SDK defines but
 *   its error documentation does not describe
 */
char *
ts_format_undocumented (TsLocalizer *localizer,
                        TsLanguage   language)
{
  if (localizer == NULL)
    localizer = ts_localizer_get_default ();

  return ts_localizer_translate (localizer, UNDOCUMENTED, language);
}

static void
append_section (GString     *out,
                TsLocalizer *localizer,
                TsLanguage   language,
                const char  *heading)
{
  g_autofree char *translated = ts_localizer_translate (localizer, heading, language);

  g_string_append_printf (out, "\n\n%s\n", translated);
}

/**
 * ts_format_entry:
 * @entry: a #TsEntry
 * @localizer: (nullable): translates the headings, or %NULL for the default
 * @language: the language of the text
 *
 * Returns: (transfer full): a ready-to-paste block: title and codes,
 *   category, summary, explanation, fix, notes and links
 */
char *
ts_format_entry (TsEntry     *entry,
                 TsLocalizer *localizer,
                 TsLanguage   language)
{
  g_autofree char *codes = NULL;
  const char * const *explanation, *const *remedy, *const *notes;
  GString *out;

  g_return_val_if_fail (TS_IS_ENTRY (entry), NULL);

  if (localizer == NULL)
    localizer = ts_localizer_get_default ();

  out = g_string_new (ts_entry_get_title (entry));
  codes = ts_format_codes (entry);
  if (codes != NULL && ts_entry_get_code_text (entry) != ts_entry_get_title (entry))
    g_string_append_printf (out, " (%s)", codes);
  g_string_append_printf (out, "\n%s\n%s",
                          ts_category_get_name (ts_entry_get_category (entry), language),
                          ts_entry_get_summary (entry, language));
  if (!ts_entry_get_documented (entry))
    {
      g_autofree char *undocumented = ts_format_undocumented (localizer, language);

      g_string_append_printf (out, "\n%s", undocumented);
    }

  explanation = ts_entry_get_explanation (entry, language);
  if (explanation[0] != NULL)
    {
      append_section (out, localizer, language, N_("Explanation"));
      for (guint i = 0; explanation[i] != NULL; i++)
        g_string_append_printf (out, "%s%s", i > 0 ? "\n" : "", explanation[i]);
    }

  remedy = ts_entry_get_remedy (entry, language);
  append_section (out, localizer, language, N_("How to Fix"));
  if (remedy[0] != NULL)
    {
      append_steps (out, remedy);
    }
  else
    {
      g_autofree char *none = ts_localizer_translate (localizer, NO_FIX, language);

      g_string_append (out, none);
    }

  notes = ts_entry_get_notes (entry, language);
  if (notes[0] != NULL)
    {
      append_section (out, localizer, language, N_("SDK Notes"));
      for (guint i = 0; notes[i] != NULL; i++)
        g_string_append_printf (out, "%s%s", i > 0 ? "\n" : "", notes[i]);
    }

  if (ts_entry_get_n_links (entry) > 0)
    {
      append_section (out, localizer, language, N_("Links"));
      for (guint i = 0; i < ts_entry_get_n_links (entry); i++)
        g_string_append_printf (out, "%s%s: %s", i > 0 ? "\n" : "",
                                ts_entry_get_link_title (entry, i, language),
                                ts_entry_get_link_url (entry, i));
    }

  g_string_append_c (out, '\n');
  return g_string_free (out, FALSE);
}
