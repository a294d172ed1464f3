/* test-loader.c: malformed catalogs are refused whole, with a clear error
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "ts-catalog.h"
#include "ts-catalog-builder.h"
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
    TS_CATALOG_ERROR_RANGE, "integer out of range (32 bits)" },
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
  /* exactly RFC 8259: what json-glib would read otherwise, or wrongly */
  { "leading-zero", "{\"format_version\": 010}", TS_CATALOG_ERROR_SYNTAX, "1:20: JSON numbers have no leading zeros" },
  { "negative-leading-zero", "{\"a\": -01}", TS_CATALOG_ERROR_SYNTAX, "leading zeros" },
  { "plus-sign", "{\"a\": +1}", TS_CATALOG_ERROR_SYNTAX, "1:7: unexpected “+”" },
  { "bare-point", "{\"a\": .5}", TS_CATALOG_ERROR_SYNTAX, "1:7: unexpected “.”" },
  { "point-no-digits", "{\"a\": 1.}", TS_CATALOG_ERROR_SYNTAX, "digits must follow the point" },
  { "exponent-no-digits", "{\"a\": 1e+}", TS_CATALOG_ERROR_SYNTAX, "digits must follow the exponent" },
  { "nan", "{\"a\": NaN}", TS_CATALOG_ERROR_SYNTAX, "a value was expected" },
  { "infinity", "{\"a\": -Infinity}", TS_CATALOG_ERROR_SYNTAX, "not a JSON number" },
  { "hex-number", "{\"a\": 0x10}", TS_CATALOG_ERROR_SYNTAX, "1:8:" },
  { "bad-literal", "{\"a\": tru}", TS_CATALOG_ERROR_SYNTAX, "a value was expected" },
  { "capital-literal", "{\"a\": True}", TS_CATALOG_ERROR_SYNTAX, "a value was expected" },
  { "trailing-comma-array", "{\"a\": [1, 2,]}", TS_CATALOG_ERROR_SYNTAX, "1:13: unexpected “]”" },
  { "trailing-comma-object", "{\"a\": 1,}", TS_CATALOG_ERROR_SYNTAX, "1:9: unexpected “}”; a member name" },
  { "unquoted-name", "{format_version: 1}", TS_CATALOG_ERROR_SYNTAX, "1:2: unexpected “f”" },
  { "missing-colon", "{\"a\" 1}", TS_CATALOG_ERROR_SYNTAX, "“:” was expected" },
  { "raw-tab", "{\"a\": \"x\ty\"}", TS_CATALOG_ERROR_SYNTAX, "1:9: a control character inside a string" },
  { "raw-newline", "{\"a\": \"x\ny\"}", TS_CATALOG_ERROR_SYNTAX, "1:9: a control character inside a string" },
  { "unterminated-string", "{\"a\": \"x", TS_CATALOG_ERROR_SYNTAX, "the file ends inside a string" },
  { "content-after", ERRORS (E1) " x", TS_CATALOG_ERROR_SYNTAX, "content after the JSON value" },
  { "second-object", ERRORS (E1) "{}", TS_CATALOG_ERROR_SYNTAX, "content after the JSON value" },
  { "only-space", "  \n ", TS_CATALOG_ERROR_SYNTAX, "2:2: the file ends where a value was expected" },
  { "escaped-nul", ERRORS ("{\"category\": \"a\", \"code\": 2, \"summary\": \"cut\\u0000here\"}"),
    TS_CATALOG_ERROR_ENCODING, "\\u0000 in a string" },
  { "integer-past-64-bits", ERRORS ("{\"category\": \"a\", \"code\": 1000000000000000000000000000000, \"summary\": \"s\"}"),
    TS_CATALOG_ERROR_RANGE, "integer out of range (32 bits)" },
  { "integer-2-32", ERRORS ("{\"category\": \"a\", \"code\": 4294967296, \"summary\": \"s\"}"),
    TS_CATALOG_ERROR_RANGE, "integer out of range" },
  { "integer-below-32-bits", ERRORS ("{\"category\": \"a\", \"code\": -2147483649, \"summary\": \"s\"}"),
    TS_CATALOG_ERROR_RANGE, "integer out of range" },
  { "version-past-64-bits", "{\"format_version\": 18446744073709551617}", TS_CATALOG_ERROR_RANGE, "1:20: integer out of range" },
  /* a repeated member would silently replace the first */
  { "duplicate-errors", HEAD "\"errors\": [" E1 "], \"errors\": [" E2 "]}",
    TS_CATALOG_ERROR_DUPLICATE, "the member “errors” appears twice" },
  { "duplicate-errors-escaped", HEAD "\"errors\": [" E1 "], \"error\\u0073\": [" E2 "]}",
    TS_CATALOG_ERROR_DUPLICATE, "the member “errors” appears twice" },
  { "duplicate-code-member", ERRORS ("{\"category\": \"a\", \"code\": 1, \"code\": 2, \"summary\": \"s\"}"),
    TS_CATALOG_ERROR_DUPLICATE, "the member “code” appears twice" },
  /* text: no control characters, no bidirectional controls, no endless words */
  { "escape-in-summary", ERRORS ("{\"category\": \"a\", \"code\": 2, \"summary\": \"\\u001b]0;pwned\\u0007\"}"),
    TS_CATALOG_ERROR_ENCODING, "errors[0].summary: the control character U+001B" },
  { "clear-screen-in-key", ERRORS ("{\"category\": \"a\", \"key\": \"K\\u001b[2J\", \"summary\": \"s\"}"),
    TS_CATALOG_ERROR_ENCODING, "errors[0].key: the control character U+001B" },
  { "c1-in-message", ERRORS ("{\"category\": \"a\", \"message\": \"m\\u0085\", \"summary\": \"s\"}"),
    TS_CATALOG_ERROR_ENCODING, "errors[0].message: the control character U+0085" },
  { "delete-in-remedy", ERRORS ("{\"category\": \"a\", \"code\": 2, \"summary\": \"s\", \"remedy\": [\"x\\u007f\"]}"),
    TS_CATALOG_ERROR_ENCODING, "errors[0].remedy[0]: the control character U+007F" },
  { "tab-in-summary", ERRORS ("{\"category\": \"a\", \"code\": 2, \"summary\": \"a\\tb\"}"),
    TS_CATALOG_ERROR_ENCODING, "U+0009" },
  { "newline-in-key", ERRORS ("{\"category\": \"a\", \"key\": \"A\\nB\", \"summary\": \"s\"}"),
    TS_CATALOG_ERROR_ENCODING, "errors[0].key: the control character U+000A" },
  { "newline-in-category-name", "{\"format_version\": 1, \"metadata\": {\"product\": \"P\", \"sdk_version\": \"1\", "
    "\"source_language\": \"en\"}, \"categories\": [{\"id\": \"a\", \"name\": \"A\\nB\"}], \"errors\": []}",
    TS_CATALOG_ERROR_ENCODING, "categories[0].name" },
  { "carriage-return-in-metadata", "{\"format_version\": 1, \"metadata\": {\"product\": \"P\\r\", \"sdk_version\": \"1\", "
    "\"source_language\": \"en\"}}", TS_CATALOG_ERROR_ENCODING, "metadata.product: the control character U+000D" },
  { "bidi-override", ERRORS ("{\"category\": \"a\", \"code\": 2, \"summary\": \"\\u202eevil\"}"),
    TS_CATALOG_ERROR_ENCODING, "errors[0].summary: the bidirectional control U+202E" },
  { "bidi-isolate-in-alias", ERRORS ("{\"category\": \"a\", \"key\": \"K\", \"aliases\": [\"\\u2066x\"], \"summary\": \"s\"}"),
    TS_CATALOG_ERROR_ENCODING, "errors[0].aliases[0]: the bidirectional control U+2066" },
  { "bidi-embedding-in-link-title", ERRORS ("{\"category\": \"a\", \"code\": 2, \"summary\": \"s\", "
                                            "\"links\": [{\"title\": \"\\u202Bt\", \"url\": \"https://example.com/\"}]}"),
    TS_CATALOG_ERROR_ENCODING, "errors[0].links[0].title" },
  /* links: to a host, as it reads */
  { "link-user-info", ERRORS ("{\"category\": \"a\", \"code\": 2, \"summary\": \"s\", "
                              "\"links\": [{\"title\": \"t\", \"url\": \"https://trtc.io@evil.example/\"}]}"),
    TS_CATALOG_ERROR_LINK, "errors[0].links[0].url: a link may not name a user" },
  { "link-user-password", ERRORS ("{\"category\": \"a\", \"code\": 2, \"summary\": \"s\", "
                                  "\"links\": [{\"title\": \"t\", \"url\": \"http://a:b@example.com/\"}]}"),
    TS_CATALOG_ERROR_LINK, "a link may not name a user" },
  { "link-space", ERRORS ("{\"category\": \"a\", \"code\": 2, \"summary\": \"s\", "
                          "\"links\": [{\"title\": \"t\", \"url\": \"https://example.com/a b\"}]}"),
    TS_CATALOG_ERROR_LINK, "errors[0].links[0].url: an address may hold only printable ASCII" },
  { "link-newline", ERRORS ("{\"category\": \"a\", \"code\": 2, \"summary\": \"s\", "
                            "\"links\": [{\"title\": \"t\", \"url\": \"https://example.com/\\nx\"}]}"),
    TS_CATALOG_ERROR_ENCODING, "errors[0].links[0].url: the control character U+000A" },
  { "link-non-ascii", ERRORS ("{\"category\": \"a\", \"code\": 2, \"summary\": \"s\", "
                              "\"links\": [{\"title\": \"t\", \"url\": \"https://exämple.com/\"}]}"),
    TS_CATALOG_ERROR_LINK, "printable ASCII" },
  { "link-bad-port", ERRORS ("{\"category\": \"a\", \"code\": 2, \"summary\": \"s\", "
                             "\"links\": [{\"title\": \"t\", \"url\": \"https://example.com:99999999/\"}]}"),
    TS_CATALOG_ERROR_LINK, "not a valid address" },
  { "link-bad-percent", ERRORS ("{\"category\": \"a\", \"code\": 2, \"summary\": \"s\", "
                                "\"links\": [{\"title\": \"t\", \"url\": \"https://example.com/%zz\"}]}"),
    TS_CATALOG_ERROR_LINK, "not a valid address" },
  /* parents and counterparts */
  { "parent-unknown", ERRORS (E1 ", {\"category\": \"a\", \"code\": 102, \"parent\": 100, \"summary\": \"s\"}"),
    TS_CATALOG_ERROR_REFERENCE, "errors[1].parent: no entry of this catalog has this code" },
  { "parent-of-parent", ERRORS (E1 ", {\"category\": \"a\", \"code\": 2, \"parent\": 1, \"summary\": \"s\"}, "
                                "{\"category\": \"a\", \"code\": 3, \"parent\": 2, \"summary\": \"s\"}"),
    TS_CATALOG_ERROR_REFERENCE, "errors[2].parent: the parent must be an entry without a parent" },
  { "parent-itself", ERRORS ("{\"category\": \"a\", \"code\": 2, \"parent\": 2, \"summary\": \"s\"}"),
    TS_CATALOG_ERROR_REFERENCE, "errors[0].parent" },
  { "parent-string", ERRORS (E1 ", {\"category\": \"a\", \"code\": 2, \"parent\": \"1\", \"summary\": \"s\"}"),
    TS_CATALOG_ERROR_TYPE, "errors[1].parent: expected an integer" },
  { "counterpart-two-names", ERRORS ("{\"category\": \"a\", \"code\": 2, \"summary\": \"s\", \"counterparts\": "
                                     "[{\"sdk_version\": \"4\", \"code\": 1, \"key\": \"K\"}]}"),
    TS_CATALOG_ERROR_TYPE, "errors[0].counterparts[0].key: a counterpart names one code, key or message" },
  { "counterpart-no-name", ERRORS ("{\"category\": \"a\", \"code\": 2, \"summary\": \"s\", \"counterparts\": "
                                   "[{\"sdk_version\": \"4\"}]}"),
    TS_CATALOG_ERROR_MISSING, "errors[0].counterparts[0].code: a counterpart needs" },
  { "counterpart-no-version", ERRORS ("{\"category\": \"a\", \"code\": 2, \"summary\": \"s\", \"counterparts\": "
                                      "[{\"key\": \"K\"}]}"),
    TS_CATALOG_ERROR_MISSING, "errors[0].counterparts[0].sdk_version: missing" },
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
    g_string_append (json, "[{\\\" ");
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

