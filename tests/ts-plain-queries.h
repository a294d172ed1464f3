/* ts-plain-queries.h: the plain-language query set of tests/data, and its recall
 *
 * Shared by test-plain-search (which asserts a floor) and bench-search (which
 * prints the figures).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>

#include "ts-catalog.h"

typedef struct
{
  guint queries;           /* that should find something */
  guint found_first;       /* with a right answer first */
  guint found_in_five;     /* among the first five */
  guint nothing;           /* that should find nothing */
  guint found_nothing;     /* and did */
  GString *misses;         /* a line for each query that failed */
} TsRecall;

/* Whether @entry is "CATEGORY:ID", ID its key, code or message. */
static inline gboolean
ts_plain_is_entry (TsEntry    *entry,
                   const char *id)
{
  const char *category = ts_category_get_id (ts_entry_get_category (entry));
  gsize length = strlen (category);

  if (strncmp (id, category, length) != 0 || id[length] != ':')
    return FALSE;
  id += length + 1;
  return g_strcmp0 (ts_entry_get_key (entry), id) == 0 ||
         g_strcmp0 (ts_entry_get_message (entry), id) == 0 ||
         (ts_entry_has_code (entry) && g_strcmp0 (ts_entry_get_code_text (entry), id) == 0);
}

/* The expected ids of a line: split at commas not written "\,". */
static inline GPtrArray *
ts_plain_split_expected (const char *field)
{
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  GString *id = g_string_new (NULL);

  for (const char *p = field; ; p++)
    {
      if (*p == '\\' && p[1] == ',')
        {
          g_string_append_c (id, ',');
          p++;
        }
      else if (*p == ',' || *p == '\0')
        {
          if (id->len > 0)
            g_ptr_array_add (ids, g_strdup (id->str));
          g_string_truncate (id, 0);
          if (*p == '\0')
            break;
        }
      else
        {
          g_string_append_c (id, *p);
        }
    }
  g_string_free (id, TRUE);
  return ids;
}

/* Runs every query of @path over @catalog. */
static inline TsRecall
ts_plain_recall (TsCatalog  *catalog,
                 const char *path)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  TsRecall recall = { .misses = g_string_new (NULL) };

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);

  for (guint l = 1; lines[l] != NULL; l++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[l], "\t", 3);
      g_autoptr(GPtrArray) expected = NULL;
      g_autoptr(TsSearchResult) result = NULL;
      guint rank = G_MAXUINT, n;

      if (g_strv_length (fields) < 2)
        continue;
      expected = ts_plain_split_expected (fields[1]);
      result = ts_catalog_search (catalog, fields[0]);
      n = ts_search_result_get_n_matches (result);

      if (expected->len == 0)
        {
          recall.nothing++;
          if (n == 0)
            recall.found_nothing++;
          else
            g_string_append_printf (recall.misses, "“%s”: %u results, expected none\n", fields[0], n);
          continue;
        }

      recall.queries++;
      for (guint i = 0; i < MIN (n, 5) && rank == G_MAXUINT; i++)
        {
          TsEntry *entry = ts_catalog_get_entry (catalog, ts_search_result_get_position (result, i));

          /* the same error in another SDK version is as right */
          for (guint e = 0; e < expected->len && rank == G_MAXUINT; e++)
            {
              if (ts_plain_is_entry (entry, g_ptr_array_index (expected, e)))
                rank = i;
              for (guint c = 0; c < ts_entry_get_n_counterparts (entry) && rank == G_MAXUINT; c++)
                if (ts_plain_is_entry (ts_entry_get_counterpart (entry, c), g_ptr_array_index (expected, e)))
                  rank = i;
            }
        }
      recall.found_first += rank == 0;
      recall.found_in_five += rank != G_MAXUINT;
      if (rank == G_MAXUINT)
        g_string_append_printf (recall.misses, "“%s”: not in the first five (%u results; expected %s)\n",
                                fields[0], n, fields[1]);
    }

  return recall;
}
