/* test-cli.c: the terminal interface: exit codes, output and JSON shape
 *
 * Runs the real executable (TS_EXECUTABLE) with no display, so any GTK
 * initialization on these paths would fail.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

static JsonArray *parse_array (const char *text);

typedef struct
{
  int status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* @stdin_path: (nullable): a file for standard input */
static void
run_valist (Run                *result,
            const char * const *env,
            const char         *stdin_path,
            va_list             args)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                       G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  const char *arg;

  g_ptr_array_add (argv, (gpointer) g_getenv ("TS_EXECUTABLE"));
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  g_ptr_array_add (argv, NULL);
  if (stdin_path != NULL)
    g_subprocess_launcher_set_stdin_file_path (launcher, stdin_path);

  /* no display and no session bus: the terminal paths need neither */
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "DBUS_SESSION_BUS_ADDRESS");
  g_subprocess_launcher_setenv (launcher, "GDK_BACKEND", "x11", TRUE);
  for (guint i = 0; env != NULL && env[i] != NULL; i += 2)
    g_subprocess_launcher_setenv (launcher, env[i], env[i + 1], TRUE);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &result->out, &result->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  result->status = g_subprocess_get_exit_status (process);
}

static void
run (Run                *result,
     const char * const *env,
     ...)
{
  va_list args;

  va_start (args, env);
  run_valist (result, env, NULL, args);
  va_end (args);
}

/* with standard input from @stdin_path */
static void
run_stdin (Run        *result,
           const char *stdin_path,
           ...)
{
  va_list args;

  va_start (args, stdin_path);
  run_valist (result, NULL, stdin_path, args);
  va_end (args);
}

static void
test_search (void)
{
  g_auto(Run) r = { 0 };

  run (&r, NULL, "--search", "4096", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_str_has_prefix (r.out, "   4096  0x1000  INVALID_PARAMETER — Invalid parameter\n"));
  g_assert_cmpstr (r.err, ==, "");
}

static void
test_search_words (void)
{
  g_auto(Run) r = { 0 };

  /* words after --search belong to the query */
  run (&r, NULL, "--search", "play", "not", "allowed", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_str_has_prefix (r.out, "  16451  0x4043  PLAY_NOT_ALLOWED — "));
}

static void
test_no_match (void)
{
  g_auto(Run) r = { 0 };

  run (&r, NULL, "--search", "xyzzy", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.out, ==, "");
  g_assert_nonnull (strstr (r.err, "xyzzy"));
}

#define USAGE_HINT "Try “trtc-troubleshooter --help” for more information.\n"

/* Whether @text holds nothing a terminal would act on: no control character
 * but the new lines between lines, no C1 control, no bidirectional control,
 * no byte that is not UTF-8. (Written out here, not taken from the program.) */
static void
assert_terminal_safe (const char *text)
{
  g_assert_true (g_utf8_validate (text, -1, NULL));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F) ||
          c == 0x061C || c == 0x200E || c == 0x200F || c == 0x2028 || c == 0x2029 ||
          (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
        g_error ("U+%04X at byte %d of: %s", c, (int) (p - text), text);
    }
}

/* Usage errors exit with 2, never 1 (which means "nothing matched"): GLib's
 * option errors too, with its message (escaped: it quotes the command line)
 * and a hint on standard error, nothing on standard output. */
