/* ts-application.c: the TRTC Troubleshooter application
 *
 * Terminal options (--search, --list, --json) are handled locally in
 * handle-local-options, before GTK is initialized or the bus is touched.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-application"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-application.h"
#include "ts-cli.h"

struct _TsApplication
{
  GtkApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (TsApplication, ts_application, GTK_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  /* queries are bytes: pasted text may be invalid UTF-8, and search copes */
  { "search", 's', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Print the errors matching QUERY and exit"), N_("QUERY") },
  { "list", 'l', 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the whole catalog and exit"), NULL },
  { "json", 'j', 0, G_OPTION_ARG_NONE, NULL,
    N_("With --search or --list, print JSON"), NULL },
  { "catalog", 'c', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Use the catalog in FILE instead of the built-in one"), N_("FILE") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    NULL, NULL },
  { NULL }
};

/* "--search play not allowed" searches for all three words. */
static char *
join_query (const char         *search,
            const char * const *rest)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) words = NULL;

  if (search != NULL)
    g_strv_builder_add (builder, search);
  if (rest != NULL)
    g_strv_builder_addv (builder, (const char **) rest);

  words = g_strv_builder_end (builder);
  return g_strjoinv (" ", words);
}

static int
ts_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  g_autofree char *search = NULL;
  g_autofree char *catalog = NULL;
  g_autofree const char **rest = NULL;
  gboolean list = FALSE, json = FALSE, version = FALSE;

  g_variant_dict_lookup (options, "search", "^ay", &search);
  g_variant_dict_lookup (options, "catalog", "^ay", &catalog);
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &rest);
  g_variant_dict_lookup (options, "list", "b", &list);
  g_variant_dict_lookup (options, "json", "b", &json);
  g_variant_dict_lookup (options, "version", "b", &version);

  if (version)
    {
      g_print ("%s %s\n", "trtc-troubleshooter", PACKAGE_VERSION);
      return 0;
    }

  if (search != NULL && list)
    {
      g_printerr (_("--search and --list cannot be used together\n"));
      return TS_CLI_FAILED;
    }
  if (list && rest != NULL)
    {
      g_printerr (_("--list takes no query\n"));
      return TS_CLI_FAILED;
    }

  if (search != NULL)
    {
      g_autofree char *query = join_query (search, rest);

      return ts_cli_run (catalog, query, json);
    }
  if (list)
    return ts_cli_run (catalog, NULL, json);
  if (json)
    {
      g_printerr (_("--json goes with --search or --list\n"));
      return TS_CLI_FAILED;
    }

  g_printerr (_("The window is not available yet; use --search QUERY or --list.\n"));
  return TS_CLI_FAILED;
}

static void
ts_application_class_init (TsApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->handle_local_options = ts_application_handle_local_options;
}

static void
ts_application_init (TsApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[QUERY…]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Look up TRTC Web SDK error codes, keys and messages."));
}

TsApplication *
ts_application_new (void)
{
  return g_object_new (TS_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       NULL);
}
