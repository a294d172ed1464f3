/* ts-application.c: the TRTC Troubleshooter application
 *
 * Terminal options (--search, --list, --json) are handled locally in
 * handle-local-options, before GTK is initialized or the bus is touched.
 * Anything else goes to the primary instance: a second launch with a query
 * runs it in the window that is already open.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-application"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-application.h"
#include "ts-catalog.h"
#include "ts-catalog-builder.h"
#include "ts-catalog-sources.h"
#include "ts-cli.h"
#include "ts-color-scheme.h"
#include "ts-search-provider.h"
#include "ts-text.h"
#include "ts-window.h"

struct _TsApplication
{
  GtkApplication parent_instance;

  TsCatalog *catalog;
  GPtrArray *problems;           /* extra catalogs skipped, "FILE: ERROR" */
  char *catalog_file;            /* --catalog FILE at the first launch */
  TsCatalogSources *sources;     /* else the built-in catalog and the user's, watched */
  GThread *loader;               /* loading the default catalog during startup */
  TsSearchProvider *search_provider;
  TsColorScheme *color_scheme;
  TsLocalizer *localizer;        /* the process's, for the catalog's text: get_localizer() */
};

G_DEFINE_FINAL_TYPE (TsApplication, ts_application, GTK_TYPE_APPLICATION)

enum {
  PROP_0,
  PROP_CATALOG,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The table is in ts-cli.c, whose ts_cli_run_application() (from main())
 * also reads it to end option parsing at --search. */
static const GOptionEntry *const option_entries = ts_cli_option_entries;

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

  /* usage errors exit with 2, as catalog errors; 1 means "nothing matched" */
  if (search != NULL && list)
    return ts_cli_usage_error (_("--search and --list cannot be used together\n"));
  if (list && rest != NULL)
    return ts_cli_usage_error (_("--list takes no query\n"));

  /* --search QUERY… is all the rest of the command line (ts_cli_run_application()
   * made it one argument); words before it come first */
  if (search != NULL)
    {
      g_autofree char *before = rest != NULL ? join_query (NULL, rest) : NULL;
      g_autofree char *query = before != NULL ? g_strjoin (" ", before, search, NULL) : g_strdup (search);

      return ts_cli_run (catalog, query, json);
    }
  if (list)
    return ts_cli_run (catalog, NULL, json);
  if (json)
    return ts_cli_usage_error (_("--json goes with --search, --list or --scan\n"));

  /* the window's options go to the primary instance */
  return -1;
}

static void
report_problems (TsApplication *self)
{
  for (guint i = 0; self->problems != NULL && i < self->problems->len; i++)
    {
      g_autofree char *problem = ts_text_escape_unsafe (g_ptr_array_index (self->problems, i), -1);

      g_message ("Skipped the catalog %s", problem);
    }
}

static void
set_catalog (TsApplication *self,
             TsCatalog     *catalog,
             GPtrArray     *problems)
{
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  self->problems = problems != NULL ? g_ptr_array_ref (problems) : NULL;
  report_problems (self);
  if (g_set_object (&self->catalog, catalog))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATALOG]);
}

/* The user's catalogs changed, and were reloaded on a worker */
static void
on_sources_changed (TsApplication    *self,
                    GParamSpec       *pspec,
                    TsCatalogSources *sources)
{
  set_catalog (self, ts_catalog_sources_get_catalog (sources), ts_catalog_sources_get_problems (sources));
}

typedef struct
{
  TsCatalog *catalog;
  GPtrArray *problems;
  GError *error;
} Loaded;

static gpointer
load_default_catalog (gpointer localizer)
{
  Loaded *loaded = g_new0 (Loaded, 1);

  loaded->catalog = ts_catalog_new_with_extras (NULL, localizer, &loaded->problems, &loaded->error);
  return loaded;
}

static void
loaded_free (Loaded *loaded)
{
  g_clear_object (&loaded->catalog);
  g_clear_pointer (&loaded->problems, g_ptr_array_unref);
  g_clear_error (&loaded->error);
  g_free (loaded);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Loaded, loaded_free)

/* The process's localizer, made on first use (a launch that only hands its
 * arguments to the running instance needs none) */
static TsLocalizer *
get_localizer (TsApplication *self)
{
  if (self->localizer == NULL)
    self->localizer = ts_localizer_get_default ();
  return self->localizer;
}

/* The default catalog from the thread startup began loading it in, or
 * loaded now if there is no such thread. */
static Loaded *
join_loader (TsApplication *self)
{
  if (self->loader == NULL)
    return load_default_catalog (get_localizer (self));
  return g_thread_join (g_steal_pointer (&self->loader));
}