static void
test_usage_errors_exit_2 (void)
{
  static const struct
  {
    const char *args[4];
    const char *error;
  } usages[] = {
    { { "--bogus" }, "Unknown option --bogus\n" },
    { { "-x" }, "Unknown option -x\n" },
    { { "--bogus\x1b[2J\x07" }, "Unknown option --bogus\\x1b[2J\\x07\n" },
    { { "--search" }, "Missing argument for --search\n" },
    { { "-s" }, "Missing argument for -s\n" },
    { { "--json", "--search" }, "Missing argument for --search\n" },
    { { "--catalog" }, "Missing argument for --catalog\n" },
    { { "-cs", "x" }, "Error parsing option -s\n" },
    /* a query for the window that looks like options */
    { { "-10012" }, "Unknown option -10012\n" },
    { { "--json" }, "--json goes with --search, --list or --scan\n" },
    { { "--list", "--search", "x" }, "--search and --list cannot be used together\n" },
    { { "--list", "extra" }, "--list takes no query\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (usages); i++)
    {
      const char * const *args = usages[i].args;
      g_autofree char *expected = g_strconcat (usages[i].error, USAGE_HINT, NULL);
      g_auto(Run) r = { 0 };

      run (&r, NULL, args[0], args[1], args[2], args[3], NULL);
      g_assert_cmpint (r.status, ==, 2);
      g_assert_cmpstr (r.out, ==, "");
      g_assert_cmpstr (r.err, ==, expected);
    }
}

static void
test_help_exits_0 (void)
{
  g_auto(Run) r = { 0 };

  run (&r, NULL, "--help", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "--search=QUERY"));
  g_assert_nonnull (strstr (r.out, "Everything after --search is the query"));
  g_assert_nonnull (strstr (r.out, "Exit status: 0 when something matched"));
  g_assert_cmpstr (r.err, ==, "");
}

/* Options after --search are words of the query: they find what the same
 * words without dashes find. */
static void
test_options_after_search_are_words (void)
{
  static const struct
  {
    const char *args[3];
    const char *words;
  } cases[] = {
    { { "--search", "--json", "xyzzy" }, "json xyzzy" },
    { { "--search", "--list" }, "list" },
    { { "--search", "--help" }, "help" },
    { { "--search", "--", "xyzzy" }, "xyzzy" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char * const *args = cases[i].args;
      g_auto(Run) r = { 0 };
      g_auto(Run) words = { 0 };

      run (&r, NULL, args[0], args[1], args[2], NULL);
      run (&words, NULL, "--search", cases[i].words, NULL);
      g_assert_cmpint (r.status, ==, words.status);
      g_assert_cmpint (r.status, !=, 2);
      g_assert_cmpstr (r.out, ==, words.out);
    }
}

/* Option parsing stops at --search: all that follows is the query, words
 * that start with a dash too; options go before it. */
static void
test_search_takes_the_rest (void)
{
  static const struct
  {
    const char *args[4];
    int status;
    const char *out;     /* in standard output, or "" for nothing there */
    const char *err;     /* all of standard error */
  } cases[] = {
    /* -10012 first, then what has "room" too */
    { { "--search", "room", "-10012" }, 0, " -10012  ", "Showing errors that match some of your words.\n" },
    { { "--search", "-10012" }, 0, " -10012  ", "" },
    { { "--search=-10012" }, 0, " -10012  ", "" },
    { { "--search=room", "-10012" }, 0, " -10012  ", "Showing errors that match some of your words.\n" },
    { { "-s", "-10012" }, 0, " -10012  ", "" },
    { { "--json", "--search", "-10012" }, 0, "\"code\" : -10012", "" },
    { { "-js", "-10012" }, 0, "\"code\" : -10012", "" },
    { { "--catalog", "/nonexistent/catalog.json", "--search", "x" }, 2, "",
      "Cannot load the catalog /nonexistent/catalog.json: " },
    /* the value of an option is not taken for --search */
    { { "--catalog", "--search", "--list" }, 2, "", "Cannot load the catalog --search: " },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char * const *args = cases[i].args;
      g_auto(Run) r = { 0 };

      run (&r, NULL, args[0], args[1], args[2], args[3], NULL);
      g_assert_cmpint (r.status, ==, cases[i].status);
      if (*cases[i].out != '\0')
        g_assert_nonnull (strstr (r.out, cases[i].out));
      else
        g_assert_cmpstr (r.out, ==, "");
      if (g_str_has_suffix (cases[i].err, "\n") || *cases[i].err == '\0')
        g_assert_cmpstr (r.err, ==, cases[i].err);
      else
        g_assert_true (g_str_has_prefix (r.err, cases[i].err));
    }
}

/* A query is echoed with control characters, bidirectional controls and
 * bytes that are not UTF-8 escaped; other text as it is. */
static void
test_no_match_escapes_query (void)
{
  static const struct
  {
    const char *query;
    const char *err;
  } cases[] = {
    { "\x1b]0;pwned\x07 xyzzy", "No error matches “\\x1b]0;pwned\\x07 xyzzy”.\n" },
    { "\x1b[2J\rxyzzy\b", "No error matches “\\x1b[2J\\x0dxyzzy\\x08”.\n" },
    { "xyzzy \xff\xfe \xe2\x80\xae \xc2\x85", "No error matches “xyzzy \\xff\\xfe \\u202e \\u0085”.\n" },
    { "xyzzy\nplugh", "No error matches “xyzzy\\x0aplugh”.\n" },
    { "xyzzy 뷁 😀", "No error matches “xyzzy 뷁 😀”.\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) r = { 0 };

      run (&r, NULL, "--search", cases[i].query, NULL);
      g_assert_cmpint (r.status, ==, 1);
      g_assert_cmpstr (r.err, ==, cases[i].err);
    }
}

/* File names are escaped in errors: --catalog's, and the extra catalogs' */
static void
test_catalog_errors_escape_file_name (void)
{
  g_autofree char *home = g_dir_make_tmp ("ts-cli-home-XXXXXX", NULL);
  g_autofree char *dir = g_build_filename (home, "trtc-troubleshooter", "catalogs", NULL);
  g_autofree char *evil = g_build_filename (dir, "evil\x1b]0;pwned\x07\xe2\x80\xae.json", NULL);
  g_autofree char *escaped = g_build_filename (dir, "evil\\x1b]0;pwned\\x07\\u202e.json", NULL);
  g_autofree char *expected = NULL;
  const char *env[] = { "XDG_DATA_HOME", home, NULL };
  g_auto(Run) named = { 0 };
  g_auto(Run) extra = { 0 };

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (evil, "{", -1, NULL));

  run (&named, NULL, "--catalog", evil, "--search", "x", NULL);
  g_assert_cmpint (named.status, ==, 2);
  expected = g_strdup_printf ("Cannot load the catalog %s: ", escaped);
  g_assert_true (g_str_has_prefix (named.err, expected));
  assert_terminal_safe (named.err);

  /* skipped beside the built-in catalog, which still answers */
  run (&extra, env, "--search", "4096", NULL);
  g_assert_cmpint (extra.status, ==, 0);
  g_assert_nonnull (strstr (extra.err, "Skipped the catalog "));
  g_assert_nonnull (strstr (extra.err, "evil\\x1b]0;pwned\\x07\\u202e.json: "));
  assert_terminal_safe (extra.err);

  g_unlink (evil);
  g_rmdir (dir);
  g_autofree char *parent = g_path_get_dirname (dir);
  g_rmdir (parent);
  g_rmdir (home);
}

/* A catalog with escape sequences and bidirectional overrides in its text.
 * The loader may refuse it (then its error is escaped) or load it (then the
 * lines are escaped, and the JSON is valid and has them as \uXXXX). */
static void
test_hostile_catalog_output_is_safe (void)
{
  g_autofree char *dir = g_dir_make_tmp ("ts-cli-hostile-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "hostile.json", NULL);
  g_auto(Run) lines = { 0 };
  g_auto(Run) json = { 0 };

  g_assert_true (g_file_set_contents (path,
    "{\"format_version\": 1, \"metadata\": {\"product\": \"Hostile\", \"sdk_version\": \"1\", \"source_language\": \"en\"},"
    " \"categories\": [{\"id\": \"evil\", \"name\": \"Evil\"}],"
    " \"errors\": [{\"category\": \"evil\", \"code\": 4242, \"key\": \"EVIL\\u001b]0;pwned\\u0007\","
    " \"summary\": \"Clear \\u001b[2J then \\u202eleft\\u202c and \\u0085next\"}]}", -1, NULL));

  run (&lines, NULL, "--catalog", path, "--list", NULL);
  assert_terminal_safe (lines.out);
  assert_terminal_safe (lines.err);
  if (lines.status == 0)
    {
      g_assert_cmpstr (lines.out, ==,
                       "   4242          EVIL\\x1b]0;pwned\\x07 — Clear \\x1b[2J then \\u202eleft\\u202c and \\u0085next\n");
    }
  else
    {
      g_assert_cmpint (lines.status, ==, 2);
      g_assert_true (g_str_has_prefix (lines.err, "Cannot load the catalog "));
    }

  run (&json, NULL, "--json", "--catalog", path, "--list", NULL);
  assert_terminal_safe (json.out);
  assert_terminal_safe (json.err);
  if (json.status == 0)
    {
      g_autoptr(JsonArray) array = parse_array (json.out);
      JsonObject *entry = json_array_get_object_element (array, 0);

      g_assert_nonnull (strstr (json.out, "\\u202e"));
      g_assert_nonnull (strstr (json.out, "\\u0085"));
      g_assert_cmpstr (json_object_get_string_member (entry, "key"), ==, "EVIL\x1b]0;pwned\x07");
      g_assert_cmpstr (json_object_get_string_member (entry, "summary"), ==,
                       "Clear \x1b[2J then \u202eleft\u202c and \xc2\x85next");
    }
  else
    {
      g_assert_cmpint (json.status, ==, 2);
    }

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_bad_catalog (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Run) r = { 0 };
  int fd = g_file_open_tmp ("ts-cli-XXXXXX.json", &path, &error);

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, "{\"format_version\": 1,,}", -1, &error));
  g_close (fd, NULL);

  run (&r, NULL, "--catalog", path, "--search", "x", NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, path));
  g_assert_nonnull (strstr (r.err, "1:22"));
  /* a catalog error, not a usage error: no hint */
  g_assert_null (strstr (r.err, USAGE_HINT));
  g_unlink (path);
}

