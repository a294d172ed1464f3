/* ts-catalog-sources.c: the built-in catalog and the user's own, kept up to date
 *
 * The user's catalogs are the "*.json" files of a directory, read after the
 * built-in catalog in name order. TsCatalogSources watches that directory
 * and, once it has been quiet for half a second after a change to such a
 * file, builds the whole catalog again on a worker thread, then swaps it in
 * on the main thread: a reload never blocks the window, and a reload that a
 * newer change makes stale is cancelled.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-catalog-sources"

#include "config.h"

#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "ts-catalog-builder.h"
#include "ts-catalog-sources.h"

/* How long the directory must be quiet before a reload. */
#define QUIET_MS 500
/* Reloads in a row for files that keep changing while they are read */
#define MAX_RETRIES 10

struct _TsCatalogSources
{
  GObject parent_instance;

  char *directory;
  TsLocalizer *localizer;
  TsCatalog *catalog;
  GPtrArray *problems;            /* "FILE: ERROR" */

  GFileMonitor *monitor;
  guint quiet_timeout;
  GCancellable *reloading;        /* the reload under way, if any */
  guint retries;
};

G_DEFINE_FINAL_TYPE (TsCatalogSources, ts_catalog_sources, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CATALOG,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * ts_catalog_get_user_directory:
 *
 * Returns: (transfer full): where extra catalogs are read from:
 *   $XDG_DATA_HOME/trtc-troubleshooter/catalogs
 */
char *
ts_catalog_get_user_directory (void)
{
  return g_build_filename (g_get_user_data_dir (), "trtc-troubleshooter", "catalogs", NULL);
}

/* A file the directory's catalogs are read from: "*.json", not hidden. */
static gboolean
is_catalog_name (const char *name)
{
  return name[0] != '.' && g_str_has_suffix (name, ".json");
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static GPtrArray *
list_catalog_names (const char *directory)
{
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (is_catalog_name (name))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  return names;
}

/* The built-in catalog and @directory's; @changed tells whether a file
 * changed while it was read, and so is worth reading again. */
static TsCatalog *
build (const char    *directory,
       TsLocalizer   *localizer,
       GCancellable  *cancellable,
       GPtrArray    **problems,
       gboolean      *changed,
       GError       **error)
{
  g_autoptr(TsCatalogBuilder) builder = ts_catalog_builder_new (localizer);
  g_autoptr(GPtrArray) names = NULL;
  guint loaded = 0;

  *problems = g_ptr_array_new_with_free_func (g_free);
  *changed = FALSE;

  if (!ts_catalog_builder_add_builtin (builder, error))
    return NULL;

  names = list_catalog_names (directory);
  for (guint i = 0; i < names->len; i++)
    {
      const char *file = g_ptr_array_index (names, i);
      g_autofree char *path = g_build_filename (directory, file, NULL);
      g_autofree char *prefix = g_strndup (file, strlen (file) - strlen (".json"));
      g_autoptr(GError) file_error = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;

      /* broken files do not take the places of valid ones */
      if (loaded == TS_CATALOG_MAX_EXTRAS)
        {
          g_ptr_array_add (*problems, g_strdup_printf ("%s: more than %d extra catalogs", file, TS_CATALOG_MAX_EXTRAS));
          continue;
        }
      if (ts_catalog_builder_add_file (builder, path, prefix, &file_error))
        {
          loaded++;
          continue;
        }

      *changed |= g_error_matches (file_error, G_IO_ERROR, G_IO_ERROR_BUSY);
      g_ptr_array_add (*problems, g_strdup_printf ("%s: %s", file, file_error->message));
    }

  return ts_catalog_builder_end (g_steal_pointer (&builder));
}

/**
 * ts_catalog_new_with_extras:
 * @directory: (nullable): where the extra catalogs are, or %NULL for
 *   ts_catalog_get_user_directory()
 * @localizer: (nullable): translations, or %NULL for the default
 * @problems: (out) (transfer full) (element-type utf8): the files skipped,
 *   each as "FILE: ERROR"
 * @error: return location for a #GError, set only if the built-in catalog fails
 *
 * The built-in catalog, then every valid "*.json" catalog in @directory in
 * name order (at most %TS_CATALOG_MAX_EXTRAS of them). A file that fails
 * validation is skipped and named in @problems; a missing directory is no
 * problem.
 *
 * Returns: (transfer full): the catalog
 */
TsCatalog *
ts_catalog_new_with_extras (const char   *directory,
                            TsLocalizer  *localizer,
                            GPtrArray   **problems,
                            GError      **error)
{
  g_autofree char *user_directory = NULL;
  gboolean changed;

  g_return_val_if_fail (problems != NULL, NULL);

  if (directory == NULL)
    directory = user_directory = ts_catalog_get_user_directory ();
  return build (directory, localizer, NULL, problems, &changed, error);
}

/* The result of a reload on the worker */
typedef struct
{
  TsCatalog *catalog;
  GPtrArray *problems;
  gboolean changed;
} Reloaded;

static void
reloaded_free (Reloaded *reloaded)
{
  g_clear_object (&reloaded->catalog);
  g_clear_pointer (&reloaded->problems, g_ptr_array_unref);
  g_free (reloaded);
}

static void
reload_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  TsCatalogSources *self = source_object;
  Reloaded *reloaded = g_new0 (Reloaded, 1);
  GError *error = NULL;

  /* the directory and localizer do not change while self lives, and the task holds it */
  reloaded->catalog = build (self->directory, self->localizer, cancellable,
                             &reloaded->problems, &reloaded->changed, &error);
  if (reloaded->catalog == NULL)
    {
      reloaded_free (reloaded);
      g_task_return_error (task, error);
      return;
    }
  /* here, not at the first keystroke after the swap */
  ts_catalog_prepare_index (reloaded->catalog);
  g_task_return_pointer (task, reloaded, (GDestroyNotify) reloaded_free);
}

static void schedule_reload (TsCatalogSources *self);

static void
on_reloaded (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  TsCatalogSources *self = TS_CATALOG_SOURCES (object);
  g_autoptr(GError) error = NULL;
  Reloaded *reloaded;

  /* a reload that a newer one cancelled is not the one under way */
  if (g_task_get_cancellable (G_TASK (result)) == self->reloading)
    g_clear_object (&self->reloading);

  reloaded = g_task_propagate_pointer (G_TASK (result), &error);
  if (reloaded == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Cannot reload the catalogs: %s", error->message);
      return;
    }

  ts_catalog_sources_set_catalog (self, reloaded->catalog, reloaded->problems);

  /* a file was being written: read it again once it is quiet */
  if (reloaded->changed && self->retries++ < MAX_RETRIES)
    schedule_reload (self);
  else if (!reloaded->changed)
    self->retries = 0;

  reloaded_free (reloaded);
}

/**
 * ts_catalog_sources_reload:
 *
 * Builds the catalog again on a worker thread, cancelling a reload still
 * under way; #TsCatalogSources:catalog changes when it is done.
 */
void
ts_catalog_sources_reload (TsCatalogSources *self)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (TS_IS_CATALOG_SOURCES (self));

  g_clear_handle_id (&self->quiet_timeout, g_source_remove);
  if (self->reloading != NULL)
    g_cancellable_cancel (self->reloading);
  g_clear_object (&self->reloading);

  self->reloading = g_cancellable_new ();
  task = g_task_new (self, self->reloading, on_reloaded, NULL);
  g_task_set_source_tag (task, ts_catalog_sources_reload);
  g_task_run_in_thread (task, reload_in_thread);
}