/* Markup and format directives are text, kept as is. */
static void
test_hostile_strings (void)
{
  static const char json[] = ERRORS (
    "{\"category\": \"a\", \"code\": 7, \"key\": \"<b>KEY</b>\", "
    "\"summary\": \"<b>bold</b> &amp; %s%n evil\", \"remedy\": [\"<a href='x'>y</a>\"]}");
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, sizeof json - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(TsCatalog) catalog = ts_catalog_new_from_bytes (bytes, "test", NULL, &error);
  TsEntry *entry;

  g_assert_no_error (error);
  entry = ts_catalog_get_entry (catalog, 0);
  g_assert_cmpstr (ts_entry_get_key (entry), ==, "<b>KEY</b>");
  g_assert_cmpstr (ts_entry_get_summary (entry, TS_LANGUAGE_ENGLISH), ==, "<b>bold</b> &amp; %s%n evil");
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

/* The members of the root in any order (a repeated one is refused: see
 * the malformed table). */
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

/* A catalog of @n_categories categories and @n_entries entries, and an
 * extra entry with @summary if it is not %NULL. */
static GBytes *
sized_catalog (guint       n_categories,
               guint       n_entries,
               const char *summary)
{
  GString *json = g_string_new ("{\"format_version\": 1, \"metadata\": {\"product\": \"P\", "
                                "\"sdk_version\": \"1\", \"source_language\": \"en\"}, \"categories\": [");

  for (guint i = 0; i < n_categories; i++)
    g_string_append_printf (json, "%s{\"id\": \"c%u\", \"name\": \"C\"}", i > 0 ? ", " : "", i);
  g_string_append (json, "], \"errors\": [");
  for (guint i = 0; i < n_entries; i++)
    g_string_append_printf (json, "%s{\"category\": \"c0\", \"code\": %u, \"summary\": \"s\"}", i > 0 ? ", " : "", i);
  if (summary != NULL)
    g_string_append_printf (json, "%s{\"category\": \"c0\", \"key\": \"K\", \"summary\": \"%s\"}",
                            n_entries > 0 ? ", " : "", summary);
  g_string_append (json, "]}");
  return g_string_free_to_bytes (json);
}

static void
assert_accepted (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TsCatalog) catalog = ts_catalog_new_from_bytes (bytes, "test", NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (catalog);
}

/* Each documented limit, at it and past it. */
static void
test_limit_categories (void)
{
  g_autoptr(GBytes) at = sized_catalog (TS_CATALOG_MAX_CATEGORIES, 1, NULL);
  g_autoptr(GBytes) over = sized_catalog (TS_CATALOG_MAX_CATEGORIES + 1, 1, NULL);

  assert_accepted (at);
  assert_refused (over, TS_CATALOG_ERROR_RANGE, "categories: too many categories");
}

/* over several catalogs put together too */
static void
test_limit_categories_in_all (void)
{
  g_autoptr(TsCatalogBuilder) builder = ts_catalog_builder_new (NULL);
  g_autoptr(GBytes) half = sized_catalog (TS_CATALOG_MAX_CATEGORIES / 2, 1, NULL);
  g_autoptr(GBytes) one = sized_catalog (1, 1, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (ts_catalog_builder_add_bytes (builder, half, "a", "a", &error));
  g_assert_true (ts_catalog_builder_add_bytes (builder, half, "b", "b", &error));
  g_assert_false (ts_catalog_builder_add_bytes (builder, one, "c", "c", &error));
  g_assert_error (error, TS_CATALOG_ERROR, TS_CATALOG_ERROR_RANGE);
}

static void
test_limit_entries (void)
{
  g_autoptr(GBytes) at = sized_catalog (1, TS_CATALOG_MAX_ENTRIES, NULL);
  g_autoptr(GBytes) over = sized_catalog (1, TS_CATALOG_MAX_ENTRIES + 1, NULL);

  assert_accepted (at);
  assert_refused (over, TS_CATALOG_ERROR_RANGE, "errors: too many entries");
}

static void
test_limit_string (void)
{
  GString *text = g_string_new (NULL);
  g_autoptr(GBytes) at = NULL;
  g_autoptr(GBytes) over = NULL;

  while (text->len < TS_CATALOG_MAX_STRING)
    g_string_append (text, "word ");
  g_string_truncate (text, TS_CATALOG_MAX_STRING);
  at = sized_catalog (1, 0, text->str);
  g_string_append_c (text, 'x');
  over = sized_catalog (1, 0, text->str);

  assert_accepted (at);
  assert_refused (over, TS_CATALOG_ERROR_RANGE, "errors[0].summary: string longer than 64 KiB");
  g_string_free (text, TRUE);
}

/* a word is characters, not bytes, between white space */
static void
test_limit_word (void)
{
  GString *word = g_string_new ("before ");
  g_autoptr(GBytes) at = NULL;
  g_autoptr(GBytes) over = NULL;

  for (guint i = 0; i < TS_CATALOG_MAX_WORD; i++)
    g_string_append (word, "가");
  g_string_append (word, " after");
  at = sized_catalog (1, 0, word->str);
  g_string_insert (word, strlen ("before "), "x");
  over = sized_catalog (1, 0, word->str);

  assert_accepted (at);
  assert_refused (over, TS_CATALOG_ERROR_RANGE, "errors[0].summary: a word longer than 256 characters");
  g_string_free (word, TRUE);
}

/* Prose may break lines; nothing else is a control character we keep. */
static void
test_prose_lines (void)
{
  g_autoptr(GBytes) bytes = sized_catalog (1, 0, "first line\\nsecond line");
  g_autoptr(GError) error = NULL;
  g_autoptr(TsCatalog) catalog = ts_catalog_new_from_bytes (bytes, "test", NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (ts_entry_get_summary (ts_catalog_get_entry (catalog, 0), TS_LANGUAGE_ENGLISH),
                   ==, "first line\nsecond line");
}

/* Links that are fine: a port, a query, a fragment, percent escapes. */
static void
test_good_links (void)
{
  static const char json[] = ERRORS (
    "{\"category\": \"a\", \"code\": 2, \"summary\": \"s\", \"links\": ["
    "{\"title\": \"t\", \"url\": \"https://example.com:8443/a%20b?q=1&r=%EA%B0%80#part\"}, "
    "{\"title\": \"u\", \"url\": \"HTTP://EXAMPLE.COM\"}]}");
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, sizeof json - 1);

  assert_accepted (bytes);
}

typedef struct
{
  const char *path;
  GBytes *contents;
  gint stop;
  guint rewrites;
} Rewriter;

/* Truncates the file and writes it again, in small pieces, until stopped:
 * an editor saving in place, or a copy still under way. */
static gpointer
rewrite_file (gpointer data)
{
  Rewriter *rewriter = data;
  gsize size;
  const char *contents = g_bytes_get_data (rewriter->contents, &size);

  while (!g_atomic_int_get (&rewriter->stop))
    {
      int fd = open (rewriter->path, O_WRONLY | O_TRUNC);

      g_assert_cmpint (fd, >=, 0);
      for (gsize done = 0; done < size; )
        {
          gssize written = write (fd, contents + done, MIN (size - done, 4096));

          g_assert_cmpint (written, >, 0);
          done += written;
        }
      close (fd);
      rewriter->rewrites++;
    }
  return NULL;
}

/* A file that shrinks or is rewritten while it is read is an error at
 * worst, never a crash (a mapped file would die with SIGBUS). */
static void
test_file_rewritten_while_read (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GThread) thread = NULL;
  Rewriter rewriter = { 0 };
  guint loaded = 0, refused = 0;
  int fd = g_file_open_tmp ("ts-rewritten-XXXXXX.json", &path, &error);

  g_assert_no_error (error);
  close (fd);
  rewriter.path = path;
  rewriter.contents = sized_catalog (1, 20000, NULL);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (rewriter.contents, NULL),
                                      g_bytes_get_size (rewriter.contents), &error));

  thread = g_thread_new ("rewriter", rewrite_file, &rewriter);
  for (guint i = 0; i < 200 && (i < 20 || refused == 0); i++)
    {
      g_autoptr(GError) load_error = NULL;
      g_autoptr(TsCatalog) catalog = ts_catalog_new_from_file (path, NULL, &load_error);

      if (catalog != NULL)
        {
          g_assert_cmpuint (ts_catalog_get_n_entries (catalog), ==, 20000);
          loaded++;
        }
      else
        {
          g_assert_nonnull (load_error);
          refused++;
        }
    }
  g_atomic_int_set (&rewriter.stop, 1);
  g_thread_join (g_steal_pointer (&thread));

  g_test_message ("%u loads, %u refusals, %u rewrites", loaded, refused, rewriter.rewrites);
  g_assert_cmpuint (refused, >, 0);
  g_bytes_unref (rewriter.contents);
  g_unlink (path);
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
  g_test_add_func ("/loader/limit/categories", test_limit_categories);
  g_test_add_func ("/loader/limit/categories-in-all", test_limit_categories_in_all);
  g_test_add_func ("/loader/limit/entries", test_limit_entries);
  g_test_add_func ("/loader/limit/string", test_limit_string);
  g_test_add_func ("/loader/limit/word", test_limit_word);
  g_test_add_func ("/loader/prose-lines", test_prose_lines);
  g_test_add_func ("/loader/good-links", test_good_links);
  g_test_add_func ("/loader/file-rewritten-while-read", test_file_rewritten_while_read);

  return g_test_run ();
}
