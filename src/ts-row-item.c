/* ts-row-item.c: a row's place in the result list, and the entry shown there
 *
 * The item stays while the entry it holds changes with the query, so that
 * the list view keeps the row and only updates its text (see ts-row-model.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-row-item"

#include "config.h"

#include "ts-row-item.h"

struct _TsRowItem
{
  GObject parent_instance;

  guint position;
  TsEntry *entry;
};

G_DEFINE_FINAL_TYPE (TsRowItem, ts_row_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ENTRY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ts_row_item_finalize (GObject *object)
{
  TsRowItem *self = (TsRowItem *) object;

  g_clear_object (&self->entry);

  G_OBJECT_CLASS (ts_row_item_parent_class)->finalize (object);
}

static void
ts_row_item_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  TsRowItem *self = TS_ROW_ITEM (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      g_value_set_object (value, self->entry);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_row_item_class_init (TsRowItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ts_row_item_finalize;
  object_class->get_property = ts_row_item_get_property;

  properties[PROP_ENTRY] =
    g_param_spec_object ("entry", NULL, NULL, TS_TYPE_ENTRY,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ts_row_item_init (TsRowItem *self)
{
}

TsRowItem *
ts_row_item_new (guint    position,
                 TsEntry *entry)
{
  TsRowItem *self = g_object_new (TS_TYPE_ROW_ITEM, NULL);

  self->position = position;
  self->entry = g_object_ref (entry);
  return self;
}

guint
ts_row_item_get_position (TsRowItem *self)
{
  g_return_val_if_fail (TS_IS_ROW_ITEM (self), 0);

  return self->position;
}

/**
 * ts_row_item_get_entry:
 *
 * Returns: (transfer none): the entry at this place now
 */
TsEntry *
ts_row_item_get_entry (TsRowItem *self)
{
  g_return_val_if_fail (TS_IS_ROW_ITEM (self), NULL);

  return self->entry;
}

/**
 * ts_row_item_set_entry:
 *
 * For the row model: the results changed. Notifies "entry" even when the
 * entry here is the same, since the query that highlights it is not.
 */
void
ts_row_item_set_entry (TsRowItem *self,
                       TsEntry   *entry)
{
  g_return_if_fail (TS_IS_ROW_ITEM (self));
  g_return_if_fail (TS_IS_ENTRY (entry));

  g_set_object (&self->entry, entry);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTRY]);
}
