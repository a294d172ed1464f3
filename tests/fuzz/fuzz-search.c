/* fuzz-search.c: any bytes as a query over the built-in catalog (libFuzzer)
 *
 * Search and highlighting take whatever a user types or pastes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "ts-catalog.h"
#include "ts-catalog-builder.h"
#include "ts-search.h"
#include "ts-text.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static TsLocalizer *localizer;
  static TsCatalog *catalog;
  g_autofree char *query = g_strndup ((const char *) data, size);
  g_autoptr(TsSearchResult) result = NULL;
  guint n;

  if (catalog == NULL)
    {
      g_autoptr(GError) error = NULL;

      localizer = ts_localizer_new (TS_LANGUAGE_ENGLISH, NULL);
      catalog = ts_catalog_new_builtin (localizer, &error);
      g_assert_no_error (error);
    }

  result = ts_catalog_search (catalog, query);
  n = ts_search_result_get_n_matches (result);
  g_assert (n <= ts_catalog_get_n_entries (catalog));

  /* what the window does with the first matches: highlight their text */
  for (guint i = 0; i < MIN (n, 5); i++)
    {
      TsEntry *entry = ts_catalog_get_entry (catalog, ts_search_result_get_position (result, i));
      g_autoptr(GArray) spans = ts_text_find_highlights (ts_entry_get_summary (entry, TS_LANGUAGE_ENGLISH),
                                                         ts_search_result_get_words (result), NULL);
      gsize length = strlen (ts_entry_get_summary (entry, TS_LANGUAGE_ENGLISH));

      for (guint s = 0; s < spans->len; s++)
        {
          const TsSpan *span = &g_array_index (spans, TsSpan, s);

          g_assert (span->start + span->length <= length);
        }
      g_assert (ts_search_result_find (result, ts_search_result_get_position (result, i)) == i);
    }

  return 0;
}
