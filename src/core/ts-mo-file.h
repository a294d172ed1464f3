/* ts-mo-file.h: look up translations in a compiled gettext catalog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _TsMoFile TsMoFile;

TsMoFile   *ts_mo_file_new_from_bytes (GBytes      *bytes,
                                       GError     **error);
TsMoFile   *ts_mo_file_new_for_locale (const char  *domain,
                                       const char  *language,
                                       GError     **error);
const char *ts_mo_file_lookup         (TsMoFile    *self,
                                       const char  *msgid);
void        ts_mo_file_free           (TsMoFile    *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TsMoFile, ts_mo_file_free)

G_END_DECLS
