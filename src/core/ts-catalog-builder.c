/* ts-catalog-builder.c: make a catalog of one or more catalog files
 *
 * Each file is accepted whole or refused whole: its size first, then its
 * text as strict JSON (ts-json-check.c), then its content against the
 * format (ts-entry-loader.c). Files are read into memory, never mapped: a
 * mapped file that another program truncates while it is parsed kills the
 * process with SIGBUS.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-catalog-builder"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ts-catalog-builder.h"
#include "ts-catalog-private.h"
#include "ts-category-private.h"
#include "ts-entry-private.h"
#include "ts-catalog-resources.h"
#include "ts-entry-loader.h"
#include "ts-json-check.h"

struct _TsCatalogBuilder
{
  TsLocalizer *localizer;
  char *name;
  GPtrArray *categories;
  GPtrArray *entries;
  GHashTable *metadata;
};

/* Catalog order: category, then code (by magnitude, so that the room-entry
 * codes 10006, -10011, -10012 read as on the error page), then file order;
 * entries without a code follow those with one. */
static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const TsEntry *x = *(TsEntry * const *) a;
  const TsEntry *y = *(TsEntry * const *) b;
  gint64 ax, ay;

  if (x->category->position != y->category->position)
    return x->category->position < y->category->position ? -1 : 1;
  if (x->has_code != y->has_code)
    return x->has_code ? -1 : 1;
  if (!x->has_code)
    return (x->position > y->position) - (x->position < y->position);

  ax = ABS (x->code);
  ay = ABS (y->code);
  if (ax != ay)
    return ax < ay ? -1 : 1;
  if (x->code != y->code)
    return x->code < y->code ? -1 : 1;
  return (x->position > y->position) - (x->position < y->position);
}

static gboolean
check_size (gint64   size,
            GError **error)
{
  if (size > TS_CATALOG_MAX_SIZE)
    {
      g_set_error (error, TS_CATALOG_ERROR, TS_CATALOG_ERROR_TOO_LARGE,
                   "file too large (%" G_GINT64_FORMAT " bytes; the limit is %d MiB)",
                   size, TS_CATALOG_MAX_SIZE / (1024 * 1024));
      return FALSE;
    }
  if (size == 0)
    {
      g_set_error_literal (error, TS_CATALOG_ERROR, TS_CATALOG_ERROR_SYNTAX, "empty file");
      return FALSE;
    }
  return TRUE;
}

/* Parses and validates one catalog, adding it to @builder only if all of it is valid. */
static gboolean
add_bytes (TsCatalogBuilder  *builder,
           GBytes            *bytes,
           const char        *id_prefix,
           GError           **error)
{
  TsEntryLoaderPlace place = {
    .id_prefix = id_prefix,
    .first_category = builder->categories->len,
    .first_entry = builder->entries->len,
    .max_categories = TS_CATALOG_MAX_CATEGORIES - builder->categories->len,
    .max_entries = TS_CATALOG_MAX_ENTRIES - builder->entries->len,
  };
  g_autoptr(TsEntryLoader) loader = NULL;
  TsJsonLayout layout;
  const char *data;
  gsize size;

  data = g_bytes_get_data (bytes, &size);
  if (!check_size (size, error) || !ts_json_check (data, size, &layout, error))
    return FALSE;

  loader = ts_entry_loader_new (builder->localizer, &place);
  if (!ts_entry_loader_load (loader, data, size, &layout, error))
    return FALSE;

  /* all of it is valid: keep it */
  g_ptr_array_extend_and_steal (builder->categories, ts_entry_loader_steal_categories (loader));
  g_ptr_array_extend_and_steal (builder->entries, ts_entry_loader_steal_entries (loader));
  if (builder->metadata == NULL)
    builder->metadata = ts_entry_loader_steal_metadata (loader);

  return TRUE;
}

