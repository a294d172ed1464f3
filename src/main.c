/* main.c: start TRTC Troubleshooter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "ts-application.h"
#include "ts-cli.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(TsApplication) app = NULL;
  const char *localedir = g_getenv ("TRTC_TROUBLESHOOTER_LOCALEDIR");

  /* The variable serves runs from the build tree, where the .mo files are. */
  setlocale (LC_ALL, "");
  /* The locale is set, once: the catalog loads on another thread while GTK
   * starts, and setlocale() must not run beside gettext. */
  gtk_disable_setlocale ();
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = ts_application_new ();
  /* g_application_run(), with everything after --search as the query and
   * option errors as usage errors */
  return ts_cli_run_application (G_APPLICATION (app), argc, argv);
}
