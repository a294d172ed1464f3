/* ts-test-utils.h: shared set-up for the test programs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <libintl.h>
#include <locale.h>

/* Binds the gettext domain to the build tree's .mo files, as main() does. */
static inline void
ts_test_init_i18n (void)
{
  const char *localedir = g_getenv ("TRTC_TROUBLESHOOTER_LOCALEDIR");

  setlocale (LC_ALL, "");
  if (localedir != NULL)
    bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
