/* ts-copy.c: what Copy Fix and Copy All copy, and what the window says of it
 *
 * Shared by the search's details and the log view's, which offer the same
 * actions on the error selected in each.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-copy"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-copy.h"
#include "ts-format.h"

/**
 * ts_copy_fix:
 * @entry: the error
 * @localizer: its translations; the UI language is its
 * @language: the language of the text
 * @message: (out) (transfer full): what to say of it, in the UI language
 *
 * Never nothing: the fix, or where the page gives none, the error, its
 * summary and that the page gives none (see ts_format_fix()).
 *
 * Returns: (transfer full): the text to copy
 */
char *
ts_copy_fix (TsEntry      *entry,
             TsLocalizer  *localizer,
             TsLanguage    language,
             char        **message)
{
  TsLanguage ui = ts_localizer_get_ui_language (localizer);
  const char *title = ts_entry_get_title (entry);

  g_return_val_if_fail (TS_IS_ENTRY (entry), NULL);
  g_return_val_if_fail (message != NULL, NULL);

  if (ts_entry_get_remedy (entry, language)[0] != NULL)
    {
      if (language == ui)
        /* Translators: %s is an error's key, message or code */
        *message = g_strdup_printf (_("Copied the fix for %s"), title);
      else if (language == TS_LANGUAGE_KOREAN)
        *message = g_strdup_printf (_("Copied the fix for %s in Korean"), title);
      else
        *message = g_strdup_printf (_("Copied the fix for %s in English"), title);
    }
  else
    {
      if (language == ui)
        /* Translators: %s is an error's key, message or code */
        *message = g_strdup_printf (_("%s has no fix on the page: copied its summary"), title);
      else if (language == TS_LANGUAGE_KOREAN)
        *message = g_strdup_printf (_("%s has no fix on the page: copied its summary in Korean"), title);
      else
        *message = g_strdup_printf (_("%s has no fix on the page: copied its summary in English"), title);
    }

  return ts_format_fix (entry, localizer, language);
}

/**
 * ts_copy_all:
 * @entry: the error
 * @localizer: its translations; the UI language is its
 * @language: the language of the text
 * @message: (out) (transfer full): what to say of it, in the UI language
 *
 * Returns: (transfer full): everything about @entry, for a ticket
 */
char *
ts_copy_all (TsEntry      *entry,
             TsLocalizer  *localizer,
             TsLanguage    language,
             char        **message)
{
  TsLanguage ui = ts_localizer_get_ui_language (localizer);
  const char *title = ts_entry_get_title (entry);

  g_return_val_if_fail (TS_IS_ENTRY (entry), NULL);
  g_return_val_if_fail (message != NULL, NULL);

  if (language == ui)
    /* Translators: %s is an error's key, message or code */
    *message = g_strdup_printf (_("Copied everything about %s"), title);
  else if (language == TS_LANGUAGE_KOREAN)
    *message = g_strdup_printf (_("Copied everything about %s in Korean"), title);
  else
    *message = g_strdup_printf (_("Copied everything about %s in English"), title);

  return ts_format_entry (entry, localizer, language);
}
