/* fuzz-mo-file.c: any bytes as a compiled gettext catalog (libFuzzer)
 *
 * The .mo reader must refuse what it cannot read with an error, and look
 * up strings in what it accepts without reading outside the file: a
 * translation it returns lies in the file, nul included. The msgids looked
 * up are those of the seeds and every nul-terminated run of the input, so
 * that lookups find something in mutated files too.
 *
 * The seeds in corpus/mo/ were written by msgfmt (gettext 0.21) from two
 * small catalogs: small.po (a header and three messages) and forms.po (a
 * header, a message with a context, a plural message, and an untranslated
 * and a fuzzy one that msgfmt leaves out), with `msgfmt -o NAME-le NAME.po`,
 * `msgfmt --endianness=big -o NAME-be NAME.po`, and for no-hash-be
 * `msgfmt --no-hash --endianness=big -o no-hash-be small.po`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <stdint.h>
#include <string.h>

#include "ts-mo-file.h"

#define MAX_LOOKUPS 32

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
check_lookup (TsMoFile      *mo,
              const char    *msgid,
              const uint8_t *data,
              size_t         size)
{
  const char *translation = ts_mo_file_lookup (mo, msgid);
  const char *start = (const char *) data;

  if (translation == NULL)
    return;

  g_assert (translation >= start && translation < start + size);
  g_assert (memchr (translation, '\0', start + size - translation) != NULL);
  g_assert (*translation != '\0');
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const char * const msgids[] = {
    "", "Connection lost", "Copy in Korean", "How to Fix", "menu\004Open",
    "%d result", "%d results", "Untranslated", "Fuzzy", "Open", "A", "zzz",
  };
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(TsMoFile) mo = ts_mo_file_new_from_bytes (bytes, &error);
  gsize at = 0;

  g_assert ((mo == NULL) != (error == NULL));
  if (mo == NULL)
    {
      g_assert (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA));
      return 0;
    }

  for (guint i = 0; i < G_N_ELEMENTS (msgids); i++)
    check_lookup (mo, msgids[i], data, size);

  for (guint n = 0; n < MAX_LOOKUPS && at < size; n++)
    {
      const uint8_t *nul = memchr (data + at, '\0', size - at);
      gsize end = nul != NULL ? (gsize) (nul - data) : size;
      g_autofree char *msgid = g_strndup ((const char *) data + at, end - at);

      check_lookup (mo, msgid, data, size);
      at = end + 1;
    }

  return 0;
}
