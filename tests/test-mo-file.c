/* test-mo-file.c: the .mo reader, in both byte orders and on hostile files
 *
 * The catalogs are built here, in memory, laid out as msgfmt lays them out,
 * in little-endian and in big-endian order: whichever the host's order, one
 * of the two runs the reader's byte-swapped branch. Every file is given to
 * the reader at the very end of a mapping followed by an inaccessible page,
 * so a read past its end crashes the test even without AddressSanitizer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "ts-mo-file.h"
#include "ts-test-utils.h"

typedef enum
{
  ORDER_LITTLE_ENDIAN,
  ORDER_BIG_ENDIAN,
} ByteOrder;

static const char * const order_names[] = { "little-endian", "big-endian" };

typedef struct
{
  const char *original;
  const char *plural;       /* stored after the original's nul, or NULL */
  const char *translation;  /* "" for an untranslated message */
} Message;

#define VICTIM_ORIGINAL "Connection lost"
#define VICTIM_TRANSLATION "연결이 끊어졌습니다"

/* sorted by strcmp(), as msgfmt writes them */
static const Message messages[] = {
  { "", NULL, "Language: ko\nContent-Type: text/plain; charset=UTF-8\n" },
  { "%d result", "%d results", "결과 %d개" },
  { VICTIM_ORIGINAL, NULL, VICTIM_TRANSLATION },
  { "Copy in Korean", NULL, "한국어로 복사" },
  { "Retry", NULL, "" },
  { "menu\004Open", NULL, "열기" },
};

#define N_MESSAGES G_N_ELEMENTS (messages)
#define VICTIM 2  /* the message the hostile entries below spoil */

/* msgids the catalog does not hold, around and between the ones it does */
static const char * const absent[] = {
  "!", "%d results", "A", "Connection", "Connection lost!", "Copy", "Open",
  "menu", "menu\004", "zzz", "\xff",
};

/* the header: 32-bit words at these byte offsets */
#define MAGIC_AT 0
#define REVISION_AT 4
#define COUNT_AT 8
#define ORIGINALS_AT 12
#define TRANSLATIONS_AT 16
#define HASH_SIZE_AT 20
#define HASH_AT 24
#define HEADER_SIZE 28

/* the two tables of (length, offset) pairs, where build_mo() puts them */
#define ORIGINALS_TABLE HEADER_SIZE
#define TRANSLATIONS_TABLE (ORIGINALS_TABLE + 8 * N_MESSAGES)
#define TABLES_END (TRANSLATIONS_TABLE + 8 * N_MESSAGES)
#define LENGTH_AT(table, i) ((table) + 8 * (i))
#define OFFSET_AT(table, i) ((table) + 8 * (i) + 4)

#define MO_MAGIC 0x950412deU

static void
put_word (GByteArray *image,
          gsize       at,
          guint32     value,
          ByteOrder   order)
{
  guint32 word = order == ORDER_BIG_ENDIAN ? GUINT32_TO_BE (value) : GUINT32_TO_LE (value);

  g_assert_cmpuint (at + sizeof word, <=, image->len);
  memcpy (image->data + at, &word, sizeof word);
}

static guint32
get_word (GByteArray *image,
          gsize       at,
          ByteOrder   order)
{
  guint32 word;

  g_assert_cmpuint (at + sizeof word, <=, image->len);
  memcpy (&word, image->data + at, sizeof word);
  return order == ORDER_BIG_ENDIAN ? GUINT32_FROM_BE (word) : GUINT32_FROM_LE (word);
}

/* Appends @string (and @plural after its nul) with a nul, and fills in the
 * table entry at @entry: its length without that last nul, and its offset. */
