/* test-loader.c: malformed catalogs are refused whole, with a clear error
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "ts-catalog.h"
#include "ts-test-utils.h"

#define HEAD "{\"format_version\": 1, \"metadata\": {\"product\": \"P\", \"sdk_version\": \"1\", \"source_language\": \"en\"}, " \
             "\"categories\": [{\"id\": \"a\", \"name\": \"A\", \"hex_codes\": true}], "
#define ERRORS(...) HEAD "\"errors\": [" __VA_ARGS__ "]}"
#define E1 "{\"category\": \"a\", \"code\": 1, \"key\": \"ONE\", \"summary\": \"one\"}"
#define E2 "{\"category\": \"a\", \"code\": 2, \"key\": \"TWO\", \"summary\": \"two\"}"

typedef struct
{
  const char *name;
  const char *json;
  TsCatalogError code;
  const char *message;      /* a part of the message */
} Malformed;

static const Malformed malformed[] = {
  { "empty", "", TS_CATALOG_ERROR_SYNTAX, "empty file" },
  { "truncated", HEAD "\"errors\": [" E1, TS_CATALOG_ERROR_SYNTAX, "1:" },
  { "truncated-object", "{\"format_version\": 1,\n \"metadata\": {", TS_CATALOG_ERROR_SYNTAX, "2:" },
  { "bad-syntax", "{\n  \"format_version\": 1,,\n}", TS_CATALOG_ERROR_SYNTAX, "2:" },
  { "single-quotes", "{'format_version': 1}", TS_CATALOG_ERROR_SYNTAX, "1:2: strings must be in double quotes" },
  { "comment", "{\"format_version\": 1 /* note */}", TS_CATALOG_ERROR_SYNTAX, "1:22: JSON has no comments" },
  { "bad-escape", "{\"format_version\": \"\\x\"}", TS_CATALOG_ERROR_SYNTAX, "1:21: not a JSON escape" },
  { "short-unicode-escape", "{\"a\": \"\\u12\"}", TS_CATALOG_ERROR_SYNTAX, "not a JSON escape" },
  { "lone-surrogate", "{\"a\": \"\\uDC00\\uD800\"}", TS_CATALOG_ERROR_SYNTAX, "not a JSON escape" },
  { "not-object", "[1, 2]", TS_CATALOG_ERROR_TYPE, "JSON object" },
  { "no-version", "{\"metadata\": {}}", TS_CATALOG_ERROR_MISSING, "format_version: missing" },
  { "version-string", "{\"format_version\": \"1\"}", TS_CATALOG_ERROR_TYPE, "format_version" },
  { "version-2", "{\"format_version\": 2}", TS_CATALOG_ERROR_VERSION, "unknown version 2" },
  { "no-metadata", "{\"format_version\": 1}", TS_CATALOG_ERROR_MISSING, "metadata: missing" },
  { "metadata-product", "{\"format_version\": 1, \"metadata\": {\"sdk_version\": \"1\"}}",
    TS_CATALOG_ERROR_MISSING, "metadata.product: missing" },
  { "no-categories", HEAD "\"x\": 1}", TS_CATALOG_ERROR_MISSING, "errors: missing" },
  { "empty-categories", "{\"format_version\": 1, \"metadata\": {\"product\": \"P\", \"sdk_version\": \"1\", "
    "\"source_language\": \"en\"}, \"categories\": [], \"errors\": []}", TS_CATALOG_ERROR_EMPTY, "categories" },
  { "duplicate-category", "{\"format_version\": 1, \"metadata\": {\"product\": \"P\", \"sdk_version\": \"1\", "
    "\"source_language\": \"en\"}, \"categories\": [{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"a\", \"name\": \"B\"}], "
    "\"errors\": []}", TS_CATALOG_ERROR_DUPLICATE, "categories[1].id" },
  { "errors-not-array", HEAD "\"errors\": {}}", TS_CATALOG_ERROR_TYPE, "errors: expected an array" },
  { "entry-not-object", ERRORS (E1 ", 7"), TS_CATALOG_ERROR_TYPE, "errors[1]: expected an object" },
  { "code-string", ERRORS (E1 ", {\"category\": \"a\", \"code\": \"16\", \"summary\": \"s\"}"),
    TS_CATALOG_ERROR_TYPE, "errors[1].code: expected an integer" },
  { "code-float", ERRORS ("{\"category\": \"a\", \"code\": 1.5, \"summary\": \"s\"}"),
    TS_CATALOG_ERROR_TYPE, "errors[0].code" },
  { "code-range", ERRORS ("{\"category\": \"a\", \"code\": 5000000000, \"summary\": \"s\"}"),
    TS_CATALOG_ERROR_RANGE, "errors[0].code: out of range" },
  { "code-huge", ERRORS ("{\"category\": \"a\", \"code\": 1e400, \"summary\": \"s\"}"),
    TS_CATALOG_ERROR_TYPE, "errors[0].code" },
  { "no-summary", ERRORS (E1 ", {\"category\": \"a\", \"code\": 2}"), TS_CATALOG_ERROR_MISSING, "errors[1].summary: missing" },
  { "empty-summary", ERRORS ("{\"category\": \"a\", \"code\": 2, \"summary\": \"  \"}"),
    TS_CATALOG_ERROR_EMPTY, "errors[0].summary: empty string" },
  { "summary-number", ERRORS ("{\"category\": \"a\", \"code\": 2, \"summary\": 3}"),
    TS_CATALOG_ERROR_TYPE, "errors[0].summary: expected a string" },
  { "no-identity", ERRORS ("{\"category\": \"a\", \"summary\": \"s\"}"), TS_CATALOG_ERROR_MISSING, "errors[0]" },
  { "unknown-category", ERRORS ("{\"category\": \"b\", \"code\": 2, \"summary\": \"s\"}"),
    TS_CATALOG_ERROR_REFERENCE, "errors[0].category" },
  { "duplicate-code", ERRORS (E1 ", {\"category\": \"a\", \"code\": 1, \"summary\": \"s\"}"),
    TS_CATALOG_ERROR_DUPLICATE, "errors[1].code: duplicate code “1”" },
  { "duplicate-key", ERRORS (E1 ", {\"category\": \"a\", \"code\": 2, \"key\": \"ONE\", \"summary\": \"s\"}"),
    TS_CATALOG_ERROR_DUPLICATE, "errors[1].key" },
  { "alias-is-key", ERRORS (E1 ", {\"category\": \"a\", \"code\": 2, \"key\": \"TWO\", \"aliases\": [\"ONE\"], \"summary\": \"s\"}"),
    TS_CATALOG_ERROR_DUPLICATE, "errors[1].aliases[0]" },
  /* entries are taken while the file is parsed: the first fault is still the one reported */
  { "duplicate-then-not-object", ERRORS (E1 ", {\"category\": \"a\", \"code\": 1, \"summary\": \"s\"}, 7"),
    TS_CATALOG_ERROR_DUPLICATE, "errors[1].code: duplicate code" },
  { "entries-then-version", "{\"categories\": [{\"id\": \"a\", \"name\": \"A\"}], \"errors\": [" E1 "], "
    "\"format_version\": 2}", TS_CATALOG_ERROR_VERSION, "unknown version 2" },
  { "entries-then-metadata", "{\"format_version\": 1, \"categories\": [{\"id\": \"a\", \"name\": \"A\"}], "
    "\"errors\": [" E1 "], \"metadata\": {\"sdk_version\": \"1\"}}", TS_CATALOG_ERROR_MISSING, "metadata.product: missing" },
  { "bad-categories-then-entries", "{\"format_version\": 1, \"metadata\": {\"product\": \"P\", \"sdk_version\": \"1\", "
    "\"source_language\": \"en\"}, \"categories\": [{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"a\", \"name\": \"B\"}], "
    "\"errors\": [" E1 "]}", TS_CATALOG_ERROR_DUPLICATE, "categories[1].id" },
  { "duplicate-message", ERRORS ("{\"category\": \"a\", \"message\": \"m\", \"summary\": \"s\"}, "
                                 "{\"category\": \"a\", \"message\": \"m\", \"summary\": \"t\"}"),
    TS_CATALOG_ERROR_DUPLICATE, "errors[1].message" },
  { "remedy-string", ERRORS ("{\"category\": \"a\", \"code\": 2, \"summary\": \"s\", \"remedy\": \"do it\"}"),
    TS_CATALOG_ERROR_TYPE, "errors[0].remedy: expected an array" },
  { "remedy-number", ERRORS ("{\"category\": \"a\", \"code\": 2, \"summary\": \"s\", \"remedy\": [1]}"),
    TS_CATALOG_ERROR_TYPE, "errors[0].remedy[0]: expected a string" },
  { "remedy-empty-step", ERRORS ("{\"category\": \"a\", \"code\": 2, \"summary\": \"s\", \"remedy\": [\"\"]}"),
    TS_CATALOG_ERROR_EMPTY, "errors[0].remedy[0]" },
  { "link-javascript", ERRORS ("{\"category\": \"a\", \"code\": 2, \"summary\": \"s\", "
                               "\"links\": [{\"title\": \"t\", \"url\": \"javascript:alert(1)\"}]}"),
    TS_CATALOG_ERROR_LINK, "errors[0].links[0].url: only http and https" },
  { "link-file", ERRORS ("{\"category\": \"a\", \"code\": 2, \"summary\": \"s\", "
                         "\"links\": [{\"title\": \"t\", \"url\": \"file:///etc/passwd\"}]}"),
    TS_CATALOG_ERROR_LINK, "errors[0].links[0].url" },
  { "link-data", ERRORS ("{\"category\": \"a\", \"code\": 2, \"summary\": \"s\", "
                         "\"links\": [{\"title\": \"t\", \"url\": \"data:text/html,<b>x</b>\"}]}"),
    TS_CATALOG_ERROR_LINK, "errors[0].links[0].url" },
  { "link-relative", ERRORS ("{\"category\": \"a\", \"code\": 2, \"summary\": \"s\", "
                             "\"links\": [{\"title\": \"t\", \"url\": \"/doc/page.html\"}]}"),
    TS_CATALOG_ERROR_LINK, "errors[0].links[0].url" },
  { "link-no-host", ERRORS ("{\"category\": \"a\", \"code\": 2, \"summary\": \"s\", "
                            "\"links\": [{\"title\": \"t\", \"url\": \"https://\"}]}"),
    TS_CATALOG_ERROR_LINK, "errors[0].links[0].url" },
  { "link-no-title", ERRORS ("{\"category\": \"a\", \"code\": 2, \"summary\": \"s\", "
                             "\"links\": [{\"url\": \"https://example.com/\"}]}"),
    TS_CATALOG_ERROR_MISSING, "errors[0].links[0].title" },
  { "documented-string", ERRORS ("{\"category\": \"a\", \"code\": 2, \"summary\": \"s\", \"documented\": \"no\"}"),
    TS_CATALOG_ERROR_TYPE, "errors[0].documented" },
  { "invalid-utf8", "{\"format_version\": 1,\n \"x\": \"\xff\xfe\"}", TS_CATALOG_ERROR_ENCODING, "2:8: invalid UTF-8" },
  { "overlong-utf8", "{\"a\": \"\xc0\xaf\"}", TS_CATALOG_ERROR_ENCODING, "invalid UTF-8" },
};