static JsonArray *
parse_array (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (json_parser_get_root (parser)));
  return json_array_ref (json_node_get_array (json_parser_get_root (parser)));
}

static void
assert_member_type (JsonObject *object,
                    const char *member,
                    GType       type,
                    gboolean    nullable)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    g_error ("member %s missing", member);
  if (nullable && JSON_NODE_HOLDS_NULL (node))
    return;
  if (type == JSON_TYPE_ARRAY)
    g_assert_true (JSON_NODE_HOLDS_ARRAY (node));
  else
    g_assert_true (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type);
}

static void
assert_entry_shape (JsonObject *object)
{
  JsonArray *links;

  assert_member_type (object, "category", G_TYPE_STRING, FALSE);
  assert_member_type (object, "code", G_TYPE_INT64, TRUE);
  assert_member_type (object, "hex", G_TYPE_STRING, TRUE);
  assert_member_type (object, "key", G_TYPE_STRING, TRUE);
  assert_member_type (object, "aliases", JSON_TYPE_ARRAY, FALSE);
  assert_member_type (object, "message", G_TYPE_STRING, TRUE);
  assert_member_type (object, "summary", G_TYPE_STRING, FALSE);
  assert_member_type (object, "explanation", G_TYPE_STRING, TRUE);
  assert_member_type (object, "remedy", JSON_TYPE_ARRAY, FALSE);
  assert_member_type (object, "links", JSON_TYPE_ARRAY, FALSE);

  links = json_object_get_array_member (object, "links");
  for (guint i = 0; i < json_array_get_length (links); i++)
    {
      JsonObject *link = json_array_get_object_element (links, i);

      g_assert_true (g_str_has_prefix (json_object_get_string_member (link, "url"), "http"));
      g_assert_cmpstr (json_object_get_string_member (link, "title"), !=, "");
    }
}