static gboolean
on_quiet (gpointer user_data)
{
  TsCatalogSources *self = user_data;

  self->quiet_timeout = 0;
  ts_catalog_sources_reload (self);
  return G_SOURCE_REMOVE;
}

/* Files come in a burst of events while they are written: reload once, after
 * a moment of quiet. */
static void
schedule_reload (TsCatalogSources *self)
{
  g_clear_handle_id (&self->quiet_timeout, g_source_remove);
  self->quiet_timeout = g_timeout_add (QUIET_MS, on_quiet, self);
}

static gboolean
names_catalog (GFile *file)
{
  g_autofree char *name = file != NULL ? g_file_get_basename (file) : NULL;

  return name != NULL && is_catalog_name (name);
}

static void
on_changed (TsCatalogSources  *self,
            GFile             *file,
            GFile             *other,
            GFileMonitorEvent  event,
            GFileMonitor      *monitor)
{
  /* attribute changes and editors' backup files do not change a catalog */
  if (event == G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED ||
      event == G_FILE_MONITOR_EVENT_PRE_UNMOUNT ||
      (!names_catalog (file) && !names_catalog (other)))
    return;

  self->retries = 0;
  schedule_reload (self);
}

static void
ts_catalog_sources_dispose (GObject *object)
{
  TsCatalogSources *self = TS_CATALOG_SOURCES (object);

  g_clear_handle_id (&self->quiet_timeout, g_source_remove);
  if (self->reloading != NULL)
    g_cancellable_cancel (self->reloading);
  g_clear_object (&self->reloading);
  g_clear_object (&self->monitor);
  g_clear_object (&self->catalog);
  g_clear_pointer (&self->problems, g_ptr_array_unref);

  G_OBJECT_CLASS (ts_catalog_sources_parent_class)->dispose (object);
}

