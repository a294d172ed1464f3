/* ts-category-private.h: a category's fields, for the loader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ts-category.h"

G_BEGIN_DECLS

struct _TsCategory
{
  GObject parent_instance;

  char *id;
  char *name[TS_N_LANGUAGES];
  char *description[TS_N_LANGUAGES];
  gboolean hex_codes;
  guint position;
  char *product;        /* of the catalog it comes from */
  char *sdk_version;
};

G_END_DECLS
