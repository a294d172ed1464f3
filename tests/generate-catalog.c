/* generate-catalog.c: writes a large generated catalog, for trying the app at scale
 *
 *   generate-catalog 100000 > big.json
 *   trtc-troubleshooter --catalog big.json
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>
#include <stdlib.h>

#include "catalog-generator.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GBytes) bytes = NULL;
  guint64 n = 100000;
  gsize size;
  const char *data;

  if (argc > 2 || (argc == 2 && !g_ascii_string_to_unsigned (argv[1], 10, 1, 4000000, &n, NULL)))
    {
      fprintf (stderr, "usage: %s [ENTRIES]\n", argv[0]);
      return 2;
    }

  bytes = ts_generate_catalog (n, 1);
  data = g_bytes_get_data (bytes, &size);
  return fwrite (data, 1, size, stdout) == size ? 0 : 1;
}
