/* ts-cli.c: the terminal interface: search, list and scan logs without a display
 *
 * The searching and listing run from TsApplication::handle-local-options,
 * before GTK is initialized and before the application registers on the bus.
 * The command line goes through ts_cli_run_application() first, which ends
 * option parsing at --search and makes option errors usage errors (exit
 * status 2, like the others, never 1, which means "nothing matched"). It
 * handles --scan itself, in a handler of that signal that runs before the
 * application's own.
 *
 * Whatever is printed to the terminal from a catalog, a file name or the
 * command line goes through ts_text_escape_unsafe(): no escape sequence,
 * bell, carriage return or bidirectional override of a catalog's reaches the
 * terminal as it is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "ts-catalog.h"
#include "ts-catalog-builder.h"
#include "ts-catalog-sources.h"
#include "ts-cli.h"
#include "ts-log-scanner.h"
#include "ts-search.h"
#include "ts-text.h"

/* The options of the program, the window's too (TsApplication adds them).
 * The arguments after --search are not parsed: see split_at_search(). */
const GOptionEntry ts_cli_option_entries[] = {
  /* queries are bytes: pasted text may be invalid UTF-8, and search copes */
  { "search", 's', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Print the errors matching QUERY (all that follows) and exit"), N_("QUERY") },
  { "list", 'l', 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the whole catalog and exit"), NULL },
  /* a file name is bytes, as the system has it */
  { "scan", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Print the errors a log FILE names (“-”: standard input) and exit"), N_("FILE") },
  { "json", 'j', 0, G_OPTION_ARG_NONE, NULL,
    N_("With --search, --list or --scan, print JSON"), NULL },
  { "catalog", 'c', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Use the catalog in FILE instead of the built-in one"), N_("FILE") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    NULL, NULL },
  { NULL }
};

#define SEARCH_OPTION "search"
#define SCAN_OPTION "scan"

static gboolean
takes_value (const GOptionEntry *entry)
{
  return entry->arg != G_OPTION_ARG_NONE && !(entry->flags & G_OPTION_FLAG_OPTIONAL_ARG);
}

static const GOptionEntry *
find_long (const char *name,
           gsize       length)
{
  for (const GOptionEntry *e = ts_cli_option_entries; e->long_name != NULL; e++)
    if (*e->long_name != '\0' && strlen (e->long_name) == length &&
        strncmp (e->long_name, name, length) == 0)
      return e;
  return NULL;
}

static const GOptionEntry *
find_short (char name)
{
  for (const GOptionEntry *e = ts_cli_option_entries; e->long_name != NULL; e++)
    if (name != '\0' && e->short_name == name)
      return e;
  return NULL;
}

/* adds "--search=" then @first and @rest, joined with spaces */
static void
add_search_argument (GStrvBuilder       *builder,
                     const char         *first,
                     const char * const *rest)
{
  g_autoptr(GString) argument = g_string_new ("--" SEARCH_OPTION "=");

  g_string_append (argument, first);
  for (guint i = 0; rest[i] != NULL; i++)
    {
      g_string_append_c (argument, ' ');
      g_string_append (argument, rest[i]);
    }
  g_strv_builder_add (builder, argument->str);
}

/* Everything after --search is the query, dashes included: "--search room
 * -10012" searches "room -10012". GOptionContext cannot stop at an option,
 * so the command line is rewritten before it parses it: the first --search,
 * --search=QUERY or -s (alone or in a group of short options, as -js), and
 * all that follows it, become one --search=QUERY. Options before it are left
 * to GOptionContext; an option's value (--catalog --search) and what follows
 * "--" are not taken for --search. A --search with nothing after it is left
 * as it is, for GOptionContext to report the missing QUERY. @argv ends with
 * %NULL, as main()'s does. */
static char **
split_at_search (int    argc,
                 char **argv)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char * const *args = (const char * const *) argv;

  for (int i = 0; i < argc; i++)
    {
      const char *arg = args[i];
      const GOptionEntry *entry = NULL;
      gboolean value_follows = FALSE;

      if (i == 0 || arg[0] != '-' || arg[1] == '\0')
        {
          g_strv_builder_add (builder, arg);
          continue;
        }

      if (strcmp (arg, "--") == 0)
        {
          g_strv_builder_addv (builder, (const char **) args + i);
          break;
        }

      if (arg[1] == '-')
        {
          const char *name = arg + 2;
          const char *equals = strchr (name, '=');

          entry = find_long (name, equals != NULL ? (gsize) (equals - name) : strlen (name));
          if (entry != NULL && strcmp (entry->long_name, SEARCH_OPTION) == 0)
            {
              if (equals != NULL)
                {
                  add_search_argument (builder, equals + 1, args + i + 1);
                  break;
                }
              if (i + 1 < argc)
                {
                  add_search_argument (builder, args[i + 1], args + i + 2);
                  break;
                }
            }
          value_follows = entry != NULL && takes_value (entry) && equals == NULL;
        }
      else
        {
          const GOptionEntry *search = find_long (SEARCH_OPTION, strlen (SEARCH_OPTION));
          guint n_values = 0;

          /* a group of short options: at most one of them takes the next argument */
          for (const char *c = arg + 1; *c != '\0'; c++)
            if ((entry = find_short (*c)) != NULL && takes_value (entry))
              n_values++;

          if (n_values == 1 && i + 1 < argc && search->short_name != '\0' &&
              strchr (arg + 1, search->short_name) != NULL)
            {
              /* "-js QUERY…": "-j" then "--search=QUERY…" */
              g_autoptr(GString) others = g_string_new (NULL);

              for (const char *c = arg; *c != '\0'; c++)
                if (*c != search->short_name)
                  g_string_append_c (others, *c);
              if (others->len > 1)
                g_strv_builder_add (builder, others->str);
              add_search_argument (builder, args[i + 1], args + i + 2);
              break;
            }
          value_follows = n_values > 0;
        }

      g_strv_builder_add (builder, arg);
      if (value_follows && i + 1 < argc)
        g_strv_builder_add (builder, args[++i]);
    }

  return g_strv_builder_end (builder);
}

/* "Try …", a line ending in a new line */
static char *
make_usage_hint (void)
{
  g_autofree char *program = ts_text_escape_unsafe (g_get_prgname (), -1);

  /* Translators: %s is the program's name */
  return g_strdup_printf (_("Try “%s --help” for more information.\n"), program);
}

/**
 * ts_cli_usage_error:
 * @message: a line of the program's own, ending in a new line
 *
 * Prints @message and where to read how the program is used.
 *
 * Returns: %TS_CLI_FAILED, the exit status
 */
TsCliStatus
ts_cli_usage_error (const char *message)
{
  g_autofree char *hint = make_usage_hint ();

  g_printerr ("%s%s", message, hint);
  return TS_CLI_FAILED;
}

/* GApplication prints the message of an option error and returns 1 from
 * g_application_run(), the status of "nothing matched". This hook of an
 * option group, called on any option error, escapes the message (it quotes
 * the command line), adds the hint, and notes the error for the status. */
static void
on_option_error (GOptionContext *context,
                 GOptionGroup   *group,
                 gpointer        data,
                 GError        **error)
{
  gboolean *usage_error = data;

  *usage_error = TRUE;
  if (error != NULL && *error != NULL)
    {
      g_autofree char *message = ts_text_escape_unsafe ((*error)->message, -1);
      g_autofree char *hint = make_usage_hint ();

      /* GApplication prints the message and a new line */
      g_free ((*error)->message);
      (*error)->message = g_strdup_printf ("%s\n%s", message, g_strchomp (hint));
    }
}

/* --scan FILE, the other options checked against it; -1 without it, for
 * TsApplication to go on with the rest. */
static int
on_handle_local_options (GApplication *app,
                         GVariantDict *options,
                         gpointer      user_data)
{
  g_autofree char *scan = NULL;
  g_autofree char *catalog = NULL;
  g_autofree const char **rest = NULL;
  gboolean list = FALSE, json = FALSE, version = FALSE;

  if (!g_variant_dict_lookup (options, SCAN_OPTION, "^ay", &scan))
    return -1;
  g_variant_dict_lookup (options, "catalog", "^ay", &catalog);
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &rest);
  g_variant_dict_lookup (options, "list", "b", &list);
  g_variant_dict_lookup (options, "json", "b", &json);
  g_variant_dict_lookup (options, "version", "b", &version);

  /* --version wins, as over the others */
  if (version)
    return -1;
  if (list || g_variant_dict_contains (options, SEARCH_OPTION))
    return ts_cli_usage_error (_("--scan cannot be used with --search or --list\n"));
  if (rest != NULL)
    return ts_cli_usage_error (_("--scan takes one file\n"));

  return ts_cli_scan (catalog, scan, json);
}

/**
 * ts_cli_run_application:
 * @app: the application, its options added
 * @argc: from main()
 * @argv: from main()
 *
 * Runs @app with the command line: everything after --search is the query
 * (see split_at_search()), and an option error is a usage error.
 *
 * Returns: the exit status
 */
int
ts_cli_run_application (GApplication  *app,
                        int            argc,
                        char         **argv)
{
  g_auto(GStrv) arguments = split_at_search (argc, argv);
  gboolean usage_error = FALSE;
  GOptionGroup *errors = g_option_group_new ("ts-cli", "", "", &usage_error, NULL);
  int status;

  /* no options: only the hook; a group without options is not listed in --help */
  g_option_group_set_error_hook (errors, on_option_error);
  g_application_add_option_group (app, errors);
  g_application_set_option_context_description (app,
    _("Everything after --search is the query, words that start with a dash too:\n"
      "other options go before it, as in “--json --search -10012”.\n"
      "\n"
      "Exit status: 0 when something matched, 1 when nothing did, 2 on a usage\n"
      "or catalog error, or a log that cannot be read."));
  g_signal_connect (app, "handle-local-options", G_CALLBACK (on_handle_local_options), NULL);

  status = g_application_run (app, g_strv_length (arguments), arguments);
  return usage_error ? TS_CLI_FAILED : status;
}

static void
add_strings (JsonBuilder        *builder,
             const char         *member,
             const char * const *strings)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; strings[i] != NULL; i++)
    json_builder_add_string_value (builder, strings[i]);
  json_builder_end_array (builder);
}

