/* ts-category.h: a group of errors in the catalog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "ts-localizer.h"

G_BEGIN_DECLS

#define TS_TYPE_CATEGORY (ts_category_get_type ())
G_DECLARE_FINAL_TYPE (TsCategory, ts_category, TS, CATEGORY, GObject)

const char *ts_category_get_id          (TsCategory *self);
const char *ts_category_get_name        (TsCategory *self,
                                         TsLanguage  language);
const char *ts_category_get_description (TsCategory *self,
                                         TsLanguage  language);
gboolean    ts_category_get_hex_codes   (TsCategory *self);
guint       ts_category_get_position    (TsCategory *self);
const char *ts_category_get_product     (TsCategory *self);
const char *ts_category_get_sdk_version (TsCategory *self);

G_END_DECLS
