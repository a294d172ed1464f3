/* ts-row-item.c: an entry as the result list shows it, and how it matched
 *
 * An item never changes: when the results change, the row model puts new
 * items where the entries or their kinds of match are new (see
 * ts-row-model.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-row-item"

#include "config.h"

#include "ts-row-item.h"

struct _TsRowItem
{
  GObject parent_instance;

  TsEntry *entry;
  TsMatchKind kind;
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

/**
 * ts_row_item_new:
 * @entry: an entry among the results
 * @kind: how it matched the query
 *
 * Returns: (transfer full): a new item
 */
TsRowItem *
ts_row_item_new (TsEntry     *entry,
                 TsMatchKind  kind)
{
  TsRowItem *self;

  g_return_val_if_fail (TS_IS_ENTRY (entry), NULL);

  self = g_object_new (TS_TYPE_ROW_ITEM, NULL);
  self->entry = g_object_ref (entry);
  self->kind = kind;
  return self;
}

/**
 * ts_row_item_get_entry:
 *
 * Returns: (transfer none): the entry shown
 */
TsEntry *
ts_row_item_get_entry (TsRowItem *self)
{
  g_return_val_if_fail (TS_IS_ROW_ITEM (self), NULL);

  return self->entry;
}

TsMatchKind
ts_row_item_get_match_kind (TsRowItem *self)
{
  g_return_val_if_fail (TS_IS_ROW_ITEM (self), TS_MATCH_WORDS);

  return self->kind;
}