static void
add_string (GByteArray *image,
            gsize       entry,
            const char *string,
            const char *plural,
            ByteOrder   order)
{
  gsize offset = image->len;

  g_byte_array_append (image, (const guint8 *) string, strlen (string) + 1);
  if (plural != NULL)
    g_byte_array_append (image, (const guint8 *) plural, strlen (plural) + 1);
  put_word (image, entry, image->len - 1 - offset, order);
  put_word (image, entry + 4, offset, order);
}

/* A .mo file of @messages in @order, as msgfmt --no-hash writes it: the
 * header, the table of originals, the table of translations, then the
 * originals' strings and the translations' strings, each ending in a nul. */
static GByteArray *
build_mo (ByteOrder order)
{
  GByteArray *image = g_byte_array_new ();

  g_byte_array_set_size (image, TABLES_END);
  memset (image->data, 0, image->len);
  put_word (image, MAGIC_AT, MO_MAGIC, order);
  put_word (image, REVISION_AT, 0, order);
  put_word (image, COUNT_AT, N_MESSAGES, order);
  put_word (image, ORIGINALS_AT, ORIGINALS_TABLE, order);
  put_word (image, TRANSLATIONS_AT, TRANSLATIONS_TABLE, order);
  put_word (image, HASH_SIZE_AT, 0, order);
  put_word (image, HASH_AT, TABLES_END, order);

  for (guint i = 0; i < N_MESSAGES; i++)
    {
      if (i > 0)
        g_assert_cmpint (strcmp (messages[i - 1].original, messages[i].original), <, 0);
      add_string (image, LENGTH_AT (ORIGINALS_TABLE, i), messages[i].original, messages[i].plural, order);
    }
  for (guint i = 0; i < N_MESSAGES; i++)
    add_string (image, LENGTH_AT (TRANSLATIONS_TABLE, i), messages[i].translation, NULL, order);

  return image;
}

typedef struct
{
  guint8 *base;
  gsize length;
} Mapping;

static void
mapping_free (gpointer data)
{
  Mapping *mapping = data;

  munmap (mapping->base, mapping->length);
  g_free (mapping);
}

/* A copy of @size bytes of @data that ends where an inaccessible page starts. */
static GBytes *
guarded_bytes (const guint8 *data,
               gsize         size)
{
  gsize page = (gsize) sysconf (_SC_PAGESIZE);
  gsize pages = (size + page - 1) / page;
  Mapping *mapping = g_new0 (Mapping, 1);
  guint8 *copy;

  mapping->length = (pages + 1) * page;
  mapping->base = mmap (NULL, mapping->length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  g_assert_true (mapping->base != MAP_FAILED);
  g_assert_cmpint (mprotect (mapping->base + pages * page, page, PROT_NONE), ==, 0);

  copy = mapping->base + pages * page - size;
  if (size > 0)
    memcpy (copy, data, size);

  return g_bytes_new_with_free_func (copy, size, mapping_free, mapping);
}

static TsMoFile *
load (GByteArray  *image,
      gsize        size,
      GError     **error)
{
  g_autoptr(GBytes) bytes = guarded_bytes (image->data, size);

  return ts_mo_file_new_from_bytes (bytes, error);
}

static const char *
expected_translation (guint i)
{
  return messages[i].translation[0] != '\0' ? messages[i].translation : NULL;
}

/* Whatever the file holds, a translation found is a whole string: checked
 * by the guard page after the file, and by comparing it with the right one
 * when the file is one of ours. */
static void
assert_found_or_not (TsMoFile *mo,
                     guint     i)
{
  const char *translation = ts_mo_file_lookup (mo, messages[i].original);

  if (translation != NULL)
    g_assert_cmpstr (translation, ==, expected_translation (i));
}

static void
assert_all_found (TsMoFile *mo)
{
  for (guint i = 0; i < N_MESSAGES; i++)
    g_assert_cmpstr (ts_mo_file_lookup (mo, messages[i].original), ==, expected_translation (i));
  for (guint i = 0; i < G_N_ELEMENTS (absent); i++)
    g_assert_null (ts_mo_file_lookup (mo, absent[i]));
}

static void
test_lookup (gconstpointer data)
{
  ByteOrder order = GPOINTER_TO_INT (data);
  g_autoptr(GByteArray) image = build_mo (order);
  g_autoptr(GError) error = NULL;
  g_autoptr(TsMoFile) mo = load (image, image->len, &error);

  g_assert_no_error (error);
  g_assert_nonnull (mo);
  assert_all_found (mo);

  /* the header entry; a plural message by its singular, giving the first form;
   * a message with a context; an untranslated message */
  g_assert_true (g_str_has_prefix (ts_mo_file_lookup (mo, ""), "Language: ko\n"));
  g_assert_cmpstr (ts_mo_file_lookup (mo, "%d result"), ==, "결과 %d개");
  g_assert_cmpstr (ts_mo_file_lookup (mo, "menu\004Open"), ==, "열기");
  g_assert_null (ts_mo_file_lookup (mo, "Retry"));
}

/* The same catalog with its header in the other byte order reads as garbage. */
static void
test_magic_other_order (gconstpointer data)
{
  ByteOrder order = GPOINTER_TO_INT (data);
  g_autoptr(GByteArray) image = build_mo (order);
  g_autoptr(GError) error = NULL;
  g_autoptr(TsMoFile) mo = NULL;

  put_word (image, MAGIC_AT, MO_MAGIC, order == ORDER_BIG_ENDIAN ? ORDER_LITTLE_ENDIAN : ORDER_BIG_ENDIAN);
  mo = load (image, image->len, &error);
  g_assert_null (mo);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
}

static void
test_empty (void)
{
  g_autoptr(GBytes) empty = g_bytes_new (NULL, 0);
  g_autoptr(GBytes) guarded = guarded_bytes (NULL, 0);
  GBytes *inputs[] = { empty, guarded };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TsMoFile) mo = ts_mo_file_new_from_bytes (inputs[i], &error);

      g_assert_null (mo);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
    }
}

