/* ts-cli.c: the terminal interface: search and list without a display
 *
 * Runs from TsApplication::handle-local-options, before GTK is initialized
 * and before the application registers on the bus.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <stdio.h>

#include "ts-catalog.h"
#include "ts-catalog-builder.h"
#include "ts-catalog-sources.h"
#include "ts-cli.h"
#include "ts-search.h"

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

static void
add_entry_json (JsonBuilder *builder,
                TsEntry     *entry,
                TsLanguage   language)
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
  json_builder_end_object (builder);
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

  json_builder_begin_array (builder);
  for (guint i = 0; i < ts_search_result_get_n_matches (result); i++)
    {
      guint position = ts_search_result_get_position (result, i);

      add_entry_json (builder, ts_catalog_get_entry (catalog, position), language);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);

  /* JSON is UTF-8 whatever the locale's character set */
  fputs (text, stdout);
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

      const char *name = ts_entry_get_key (entry) != NULL ? ts_entry_get_key (entry)
                                                          : ts_entry_get_message (entry);

      g_print ("%7s  %-6s  %s%s%s\n",
               code != NULL ? code : "",
               hex != NULL ? hex : "",
               name != NULL ? name : "",
               name != NULL ? " — " : "",
               ts_entry_get_summary (entry, language));
    }
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
  g_autoptr(TsCatalog) catalog = NULL;
  g_autoptr(TsSearchResult) result = NULL;
  g_autoptr(GError) error = NULL;
  TsLanguage language = ts_localizer_get_ui_language (ts_localizer_get_default ());

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
        /* Translators: %s is a file name and what is wrong with it */
        g_printerr (_("Skipped the catalog %s\n"), (const char *) g_ptr_array_index (problems, i));
    }

  if (catalog == NULL)
    {
      /* Translators: the first %s is a file name, the second what is wrong with it */
      g_printerr (_("Cannot load the catalog %s: %s\n"),
                  catalog_file != NULL ? catalog_file : _("(built-in)"), error->message);
      return TS_CLI_FAILED;
    }

  result = ts_catalog_search (catalog, query != NULL ? query : "");

  if (json)
    print_json (catalog, result, language);
  else
    print_lines (catalog, result, language);

  if (ts_search_result_get_n_matches (result) == 0)
    {
      g_autofree char *shown = g_utf8_make_valid (query, -1);

      if (!json)
        g_printerr (_("No error matches “%s”.\n"), shown);
      return TS_CLI_NO_MATCH;
    }

  return TS_CLI_MATCHED;
}