static void
test_malformed (gconstpointer data)
{
  const Malformed *m = data;
  g_autoptr(GBytes) bytes = g_bytes_new_static (m->json, strlen (m->json));
  g_autoptr(GError) error = NULL;
  g_autoptr(TsCatalog) catalog = ts_catalog_new_from_bytes (bytes, m->name, NULL, &error);

  g_assert_null (catalog);
  g_assert_error (error, TS_CATALOG_ERROR, (int) m->code);
  if (m->message != NULL && strstr (error->message, m->message) == NULL)
    g_error ("%s: expected “%s” in the error “%s”", m->name, m->message, error->message);
}

static void
assert_refused (GBytes         *bytes,
                TsCatalogError  code,
                const char     *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TsCatalog) catalog = ts_catalog_new_from_bytes (bytes, "test", NULL, &error);

  g_assert_null (catalog);
  g_assert_error (error, TS_CATALOG_ERROR, (int) code);
  g_assert_nonnull (strstr (error->message, message));
}

static void
test_nul_byte (void)
{
  static const char json[] = "{\"format_version\": 1, \"x\": \"a\0b\"}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, sizeof json - 1);

  assert_refused (bytes, TS_CATALOG_ERROR_ENCODING, "1:30: NUL byte");
}

/* @head, @depth opening brackets, as many closing ones, @tail */
static GBytes *
nested_bytes (const char *head,
              guint       depth,
              const char *tail)
{
  GString *json = g_string_new (head);

  for (guint i = 0; i < depth; i++)
    g_string_append_c (json, '[');
  for (guint i = 0; i < depth; i++)
    g_string_append_c (json, ']');
  g_string_append (json, tail);
  return g_string_free_to_bytes (json);
}