/* The catalog: the one of --catalog at the first launch, else the built-in
 * one with the extra catalogs of the user's directory, which is watched. */
static TsCatalog *
ensure_catalog (TsApplication  *self,
                GFile          *file,
                GError        **error)
{
  if (self->catalog != NULL)
    return self->catalog;

  if (file != NULL)
    {
      g_autoptr(Loaded) unused = self->loader != NULL ? join_loader (self) : NULL;

      g_autoptr(TsCatalog) catalog = ts_catalog_new_from_file (g_file_peek_path (file), get_localizer (self), error);

      /* that file alone, whatever the user's directory holds */
      g_clear_object (&self->sources);
      self->catalog_file = g_file_get_path (file);
      if (catalog != NULL)
        set_catalog (self, catalog, NULL);
    }
  else
    {
      g_autoptr(Loaded) loaded = join_loader (self);

      if (loaded->error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&loaded->error));
          return NULL;
        }
      if (self->sources != NULL)
        ts_catalog_sources_set_catalog (self->sources, loaded->catalog, loaded->problems);
      else
        set_catalog (self, loaded->catalog, loaded->problems);
    }

  return self->catalog;
}

static void
update_problems (TsWindow      *window,
                 GParamSpec    *pspec,
                 TsApplication *self)
{
  ts_window_set_problems (window, self->problems);
}

static void
prepare_index_in_thread (GTask        *task,
                         gpointer      source_object,
                         gpointer      task_data,
                         GCancellable *cancellable)
{
  ts_catalog_prepare_index (TS_CATALOG (source_object));
  g_task_return_boolean (task, TRUE);
}

/* Builds the catalog's search index on a worker, unless done: a search
 * that comes sooner waits for the worker. Done once the window has drawn
 * its first frame, in time for the first keystroke without delaying that
 * frame; at once when a search is on its way (a query to open with, the
 * Shell's). */
static void
prepare_index (TsApplication *self)
{
  g_autoptr(GTask) task = NULL;

  if (self->catalog == NULL)
    return;
  task = g_task_new (self->catalog, NULL, NULL, NULL);
  g_task_set_source_tag (task, prepare_index);
  g_task_run_in_thread (task, prepare_index_in_thread);
}

static void
on_first_frame (GdkFrameClock *clock,
                TsApplication *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_frame, self);
  prepare_index (self);
}

static void
on_window_realize (GtkWidget     *window,
                   TsApplication *self)
{
  g_signal_handlers_disconnect_by_func (window, on_window_realize, self);
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (on_first_frame), self, 0);
}

static TsWindow *
get_window (TsApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  TsWindow *new_window;

  if (TS_IS_WINDOW (window))
    return TS_WINDOW (window);

  new_window = ts_window_new (GTK_APPLICATION (self), self->catalog, get_localizer (self));
  g_object_bind_property (self, "catalog", new_window, "catalog", G_BINDING_DEFAULT);
  ts_window_set_problems (new_window, self->problems);
  g_signal_connect_object (self, "notify::catalog", G_CALLBACK (update_problems), new_window, G_CONNECT_SWAPPED);
  g_signal_connect_object (new_window, "realize", G_CALLBACK (on_window_realize), self, 0);
  return new_window;
}

static void
ts_application_activate (GApplication *app)
{
  TsApplication *self = TS_APPLICATION (app);
  g_autoptr(GError) error = NULL;

  if (ensure_catalog (self, NULL, &error) == NULL)
    {
      g_critical ("Cannot load the built-in catalog: %s", error->message);
      return;
    }

  gtk_window_present (GTK_WINDOW (get_window (self)));
}