static void
add_nullable (JsonBuilder *builder,
              const char  *member,
              const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/* How a search result matched, in --json */
static const char * const match_names[] = {
  [TS_MATCH_LOG_TOKEN] = "log-token",
  [TS_MATCH_EXACT] = "exact",
  [TS_MATCH_WORDS] = "words",
  [TS_MATCH_TYPO] = "typo",
  [TS_MATCH_PARTIAL] = "partial",
};

/* An entry as JSON; @match (nullable): how it matched the query */
static void
add_entry_json (JsonBuilder *builder,
                TsEntry     *entry,
                TsLanguage   language,
                const char  *match)
{
  g_autofree char *explanation = g_strjoinv ("\n", (GStrv) ts_entry_get_explanation (entry, language));

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "category");
  json_builder_add_string_value (builder, ts_category_get_name (ts_entry_get_category (entry), language));
  json_builder_set_member_name (builder, "code");
  if (ts_entry_has_code (entry))
    json_builder_add_int_value (builder, ts_entry_get_code (entry));
  else
    json_builder_add_null_value (builder);
  add_nullable (builder, "hex", ts_entry_get_hex (entry));
  add_nullable (builder, "key", ts_entry_get_key (entry));
  add_strings (builder, "aliases", ts_entry_get_aliases (entry));
  add_nullable (builder, "message", ts_entry_get_message (entry));
  json_builder_set_member_name (builder, "summary");
  json_builder_add_string_value (builder, ts_entry_get_summary (entry, language));
  add_nullable (builder, "explanation", *explanation != '\0' ? explanation : NULL);
  add_strings (builder, "remedy", ts_entry_get_remedy (entry, language));
  add_strings (builder, "notes", ts_entry_get_notes (entry, language));
  json_builder_set_member_name (builder, "documented");
  json_builder_add_boolean_value (builder, ts_entry_get_documented (entry));
  add_nullable (builder, "product", ts_entry_get_product (entry));
  add_nullable (builder, "sdk_version", ts_entry_get_sdk_version (entry));
  json_builder_set_member_name (builder, "parent");
  if (ts_entry_get_parent (entry) != NULL && ts_entry_has_code (ts_entry_get_parent (entry)))
    json_builder_add_int_value (builder, ts_entry_get_code (ts_entry_get_parent (entry)));
  else
    json_builder_add_null_value (builder);

  /* the same error in other SDK versions, named as each names it */
  json_builder_set_member_name (builder, "counterparts");
  json_builder_begin_array (builder);
  for (guint i = 0; i < ts_entry_get_n_counterparts (entry); i++)
    {
      TsEntry *other = ts_entry_get_counterpart (entry, i);

      json_builder_begin_object (builder);
      add_nullable (builder, "sdk_version", ts_entry_get_sdk_version (other));
      json_builder_set_member_name (builder, "code");
      if (ts_entry_has_code (other))
        json_builder_add_int_value (builder, ts_entry_get_code (other));
      else
        json_builder_add_null_value (builder);
      add_nullable (builder, "key", ts_entry_get_key (other));
      add_nullable (builder, "message", ts_entry_get_message (other));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "links");
  json_builder_begin_array (builder);
  for (guint i = 0; i < ts_entry_get_n_links (entry); i++)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, ts_entry_get_link_title (entry, i, language));
      json_builder_set_member_name (builder, "url");
      json_builder_add_string_value (builder, ts_entry_get_link_url (entry, i));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  if (match != NULL)
    {
      json_builder_set_member_name (builder, "match");
      json_builder_add_string_value (builder, match);
    }
  json_builder_end_object (builder);
}