static void
test_deep_nesting (void)
{
  /* json-glib 1.6 would overflow the stack on this */
  g_autoptr(GBytes) bytes = nested_bytes ("{\"format_version\": 1, \"x\": ", 10000, "}");

  assert_refused (bytes, TS_CATALOG_ERROR_SYNTAX, "nested more than 32 levels");
}

/* json-glib reads more than JSON; none of it may hide brackets from the
 * depth check (each of these crashed the program before it was refused) */
static void
test_hidden_nesting (void)
{
  static const struct
  {
    const char *head;
    const char *message;
  } hiding[] = {
    /* a quote inside single quotes */
    { "{\"x\": ['\"', ", "1:8: strings must be in double quotes" },
    /* a quote inside a comment */
    { "{\"x\": / \" / ", "1:7: JSON has no comments" },
    /* a lone surrogate: json-glib takes the quote after it into the string */
    { "{\"x\": [\"\\uD800\", \", ", "1:9: not a JSON escape sequence" },
  };

  for (guint h = 0; h < G_N_ELEMENTS (hiding); h++)
    {
      g_autoptr(GBytes) bytes = nested_bytes (hiding[h].head, 200000, "]}");

      assert_refused (bytes, TS_CATALOG_ERROR_SYNTAX, hiding[h].message);
    }
}