/* Every prefix of a valid file: refused while the tables are cut, and then
 * each message found exactly when both its strings, nul included, are in. */
static void
test_truncated_every_length (void)
{
  for (ByteOrder order = ORDER_LITTLE_ENDIAN; order <= ORDER_BIG_ENDIAN; order++)
    {
      g_autoptr(GByteArray) image = build_mo (order);
      gsize originals_end = 0;

      for (guint i = 0; i < N_MESSAGES; i++)
        originals_end = MAX (originals_end, get_word (image, OFFSET_AT (ORIGINALS_TABLE, i), order) +
                                            get_word (image, LENGTH_AT (ORIGINALS_TABLE, i), order) + 1);

      for (gsize size = 0; size <= image->len; size++)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(TsMoFile) mo = load (image, size, &error);

          if (size < TABLES_END)
            {
              g_assert_null (mo);
              g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
              continue;
            }

          g_assert_no_error (error);
          g_assert_nonnull (mo);
          for (guint i = 0; i < N_MESSAGES; i++)
            {
              gsize translation_end = get_word (image, OFFSET_AT (TRANSLATIONS_TABLE, i), order) +
                                      get_word (image, LENGTH_AT (TRANSLATIONS_TABLE, i), order) + 1;

              if (size < originals_end)
                assert_found_or_not (mo, i);
              else
                g_assert_cmpstr (ts_mo_file_lookup (mo, messages[i].original), ==,
                                 size >= translation_end ? expected_translation (i) : NULL);
            }
          for (guint i = 0; i < G_N_ELEMENTS (absent); i++)
            g_assert_null (ts_mo_file_lookup (mo, absent[i]));
        }
    }
}