/**
 * ts_catalog_builder_new:
 * @localizer: (nullable): translations for the catalogs' strings, or %NULL for the default
 *
 * Starts a catalog made of one or more catalog files.
 *
 * Returns: (transfer full): a builder
 */
TsCatalogBuilder *
ts_catalog_builder_new (TsLocalizer *localizer)
{
  TsCatalogBuilder *builder = g_new0 (TsCatalogBuilder, 1);

  builder->localizer = localizer != NULL ? localizer : ts_localizer_get_default ();
  builder->categories = g_ptr_array_new_with_free_func (g_object_unref);
  builder->entries = g_ptr_array_new_with_free_func (g_object_unref);
  return builder;
}

/**
 * ts_catalog_builder_add_bytes:
 * @bytes: the JSON text of a catalog
 * @name: where it came from
 * @id_prefix: (nullable): put before the ids of its categories, as in
 *   "PREFIX/ID", to keep them apart from other catalogs'
 * @error: return location for a #GError in %TS_CATALOG_ERROR
 *
 * Adds a catalog, all of it or, if it is not valid, nothing of it.
 *
 * Returns: whether it was valid
 */
gboolean
ts_catalog_builder_add_bytes (TsCatalogBuilder  *builder,
                              GBytes            *bytes,
                              const char        *name,
                              const char        *id_prefix,
                              GError           **error)
{
  g_return_val_if_fail (builder != NULL, FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!add_bytes (builder, bytes, id_prefix, error))
    return FALSE;

  if (builder->name == NULL)
    builder->name = g_strdup (name);
  return TRUE;
}

/* Whether two looks at a file saw the same file, unchanged. */
static gboolean
same_file (const struct stat *a,
           const struct stat *b)
{
  return a->st_dev == b->st_dev && a->st_ino == b->st_ino && a->st_size == b->st_size &&
         a->st_mtim.tv_sec == b->st_mtim.tv_sec && a->st_mtim.tv_nsec == b->st_mtim.tv_nsec;
}

static gboolean
io_error (GError     **error,
          int          saved_errno,
          const char  *what)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s: %s", what, g_strerror (saved_errno));
  return FALSE;
}

/* Reads all of @fd into @buffer, at most one byte past the size limit. */
static gboolean
read_all (int          fd,
          GByteArray  *buffer,
          GError     **error)
{
  while (buffer->len <= TS_CATALOG_MAX_SIZE)
    {
      guint old = buffer->len;
      gssize got;

      g_byte_array_set_size (buffer, old + 64 * 1024);
      got = read (fd, buffer->data + old, 64 * 1024);
      g_byte_array_set_size (buffer, old + MAX (got, 0));
      if (got == 0)
        break;
      if (got < 0 && errno != EINTR)
        return io_error (error, errno, "cannot read the file");
    }
  return TRUE;
}

/**
 * ts_catalog_read_file:
 * @filename: a catalog file
 * @error: return location for a #GError
 *
 * Reads a catalog file into memory, refusing what is not a regular file, a
 * file over %TS_CATALOG_MAX_SIZE, and a file that changed while it was read
 * (%G_IO_ERROR_BUSY: read it again once it is quiet).
 *
 * Returns: (transfer full): its contents, or %NULL
 */
GBytes *
ts_catalog_read_file (const char  *filename,
                      GError     **error)
{
  g_autoptr(GByteArray) buffer = NULL;
  struct stat before, after;
  int fd;

  g_return_val_if_fail (filename != NULL, NULL);

  fd = g_open (filename, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK, 0);
  if (fd < 0)
    {
      io_error (error, errno, "cannot open the file");
      return NULL;
    }
  if (fstat (fd, &before) != 0)
    {
      io_error (error, errno, "cannot read the file");
      close (fd);
      return NULL;
    }
  if (!S_ISREG (before.st_mode))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE, "not a regular file");
      close (fd);
      return NULL;
    }
  if (before.st_size > TS_CATALOG_MAX_SIZE && !check_size (before.st_size, error))
    {
      close (fd);
      return NULL;
    }

  buffer = g_byte_array_sized_new (before.st_size + 1);
  if (!read_all (fd, buffer, error))
    {
      close (fd);
      return NULL;
    }
  if (fstat (fd, &after) != 0)
    {
      io_error (error, errno, "cannot read the file");
      close (fd);
      return NULL;
    }
  close (fd);

  if (!check_size (buffer->len, error))
    return NULL;
  if (!same_file (&before, &after) || (gsize) after.st_size != buffer->len)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_BUSY, "the file changed while it was read");
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

