/* ts-row-model.c: the first results, as the items of the list view's rows
 *
 * GTK 4.8's list view keeps a row widget for every item up to a couple of
 * hundred, and making, measuring or destroying one is far from free; with
 * a hundred thousand results, a keystroke that replaced them all would
 * spend its frame on rows no one sees. So this model lists only the first
 * @limit results, which the result list raises as the user scrolls.
 *
 * An item is a TsRowItem: an entry and how it matched. Every change of the
 * results is passed on in items-changed over the rows it covers. Where an
 * entry is still among them with the same kind of match, its item is kept,
 * wherever it moved: the list view then moves the entry's row instead of
 * making a new one, and binds it again, with the new query's words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-row-model"

#include "config.h"

#include "ts-row-model.h"

struct _TsRowModel
{
  GObject parent_instance;

  TsResultModel *results;
  GPtrArray *items;     /* TsRowItem by position, one a row */
  guint limit;
};

static void list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TsRowModel, ts_row_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_init))

static GType
ts_row_model_get_item_type (GListModel *model)
{
  return TS_TYPE_ROW_ITEM;
}

static guint
ts_row_model_get_n_items (GListModel *model)
{
  return TS_ROW_MODEL (model)->items->len;
}

static gpointer
ts_row_model_get_item (GListModel *model,
                       guint       position)
{
  TsRowModel *self = TS_ROW_MODEL (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = ts_row_model_get_item_type;
  iface->get_n_items = ts_row_model_get_n_items;
  iface->get_item = ts_row_model_get_item;
}

/* The number of rows there should be. */
static guint
n_rows (TsRowModel *self)
{
  return MIN (self->limit, g_list_model_get_n_items (G_LIST_MODEL (self->results)));
}

/* The result at @position as a row: @kept's item for its entry if the
 * entry matched the same way, else a new one. */
static TsRowItem *
row_item (TsRowModel *self,
          guint       position,
          GHashTable *kept)
{
  g_autoptr(TsEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->results), position);
  TsMatchKind kind = ts_result_model_get_match_kind (self->results, position);
  TsRowItem *item = kept != NULL ? g_hash_table_lookup (kept, entry) : NULL;

  if (item != NULL && ts_row_item_get_match_kind (item) == kind)
    {
      g_hash_table_steal (kept, entry);
      return item;
    }

  return ts_row_item_new (entry, kind);
}

static void
append_rows (TsRowModel *self,
             guint       n,
             GHashTable *kept)
{
  while (self->items->len < n)
    g_ptr_array_add (self->items, row_item (self, self->items->len, kept));
}

static void
on_results_changed (TsRowModel *self,
                    guint       position,
                    guint       removed,
                    guint       added,
                    GListModel *results)
{
  guint old_n = self->items->len;
  guint new_n = n_rows (self);
  g_autoptr(GHashTable) kept = NULL;

  /* every row from @position on may show another result now */
  if (position >= old_n && position >= new_n)
    return;

  kept = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  for (guint i = position; i < old_n; i++)
    {
      TsRowItem *item = g_ptr_array_index (self->items, i);

      g_hash_table_insert (kept, ts_row_item_get_entry (item), g_object_ref (item));
    }
  g_ptr_array_set_size (self->items, MIN (position, old_n));
  append_rows (self, new_n, kept);

  g_list_model_items_changed (G_LIST_MODEL (self), position,
                              old_n > position ? old_n - position : 0,
                              new_n > position ? new_n - position : 0);
}

static void
ts_row_model_dispose (GObject *object)
{
  TsRowModel *self = (TsRowModel *) object;

  if (self->results != NULL)
    g_signal_handlers_disconnect_by_func (self->results, on_results_changed, self);
  g_clear_object (&self->results);
  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (ts_row_model_parent_class)->dispose (object);
}

static void
ts_row_model_class_init (TsRowModelClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ts_row_model_dispose;
}

static void
ts_row_model_init (TsRowModel *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * ts_row_model_new:
 * @results: the results to list
 *
 * Returns: (transfer full): rows for the first results, none until a limit is set
 */
TsRowModel *
ts_row_model_new (TsResultModel *results)
{
  TsRowModel *self;

  g_return_val_if_fail (TS_IS_RESULT_MODEL (results), NULL);

  self = g_object_new (TS_TYPE_ROW_MODEL, NULL);
  self->results = g_object_ref (results);
  g_signal_connect_object (results, "items-changed", G_CALLBACK (on_results_changed), self, G_CONNECT_SWAPPED);
  return self;
}

/**
 * ts_row_model_get_results:
 *
 * Returns: (transfer none): the results listed
 */
TsResultModel *
ts_row_model_get_results (TsRowModel *self)
{
  g_return_val_if_fail (TS_IS_ROW_MODEL (self), NULL);

  return self->results;
}

guint
ts_row_model_get_limit (TsRowModel *self)
{
  g_return_val_if_fail (TS_IS_ROW_MODEL (self), 0);

  return self->limit;
}

/**
 * ts_row_model_set_limit:
 * @limit: how many results at most are rows
 */
void
ts_row_model_set_limit (TsRowModel *self,
                        guint       limit)
{
  guint old_n, new_n;

  g_return_if_fail (TS_IS_ROW_MODEL (self));

  self->limit = limit;
  old_n = self->items->len;
  new_n = n_rows (self);

  if (new_n > old_n)
    {
      append_rows (self, new_n, NULL);
      g_list_model_items_changed (G_LIST_MODEL (self), old_n, 0, new_n - old_n);
    }
  else if (new_n < old_n)
    {
      g_ptr_array_set_size (self->items, new_n);
      g_list_model_items_changed (G_LIST_MODEL (self), new_n, old_n - new_n, 0);
    }
}

/**
 * ts_row_model_is_complete:
 *
 * Returns: whether every result is a row
 */
gboolean
ts_row_model_is_complete (TsRowModel *self)
{
  g_return_val_if_fail (TS_IS_ROW_MODEL (self), TRUE);

  return self->items->len == g_list_model_get_n_items (G_LIST_MODEL (self->results));
}