/* The last string of the file, the last translation, without its nul. */
static void
test_unterminated_last_string (void)
{
  for (ByteOrder order = ORDER_LITTLE_ENDIAN; order <= ORDER_BIG_ENDIAN; order++)
    {
      g_autoptr(GByteArray) image = build_mo (order);
      g_autoptr(GError) error = NULL;
      g_autoptr(TsMoFile) mo = load (image, image->len - 1, &error);

      g_assert_no_error (error);
      g_assert_null (ts_mo_file_lookup (mo, messages[N_MESSAGES - 1].original));
      for (guint i = 0; i + 1 < N_MESSAGES; i++)
        g_assert_cmpstr (ts_mo_file_lookup (mo, messages[i].original), ==, expected_translation (i));
    }
}

typedef enum
{
  REFUSED,           /* the file is refused */
  ALL_FOUND,         /* the file reads as if untouched */
  NONE_FOUND,        /* the file loads, and no message is found */
  TRANSLATION_LOST,  /* the victim is not found, every other message is */
  ORIGINAL_LOST,     /* the victim is not found, others may not be either */
  NO_ANSWER,         /* no message found is wrong; what is found is not said */
} Outcome;

typedef struct
{
  gsize at;          /* the byte offset of a header or table word, 0 for none */
  gint64 value;      /* the word written there */
  gboolean from_end; /* @value is added to the size of the file */
} Patch;

typedef struct
{
  const char *name;
  Patch patches[2];
  Outcome outcome;
} Hostile;

#define VICTIM_LENGTH ((gint64) sizeof VICTIM_ORIGINAL - 1)
#define ORIGINAL_LENGTH LENGTH_AT (ORIGINALS_TABLE, VICTIM)
#define ORIGINAL_OFFSET OFFSET_AT (ORIGINALS_TABLE, VICTIM)
#define TRANSLATION_LENGTH LENGTH_AT (TRANSLATIONS_TABLE, VICTIM)
#define TRANSLATION_OFFSET OFFSET_AT (TRANSLATIONS_TABLE, VICTIM)