/* JSON-GLib writes control characters as \uXXXX, but C1 controls (U+0085),
 * bidirectional controls (U+202E) and line separators as they are: valid
 * JSON, but not what to show on a terminal. They only occur inside strings
 * (the rest is ASCII), where \uXXXX means the same character. */
static char *
escape_json (const char *json)
{
  GString *out = g_string_sized_new (strlen (json));

  for (const char *p = json; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x80 && ts_text_is_unsafe_char (c))
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }

  return g_string_free (out, FALSE);
}

static void
print_json (TsCatalog      *catalog,
            TsSearchResult *result,
            TsLanguage      language)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  g_autofree char *safe = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; i < ts_search_result_get_n_matches (result); i++)
    {
      guint position = ts_search_result_get_position (result, i);

      add_entry_json (builder, ts_catalog_get_entry (catalog, position), language,
                      ts_search_result_is_everything (result) ? NULL
                      : match_names[ts_search_result_get_kind (result, i)]);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  safe = escape_json (text);

  /* JSON is UTF-8 whatever the locale's character set */
  fputs (safe, stdout);
  fputc ('\n', stdout);
}

static void
print_lines (TsCatalog      *catalog,
             TsSearchResult *result,
             TsLanguage      language)
{
  for (guint i = 0; i < ts_search_result_get_n_matches (result); i++)
    {
      TsEntry *entry = ts_catalog_get_entry (catalog, ts_search_result_get_position (result, i));
      const char *code = ts_entry_get_code_text (entry);
      const char *hex = ts_entry_get_hex (entry);
      const char *name = ts_entry_get_name (entry);
      /* one line whatever the catalog holds */
      g_autofree char *safe_code = ts_text_escape_unsafe (code != NULL ? code : "", -1);
      g_autofree char *safe_hex = ts_text_escape_unsafe (hex != NULL ? hex : "", -1);
      g_autofree char *safe_name = ts_text_escape_unsafe (name != NULL ? name : "", -1);
      g_autofree char *safe_summary = ts_text_escape_unsafe (ts_entry_get_summary (entry, language), -1);

      g_print ("%7s  %-6s  %s%s%s%s\n",
               safe_code,
               safe_hex,
               safe_name,
               name != NULL ? " — " : "",
               safe_summary,
               /* Translators: after the summary of an error that the SDK defines
                * and its documentation does not describe */
               ts_entry_get_documented (entry) ? "" : _(" (SDK only, not documented)"));
    }
}

