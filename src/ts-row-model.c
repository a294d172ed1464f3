/* ts-row-model.c: the results as the list view's rows, a screenful at a time
 *
 * GTK 4.8's list view keeps a row widget for up to 200 items, and making,
 * measuring or destroying one costs about a quarter of a millisecond: with a
 * hundred thousand results, replacing them all took 200 ms a keystroke.
 * So this model shows the entries of another list model in two ways that
 * spare the list view:
 *
 * - a limit: only the first @limit entries are items; the window raises it
 *   as the user scrolls near the end, a few rows a frame;
 * - stable items: the item at a position stays the same TsRowItem while
 *   the entry in it changes, so a new query keeps the row widgets and only
 *   updates their text; items-changed says only how the count changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-row-model"

#include "config.h"

#include "ts-row-model.h"

struct _TsRowModel
{
  GObject parent_instance;

  GListModel *entries;
  GPtrArray *items;     /* TsRowItem by position, NULL until asked for */
  guint limit;
  guint n_items;
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
  return TS_ROW_MODEL (model)->n_items;
}

static gpointer
ts_row_model_get_item (GListModel *model,
                       guint       position)
{
  TsRowModel *self = TS_ROW_MODEL (model);
  TsRowItem *item;

  if (position >= self->n_items)
    return NULL;

  if (position >= self->items->len)
    g_ptr_array_set_size (self->items, position + 1);

  item = g_ptr_array_index (self->items, position);
  if (item == NULL)
    {
      g_autoptr(TsEntry) entry = g_list_model_get_item (self->entries, position);

      item = ts_row_item_new (position, entry);
      g_ptr_array_index (self->items, position) = item;
    }

  return g_object_ref (item);
}

static void
list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = ts_row_model_get_item_type;
  iface->get_n_items = ts_row_model_get_n_items;
  iface->get_item = ts_row_model_get_item;
}

/* Puts the current entries in the items from @first on, drops the items
 * past the new count, and tells the views how the count changed. */
static void
update (TsRowModel *self,
        guint       first)
{
  guint old_n = self->n_items;
  guint new_n = MIN (self->limit, g_list_model_get_n_items (self->entries));

  if (self->items->len > new_n)
    g_ptr_array_set_size (self->items, new_n);
  for (guint i = first; i < self->items->len; i++)
    {
      TsRowItem *item = g_ptr_array_index (self->items, i);
      g_autoptr(TsEntry) entry = NULL;

      if (item == NULL)
        continue;
      entry = g_list_model_get_item (self->entries, i);
      ts_row_item_set_entry (item, entry);
    }

  self->n_items = new_n;
  if (new_n < old_n)
    g_list_model_items_changed (G_LIST_MODEL (self), new_n, old_n - new_n, 0);
  else if (new_n > old_n)
    g_list_model_items_changed (G_LIST_MODEL (self), old_n, 0, new_n - old_n);
}

static void
on_entries_changed (TsRowModel *self,
                    guint       position,
                    guint       removed,
                    guint       added,
                    GListModel *entries)
{
  update (self, position);
}

static void
ts_row_model_dispose (GObject *object)
{
  TsRowModel *self = (TsRowModel *) object;

  if (self->entries != NULL)
    g_signal_handlers_disconnect_by_func (self->entries, on_entries_changed, self);
  g_clear_object (&self->entries);
  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (ts_row_model_parent_class)->dispose (object);
}

static void
ts_row_model_class_init (TsRowModelClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ts_row_model_dispose;
}

/* g_ptr_array_set_size() fills with NULL, which this must skip */
static void
free_item (gpointer item)
{
  if (item != NULL)
    g_object_unref (item);
}

static void
ts_row_model_init (TsRowModel *self)
{
  self->items = g_ptr_array_new_with_free_func (free_item);
}

/**
 * ts_row_model_new:
 * @entries: a list model of #TsEntry
 *
 * Returns: (transfer full): rows for the first entries of @entries, none yet
 */
TsRowModel *
ts_row_model_new (GListModel *entries)
{
  TsRowModel *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (entries), NULL);

  self = g_object_new (TS_TYPE_ROW_MODEL, NULL);
  self->entries = g_object_ref (entries);
  g_signal_connect_object (entries, "items-changed", G_CALLBACK (on_entries_changed), self, G_CONNECT_SWAPPED);
  return self;
}

/**
 * ts_row_model_get_entries:
 *
 * Returns: (transfer none): the model whose entries are shown
 */
GListModel *
ts_row_model_get_entries (TsRowModel *self)
{
  g_return_val_if_fail (TS_IS_ROW_MODEL (self), NULL);

  return self->entries;
}

guint
ts_row_model_get_limit (TsRowModel *self)
{
  g_return_val_if_fail (TS_IS_ROW_MODEL (self), 0);

  return self->limit;
}

/**
 * ts_row_model_set_limit:
 * @limit: how many entries at most are rows
 */
void
ts_row_model_set_limit (TsRowModel *self,
                        guint       limit)
{
  g_return_if_fail (TS_IS_ROW_MODEL (self));

  if (self->limit == limit)
    return;

  self->limit = limit;
  update (self, self->items->len);
}

/**
 * ts_row_model_is_complete:
 *
 * Returns: whether every entry is a row
 */
gboolean
ts_row_model_is_complete (TsRowModel *self)
{
  g_return_val_if_fail (TS_IS_ROW_MODEL (self), TRUE);

  return self->n_items == g_list_model_get_n_items (self->entries);
}