static const Hostile hostile[] = {
  /* the header */
  { "count/times-8-overflows", { { COUNT_AT, 0x20000000 } }, REFUSED },
  { "count/times-8-overflows-plus-one", { { COUNT_AT, 0x20000001 } }, REFUSED },
  { "count/max", { { COUNT_AT, 0xFFFFFFFF } }, REFUSED },
  { "count/past-end", { { COUNT_AT, 0x10000 } }, REFUSED },
  { "count/zero", { { COUNT_AT, 0 } }, NONE_FOUND },
  { "count/one-more", { { COUNT_AT, N_MESSAGES + 1 } }, NO_ANSWER },
  { "originals/max", { { ORIGINALS_AT, 0xFFFFFFFF } }, REFUSED },
  { "originals/at-end", { { ORIGINALS_AT, 0, TRUE } }, REFUSED },
  { "originals/straddles-end", { { ORIGINALS_AT, -8 * (gint64) N_MESSAGES + 1, TRUE } }, REFUSED },
  { "originals/flush-with-end", { { ORIGINALS_AT, -8 * (gint64) N_MESSAGES, TRUE } }, NO_ANSWER },
  { "originals/over-header", { { ORIGINALS_AT, 0 } }, NO_ANSWER },
  { "originals/unaligned", { { ORIGINALS_AT, ORIGINALS_TABLE + 1 } }, NO_ANSWER },
  { "translations/max", { { TRANSLATIONS_AT, 0xFFFFFFFF } }, REFUSED },
  { "translations/at-end", { { TRANSLATIONS_AT, 0, TRUE } }, REFUSED },
  { "translations/straddles-end", { { TRANSLATIONS_AT, -8 * (gint64) N_MESSAGES + 1, TRUE } }, REFUSED },
  { "translations/are-originals", { { TRANSLATIONS_AT, ORIGINALS_TABLE } }, NO_ANSWER },
  { "count-and-tables/wrap-around", { { COUNT_AT, 0x20000000 }, { ORIGINALS_AT, 0xFFFFFFF0 } }, REFUSED },
  /* gettext ignores the hash table if it cannot use it; the reader never uses it */
  { "hash/max", { { HASH_SIZE_AT, 0xFFFFFFFF }, { HASH_AT, 0xFFFFFFFF } }, ALL_FOUND },
  { "hash/past-end", { { HASH_SIZE_AT, 7 }, { HASH_AT, 1, TRUE } }, ALL_FOUND },
  { "revision/minor-1", { { REVISION_AT, 1 } }, ALL_FOUND },
  /* an entry of the table of originals */
  { "original/length-past-end", { { ORIGINAL_LENGTH, 0, TRUE } }, ORIGINAL_LOST },
  { "original/length-max", { { ORIGINAL_LENGTH, 0xFFFFFFFF } }, ORIGINAL_LOST },
  { "original/offset-past-end", { { ORIGINAL_OFFSET, 1, TRUE } }, ORIGINAL_LOST },
  { "original/offset-at-end", { { ORIGINAL_OFFSET, 0, TRUE } }, ORIGINAL_LOST },
  { "original/nul-at-end", { { ORIGINAL_OFFSET, -VICTIM_LENGTH, TRUE } }, ORIGINAL_LOST },
  { "original/offset-max", { { ORIGINAL_OFFSET, 0xFFFFFFFF } }, ORIGINAL_LOST },
  { "original/sum-wraps-to-zero", { { ORIGINAL_OFFSET, 1 }, { ORIGINAL_LENGTH, 0xFFFFFFFF } }, ORIGINAL_LOST },
  { "original/sum-wraps-to-last-nul", { { ORIGINAL_OFFSET, 0xFFFFFFFF }, { ORIGINAL_LENGTH, 0, TRUE } }, ORIGINAL_LOST },
  { "original/sum-wraps-halves", { { ORIGINAL_OFFSET, 0x80000000 }, { ORIGINAL_LENGTH, 0x80000000 } }, ORIGINAL_LOST },
  { "original/no-nul", { { ORIGINAL_LENGTH, VICTIM_LENGTH + 1 } }, ORIGINAL_LOST },
  { "original/no-nul-short", { { ORIGINAL_LENGTH, VICTIM_LENGTH - 5 } }, ORIGINAL_LOST },
  { "original/no-nul-empty", { { ORIGINAL_LENGTH, 0 } }, ORIGINAL_LOST },
  /* an entry of the table of translations */
  { "translation/length-past-end", { { TRANSLATION_LENGTH, 0, TRUE } }, TRANSLATION_LOST },
  { "translation/length-max", { { TRANSLATION_LENGTH, 0xFFFFFFFF } }, TRANSLATION_LOST },
  { "translation/offset-past-end", { { TRANSLATION_OFFSET, 1, TRUE } }, TRANSLATION_LOST },
  { "translation/offset-at-end", { { TRANSLATION_OFFSET, 0, TRUE } }, TRANSLATION_LOST },
  { "translation/nul-at-end", { { TRANSLATION_OFFSET, -((gint64) sizeof VICTIM_TRANSLATION - 1), TRUE } }, TRANSLATION_LOST },
  { "translation/offset-max", { { TRANSLATION_OFFSET, 0xFFFFFFFF } }, TRANSLATION_LOST },
  { "translation/sum-wraps-to-zero", { { TRANSLATION_OFFSET, 1 }, { TRANSLATION_LENGTH, 0xFFFFFFFF } }, TRANSLATION_LOST },
  { "translation/sum-wraps-to-last-nul", { { TRANSLATION_OFFSET, 0xFFFFFFFF }, { TRANSLATION_LENGTH, 0, TRUE } }, TRANSLATION_LOST },
  { "translation/sum-wraps-halves", { { TRANSLATION_OFFSET, 0x80000000 }, { TRANSLATION_LENGTH, 0x80000000 } }, TRANSLATION_LOST },
  { "translation/no-nul", { { TRANSLATION_LENGTH, sizeof VICTIM_TRANSLATION } }, TRANSLATION_LOST },
  { "translation/empty", { { TRANSLATION_OFFSET, -1, TRUE }, { TRANSLATION_LENGTH, 0 } }, TRANSLATION_LOST },
};