/* Escapes as JSON has them, surrogate pairs included. */
static void
test_escapes (void)
{
  static const char json[] = ERRORS (
    "{\"category\": \"a\", \"code\": 7, \"summary\": \"\\\"q\\\" \\\\ \\/ \\u00e9 \\uD83D\\uDE00\\n\"}");
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, sizeof json - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(TsCatalog) catalog = ts_catalog_new_from_bytes (bytes, "test", NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (ts_entry_get_summary (ts_catalog_get_entry (catalog, 0), TS_LANGUAGE_ENGLISH),
                   ==, "\"q\" \\ / \u00e9 \U0001F600\n");
}

static void
test_brackets_in_strings (void)
{
  /* brackets inside strings are not nesting */
  GString *json = g_string_new ("{\"format_version\": 1, \"metadata\": {\"product\": \"");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TsCatalog) catalog = NULL;

  for (guint i = 0; i < 100; i++)
    g_string_append (json, "[{\\\"");
  g_string_append (json, "\", \"sdk_version\": \"1\", \"source_language\": \"en\"}, "
                         "\"categories\": [{\"id\": \"a\", \"name\": \"A\"}], \"errors\": []}");
  bytes = g_string_free_to_bytes (json);
  catalog = ts_catalog_new_from_bytes (bytes, "test", NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (catalog);
}

static void
test_too_large (void)
{
  gsize size = TS_CATALOG_MAX_SIZE + 1;
  char *data = g_malloc (size);
  g_autoptr(GBytes) bytes = NULL;

  memset (data, ' ', size);
  bytes = g_bytes_new_take (data, size);
  assert_refused (bytes, TS_CATALOG_ERROR_TOO_LARGE, "too large");
}

static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TsCatalog) catalog = ts_catalog_new_from_file ("/nonexistent/catalog.json", NULL, &error);

  g_assert_null (catalog);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

static void
test_directory (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TsCatalog) catalog = ts_catalog_new_from_file ("/", NULL, &error);

  g_assert_null (catalog);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
}

/* Markup, format directives and bidirectional controls are text, kept as is. */
static void
test_hostile_strings (void)
{
  static const char json[] = ERRORS (
    "{\"category\": \"a\", \"code\": 7, \"key\": \"<b>KEY</b>\", "
    "\"summary\": \"<b>bold</b> &amp; %s%n \u202Eevil\", \"remedy\": [\"<a href='x'>y</a>\"]}");
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, sizeof json - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(TsCatalog) catalog = ts_catalog_new_from_bytes (bytes, "test", NULL, &error);
  TsEntry *entry;

  g_assert_no_error (error);
  entry = ts_catalog_get_entry (catalog, 0);
  g_assert_cmpstr (ts_entry_get_key (entry), ==, "<b>KEY</b>");
  g_assert_cmpstr (ts_entry_get_summary (entry, TS_LANGUAGE_ENGLISH), ==, "<b>bold</b> &amp; %s%n \u202Eevil");
  g_assert_cmpstr (ts_entry_get_remedy (entry, TS_LANGUAGE_KOREAN)[0], ==, "<a href='x'>y</a>");
  g_assert_cmpstr (ts_entry_get_hex (entry), ==, "0x0007");
}

