/* ts-copy.c: what Copy Fix and Copy All copy, what the window says of it,
 * and the actions that do it
 *
 * Shared by the search's window and the log view, which offer the same
 * actions (win.copy-fix, win.copy-all and their other-language forms) on
 * the error selected in each.
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

static GQuark
source_quark (void)
{
  return g_quark_from_static_string ("ts-copy-source");
}

static void
copy (GtkWidget  *widget,
      gboolean    all,
      gboolean    other_language)
{
  const TsCopySource *source = g_type_get_qdata (G_OBJECT_TYPE (widget), source_quark ());
  TsEntry *entry = source->get_entry (widget);
  TsLocalizer *localizer = source->get_localizer (widget);
  TsLanguage language = ts_localizer_get_ui_language (localizer);
  g_autofree char *text = NULL;
  g_autofree char *message = NULL;

  if (entry == NULL)
    return;

  if (other_language)
    language = ts_language_other (language);
  text = all ? ts_copy_all (entry, localizer, language, &message)
             : ts_copy_fix (entry, localizer, language, &message);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  source->show_message (widget, message);
}

static void
copy_fix_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  copy (widget, FALSE, FALSE);
}

static void
copy_fix_other_language_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  copy (widget, FALSE, TRUE);
}

static void
copy_all_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  copy (widget, TRUE, FALSE);
}

static void
copy_all_other_language_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  copy (widget, TRUE, TRUE);
}

/**
 * ts_copy_install_actions:
 * @widget_class: the class of the widgets that offer the actions
 * @source: (not nullable): how its instances say what to copy, and what
 *   was copied; it must outlive the class
 *
 * Installs win.copy-fix, win.copy-fix-other-language, win.copy-all and
 * win.copy-all-other-language on @widget_class.
 */
void
ts_copy_install_actions (GtkWidgetClass     *widget_class,
                         const TsCopySource *source)
{
  g_type_set_qdata (G_TYPE_FROM_CLASS (widget_class), source_quark (), (gpointer) source);
  gtk_widget_class_install_action (widget_class, "win.copy-fix", NULL, copy_fix_action);
  gtk_widget_class_install_action (widget_class, "win.copy-fix-other-language", NULL, copy_fix_other_language_action);
  gtk_widget_class_install_action (widget_class, "win.copy-all", NULL, copy_all_action);
  gtk_widget_class_install_action (widget_class, "win.copy-all-other-language", NULL, copy_all_other_language_action);
}
