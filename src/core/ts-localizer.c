/* ts-localizer.c: the English and Korean forms of catalog strings
 *
 * Catalog strings are English msgids in the gettext domain, like UI strings.
 * The UI language's form comes from gettext; the other language's form
 * comes from reading the Korean .mo directly (see ts-mo-file.c), since the
 * search index and "Copy in Korean" need both whatever the locale.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-localizer"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ts-localizer.h"

struct _TsLocalizer
{
  TsLanguage ui_language;
  TsMoFile *korean;
};

TsLanguage
ts_language_from_code (const char *code)
{
  /* "ko", "ko_KR.UTF-8", "ko-KR", or "ko" ending a header line */
  if (code != NULL && g_ascii_strncasecmp (code, "ko", 2) == 0 && !g_ascii_isalpha (code[2]))
    return TS_LANGUAGE_KOREAN;

  return TS_LANGUAGE_ENGLISH;
}

TsLanguage
ts_language_other (TsLanguage language)
{
  return language == TS_LANGUAGE_KOREAN ? TS_LANGUAGE_ENGLISH : TS_LANGUAGE_KOREAN;
}

/* The language gettext actually answers in, read from the "Language:" field
 * of the header of the catalog it picked (the translation of ""). */
static TsLanguage
detect_ui_language (void)
{
  const char *header = dgettext (GETTEXT_PACKAGE, "");
  const char *field;

  if (header == NULL || *header == '\0')
    return TS_LANGUAGE_ENGLISH;

  field = strstr (header, "Language: ");
  if (field == NULL || (field != header && field[-1] != '\n'))
    return TS_LANGUAGE_ENGLISH;

  return ts_language_from_code (field + strlen ("Language: "));
}

/**
 * ts_localizer_new:
 * @ui_language: the language gettext translates into
 * @korean: (transfer full) (nullable): the Korean catalog
 *
 * Returns: (transfer full): a new localizer
 */
TsLocalizer *
ts_localizer_new (TsLanguage  ui_language,
                  TsMoFile   *korean)
{
  TsLocalizer *self = g_new0 (TsLocalizer, 1);

  self->ui_language = ui_language;
  self->korean = korean;

  return self;
}

/**
 * ts_localizer_get_default:
 *
 * The localizer for this process: gettext's language and the Korean catalog
 * from the directory bound to GETTEXT_PACKAGE. Call bindtextdomain() and
 * setlocale() before the first call.
 *
 * Returns: (transfer none): the default localizer
 */
TsLocalizer *
ts_localizer_get_default (void)
{
  static TsLocalizer *localizer;

  if (g_once_init_enter (&localizer))
    {
      g_autoptr(GError) error = NULL;
      TsMoFile *korean = ts_mo_file_new_for_locale (GETTEXT_PACKAGE, "ko", &error);

      if (korean == NULL)
        g_debug ("No Korean catalog: %s", error->message);

      g_once_init_leave (&localizer, ts_localizer_new (detect_ui_language (), korean));
    }

  return localizer;
}

TsLanguage
ts_localizer_get_ui_language (TsLocalizer *self)
{
  g_return_val_if_fail (self != NULL, TS_LANGUAGE_ENGLISH);

  return self->ui_language;
}

/**
 * ts_localizer_translate:
 * @self: a #TsLocalizer
 * @english: a catalog string (a msgid)
 * @language: the language wanted
 *
 * Returns: (transfer full): @english in @language, or @english itself when
 *   there is no translation
 */
char *
ts_localizer_translate (TsLocalizer *self,
                        const char  *english,
                        TsLanguage   language)
{
  const char *translated = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (english != NULL, NULL);

  if (language == TS_LANGUAGE_ENGLISH || *english == '\0')
    return g_strdup (english);

  if (language == self->ui_language)
    translated = g_dgettext (GETTEXT_PACKAGE, english);
  else if (self->korean != NULL)
    translated = ts_mo_file_lookup (self->korean, english);

  return g_strdup (translated != NULL ? translated : english);
}

void
ts_localizer_free (TsLocalizer *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->korean, ts_mo_file_free);
  g_free (self);
}