static void
test_valid_file (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TsCatalog) catalog = NULL;
  int fd = g_file_open_tmp ("ts-catalog-XXXXXX.json", &path, &error);
  static const char json[] = ERRORS (E1 ", {\"category\": \"a\", \"code\": -3, \"summary\": \"minus\"}");

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, json, -1, &error));
  close (fd);

  catalog = ts_catalog_new_from_file (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ts_catalog_get_name (catalog), ==, path);
  g_assert_cmpuint (ts_catalog_get_n_entries (catalog), ==, 2);
  /* by magnitude: 1 before -3; a negative code has no hex form */
  g_assert_cmpstr (ts_entry_get_key (ts_catalog_get_entry (catalog, 0)), ==, "ONE");
  g_assert_null (ts_entry_get_hex (ts_catalog_get_entry (catalog, 1)));
  /* strings with no translation are their own Korean form */
  g_assert_cmpstr (ts_entry_get_summary (ts_catalog_get_entry (catalog, 1), TS_LANGUAGE_KOREAN), ==, "minus");

  g_unlink (path);
}

/* The members of the root in any order, and json-glib's reading of a
 * repeated member (the last one counts), however its name is spelt. */
static void
test_member_order (void)
{
  static const struct
  {
    const char *json;
    const char *keys;
  } cases[] = {
    { "{\"errors\": [" E1 ", " E2 "], \"format_version\": 1, \"metadata\": {\"product\": \"P\", \"sdk_version\": \"1\", "
      "\"source_language\": \"en\"}, \"categories\": [{\"id\": \"a\", \"name\": \"A\"}]}", "ONE TWO" },
    { HEAD "\"errors\": [" E1 ", " E2 "]}", "ONE TWO" },
    { HEAD "\"errors\": [" E1 "], \"errors\": [" E2 "]}", "TWO" },
    { HEAD "\"errors\": [" E1 "], \"error\\u0073\": [" E2 "]}", "TWO" },
    { HEAD "\"errors\": [" E1 "], \"categories\": [{\"id\": \"a\", \"name\": \"A\"}]}", "ONE" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i].json, strlen (cases[i].json));
      g_autoptr(GError) error = NULL;
      g_autoptr(TsCatalog) catalog = ts_catalog_new_from_bytes (bytes, "test", NULL, &error);
      g_autoptr(GString) keys = g_string_new (NULL);

      g_assert_no_error (error);
      for (guint e = 0; e < ts_catalog_get_n_entries (catalog); e++)
        g_string_append_printf (keys, "%s%s", e > 0 ? " " : "", ts_entry_get_key (ts_catalog_get_entry (catalog, e)));
      g_assert_cmpstr (keys->str, ==, cases[i].keys);
    }
}

/* How wide the codes' column must be: the longest code or hex code. */
static void
test_code_chars (void)
{
  static const struct
  {
    const char *codes;
    guint chars;
  } cases[] = {
    { "{\"category\": \"a\", \"code\": 7, \"summary\": \"s\"}", 6 },               /* 0x0007 */
    { "{\"category\": \"a\", \"code\": -10012, \"summary\": \"s\"}", 6 },
    { "{\"category\": \"a\", \"code\": 2147483647, \"summary\": \"s\"}", 10 },     /* 0x7FFFFFFF */
    { "{\"category\": \"a\", \"code\": -2147483648, \"summary\": \"s\"}", 11 },
    { "{\"category\": \"a\", \"message\": \"no code at all\", \"summary\": \"s\"}", 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      char *json = g_strdup_printf (ERRORS ("%s"), cases[i].codes);
      g_autoptr(GBytes) bytes = g_bytes_new_take (json, strlen (json));
      g_autoptr(GError) error = NULL;
      g_autoptr(TsCatalog) catalog = ts_catalog_new_from_bytes (bytes, "test", NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (ts_catalog_get_code_chars (catalog), ==, cases[i].chars);
    }
}

int
main (int   argc,
      char *argv[])
{
  ts_test_init_i18n ();
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (malformed); i++)
    {
      g_autofree char *path = g_strdup_printf ("/loader/malformed/%s", malformed[i].name);

      g_test_add_data_func (path, &malformed[i], test_malformed);
    }
  g_test_add_func ("/loader/nul-byte", test_nul_byte);
  g_test_add_func ("/loader/deep-nesting", test_deep_nesting);
  g_test_add_func ("/loader/hidden-nesting", test_hidden_nesting);
  g_test_add_func ("/loader/escapes", test_escapes);
  g_test_add_func ("/loader/brackets-in-strings", test_brackets_in_strings);
  g_test_add_func ("/loader/too-large", test_too_large);
  g_test_add_func ("/loader/missing-file", test_missing_file);
  g_test_add_func ("/loader/directory", test_directory);
  g_test_add_func ("/loader/hostile-strings", test_hostile_strings);
  g_test_add_func ("/loader/valid-file", test_valid_file);
  g_test_add_func ("/loader/member-order", test_member_order);
  g_test_add_func ("/loader/code-chars", test_code_chars);

  return g_test_run ();
}