/* The start of @query, escaped, for a message: a pasted megabyte need not
 * come back whole. */
static char *
quote_query (const char *query)
{
  enum { MAX_QUOTED = 120 };
  gsize length = strlen (query);
  g_autofree char *shown = NULL;

  if (length <= MAX_QUOTED)
    return ts_text_escape_unsafe (query, length);

  /* cut before a character, not inside it */
  length = MAX_QUOTED;
  while (length > 0 && ((guchar) query[length] & 0xC0) == 0x80)
    length--;
  shown = ts_text_escape_unsafe (query, length);
  return g_strconcat (shown, "…", NULL);
}

/* On standard error, for results that share only some of the query's
 * words: that they do, and which words matched nothing. */
static void
say_partial (TsSearchResult *result)
{
  const char * const *unmatched = ts_search_result_get_unmatched_words (result);
  g_autoptr(GString) words = g_string_new (NULL);

  if (!ts_search_result_has_partial (result))
    return;

  for (guint i = 0; unmatched[i] != NULL; i++)
    {
      g_autofree char *safe = ts_text_escape_unsafe (unmatched[i], -1);

      g_string_append_printf (words, "%s“%s”", i > 0 ? ", " : "", safe);
    }
  if (words->len > 0)
    /* Translators: %s is a list of quoted words */
    g_printerr (_("Showing errors that match some of your words; none has %s.\n"), words->str);
  else
    g_printerr (_("Showing errors that match some of your words.\n"));
}

