/* fuzz-catalog-loader.c: any bytes as a catalog (libFuzzer)
 *
 * The loader must refuse what is not a valid catalog with an error, and
 * build a searchable catalog of what is, without crashing, hanging or
 * leaking. Loaded catalogs are searched too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdint.h>

#include "ts-catalog.h"
#include "ts-catalog-builder.h"
#include "ts-search.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static TsLocalizer *localizer;
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(TsCatalog) catalog = NULL;

  if (localizer == NULL)
    localizer = ts_localizer_new (TS_LANGUAGE_ENGLISH, NULL);

  catalog = ts_catalog_new_from_bytes (bytes, "fuzz", localizer, &error);
  g_assert ((catalog == NULL) != (error == NULL));

  if (catalog != NULL)
    {
      static const char * const queries[] = { "", "a", "4096", "0x1", "key_name", "client failed code: 7" };

      for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
        ts_search_result_free (ts_catalog_search (catalog, queries[i]));
    }

  return 0;
}