static void
test_json (void)
{
  g_auto(Run) r = { 0 };
  g_autoptr(JsonArray) array = NULL;
  JsonObject *first;

  run (&r, NULL, "--json", "--search", "0x4043", NULL);
  g_assert_cmpint (r.status, ==, 0);
  array = parse_array (r.out);
  g_assert_cmpuint (json_array_get_length (array), >=, 1);

  first = json_array_get_object_element (array, 0);
  assert_entry_shape (first);
  g_assert_cmpstr (json_object_get_string_member (first, "key"), ==, "PLAY_NOT_ALLOWED");
  g_assert_cmpint (json_object_get_int_member (first, "code"), ==, 16451);
  g_assert_cmpstr (json_object_get_string_member (first, "hex"), ==, "0x4043");
  g_assert_cmpstr (json_object_get_string_member (first, "category"), ==, "SDK error codes");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (first, "remedy")), ==, 2);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (first, "links")), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (first, "product"), ==, "TRTC Web SDK");
  g_assert_cmpstr (json_object_get_string_member (first, "sdk_version"), ==, "4.x");
  g_assert_cmpstr (json_object_get_string_member (first, "match"), ==, "exact");
}

/* A v5 extraCode: its version, its parent, and its v4 counterpart */
static void
test_json_v5 (void)
{
  g_auto(Run) r = { 0 };
  g_autoptr(JsonArray) array = NULL;
  JsonObject *first, *counterpart;

  run (&r, NULL, "--json", "--search", "5302", NULL);
  g_assert_cmpint (r.status, ==, 0);
  array = parse_array (r.out);
  first = json_array_get_object_element (array, 0);
  g_assert_cmpstr (json_object_get_string_member (first, "key"), ==, "DEVICE_NOT_ALLOWED_ERROR");
  g_assert_cmpstr (json_object_get_string_member (first, "sdk_version"), ==, "5.x");
  g_assert_cmpint (json_object_get_int_member (first, "parent"), ==, 5300);
  counterpart = json_array_get_object_element (json_object_get_array_member (first, "counterparts"), 0);
  g_assert_cmpstr (json_object_get_string_member (counterpart, "sdk_version"), ==, "4.x");
  g_assert_cmpstr (json_object_get_string_member (counterpart, "message"), ==, "NotAllowedError");
}

/* Results that share only some words say so: each in --json, and the
 * lines on standard error, with the words no error has. */
static void
test_partial (void)
{
  g_auto(Run) r = { 0 };
  g_auto(Run) json = { 0 };
  g_autoptr(JsonArray) array = NULL;

  run (&r, NULL, "--search", "kicked", "zqxjv", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "CLIENT_BANNED"));
  g_assert_cmpstr (r.err, ==, "Showing errors that match some of your words; none has “zqxjv”.\n");

  run (&json, NULL, "--json", "--search", "kicked", "zqxjv", NULL);
  array = parse_array (json.out);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (array, 0), "match"), ==, "partial");
  g_assert_cmpstr (json.err, ==, "");
}

/* A query that finds nothing but is close to a key says which */
static void
test_did_you_mean (void)
{
  g_auto(Run) r = { 0 };

  run (&r, NULL, "--search", "PLAY_NOT_ALOWD_ERRR", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.err, ==, "No error matches “PLAY_NOT_ALOWD_ERRR”.\nDid you mean PLAY_NOT_ALLOWED?\n");
}

/* A long query that finds nothing is quoted by its start only */
static void
test_long_query_quoted_short (void)
{
  g_autofree char *query = g_strnfill (100000, 'q');
  g_autofree char *expected = g_strdup_printf ("No error matches “%.120s…”.\n", query);
  g_auto(Run) r = { 0 };

  run (&r, NULL, "--search", query, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.err, ==, expected);
}

/* Codes the SDK defines but the documentation does not describe say so */
static void
test_undocumented (void)
{
  g_auto(Run) r = { 0 };

  run (&r, NULL, "--search", "API_CALL_TIMEOUT", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "API_CALL_TIMEOUT — API call timed out (SDK only, not documented)\n"));
}

static void
test_json_empty (void)
{
  g_auto(Run) r = { 0 };
  g_autoptr(JsonArray) array = NULL;

  run (&r, NULL, "--json", "--search", "xyzzy", NULL);
  g_assert_cmpint (r.status, ==, 1);
  array = parse_array (r.out);
  g_assert_cmpuint (json_array_get_length (array), ==, 0);
}