/* The catalog of --catalog, or the built-in one and the user's; %NULL
 * (and said why) if it cannot be loaded */
static TsCatalog *
load_catalog (const char *catalog_file)
{
  g_autoptr(TsCatalog) catalog = NULL;
  g_autoptr(GError) error = NULL;

  if (catalog_file != NULL)
    {
      catalog = ts_catalog_new_from_file (catalog_file, NULL, &error);
    }
  else
    {
      g_autoptr(GPtrArray) problems = NULL;

      /* with the extra catalogs; one that fails is skipped, and said so */
      catalog = ts_catalog_new_with_extras (NULL, NULL, &problems, &error);
      for (guint i = 0; problems != NULL && i < problems->len; i++)
        {
          g_autofree char *problem = ts_text_escape_unsafe (g_ptr_array_index (problems, i), -1);

          /* Translators: %s is a file name and what is wrong with it */
          g_printerr (_("Skipped the catalog %s\n"), problem);
        }
    }

  if (catalog == NULL)
    {
      g_autofree char *file = ts_text_escape_unsafe (catalog_file != NULL ? catalog_file : _("(built-in)"), -1);
      g_autofree char *message = ts_text_escape_unsafe (error->message, -1);

      /* Translators: the first %s is a file name, the second what is wrong with it */
      g_printerr (_("Cannot load the catalog %s: %s\n"), file, message);
      return NULL;
    }

  return g_steal_pointer (&catalog);
}

/**
 * ts_cli_run:
 * @catalog_file: (nullable): a catalog to use instead of the built-in one
 * @query: (nullable): what to search for, or %NULL to list the catalog
 * @json: whether to print JSON instead of lines
 *
 * Prints the matches of @query, best first, in the UI language.
 *
 * Returns: the exit status
 */
TsCliStatus
ts_cli_run (const char *catalog_file,
            const char *query,
            gboolean    json)
{
  g_autoptr(TsCatalog) catalog = load_catalog (catalog_file);
  g_autoptr(TsSearchResult) result = NULL;
  TsLanguage language = ts_localizer_get_ui_language (ts_localizer_get_default ());

  if (catalog == NULL)
    return TS_CLI_FAILED;

  result = ts_catalog_search (catalog, query != NULL ? query : "");

  if (json)
    print_json (catalog, result, language);
  else
    print_lines (catalog, result, language);

  if (!json)
    say_partial (result);

  if (ts_search_result_get_n_matches (result) == 0)
    {
      g_autofree char *shown = quote_query (query != NULL ? query : "");
      const char *suggestion = ts_search_result_get_suggestion (result);

      /* --list of an empty catalog says nothing */
      if (!json && query != NULL)
        g_printerr (_("No error matches “%s”.\n"), shown);
      if (!json && suggestion != NULL)
        {
          g_autofree char *safe = ts_text_escape_unsafe (suggestion, -1);

          g_printerr (_("Did you mean %s?\n"), safe);
        }
      return TS_CLI_NO_MATCH;
    }

  return TS_CLI_MATCHED;
}

/* --scan */

typedef struct
{
  TsLanguage language;
  guint64 n_printed;
} ScanOutput;

/* "16451 0x4043 PLAY_NOT_ALLOWED", "-10012", "join room timeout": what the
 * entry has of these, escaped */
