/* ts-mo-file.c: look up translations in a compiled gettext catalog
 *
 * gettext answers only in the language of the current locale, but search
 * must hold the Korean form of every catalog string whatever the UI
 * language, and "Copy in Korean" must work under an English UI. So the same
 * .mo file that gettext reads is also read here, directly.
 *
 * Format: a header of 32-bit words (magic, revision, count, offset of the
 * sorted original-string table, offset of the translation table), each table
 * holding (length, offset) pairs. Every offset is checked against the file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-mo-file"

#include "config.h"

#include <gio/gio.h>
#include <libintl.h>
#include <string.h>

#include "ts-mo-file.h"

#define MO_MAGIC 0x950412deU

struct _TsMoFile
{
  GBytes *bytes;
  const guint8 *data;
  gsize size;
  gboolean swapped;
  guint32 n_strings;
  guint32 originals;
  guint32 translations;
};

static guint32
read_word (const TsMoFile *self,
           gsize           offset)
{
  guint32 word;

  memcpy (&word, self->data + offset, sizeof word);
  return self->swapped ? GUINT32_SWAP_LE_BE (word) : word;
}

/* The string described by the table entry at @table + 8 * @index, or NULL
 * when it does not lie inside the file or is not nul-terminated. */
static const char *
table_string (const TsMoFile *self,
              guint32         table,
              guint32         index)
{
  gsize entry = (gsize) table + 8 * (gsize) index;
  guint32 length, offset;

  if (entry + 8 > self->size)
    return NULL;

  length = read_word (self, entry);
  offset = read_word (self, entry + 4);
  /* in 64 bits: where gsize has 32, offset + length can wrap to a nul inside */
  if ((guint64) offset + length >= self->size || self->data[offset + length] != '\0')
    return NULL;

  return (const char *) self->data + offset;
}

/**
 * ts_mo_file_new_from_bytes:
 * @bytes: the contents of a .mo file
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the reader, or %NULL if @bytes is not a .mo file
 */
TsMoFile *
ts_mo_file_new_from_bytes (GBytes  *bytes,
                           GError **error)
{
  g_autoptr(TsMoFile) self = g_new0 (TsMoFile, 1);
  guint32 magic;

  g_return_val_if_fail (bytes != NULL, NULL);

  self->bytes = g_bytes_ref (bytes);
  self->data = g_bytes_get_data (bytes, &self->size);

  if (self->size < 20)
    goto invalid;

  memcpy (&magic, self->data, sizeof magic);
  if (magic == GUINT32_SWAP_LE_BE (MO_MAGIC))
    self->swapped = TRUE;
  else if (magic != MO_MAGIC)
    goto invalid;

  self->n_strings = read_word (self, 8);
  self->originals = read_word (self, 12);
  self->translations = read_word (self, 16);
  if ((guint64) self->originals + 8 * (guint64) self->n_strings > self->size ||
      (guint64) self->translations + 8 * (guint64) self->n_strings > self->size)
    goto invalid;

  return g_steal_pointer (&self);

invalid:
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "Not a gettext message catalog");
  return NULL;
}

/**
 * ts_mo_file_new_for_locale:
 * @domain: a gettext domain, bound with bindtextdomain()
 * @language: a language code such as "ko"
 * @error: return location for a #GError
 *
 * Opens the catalog that gettext would use for @domain in @language,
 * from the directory bound to @domain.
 *
 * Returns: (transfer full): the reader, or %NULL on error
 */
TsMoFile *
ts_mo_file_new_for_locale (const char  *domain,
                           const char  *language,
                           GError     **error)
{
  g_autofree char *basename = NULL;
  g_autofree char *filename = NULL;
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char *dir;

  g_return_val_if_fail (domain != NULL, NULL);
  g_return_val_if_fail (language != NULL, NULL);

  dir = bindtextdomain (domain, NULL);
  basename = g_strconcat (domain, ".mo", NULL);
  filename = g_build_filename (dir, language, "LC_MESSAGES", basename, NULL);

  mapped = g_mapped_file_new (filename, FALSE, error);
  if (mapped == NULL)
    return NULL;

  bytes = g_mapped_file_get_bytes (mapped);
  return ts_mo_file_new_from_bytes (bytes, error);
}

/**
 * ts_mo_file_lookup:
 * @self: a #TsMoFile
 * @msgid: the original string
 *
 * Returns: (nullable): the translation of @msgid, or %NULL when the catalog
 *   has none (or an empty one)
 */
const char *
ts_mo_file_lookup (TsMoFile   *self,
                   const char *msgid)
{
  guint32 lo = 0, hi;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (msgid != NULL, NULL);

  /* msgfmt writes the originals sorted by strcmp() */
  hi = self->n_strings;
  while (lo < hi)
    {
      guint32 mid = lo + (hi - lo) / 2;
      const char *original = table_string (self, self->originals, mid);
      int cmp;

      if (original == NULL)
        return NULL;

      cmp = strcmp (msgid, original);
      if (cmp == 0)
        {
          const char *translation = table_string (self, self->translations, mid);

          return translation != NULL && *translation != '\0' ? translation : NULL;
        }
      if (cmp < 0)
        hi = mid;
      else
        lo = mid + 1;
    }

  return NULL;
}

void
ts_mo_file_free (TsMoFile *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_free (self);
}