static void
test_list_json (void)
{
  g_auto(Run) r = { 0 };
  g_autoptr(JsonArray) array = NULL;
  JsonObject *common;

  run (&r, NULL, "--list", "--json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  array = parse_array (r.out);
  g_assert_cmpuint (json_array_get_length (array), ==, 114 + 67);
  for (guint i = 0; i < json_array_get_length (array); i++)
    assert_entry_shape (json_array_get_object_element (array, i));

  /* the last is a common error: a message, no code, no key */
  common = json_array_get_object_element (array, 113);
  g_assert_true (json_node_is_null (json_object_get_member (common, "code")));
  g_assert_true (json_node_is_null (json_object_get_member (common, "key")));
  g_assert_cmpstr (json_object_get_string_member (common, "message"), ==, "RtcError: no valid ice candidate found");
}

static void
test_korean (void)
{
  static const char * const korean[] = { "LANG", "C.UTF-8", "LANGUAGE", "ko", NULL };
  g_auto(Run) r = { 0 };
  g_auto(Run) j = { 0 };
  g_autoptr(JsonArray) array = NULL;
  JsonObject *first;

  run (&r, korean, "--search", "0x4043", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "PLAY_NOT_ALLOWED — 자동 재생 금지 오류"));

  /* translated text in Korean, SDK and log text never */
  run (&j, korean, "--json", "--search", "NotAllowedError", NULL);
  array = parse_array (j.out);
  first = json_array_get_object_element (array, 0);
  g_assert_cmpstr (json_object_get_string_member (first, "message"), ==, "NotAllowedError");
  g_assert_cmpstr (json_object_get_string_member (first, "category"), ==, "일반적인 오류");
  g_assert_nonnull (strstr (json_object_get_string_member (first, "summary"), "거절"));
}

static void
test_extra_catalogs (void)
{
  g_autofree char *home = g_dir_make_tmp ("ts-cli-home-XXXXXX", NULL);
  g_autofree char *dir = g_build_filename (home, "trtc-troubleshooter", "catalogs", NULL);
  g_autofree char *team = g_build_filename (dir, "team.json", NULL);
  g_autofree char *broken = g_build_filename (dir, "broken.json", NULL);
  const char *env[] = { "XDG_DATA_HOME", home, NULL };
  g_auto(Run) r = { 0 };
  g_auto(Run) with_file = { 0 };

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (team,
    "{\"format_version\": 1, \"metadata\": {\"product\": \"Team\", \"sdk_version\": \"1\", \"source_language\": \"en\"},"
    " \"categories\": [{\"id\": \"notes\", \"name\": \"Team notes\"}],"
    " \"errors\": [{\"category\": \"notes\", \"code\": 4096, \"key\": \"TEAM_PROXY\", \"summary\": \"Our proxy\"}]}", -1, NULL));
  g_assert_true (g_file_set_contents (broken, "{", -1, NULL));

  /* beside the built-in catalog; the broken one named, the rest answers */
  run (&r, env, "--search", "4096", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "INVALID_PARAMETER"));
  g_assert_nonnull (strstr (r.out, "TEAM_PROXY — Our proxy"));
  g_assert_nonnull (strstr (r.err, "broken.json: 1:"));

  /* --catalog means that file only */
  run (&with_file, env, "--catalog", team, "--search", "4096", NULL);
  g_assert_cmpint (with_file.status, ==, 0);
  g_assert_null (strstr (with_file.out, "INVALID_PARAMETER"));
  g_assert_cmpstr (with_file.err, ==, "");

  g_unlink (team);
  g_unlink (broken);
  g_rmdir (dir);
  g_autofree char *parent = g_path_get_dirname (dir);
  g_rmdir (parent);
  g_rmdir (home);
}

static void
test_invalid_utf8_argument (void)
{
  g_auto(Run) r = { 0 };

  run (&r, NULL, "--search", "\xff\xfe" "4096", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "INVALID_PARAMETER"));
}

/* --scan */

static const char scan_log[] =
  "2026-03-08 10:15:12.130 <ERROR> join room timeout\n"
  "2026-03-08 10:15:12.131 <ERROR> client.join failed: RtcError: JOIN_ROOM_FAILED <0x4004> code: 16388\n"
  "    at Object.join (https://web.sdk.qcloud.com/trtc/webrtc/v4/trtc.js:16388:12)\n"
  "2026-03-08 10:15:12.141 <ERROR> server response {\"result\":-10012}\n"
  "2026-03-08 10:15:13.000 <ERROR> join room timeout\n";

static const char scan_lines[] =
  "1: join room timeout — Entering the room timed out\n"
  "2: 16388 0x4004 JOIN_ROOM_FAILED — Entering the room failed\n"
  "4: -10012 — The roomId was not passed or does not meet the requirements\n"
  "5: join room timeout — Entering the room timed out\n"
  "\n"
  "   Lines    First     Last  Error\n"
  "       2        1        5  join room timeout\n"
  "       1        2        2  16388 0x4004 JOIN_ROOM_FAILED\n"
  "       1        4        4  -10012\n"
  "5 lines scanned.\n";

