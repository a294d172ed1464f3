/* ts-entry-private.h: an entry's fields, for the loader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ts-entry.h"

G_BEGIN_DECLS

typedef struct
{
  char *title[TS_N_LANGUAGES];
  char *url;
} TsLink;

/* The same error in another SDK version's catalog, as this one names it */
typedef struct
{
  char *sdk_version;
  char *field;          /* "code", "key" or "message" */
  char *value;
} TsCounterpartRef;

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
  GStrv keywords[TS_N_LANGUAGES];  /* search aids of ours, not the source's text */
  GPtrArray *links;             /* of TsLink */
  gboolean documented;
  guint position;

  gboolean has_parent;
  gint64 parent_code;           /* as the file says */
  TsEntry *parent;              /* (unowned): the catalog holds both */
  GPtrArray *counterpart_refs;  /* of TsCounterpartRef, or NULL */
  GPtrArray *counterparts;      /* (element-type TsEntry) (unowned), found both ways */
};

void ts_link_free (TsLink *link);
void ts_counterpart_ref_free (TsCounterpartRef *ref);

G_END_DECLS