static void
test_hostile (gconstpointer data)
{
  const Hostile *h = data;

  for (ByteOrder order = ORDER_LITTLE_ENDIAN; order <= ORDER_BIG_ENDIAN; order++)
    {
      g_autoptr(GByteArray) image = build_mo (order);
      g_autoptr(GError) error = NULL;
      g_autoptr(TsMoFile) mo = NULL;

      g_test_message ("%s", order_names[order]);
      for (guint p = 0; p < G_N_ELEMENTS (h->patches) && h->patches[p].at != 0; p++)
        {
          gint64 value = h->patches[p].value + (h->patches[p].from_end ? (gint64) image->len : 0);

          g_assert_cmpint (value, >=, 0);
          g_assert_cmpint (value, <=, G_MAXUINT32);
          put_word (image, h->patches[p].at, (guint32) value, order);
        }

      mo = load (image, image->len, &error);
      if (h->outcome == REFUSED)
        {
          g_assert_null (mo);
          g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
          continue;
        }
      g_assert_no_error (error);
      g_assert_nonnull (mo);

      for (guint i = 0; i < N_MESSAGES; i++)
        {
          switch (h->outcome)
            {
            case ALL_FOUND:
              g_assert_cmpstr (ts_mo_file_lookup (mo, messages[i].original), ==, expected_translation (i));
              break;
            case NONE_FOUND:
              g_assert_null (ts_mo_file_lookup (mo, messages[i].original));
              break;
            case TRANSLATION_LOST:
              g_assert_cmpstr (ts_mo_file_lookup (mo, messages[i].original), ==,
                               i == VICTIM ? NULL : expected_translation (i));
              break;
            case ORIGINAL_LOST:
              if (i == VICTIM)
                g_assert_null (ts_mo_file_lookup (mo, messages[i].original));
              else
                assert_found_or_not (mo, i);
              break;
            case NO_ANSWER:
              /* the guard page still sees any read past the end */
              ts_mo_file_lookup (mo, messages[i].original);
              break;
            case REFUSED:
            default:
              g_assert_not_reached ();
            }
        }
      for (guint i = 0; i < G_N_ELEMENTS (absent); i++)
        {
          const char *translation = ts_mo_file_lookup (mo, absent[i]);

          if (h->outcome != NO_ANSWER)
            g_assert_null (translation);
        }
    }
}

/* Removes LANGUAGE/LC_MESSAGES, given as @dir, and LANGUAGE. */
static void
remove_language_dir (const char *dir)
{
  g_autofree char *parent = g_path_get_dirname (dir);

  g_assert_cmpint (g_rmdir (dir), ==, 0);
  g_assert_cmpint (g_rmdir (parent), ==, 0);
}

/* ts_mo_file_new_for_locale() reads DIR/LANGUAGE/LC_MESSAGES/DOMAIN.mo from
 * the directory bound to DOMAIN, as gettext does. */