static int
ts_application_command_line (GApplication            *app,
                             GApplicationCommandLine *command_line)
{
  TsApplication *self = TS_APPLICATION (app);
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  g_autofree char *catalog_arg = NULL;
  g_autofree const char **rest = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  TsWindow *window;

  g_variant_dict_lookup (options, "catalog", "^ay", &catalog_arg);
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &rest);

  if (catalog_arg != NULL)
    {
      g_autofree char *path = NULL;

      file = g_application_command_line_create_file_for_arg (command_line, catalog_arg);
      path = g_file_get_path (file);
      if (self->catalog != NULL && g_strcmp0 (path, self->catalog_file) != 0)
        g_application_command_line_printerr (command_line,
                                             _("Already running with another catalog; --catalog is ignored.\n"));
    }

  if (ensure_catalog (self, file, &error) == NULL)
    {
      g_autofree char *name = ts_text_escape_unsafe (catalog_arg != NULL ? catalog_arg : _("(built-in)"), -1);
      g_autofree char *reason = ts_text_escape_unsafe (error->message, -1);

      g_application_command_line_printerr (command_line, _("Cannot load the catalog %s: %s\n"), name, reason);
      return TS_CLI_FAILED;
    }

  /* the index is built while the window is made */
  if (rest != NULL)
    prepare_index (self);
  window = get_window (self);
  if (rest != NULL)
    {
      g_autofree char *query = join_query (NULL, rest);

      ts_window_search (window, query);
    }
  gtk_window_present (GTK_WINDOW (window));

  return 0;
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *app = user_data;
  static const char *developers[] = { "TRTC Troubleshooter developers", NULL };
  g_autofree char *comments = g_strdup_printf ("%s\n\n%s",
    _("Look up TRTC Web SDK error codes, keys and messages, and copy how to fix them."),
    /* Translators: where the catalogs' text comes from */
    _("SDK 4.x: every row of the vendor's Korean error page, translated into English. "
      "SDK 5.x: codes and names from the SDK (trtc-sdk-v5 5.17.1); the descriptions, "
      "the suggestions and their Korean are this project's own, written from the vendor's "
      "documentation, as are the search keywords."));

  gtk_show_about_dialog (gtk_application_get_active_window (app),
                         "program-name", _("TRTC Troubleshooter"),
                         "logo-icon-name", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", comments,
                         "website", "https://github.com/trtctroubleshooter/trtc-troubleshooter",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "authors", developers,
                         /* Translators: your names, one a line */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

/* The user guide (help/), in the desktop's help browser */
static void
help_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *app = user_data;

  gtk_show_uri (gtk_application_get_active_window (app), "help:" GETTEXT_PACKAGE, GDK_CURRENT_TIME);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *app = user_data;
  GList *windows = gtk_application_get_windows (app);

  /* close each window, so that each saves its state */
  while (windows != NULL)
    {
      GList *next = windows->next;

      gtk_window_close (windows->data);
      windows = next;
    }
  g_application_quit (G_APPLICATION (app));
}

/* The search provider's way in (see ts-search-provider.h). Anyone on the
 * bus may activate these too, so the position is checked. */
static void
show_entry_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  TsApplication *self = user_data;
  TsCatalog *catalog = ts_application_get_catalog (self);
  guint32 position, timestamp;

  g_variant_get (parameter, "(uu)", &position, &timestamp);
  if (catalog != NULL && position < ts_catalog_get_n_entries (catalog))
    ts_application_show_entry (self, ts_catalog_get_entry (catalog, position), timestamp);
}

static void
show_search_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  const char *query;
  guint32 timestamp;

  g_variant_get (parameter, "(&su)", &query, &timestamp);
  ts_application_show_search (user_data, query, timestamp);
}

static const GActionEntry app_actions[] = {
  { .name = "about", .activate = about_action },
  { .name = "help", .activate = help_action },
  { .name = "quit", .activate = quit_action },
  { .name = TS_SEARCH_PROVIDER_SHOW_ENTRY_ACTION, .activate = show_entry_action,
    .parameter_type = TS_SEARCH_PROVIDER_SHOW_ENTRY_TYPE },
  { .name = TS_SEARCH_PROVIDER_SHOW_SEARCH_ACTION, .activate = show_search_action,
    .parameter_type = TS_SEARCH_PROVIDER_SHOW_SEARCH_TYPE },
};

static void
ts_application_startup (GApplication *app)
{
  static const struct { const char *action; const char *accels[2]; } accels[] = {
    { "app.quit", { "<Primary>q", NULL } },
    { "window.close", { "<Primary>w", NULL } },
    { "app.help", { "F1", NULL } },
  };
  TsApplication *self = TS_APPLICATION (app);
  g_autoptr(GtkCssProvider) css = NULL;

  /* the catalog loads on another core while GTK starts; its sources are
   * watched before it is first read, so that no change falls between */
  self->sources = ts_catalog_sources_new (NULL, get_localizer (self));
  ts_catalog_sources_watch (self->sources);
  g_signal_connect_object (self->sources, "notify::catalog", G_CALLBACK (on_sources_changed),
                           self, G_CONNECT_SWAPPED);
  self->loader = g_thread_new ("catalog", load_default_catalog, get_localizer (self));

  G_APPLICATION_CLASS (ts_application_parent_class)->startup (app);

  /* started by D-Bus for the Shell's search: stay a while for the calls to
   * come, instead of quitting at once with nothing holding the application */
  if (g_application_get_flags (app) & G_APPLICATION_IS_SERVICE)
    {
      g_application_set_inactivity_timeout (app, 10000);
      /* the search provider searches the catalog it is given: this one,
       * indexed before the Shell's first query if it can be */
      ts_application_get_catalog (self);
      prepare_index (self);
    }

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action, accels[i].accels);

  gtk_window_set_default_icon_name (APP_ID);

  /* dark style and high contrast as the desktop says, live */
  self->color_scheme = ts_color_scheme_new (TRUE);

  /* GtkApplication, unlike AdwApplication, does not load style.css itself */
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static gboolean
ts_application_dbus_register (GApplication     *app,
                              GDBusConnection  *connection,
                              const char       *object_path,
                              GError          **error)
{
  TsApplication *self = TS_APPLICATION (app);

  if (!G_APPLICATION_CLASS (ts_application_parent_class)->dbus_register (app, connection, object_path, error))
    return FALSE;

  self->search_provider = ts_search_provider_new (app, self->catalog, get_localizer (self));
  g_object_bind_property (self, "catalog", self->search_provider, "catalog", G_BINDING_DEFAULT);
  return ts_search_provider_register (self->search_provider, connection, error);
}

