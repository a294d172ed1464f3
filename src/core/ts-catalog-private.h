/* ts-catalog-private.h: the model's fields, shared with the loader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ts-catalog.h"
#include "ts-category.h"
#include "ts-entry.h"

G_BEGIN_DECLS

struct _TsCategory
{
  GObject parent_instance;

  char *id;
  char *name[TS_N_LANGUAGES];
  char *description[TS_N_LANGUAGES];
  gboolean hex_codes;
  guint position;
};

typedef struct
{
  char *title[TS_N_LANGUAGES];
  char *url;
} TsLink;

struct _TsEntry
{
  GObject parent_instance;

  TsCategory *category;
  gboolean has_code;
  gint64 code;
  char *code_text;
  char *hex;
  char *key;
  GStrv aliases;
  char *message;
  char *summary[TS_N_LANGUAGES];
  GStrv explanation[TS_N_LANGUAGES];
  GStrv remedy[TS_N_LANGUAGES];
  GStrv notes[TS_N_LANGUAGES];
  GPtrArray *links;             /* of TsLink */
  gboolean documented;
  guint position;
};

void      ts_link_free        (TsLink     *link);

TsCatalog *ts_catalog_new_take (char       *name,
                                GPtrArray  *categories,
                                GPtrArray  *entries,
                                GHashTable *metadata);

G_END_DECLS
