/* ts-category.c: a group of errors in the catalog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-category"

#include "config.h"

#include "ts-category-private.h"

G_DEFINE_FINAL_TYPE (TsCategory, ts_category, G_TYPE_OBJECT)

static void
ts_category_finalize (GObject *object)
{
  TsCategory *self = (TsCategory *) object;

  g_free (self->id);
  g_free (self->product);
  g_free (self->sdk_version);
  for (guint i = 0; i < TS_N_LANGUAGES; i++)
    {
      g_free (self->name[i]);
      g_free (self->description[i]);
    }

  G_OBJECT_CLASS (ts_category_parent_class)->finalize (object);
}

static void
ts_category_class_init (TsCategoryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ts_category_finalize;
}

static void
ts_category_init (TsCategory *self)
{
}

const char *
ts_category_get_id (TsCategory *self)
{
  g_return_val_if_fail (TS_IS_CATEGORY (self), NULL);

  return self->id;
}

const char *
ts_category_get_name (TsCategory *self,
                      TsLanguage  language)
{
  g_return_val_if_fail (TS_IS_CATEGORY (self), NULL);
  g_return_val_if_fail (language < TS_N_LANGUAGES, NULL);

  return self->name[language];
}

/**
 * ts_category_get_description:
 *
 * Returns: (nullable): what the category holds, if the catalog says
 */
const char *
ts_category_get_description (TsCategory *self,
                             TsLanguage  language)
{
  g_return_val_if_fail (TS_IS_CATEGORY (self), NULL);
  g_return_val_if_fail (language < TS_N_LANGUAGES, NULL);

  return self->description[language];
}

/**
 * ts_category_get_hex_codes:
 *
 * Returns: whether codes in this category also have a hexadecimal form
 */
gboolean
ts_category_get_hex_codes (TsCategory *self)
{
  g_return_val_if_fail (TS_IS_CATEGORY (self), FALSE);

  return self->hex_codes;
}

/**
 * ts_category_get_position:
 *
 * Returns: the index of the category in its catalog
 */
guint
ts_category_get_position (TsCategory *self)
{
  g_return_val_if_fail (TS_IS_CATEGORY (self), 0);

  return self->position;
}

/**
 * ts_category_get_product:
 *
 * Returns: what its catalog describes, such as "TRTC Web SDK"
 */
const char *
ts_category_get_product (TsCategory *self)
{
  g_return_val_if_fail (TS_IS_CATEGORY (self), NULL);

  return self->product;
}

/**
 * ts_category_get_sdk_version:
 *
 * Returns: the SDK versions its catalog describes, such as "4.x" or "5.x"
 */
const char *
ts_category_get_sdk_version (TsCategory *self)
{
  g_return_val_if_fail (TS_IS_CATEGORY (self), NULL);

  return self->sdk_version;
}
