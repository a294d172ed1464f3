/* ts-catalog.c: the error catalog: categories, entries and their search index
 *
 * The index is built on first use, or ahead of it by whoever has a thread
 * to spare (ts_catalog_prepare_index()): a window can show the catalog
 * before the index over it is ready.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-catalog"

#include "config.h"

#include <string.h>

#include "ts-catalog-private.h"

struct _TsCatalog
{
  GObject parent_instance;

  char *name;
  GPtrArray *categories;
  GPtrArray *entries;
  GHashTable *metadata;
  TsSearchIndex *index;        /* built once, by whichever thread needs it first */
  guint code_chars;
};

G_DEFINE_FINAL_TYPE (TsCatalog, ts_catalog, G_TYPE_OBJECT)

G_DEFINE_QUARK (ts-catalog-error-quark, ts_catalog_error)

static void
ts_catalog_finalize (GObject *object)
{
  TsCatalog *self = (TsCatalog *) object;

  g_clear_pointer (&self->index, ts_search_index_free);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->categories, g_ptr_array_unref);
  g_clear_pointer (&self->metadata, g_hash_table_unref);
  g_free (self->name);

  G_OBJECT_CLASS (ts_catalog_parent_class)->finalize (object);
}

static void
ts_catalog_class_init (TsCatalogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ts_catalog_finalize;
}

static void
ts_catalog_init (TsCatalog *self)
{
}

/*
 * ts_catalog_new_take:
 * @name: (transfer full): where the catalog came from
 * @categories: (transfer full): #TsCategory objects, in order
 * @entries: (transfer full): #TsEntry objects, in catalog order
 * @metadata: (transfer full): string fields of the catalog's metadata
 *
 * For the loader: wraps validated parts. The search index is built on
 * first use.
 */
TsCatalog *
ts_catalog_new_take (char       *name,
                     GPtrArray  *categories,
                     GPtrArray  *entries,
                     GHashTable *metadata)
{
  TsCatalog *self = g_object_new (TS_TYPE_CATALOG, NULL);

  self->name = name;
  self->categories = categories;
  self->entries = entries;
  self->metadata = metadata;

  for (guint i = 0; i < entries->len; i++)
    {
      TsEntry *entry = g_ptr_array_index (entries, i);
      const char *hex = ts_entry_get_hex (entry);

      if (ts_entry_has_code (entry))
        self->code_chars = MAX (self->code_chars, strlen (ts_entry_get_code_text (entry)));
      if (hex != NULL)
        self->code_chars = MAX (self->code_chars, strlen (hex));
    }

  return self;
}

/**
 * ts_catalog_get_code_chars:
 *
 * Returns: how many characters the longest code or hex code has, so
 *   that a column of them can be as wide as they need and no wider
 */
guint
ts_catalog_get_code_chars (TsCatalog *self)
{
  g_return_val_if_fail (TS_IS_CATALOG (self), 0);

  return self->code_chars;
}

/**
 * ts_catalog_get_name:
 *
 * Returns: where the catalog came from: a file name, or "built-in"
 */
const char *
ts_catalog_get_name (TsCatalog *self)
{
  g_return_val_if_fail (TS_IS_CATALOG (self), NULL);

  return self->name;
}

/**
 * ts_catalog_get_metadata:
 * @field: "product", "sdk_version", "source_language" or "source"
 *
 * Returns: (nullable): the value of @field in the catalog's metadata
 */
const char *
ts_catalog_get_metadata (TsCatalog  *self,
                         const char *field)
{
  g_return_val_if_fail (TS_IS_CATALOG (self), NULL);
  g_return_val_if_fail (field != NULL, NULL);

  return g_hash_table_lookup (self->metadata, field);
}

guint
ts_catalog_get_n_categories (TsCatalog *self)
{
  g_return_val_if_fail (TS_IS_CATALOG (self), 0);

  return self->categories->len;
}

/**
 * ts_catalog_get_category:
 *
 * Returns: (transfer none): the category at @position
 */
TsCategory *
ts_catalog_get_category (TsCatalog *self,
                         guint      position)
{
  g_return_val_if_fail (TS_IS_CATALOG (self), NULL);
  g_return_val_if_fail (position < self->categories->len, NULL);

  return g_ptr_array_index (self->categories, position);
}

guint
ts_catalog_get_n_entries (TsCatalog *self)
{
  g_return_val_if_fail (TS_IS_CATALOG (self), 0);

  return self->entries->len;
}

/**
 * ts_catalog_get_entry:
 *
 * Returns: (transfer none): the entry at @position in catalog order
 */
TsEntry *
ts_catalog_get_entry (TsCatalog *self,
                      guint      position)
{
  g_return_val_if_fail (TS_IS_CATALOG (self), NULL);
  g_return_val_if_fail (position < self->entries->len, NULL);

  return g_ptr_array_index (self->entries, position);
}

/**
 * ts_catalog_get_index:
 *
 * Returns: (transfer none): the search index over the entries
 */
TsSearchIndex *
ts_catalog_get_index (TsCatalog *self)
{
  g_return_val_if_fail (TS_IS_CATALOG (self), NULL);

  /* a thread that comes while another builds it waits for that one */
  if (g_once_init_enter (&self->index))
    g_once_init_leave (&self->index, ts_search_index_new (self->entries));
  return self->index;
}

/**
 * ts_catalog_prepare_index:
 *
 * Builds the search index now, if no thread has yet, so that the first
 * search does not wait for it. Safe to call from any thread.
 */
void
ts_catalog_prepare_index (TsCatalog *self)
{
  g_return_if_fail (TS_IS_CATALOG (self));

  ts_catalog_get_index (self);
}

/**
 * ts_catalog_search:
 * @query: what the user typed or pasted
 *
 * Searches from one thread at a time, as the index keeps each search's
 * scratch arrays (building it is safe from any thread).
 *
 * Returns: (transfer full): the matching entries, best first
 */
TsSearchResult *
ts_catalog_search (TsCatalog  *self,
                   const char *query)
{
  const char *rest = query;

  g_return_val_if_fail (TS_IS_CATALOG (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  /* no words, as the window's first query: no need to wait for the index */
  while (g_ascii_isspace (*rest))
    rest++;
  if (*rest == '\0')
    return ts_search_result_new_everything (self->entries->len);

  return ts_search_index_search (ts_catalog_get_index (self), query);
}
