/* ts-category-item.c: a row of the sidebar: a category, or all, and its number of matches
 *
 * The window lists these in a GListStore that the sidebar is bound to; the
 * rows follow the count, which the window sets when the search changes it.
 * Categories under one heading (their catalog's product and SDK version)
 * follow each other; the sidebar shows it above the first.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-category-item"

#include "config.h"

#include "ts-category-item.h"
#include "ts-result-model.h"

struct _TsCategoryItem
{
  GObject parent_instance;

  int category;
  char *name;
  char *description;
  char *heading;
  guint count;
};

G_DEFINE_FINAL_TYPE (TsCategoryItem, ts_category_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CATEGORY,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_HEADING,
  PROP_COUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ts_category_item_finalize (GObject *object)
{
  TsCategoryItem *self = (TsCategoryItem *) object;

  g_free (self->name);
  g_free (self->description);
  g_free (self->heading);

  G_OBJECT_CLASS (ts_category_item_parent_class)->finalize (object);
}

static void
ts_category_item_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TsCategoryItem *self = TS_CATEGORY_ITEM (object);

  switch (prop_id)
    {
    case PROP_CATEGORY:
      g_value_set_int (value, self->category);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_HEADING:
      g_value_set_string (value, self->heading);
      break;
    case PROP_COUNT:
      g_value_set_uint (value, self->count);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_category_item_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  TsCategoryItem *self = TS_CATEGORY_ITEM (object);

  switch (prop_id)
    {
    case PROP_CATEGORY:
      self->category = g_value_get_int (value);
      break;
    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;
    case PROP_DESCRIPTION:
      self->description = g_value_dup_string (value);
      break;
    case PROP_HEADING:
      self->heading = g_value_dup_string (value);
      break;
    case PROP_COUNT:
      ts_category_item_set_count (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_category_item_class_init (TsCategoryItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ts_category_item_finalize;
  object_class->get_property = ts_category_item_get_property;
  object_class->set_property = ts_category_item_set_property;

  properties[PROP_CATEGORY] =
    g_param_spec_int ("category", NULL, NULL, TS_ALL_CATEGORIES, G_MAXINT, TS_ALL_CATEGORIES,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HEADING] =
    g_param_spec_string ("heading", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COUNT] =
    g_param_spec_uint ("count", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ts_category_item_init (TsCategoryItem *self)
{
}

/**
 * ts_category_item_new:
 * @category: a category position, or %TS_ALL_CATEGORIES
 * @name: what the row shows
 * @description: (nullable): what the row's tooltip shows
 * @heading: (nullable): what the category is under in the sidebar (its
 *   catalog's product and SDK version), or %NULL for none
 *
 * Returns: (transfer full): a new item, with no matches counted yet
 */
TsCategoryItem *
ts_category_item_new (int         category,
                      const char *name,
                      const char *description,
                      const char *heading)
{
  g_return_val_if_fail (category >= TS_ALL_CATEGORIES, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return g_object_new (TS_TYPE_CATEGORY_ITEM,
                       "category", category,
                       "name", name,
                       "description", description,
                       "heading", heading,
                       NULL);
}

/**
 * ts_category_item_get_category:
 *
 * Returns: the category's position, or %TS_ALL_CATEGORIES
 */
int
ts_category_item_get_category (TsCategoryItem *self)
{
  g_return_val_if_fail (TS_IS_CATEGORY_ITEM (self), TS_ALL_CATEGORIES);

  return self->category;
}

const char *
ts_category_item_get_name (TsCategoryItem *self)
{
  g_return_val_if_fail (TS_IS_CATEGORY_ITEM (self), NULL);

  return self->name;
}

/**
 * ts_category_item_get_description:
 *
 * Returns: (nullable): what the category holds
 */
const char *
ts_category_item_get_description (TsCategoryItem *self)
{
  g_return_val_if_fail (TS_IS_CATEGORY_ITEM (self), NULL);

  return self->description;
}

/**
 * ts_category_item_get_heading:
 *
 * Returns: (nullable): the heading the category is under
 */
const char *
ts_category_item_get_heading (TsCategoryItem *self)
{
  g_return_val_if_fail (TS_IS_CATEGORY_ITEM (self), NULL);

  return self->heading;
}

guint
ts_category_item_get_count (TsCategoryItem *self)
{
  g_return_val_if_fail (TS_IS_CATEGORY_ITEM (self), 0);

  return self->count;
}

/**
 * ts_category_item_set_count:
 * @count: how many of the category's entries match the query
 */
void
ts_category_item_set_count (TsCategoryItem *self,
                            guint           count)
{
  g_return_if_fail (TS_IS_CATEGORY_ITEM (self));

  if (self->count == count)
    return;

  self->count = count;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNT]);
}
