/* ts-localizer.h: the English and Korean forms of catalog strings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "ts-mo-file.h"

G_BEGIN_DECLS

typedef enum
{
  TS_LANGUAGE_ENGLISH,
  TS_LANGUAGE_KOREAN,
  TS_N_LANGUAGES
} TsLanguage;

typedef struct _TsLocalizer TsLocalizer;

TsLanguage   ts_language_from_code     (const char  *code);
TsLanguage   ts_language_other         (TsLanguage   language);

TsLocalizer *ts_localizer_new          (TsLanguage   ui_language,
                                        TsMoFile    *korean);
TsLocalizer *ts_localizer_get_default  (void);
TsLanguage   ts_localizer_get_ui_language (TsLocalizer *self);
char        *ts_localizer_translate    (TsLocalizer *self,
                                        const char  *english,
                                        TsLanguage   language);
void         ts_localizer_free         (TsLocalizer *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TsLocalizer, ts_localizer_free)

G_END_DECLS