static const char quiet_log[] =
  "2026-03-08 09:00:00.010 <INFO> roomId: 4096 userId: 16451 retry count 4099 took 16385 ms\n"
  "    at Object.publish (https://web.sdk.qcloud.com/trtc/webrtc/v4/trtc.js:16388:12)\n"
  "2026-03-08 09:00:01.000 <INFO> unknown codec, fallback to VP8; req-4096113 done\n";

/* A file of @length bytes (-1: a string) in a new folder; free with remove_scan_file() */
static char *
write_scan_file (const char *name,
                 const void *contents,
                 gssize      length)
{
  g_autofree char *dir = g_dir_make_tmp ("ts-cli-scan-XXXXXX", NULL);
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return path;
}

static void
remove_scan_file (char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_unlink (path);
  g_rmdir (dir);
  g_free (path);
}

static GBytes *
gzip_text (const char *text)
{
  g_autoptr(GZlibCompressor) compressor = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 6);
  g_autoptr(GInputStream) plain = g_memory_input_stream_new_from_data (text, strlen (text), NULL);
  g_autoptr(GInputStream) compressed = g_converter_input_stream_new (plain, G_CONVERTER (compressor));
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  g_output_stream_splice (out, compressed, G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL, &error);
  g_assert_no_error (error);
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
}

static JsonObject *
parse_object (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

/* Each finding as its line comes, then the table of errors in the order
 * they first appear; the same from a file, from standard input, compressed
 * or not (whatever the file's name) */
static void
test_scan (void)
{
  g_autoptr(GBytes) gz = gzip_text (scan_log);
  g_autofree char *plain = write_scan_file ("trtc.log", scan_log, -1);
  g_autofree char *gz_named = write_scan_file ("trtc.log.gz", g_bytes_get_data (gz, NULL), g_bytes_get_size (gz));
  g_autofree char *gz_unnamed = write_scan_file ("console.txt", g_bytes_get_data (gz, NULL), g_bytes_get_size (gz));
  const char *files[] = { plain, gz_named, gz_unnamed };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_auto(Run) r = { 0 };
      g_auto(Run) in = { 0 };

      run (&r, NULL, "--scan", files[i], NULL);
      g_assert_cmpint (r.status, ==, 0);
      g_assert_cmpstr (r.out, ==, scan_lines);
      g_assert_cmpstr (r.err, ==, "");

      run_stdin (&in, files[i], "--scan", "-", NULL);
      g_assert_cmpint (in.status, ==, 0);
      g_assert_cmpstr (in.out, ==, scan_lines);
      g_assert_cmpstr (in.err, ==, "");
    }

  remove_scan_file (g_steal_pointer (&plain));
  remove_scan_file (g_steal_pointer (&gz_named));
  remove_scan_file (g_steal_pointer (&gz_unnamed));
}