/**
 * ts_catalog_builder_add_file:
 * @filename: a catalog file
 * @id_prefix: (nullable): see ts_catalog_builder_add_bytes()
 * @error: return location for a #GError
 *
 * Returns: whether the file could be read and was a valid catalog
 */
gboolean
ts_catalog_builder_add_file (TsCatalogBuilder  *builder,
                             const char        *filename,
                             const char        *id_prefix,
                             GError           **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (builder != NULL, FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);

  bytes = ts_catalog_read_file (filename, error);
  return bytes != NULL && ts_catalog_builder_add_bytes (builder, bytes, filename, id_prefix, error);
}

/**
 * ts_catalog_builder_add_builtin:
 * @error: return location for a #GError
 *
 * Adds the catalogs compiled into the program: the TRTC Web SDK v4's, then
 * the v5's.
 *
 * Returns: whether they could be added
 */
gboolean
ts_catalog_builder_add_builtin (TsCatalogBuilder  *builder,
                                GError           **error)
{
  static const char * const builtin[] = { "trtc-web-sdk-v4.json", "trtc-web-sdk-v5.json" };

  g_return_val_if_fail (builder != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (builtin); i++)
    {
      g_autofree char *path = g_strconcat (RESOURCE_PREFIX "/catalog/", builtin[i], NULL);
      g_autoptr(GBytes) bytes = g_resource_lookup_data (ts_catalog_get_resource (), path,
                                                        G_RESOURCE_LOOKUP_FLAGS_NONE, error);

      if (bytes == NULL || !ts_catalog_builder_add_bytes (builder, bytes, "built-in", NULL, error))
        return FALSE;
    }
  return TRUE;
}

static char *
counterpart_key (const char *sdk_version,
                 const char *field,
                 const char *value)
{
  return g_strjoin ("\x1f", sdk_version, field, value, NULL);
}

static void
link_counterparts (TsEntry *a,
                   TsEntry *b)
{
  if (a->counterparts == NULL)
    a->counterparts = g_ptr_array_new ();
  if (!g_ptr_array_find (a->counterparts, b, NULL))
    g_ptr_array_add (a->counterparts, b);
}

/* Links each entry to the ones its "counterparts" name, in the catalogs of
 * other SDK versions put together here, both ways; a name that no entry
 * has is left alone (that catalog may not be there). */
static void
find_counterparts (GPtrArray *entries)
{
  g_autoptr(GHashTable) by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < entries->len; i++)
    {
      TsEntry *entry = g_ptr_array_index (entries, i);
      const char *version = ts_category_get_sdk_version (entry->category);

      if (entry->code_text != NULL)
        g_hash_table_insert (by_name, counterpart_key (version, "code", entry->code_text), entry);
      if (entry->key != NULL)
        g_hash_table_insert (by_name, counterpart_key (version, "key", entry->key), entry);
      for (guint a = 0; entry->aliases != NULL && entry->aliases[a] != NULL; a++)
        g_hash_table_insert (by_name, counterpart_key (version, "key", entry->aliases[a]), entry);
      if (entry->message != NULL)
        g_hash_table_insert (by_name, counterpart_key (version, "message", entry->message), entry);
    }

  for (guint i = 0; i < entries->len; i++)
    {
      TsEntry *entry = g_ptr_array_index (entries, i);

      for (guint r = 0; entry->counterpart_refs != NULL && r < entry->counterpart_refs->len; r++)
        {
          TsCounterpartRef *ref = g_ptr_array_index (entry->counterpart_refs, r);
          g_autofree char *key = counterpart_key (ref->sdk_version, ref->field, ref->value);
          TsEntry *other = g_hash_table_lookup (by_name, key);

          if (other == NULL || other == entry)
            continue;
          link_counterparts (entry, other);
          link_counterparts (other, entry);
        }
    }
}