static char *
describe_entry (TsEntry *entry)
{
  const char *parts[] = { ts_entry_get_code_text (entry), ts_entry_get_hex (entry), ts_entry_get_name (entry) };
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i] != NULL)
      {
        if (text->len > 0)
          g_string_append_c (text, ' ');
        g_string_append (text, parts[i]);
      }

  return ts_text_escape_unsafe (text->str, text->len);
}

static void
print_finding_line (const TsLogFinding *finding,
                    gpointer            user_data)
{
  ScanOutput *output = user_data;
  g_autofree char *name = describe_entry (finding->entry);
  g_autofree char *summary = ts_text_escape_unsafe (ts_entry_get_summary (finding->entry, output->language), -1);

  g_print ("%" G_GUINT64_FORMAT ": %s — %s\n", finding->line, name, summary);
  output->n_printed++;
}

/* Prints @separator, then the value built in @builder, pretty, its lines
 * indented by @indent */
static void
print_json_item (JsonBuilder *builder,
                 const char  *separator,
                 const char  *indent)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autofree char *text = NULL;
  g_autofree char *safe = NULL;
  g_auto(GStrv) lines = NULL;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  safe = escape_json (text);
  /* JSON-GLib writes a new line in a string as \n: a line break is layout */
  lines = g_strsplit (safe, "\n", -1);

  fputs (separator, stdout);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (i > 0)
        fputc ('\n', stdout);
      fputs (indent, stdout);
      fputs (lines[i], stdout);
    }
}

static void
print_finding_json (const TsLogFinding *finding,
                    gpointer            user_data)
{
  ScanOutput *output = user_data;
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "line");
  json_builder_add_int_value (builder, (gint64) finding->line);
  json_builder_set_member_name (builder, "column");
  json_builder_add_int_value (builder, (gint64) finding->column);
  json_builder_set_member_name (builder, "match");
  json_builder_add_string_value (builder, finding->match);
  json_builder_set_member_name (builder, "entry");
  add_entry_json (builder, finding->entry, output->language, NULL);
  json_builder_end_object (builder);

  print_json_item (builder, output->n_printed++ == 0 ? "\n" : ",\n", "    ");
}

/* The end of the JSON object: the errors and the number of lines. The
 * findings came first, as they were found: a log's lines are only counted
 * at its end. */
static void
print_tallies_json (TsLogScan  *scan,
                    ScanOutput *output)
{
  guint n = ts_log_scan_get_n_tallies (scan);

  fputs (output->n_printed > 0 ? "\n  ],\n  \"errors\" : [" : "],\n  \"errors\" : [", stdout);
  for (guint i = 0; i < n; i++)
    {
      const TsLogTally *tally = ts_log_scan_get_tally (scan, i);
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "entry");
      add_entry_json (builder, tally->entry, output->language, NULL);
      json_builder_set_member_name (builder, "count");
      json_builder_add_int_value (builder, (gint64) tally->n_lines);
      json_builder_set_member_name (builder, "first_line");
      json_builder_add_int_value (builder, (gint64) tally->first_line);
      json_builder_set_member_name (builder, "last_line");
      json_builder_add_int_value (builder, (gint64) tally->last_line);
      json_builder_end_object (builder);

      print_json_item (builder, i == 0 ? "\n" : ",\n", "    ");
    }
  fprintf (stdout, "%s\n  \"lines\" : %" G_GUINT64_FORMAT "\n}\n",
           n > 0 ? "\n  ]," : "],", ts_log_scan_get_n_lines (scan));
  fflush (stdout);
}

static void
print_tallies_lines (TsLogScan *scan)
{
  guint64 n_lines = ts_log_scan_get_n_lines (scan);
  g_autofree char *lines = g_strdup_printf ("%" G_GUINT64_FORMAT, n_lines);

  /* Translators: headings of the table that ends --scan (lines naming an error, the first, the last, the error), over numbers 8 columns wide */
  g_print ("\n%8s %8s %8s  %s\n", C_("scan table", "Lines"), C_("scan table", "First"),
           C_("scan table", "Last"), C_("scan table", "Error"));
  for (guint i = 0; i < ts_log_scan_get_n_tallies (scan); i++)
    {
      const TsLogTally *tally = ts_log_scan_get_tally (scan, i);
      g_autofree char *name = describe_entry (tally->entry);

      g_print ("%8" G_GUINT64_FORMAT " %8" G_GUINT64_FORMAT " %8" G_GUINT64_FORMAT "  %s\n",
               tally->n_lines, tally->first_line, tally->last_line, name);
    }
  /* Translators: %s is a number of lines */
  g_print (ngettext ("%s line scanned.\n", "%s lines scanned.\n", n_lines), lines);
}