static void
test_scan_json (void)
{
  g_autofree char *path = write_scan_file ("trtc.log", scan_log, -1);
  g_auto(Run) r = { 0 };
  g_auto(Run) in = { 0 };
  g_autoptr(JsonObject) root = NULL;
  static const struct
  {
    gint64 line, column;
    const char *match, *key, *message;
    gint64 code;
  } findings[] = {
    { 1, 33, "join room timeout", NULL, "join room timeout", 0 },
    { 2, 63, "JOIN_ROOM_FAILED", "JOIN_ROOM_FAILED", NULL, 16388 },
    { 4, 59, "-10012", NULL, NULL, -10012 },
    { 5, 33, "join room timeout", NULL, "join room timeout", 0 },
  };
  static const struct
  {
    gint64 count, first, last;
    const char *match;
  } errors[] = {
    { 2, 1, 5, "join room timeout" },
    { 1, 2, 2, "JOIN_ROOM_FAILED" },
    { 1, 4, 4, "-10012" },
  };
  JsonArray *array;

  run (&r, NULL, "--json", "--scan", path, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");
  root = parse_object (r.out);
  g_assert_cmpuint (json_object_get_size (root), ==, 3);
  g_assert_cmpint (json_object_get_int_member (root, "lines"), ==, 5);

  array = json_object_get_array_member (root, "findings");
  g_assert_cmpuint (json_array_get_length (array), ==, G_N_ELEMENTS (findings));
  for (guint i = 0; i < G_N_ELEMENTS (findings); i++)
    {
      JsonObject *finding = json_array_get_object_element (array, i);
      JsonObject *entry = json_object_get_object_member (finding, "entry");

      g_assert_cmpuint (json_object_get_size (finding), ==, 4);
      g_assert_cmpint (json_object_get_int_member (finding, "line"), ==, findings[i].line);
      g_assert_cmpint (json_object_get_int_member (finding, "column"), ==, findings[i].column);
      g_assert_cmpstr (json_object_get_string_member (finding, "match"), ==, findings[i].match);
      assert_entry_shape (entry);
      g_assert_cmpstr (json_object_get_string_member_with_default (entry, "key", NULL), ==, findings[i].key);
      g_assert_cmpstr (json_object_get_string_member_with_default (entry, "message", NULL), ==, findings[i].message);
      if (findings[i].code != 0)
        g_assert_cmpint (json_object_get_int_member (entry, "code"), ==, findings[i].code);
    }

  /* each error once, with the same entry object as its findings */
  array = json_object_get_array_member (root, "errors");
  g_assert_cmpuint (json_array_get_length (array), ==, G_N_ELEMENTS (errors));
  for (guint i = 0; i < G_N_ELEMENTS (errors); i++)
    {
      JsonObject *error = json_array_get_object_element (array, i);
      JsonNode *entry = json_object_get_member (error, "entry");
      JsonArray *all = json_object_get_array_member (root, "findings");
      gboolean same = FALSE;

      g_assert_cmpuint (json_object_get_size (error), ==, 4);
      g_assert_cmpint (json_object_get_int_member (error, "count"), ==, errors[i].count);
      g_assert_cmpint (json_object_get_int_member (error, "first_line"), ==, errors[i].first);
      g_assert_cmpint (json_object_get_int_member (error, "last_line"), ==, errors[i].last);
      for (guint f = 0; f < json_array_get_length (all); f++)
        {
          JsonObject *finding = json_array_get_object_element (all, f);

          if (g_strcmp0 (json_object_get_string_member (finding, "match"), errors[i].match) == 0)
            same = json_node_equal (json_object_get_member (finding, "entry"), entry);
        }
      g_assert_true (same);
    }

  run_stdin (&in, path, "--json", "--scan", "-", NULL);
  g_assert_cmpint (in.status, ==, 0);
  g_assert_cmpstr (in.out, ==, r.out);

  remove_scan_file (g_steal_pointer (&path));
}

/* Exit status 1 when nothing is found; the JSON says so too */
static void
test_scan_nothing (void)
{
  g_autofree char *path = write_scan_file ("quiet.log", quiet_log, -1);
  g_autofree char *message = g_strdup_printf ("No error of the catalog in %s (3 lines).\n", path);
  g_auto(Run) r = { 0 };
  g_auto(Run) j = { 0 };
  g_auto(Run) empty = { 0 };
  g_autoptr(JsonObject) root = NULL;

  run (&r, NULL, "--scan", path, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.out, ==, "");
  g_assert_cmpstr (r.err, ==, message);

  run (&j, NULL, "--json", "--scan", path, NULL);
  g_assert_cmpint (j.status, ==, 1);
  g_assert_cmpstr (j.err, ==, "");
  root = parse_object (j.out);
  g_assert_cmpint (json_object_get_int_member (root, "lines"), ==, 3);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "findings")), ==, 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "errors")), ==, 0);

  run_stdin (&empty, "/dev/null", "--scan", "-", NULL);
  g_assert_cmpint (empty.status, ==, 1);
  g_assert_cmpstr (empty.err, ==, "No error of the catalog in standard input (0 lines).\n");

  remove_scan_file (g_steal_pointer (&path));
}

/* Exit status 2 with the reason when the log cannot be read; what a
 * corrupt compressed log held until there is printed first */
static void
test_scan_unreadable (void)
{
  g_autoptr(GBytes) gz = gzip_text (scan_log);
  g_autofree guint8 *truncated = g_memdup2 (g_bytes_get_data (gz, NULL), g_bytes_get_size (gz));
  g_autofree char *path = NULL;
  g_autofree char *expected = NULL;
  g_auto(Run) missing = { 0 };
  g_auto(Run) folder = { 0 };
  g_auto(Run) cut = { 0 };
  g_auto(Run) cut_json = { 0 };
  g_autoptr(JsonObject) root = NULL;

  run (&missing, NULL, "--scan", "/nonexistent/trtc.log", NULL);
  g_assert_cmpint (missing.status, ==, 2);
  g_assert_cmpstr (missing.out, ==, "");
  g_assert_true (g_str_has_prefix (missing.err, "Cannot read /nonexistent/trtc.log: "));
  g_assert_nonnull (strstr (missing.err, "No such file"));

  run (&folder, NULL, "--json", "--scan", g_get_tmp_dir (), NULL);
  g_assert_cmpint (folder.status, ==, 2);
  g_assert_cmpstr (folder.out, ==, "");
  expected = g_strdup_printf ("Cannot read %s: ", g_get_tmp_dir ());
  g_assert_true (g_str_has_prefix (folder.err, expected));

  /* without its checksum: all the text, then the error */
  path = write_scan_file ("cut.log.gz", truncated, g_bytes_get_size (gz) - 8);
  run (&cut, NULL, "--scan", path, NULL);
  g_assert_cmpint (cut.status, ==, 2);
  g_assert_cmpstr (cut.out, ==, scan_lines);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("Cannot read %s: ", path);
  g_assert_true (g_str_has_prefix (cut.err, expected));

  run (&cut_json, NULL, "--json", "--scan", path, NULL);
  g_assert_cmpint (cut_json.status, ==, 2);
  root = parse_object (cut_json.out);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "findings")), ==, 4);

  remove_scan_file (g_steal_pointer (&path));
}