static void
test_for_locale (void)
{
  static const char domain[] = "ts-test-mo-file";
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ts-mo-file-XXXXXX", &error);
  g_autofree char *ko_dir = NULL;
  g_autofree char *ko_file = NULL;
  g_autofree char *ja_dir = NULL;
  g_autofree char *ja_file = NULL;
  g_autoptr(GByteArray) image = build_mo (ORDER_BIG_ENDIAN);
  g_autoptr(TsMoFile) korean = NULL;
  g_autoptr(TsMoFile) japanese = NULL;
  g_autoptr(TsMoFile) german = NULL;

  g_assert_no_error (error);
  bindtextdomain (domain, dir);

  ko_dir = g_build_filename (dir, "ko", "LC_MESSAGES", NULL);
  ko_file = g_build_filename (ko_dir, "ts-test-mo-file.mo", NULL);
  g_assert_cmpint (g_mkdir_with_parents (ko_dir, 0700), ==, 0);
  g_file_set_contents (ko_file, (const char *) image->data, image->len, &error);
  g_assert_no_error (error);

  ja_dir = g_build_filename (dir, "ja", "LC_MESSAGES", NULL);
  ja_file = g_build_filename (ja_dir, "ts-test-mo-file.mo", NULL);
  g_assert_cmpint (g_mkdir_with_parents (ja_dir, 0700), ==, 0);
  g_file_set_contents (ja_file, "", 0, &error);
  g_assert_no_error (error);

  korean = ts_mo_file_new_for_locale (domain, "ko", &error);
  g_assert_no_error (error);
  assert_all_found (korean);

  japanese = ts_mo_file_new_for_locale (domain, "ja", &error);
  g_assert_null (japanese);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);

  german = ts_mo_file_new_for_locale (domain, "de", &error);
  g_assert_null (german);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);

  /* the reader holds a mapping of its own: the file may go */
  g_assert_cmpint (g_unlink (ko_file), ==, 0);
  g_assert_cmpstr (ts_mo_file_lookup (korean, VICTIM_ORIGINAL), ==, VICTIM_TRANSLATION);

  g_assert_cmpint (g_unlink (ja_file), ==, 0);
  remove_language_dir (ko_dir);
  remove_language_dir (ja_dir);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The project's own Korean catalog, as msgfmt wrote it in the build tree. */
static void
test_project_catalog (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TsMoFile) mo = NULL;

  if (g_getenv ("TRTC_TROUBLESHOOTER_LOCALEDIR") == NULL)
    {
      g_test_skip ("TRTC_TROUBLESHOOTER_LOCALEDIR is not set (run through meson test)");
      return;
    }

  mo = ts_mo_file_new_for_locale (GETTEXT_PACKAGE, "ko", &error);
  if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    {
      /* `meson test test-mo-file` builds only the test, not po/ */
      g_test_skip (error->message);
      return;
    }
  g_assert_no_error (error);
  g_assert_nonnull (ts_mo_file_lookup (mo, ""));
  g_assert_nonnull (strstr (ts_mo_file_lookup (mo, ""), "Content-Type: text/plain; charset=UTF-8\n"));
  g_assert_null (ts_mo_file_lookup (mo, "no such message in the catalog"));
}

int
main (int   argc,
      char *argv[])
{
  ts_test_init_i18n ();
  g_test_init (&argc, &argv, NULL);

  for (ByteOrder order = ORDER_LITTLE_ENDIAN; order <= ORDER_BIG_ENDIAN; order++)
    {
      g_autofree char *lookup = g_strdup_printf ("/mo-file/%s/lookup", order_names[order]);
      g_autofree char *magic = g_strdup_printf ("/mo-file/%s/magic-in-other-order", order_names[order]);

      g_test_add_data_func (lookup, GINT_TO_POINTER (order), test_lookup);
      g_test_add_data_func (magic, GINT_TO_POINTER (order), test_magic_other_order);
    }
  g_test_add_func ("/mo-file/empty", test_empty);
  g_test_add_func ("/mo-file/truncated/every-length", test_truncated_every_length);
  g_test_add_func ("/mo-file/truncated/last-string-without-nul", test_unterminated_last_string);
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autofree char *path = g_strdup_printf ("/mo-file/hostile/%s", hostile[i].name);

      g_test_add_data_func (path, &hostile[i], test_hostile);
    }
  g_test_add_func ("/mo-file/for-locale/files", test_for_locale);
  g_test_add_func ("/mo-file/for-locale/project-catalog", test_project_catalog);

  return g_test_run ();
}