/* Standard input, read as it comes (GIO's stream for it is Unix-only API) */
static gboolean
read_stdin (TsLogScan  *scan,
            GError    **error)
{
  g_autofree guint8 *chunk = g_malloc (64 * 1024);

  for (;;)
    {
      gssize n = read (STDIN_FILENO, chunk, 64 * 1024);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;

          g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), g_strerror (saved_errno));
          return FALSE;
        }
      if (n == 0)
        return ts_log_scan_finish (scan, error);
      if (!ts_log_scan_push (scan, chunk, n, error))
        return FALSE;
    }
}

static void
print_read_error (const char   *shown_file,
                  const GError *error)
{
  g_autofree char *message = ts_text_escape_unsafe (error->message, -1);

  /* Translators: the first %s is a file name (or “standard input”), the second what went wrong */
  g_printerr (_("Cannot read %s: %s\n"), shown_file, message);
}

/**
 * ts_cli_scan:
 * @catalog_file: (nullable): a catalog to use instead of the built-in one
 * @log_file: the log, or "-" for standard input
 * @json: whether to print JSON instead of lines
 *
 * Prints the catalog's errors that @log_file names, line by line as they
 * are found, then a table of them in the order they first appear, in the UI
 * language. A gzip-compressed log is read as it is.
 *
 * Returns: the exit status: %TS_CLI_FAILED if the log cannot be read (all
 *   of it), after what it held until there
 */
TsCliStatus
ts_cli_scan (const char *catalog_file,
             const char *log_file,
             gboolean    json)
{
  g_autoptr(TsCatalog) catalog = NULL;
  g_autoptr(TsLogScanner) scanner = NULL;
  g_autoptr(TsLogScan) scan = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  gboolean from_stdin = strcmp (log_file, "-") == 0;
  g_autofree char *shown = ts_text_escape_unsafe (from_stdin ? _("standard input") : log_file, -1);
  ScanOutput output = { ts_localizer_get_ui_language (ts_localizer_get_default ()), 0 };
  gboolean read_all;

  catalog = load_catalog (catalog_file);
  if (catalog == NULL)
    return TS_CLI_FAILED;

  /* a file that cannot be opened prints nothing on standard output */
  if (!from_stdin)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (log_file);

      stream = g_file_read (file, NULL, &error);
      if (stream == NULL)
        {
          print_read_error (shown, error);
          return TS_CLI_FAILED;
        }
    }

  scanner = ts_log_scanner_new (catalog);
  scan = ts_log_scan_new (scanner, json ? print_finding_json : print_finding_line, &output);
  if (json)
    fputs ("{\n  \"findings\" : [", stdout);

  if (from_stdin)
    read_all = read_stdin (scan, &error);
  else
    read_all = ts_log_scan_read_stream (scan, G_INPUT_STREAM (stream), NULL, &error);

  /* what was found before an error is summed up too: a truncated log still says something */
  if (json)
    print_tallies_json (scan, &output);
  else if (ts_log_scan_get_n_findings (scan) > 0)
    print_tallies_lines (scan);

  if (!read_all)
    {
      print_read_error (shown, error);
      return TS_CLI_FAILED;
    }

  if (ts_log_scan_get_n_findings (scan) == 0)
    {
      guint64 n_lines = ts_log_scan_get_n_lines (scan);
      g_autofree char *lines = g_strdup_printf ("%" G_GUINT64_FORMAT, n_lines);

      if (!json)
        /* Translators: the first %s is a file name (or “standard input”), the second a number of lines */
        g_printerr (ngettext ("No error of the catalog in %s (%s line).\n",
                              "No error of the catalog in %s (%s lines).\n", n_lines), shown, lines);
      return TS_CLI_NO_MATCH;
    }

  return TS_CLI_MATCHED;
}