static void
test_scan_usage_errors (void)
{
  static const struct
  {
    const char *args[5];
    const char *error;
  } usages[] = {
    { { "--scan", "trtc.log", "--search", "x" }, "--scan cannot be used with --search or --list\n" },
    { { "--json", "--scan", "trtc.log", "-s", "x" }, "--scan cannot be used with --search or --list\n" },
    { { "--scan", "trtc.log", "--list" }, "--scan cannot be used with --search or --list\n" },
    { { "--list", "--scan=trtc.log" }, "--scan cannot be used with --search or --list\n" },
    { { "--scan", "trtc.log", "more.log" }, "--scan takes one file\n" },
    { { "--scan" }, "Missing argument for --scan\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (usages); i++)
    {
      const char * const *args = usages[i].args;
      g_autofree char *expected = g_strconcat (usages[i].error, USAGE_HINT, NULL);
      g_auto(Run) r = { 0 };

      run (&r, NULL, args[0], args[1], args[2], args[3], args[4], NULL);
      g_assert_cmpint (r.status, ==, 2);
      g_assert_cmpstr (r.out, ==, "");
      g_assert_cmpstr (r.err, ==, expected);
    }

  /* after --search, --scan is a word of the query */
  {
    g_auto(Run) r = { 0 };

    run (&r, NULL, "--search", "xyzzy", "--scan", "trtc.log", NULL);
    g_assert_cmpint (r.status, !=, 2);
    g_assert_null (strstr (r.err, "--scan"));
  }
  {
    g_auto(Run) help = { 0 };

    run (&help, NULL, "--help", NULL);
    g_assert_nonnull (strstr (help.out, "--scan=FILE"));
  }
}

/* The file's name is escaped; the summaries are in Korean under LANGUAGE=ko */
static void
test_scan_escapes_and_korean (void)
{
  static const char * const korean[] = { "LANG", "C.UTF-8", "LANGUAGE", "ko", NULL };
  g_autofree char *evil = write_scan_file ("evil\x1b]0;pwned\x07\xe2\x80\xae.log", "nothing here\n", -1);
  g_autofree char *errors = write_scan_file ("errors.log", "\x1b[31mPLAY_NOT_ALLOWED\x1b[0m\n", -1);
  g_auto(Run) r = { 0 };
  g_auto(Run) k = { 0 };

  run (&r, NULL, "--scan", evil, NULL);
  g_assert_cmpint (r.status, ==, 1);
  assert_terminal_safe (r.err);
  g_assert_nonnull (strstr (r.err, "evil\\x1b]0;pwned\\x07\\u202e.log (1 line).\n"));

  run (&k, korean, "--scan", errors, NULL);
  g_assert_cmpint (k.status, ==, 0);
  g_assert_true (g_str_has_prefix (k.out, "1: 16451 0x4043 PLAY_NOT_ALLOWED — 자동 재생 금지 오류\n"));
  assert_terminal_safe (k.out);

  remove_scan_file (g_steal_pointer (&evil));
  remove_scan_file (g_steal_pointer (&errors));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_assert_nonnull (g_getenv ("TS_EXECUTABLE"));

  g_test_add_func ("/cli/search", test_search);
  g_test_add_func ("/cli/search-words", test_search_words);
  g_test_add_func ("/cli/no-match", test_no_match);
  g_test_add_func ("/cli/usage-errors-exit-2", test_usage_errors_exit_2);
  g_test_add_func ("/cli/help-exits-0", test_help_exits_0);
  g_test_add_func ("/cli/search-takes-the-rest", test_search_takes_the_rest);
  g_test_add_func ("/cli/options-after-search-are-words", test_options_after_search_are_words);
  g_test_add_func ("/cli/no-match-escapes-query", test_no_match_escapes_query);
  g_test_add_func ("/cli/catalog-errors-escape-file-name", test_catalog_errors_escape_file_name);
  g_test_add_func ("/cli/hostile-catalog-output-is-safe", test_hostile_catalog_output_is_safe);
  g_test_add_func ("/cli/bad-catalog", test_bad_catalog);
  g_test_add_func ("/cli/json", test_json);
  g_test_add_func ("/cli/json-v5", test_json_v5);
  g_test_add_func ("/cli/partial", test_partial);
  g_test_add_func ("/cli/did-you-mean", test_did_you_mean);
  g_test_add_func ("/cli/undocumented", test_undocumented);
  g_test_add_func ("/cli/long-query-quoted-short", test_long_query_quoted_short);
  g_test_add_func ("/cli/json-empty", test_json_empty);
  g_test_add_func ("/cli/list-json", test_list_json);
  g_test_add_func ("/cli/korean", test_korean);
  g_test_add_func ("/cli/invalid-utf8-argument", test_invalid_utf8_argument);
  g_test_add_func ("/cli/extra-catalogs", test_extra_catalogs);
  g_test_add_func ("/cli/scan", test_scan);
  g_test_add_func ("/cli/scan-json", test_scan_json);
  g_test_add_func ("/cli/scan-nothing", test_scan_nothing);
  g_test_add_func ("/cli/scan-unreadable", test_scan_unreadable);
  g_test_add_func ("/cli/scan-usage-errors", test_scan_usage_errors);
  g_test_add_func ("/cli/scan-escapes-and-korean", test_scan_escapes_and_korean);

  return g_test_run ();
}