/**
 * ts_catalog_builder_end:
 * @builder: (transfer full): a builder
 *
 * Returns: (transfer full) (nullable): the catalog of everything added,
 *   or %NULL if nothing was
 */
TsCatalog *
ts_catalog_builder_end (TsCatalogBuilder *builder)
{
  TsCatalog *catalog = NULL;

  g_return_val_if_fail (builder != NULL, NULL);

  if (builder->name != NULL)
    {
      find_counterparts (builder->entries);
      g_ptr_array_sort (builder->entries, compare_entries);
      for (guint i = 0; i < builder->entries->len; i++)
        ((TsEntry *) g_ptr_array_index (builder->entries, i))->position = i;

      catalog = ts_catalog_new_take (g_steal_pointer (&builder->name),
                                     g_steal_pointer (&builder->categories),
                                     g_steal_pointer (&builder->entries),
                                     g_steal_pointer (&builder->metadata));
    }

  ts_catalog_builder_free (builder);
  return catalog;
}

void
ts_catalog_builder_free (TsCatalogBuilder *builder)
{
  if (builder == NULL)
    return;

  g_clear_pointer (&builder->categories, g_ptr_array_unref);
  g_clear_pointer (&builder->entries, g_ptr_array_unref);
  g_clear_pointer (&builder->metadata, g_hash_table_unref);
  g_free (builder->name);
  g_free (builder);
}

/**
 * ts_catalog_new_from_bytes:
 * @bytes: the JSON text of a catalog
 * @name: where it came from, for messages
 * @localizer: (nullable): translations for its strings, or %NULL for the default
 * @error: return location for a #GError in %TS_CATALOG_ERROR
 *
 * Returns: (transfer full): the catalog, or %NULL if @bytes is not a valid
 *   catalog; nothing of it is kept then
 */
TsCatalog *
ts_catalog_new_from_bytes (GBytes       *bytes,
                           const char   *name,
                           TsLocalizer  *localizer,
                           GError      **error)
{
  g_autoptr(TsCatalogBuilder) builder = ts_catalog_builder_new (localizer);

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (!ts_catalog_builder_add_bytes (builder, bytes, name, NULL, error))
    return NULL;
  return ts_catalog_builder_end (g_steal_pointer (&builder));
}

/**
 * ts_catalog_new_from_file:
 * @filename: a catalog file
 * @localizer: (nullable): translations, or %NULL for the default
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the catalog, or %NULL on error
 */
TsCatalog *
ts_catalog_new_from_file (const char   *filename,
                          TsLocalizer  *localizer,
                          GError      **error)
{
  g_autoptr(TsCatalogBuilder) builder = ts_catalog_builder_new (localizer);

  g_return_val_if_fail (filename != NULL, NULL);

  if (!ts_catalog_builder_add_file (builder, filename, NULL, error))
    return NULL;
  return ts_catalog_builder_end (g_steal_pointer (&builder));
}

/**
 * ts_catalog_new_builtin:
 * @localizer: (nullable): translations, or %NULL for the default
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the TRTC Web SDK v4 catalog compiled into the program
 */
TsCatalog *
ts_catalog_new_builtin (TsLocalizer  *localizer,
                        GError      **error)
{
  g_autoptr(TsCatalogBuilder) builder = ts_catalog_builder_new (localizer);

  if (!ts_catalog_builder_add_builtin (builder, error))
    return NULL;
  return ts_catalog_builder_end (g_steal_pointer (&builder));
}
