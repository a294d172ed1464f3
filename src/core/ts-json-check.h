/* ts-json-check.h: accept exactly RFC 8259 JSON, before json-glib parses it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* json-glib 1.6 recurses once per level of nesting; our format needs five. */
#define TS_JSON_MAX_DEPTH 32

/* Where the root object's "categories" and "errors" arrays are, counted
 * among the arrays and objects that are members of the root; -1 if the
 * member is missing, not an array, or cannot be found by position. */
typedef struct
{
  int categories;
  int errors;
  guint n_errors;       /* elements of "errors" */
} TsJsonLayout;

gboolean ts_json_check (const char    *data,
                        gsize          size,
                        TsJsonLayout  *layout,
                        GError       **error);

G_END_DECLS