static void
ts_catalog_sources_finalize (GObject *object)
{
  TsCatalogSources *self = TS_CATALOG_SOURCES (object);

  g_free (self->directory);

  G_OBJECT_CLASS (ts_catalog_sources_parent_class)->finalize (object);
}

static void
ts_catalog_sources_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TsCatalogSources *self = TS_CATALOG_SOURCES (object);

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
ts_catalog_sources_class_init (TsCatalogSourcesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ts_catalog_sources_dispose;
  object_class->finalize = ts_catalog_sources_finalize;
  object_class->get_property = ts_catalog_sources_get_property;

  /**
   * TsCatalogSources:catalog:
   *
   * The catalog of all the sources; ts_catalog_sources_get_problems() says
   * which files it had to skip.
   */
  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, TS_TYPE_CATALOG,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ts_catalog_sources_init (TsCatalogSources *self)
{
}

/**
 * ts_catalog_sources_new:
 * @directory: (nullable): where the user's catalogs are, or %NULL for
 *   ts_catalog_get_user_directory()
 * @localizer: (nullable): translations, or %NULL for the default; it must
 *   outlive the sources
 *
 * Returns: (transfer full): sources with no catalog yet: set the first one
 *   with ts_catalog_sources_set_catalog() or ts_catalog_sources_reload()
 */
TsCatalogSources *
ts_catalog_sources_new (const char  *directory,
                        TsLocalizer *localizer)
{
  TsCatalogSources *self = g_object_new (TS_TYPE_CATALOG_SOURCES, NULL);

  self->directory = directory != NULL ? g_strdup (directory) : ts_catalog_get_user_directory ();
  self->localizer = localizer != NULL ? localizer : ts_localizer_get_default ();
  return self;
}

/**
 * ts_catalog_sources_set_catalog:
 * @catalog: the catalog of the sources, built elsewhere
 * @problems: (nullable) (element-type utf8): the files it skipped
 */
void
ts_catalog_sources_set_catalog (TsCatalogSources *self,
                                TsCatalog        *catalog,
                                GPtrArray        *problems)
{
  g_return_if_fail (TS_IS_CATALOG_SOURCES (self));
  g_return_if_fail (TS_IS_CATALOG (catalog));

  g_clear_pointer (&self->problems, g_ptr_array_unref);
  self->problems = problems != NULL ? g_ptr_array_ref (problems) : NULL;
  if (!g_set_object (&self->catalog, catalog))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATALOG]);

#ifdef __GLIBC__
  /* The catalog replaced was made on a worker, whose malloc arena glibc
   * does not give back to the system by itself: without this, every reload
   * of a large catalog would leave its size behind. */
  malloc_trim (0);
#endif
}

/**
 * ts_catalog_sources_get_catalog:
 *
 * Returns: (transfer none) (nullable): the catalog
 */
TsCatalog *
ts_catalog_sources_get_catalog (TsCatalogSources *self)
{
  g_return_val_if_fail (TS_IS_CATALOG_SOURCES (self), NULL);

  return self->catalog;
}

/**
 * ts_catalog_sources_get_problems:
 *
 * Returns: (transfer none) (nullable) (element-type utf8): the files the
 *   catalog skipped, each as "FILE: ERROR"
 */
GPtrArray *
ts_catalog_sources_get_problems (TsCatalogSources *self)
{
  g_return_val_if_fail (TS_IS_CATALOG_SOURCES (self), NULL);

  return self->problems;
}

/**
 * ts_catalog_sources_watch:
 *
 * Watches the directory, also while it does not exist yet (GLib notices
 * its creation), and reloads after changes to its catalog files. Call it
 * before the directory is first read, so that no change falls between.
 */
void
ts_catalog_sources_watch (TsCatalogSources *self)
{
  g_autoptr(GFile) dir = NULL;

  g_return_if_fail (TS_IS_CATALOG_SOURCES (self));

  if (self->monitor != NULL)
    return;

  dir = g_file_new_for_path (self->directory);
  self->monitor = g_file_monitor_directory (dir, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor != NULL)
    g_signal_connect_object (self->monitor, "changed", G_CALLBACK (on_changed), self, G_CONNECT_SWAPPED);
}