static void
ts_application_dbus_unregister (GApplication    *app,
                                GDBusConnection *connection,
                                const char      *object_path)
{
  TsApplication *self = TS_APPLICATION (app);

  if (self->search_provider != NULL)
    ts_search_provider_unregister (self->search_provider);
  g_clear_object (&self->search_provider);

  G_APPLICATION_CLASS (ts_application_parent_class)->dbus_unregister (app, connection, object_path);
}

static void
ts_application_finalize (GObject *object)
{
  TsApplication *self = (TsApplication *) object;

  g_clear_object (&self->search_provider);
  g_clear_object (&self->color_scheme);
  if (self->loader != NULL)
    loaded_free (g_thread_join (g_steal_pointer (&self->loader)));
  g_clear_object (&self->sources);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_object (&self->catalog);
  g_free (self->catalog_file);

  G_OBJECT_CLASS (ts_application_parent_class)->finalize (object);
}

static void
ts_application_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TsApplication *self = TS_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      g_value_set_object (value, self->catalog);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_application_class_init (TsApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = ts_application_finalize;
  object_class->get_property = ts_application_get_property;
  app_class->handle_local_options = ts_application_handle_local_options;
  app_class->startup = ts_application_startup;
  app_class->activate = ts_application_activate;
  app_class->command_line = ts_application_command_line;
  app_class->dbus_register = ts_application_dbus_register;
  app_class->dbus_unregister = ts_application_dbus_unregister;

  /**
   * TsApplication:catalog:
   *
   * What the windows and the search provider show: the catalog of --catalog,
   * or the built-in one with the user's, replaced when those change.
   */
  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, TS_TYPE_CATALOG,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ts_application_init (TsApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[QUERY…]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Look up TRTC Web SDK error codes, keys and messages."));
}

/**
 * ts_application_get_catalog:
 *
 * Returns: (transfer none) (nullable): the catalog, loaded on first use, or
 *   %NULL if it cannot be loaded
 */
TsCatalog *
ts_application_get_catalog (TsApplication *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (TS_IS_APPLICATION (self), NULL);

  if (ensure_catalog (self, NULL, &error) == NULL)
    g_critical ("Cannot load the built-in catalog: %s", error->message);
  return self->catalog;
}

/**
 * ts_application_show_entry:
 * @entry: an entry of the application's catalog
 * @timestamp: of the event that asked, for focus stealing prevention
 *
 * Opens the window at @entry.
 */
void
ts_application_show_entry (TsApplication *self,
                           TsEntry       *entry,
                           guint32        timestamp)
{
  TsWindow *window;

  g_return_if_fail (TS_IS_APPLICATION (self));
  g_return_if_fail (TS_IS_ENTRY (entry));

  if (ts_application_get_catalog (self) == NULL)
    return;

  window = get_window (self);
  ts_window_show_entry (window, entry);
  gtk_window_present_with_time (GTK_WINDOW (window), timestamp);
}

/**
 * ts_application_show_search:
 * @query: what to search for
 * @timestamp: of the event that asked
 *
 * Opens the window with @query searched.
 */
void
ts_application_show_search (TsApplication *self,
                            const char    *query,
                            guint32        timestamp)
{
  TsWindow *window;

  g_return_if_fail (TS_IS_APPLICATION (self));
  g_return_if_fail (query != NULL);

  if (ts_application_get_catalog (self) == NULL)
    return;

  prepare_index (self);
  window = get_window (self);
  ts_window_search (window, query);
  gtk_window_present_with_time (GTK_WINDOW (window), timestamp);
}

TsApplication *
ts_application_new (void)
{
  return g_object_new (TS_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       NULL);
}
