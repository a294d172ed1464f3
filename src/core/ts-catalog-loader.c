/* ts-catalog-loader.c: read and validate a JSON catalog
 *
 * A catalog is refused whole, with an error naming where it went wrong
 * ("3:14: …" for syntax, "errors[12].code: …" for content), or accepted
 * whole. Checks that json-glib cannot do safely come first: size, UTF-8,
 * and strict JSON syntax with its nesting depth (json-glib 1.6 recurses
 * once per level and overflows the stack on deeply nested input).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-catalog-loader"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "ts-catalog-private.h"
#include "ts-catalog-resources.h"

#define MAX_STRING_LENGTH (64 * 1024)
/* Codes are JavaScript numbers in the SDK; 32 bits hold every known one. */
#define MIN_CODE G_MININT32
#define MAX_CODE G_MAXUINT32

/* The state of loading one file into a builder. */
typedef struct
{
  TsLocalizer *localizer;
  GHashTable *categories_by_id;   /* ids as the file spells them */
  GPtrArray *categories;          /* this file's */
  const char *id_prefix;          /* for the categories of extra catalogs */
  guint first_category;           /* position of this file's first category */
  guint first_entry;              /* file order of this file's first entry */
  GPtrArray *entries;             /* this file's, in file order */

  /* Entries are taken out of the "errors" array as json-glib parses it,
   * so that the whole tree never exists at once (see on_array_element()) */
  int categories_array;           /* which of the arrays and objects */
  int errors_array;               /* in the root these are, or -1 */
  guint depth;
  guint root_containers;          /* arrays and objects in the root so far */
  int container;                  /* the one being parsed */
  gboolean categories_loaded;
  gboolean streaming;
} Loader;

struct _TsCatalogBuilder
{
  TsLocalizer *localizer;
  char *name;
  GPtrArray *categories;
  GPtrArray *entries;
  GHashTable *metadata;
};

static void
line_column (const char *data,
             gsize       offset,
             guint      *line,
             guint      *column)
{
  *line = 1;
  *column = 1;
  for (gsize i = 0; i < offset; i++)
    {
      if (data[i] == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else if (((guchar) data[i] & 0xC0) != 0x80)
        {
          (*column)++;
        }
    }
}

static gboolean
check_encoding (const char  *data,
                gsize        size,
                GError     **error)
{
  const char *end = NULL;
  guint line, column;

  if (g_utf8_validate_len (data, size, &end))
    return TRUE;

  line_column (data, end - data, &line, &column);
  g_set_error (error, TS_CATALOG_ERROR, TS_CATALOG_ERROR_ENCODING,
               "%u:%u: %s", line, column,
               *end == '\0' ? "NUL byte in text" : "invalid UTF-8");
  return FALSE;
}

static gboolean
syntax_error (const char  *data,
              gsize        offset,
              const char  *what,
              GError     **error)
{
  guint line, column;

  line_column (data, offset, &line, &column);
  g_set_error (error, TS_CATALOG_ERROR, TS_CATALOG_ERROR_SYNTAX, "%u:%u: %s", line, column, what);
  return FALSE;
}

/* Four hex digits of a \u escape, as a UTF-16 code unit. */
static gboolean
read_unit (const char *p,
           const char *end,
           gunichar   *unit)
{
  *unit = 0;
  if (end - p < 4)
    return FALSE;
  for (guint i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return FALSE;
      *unit = *unit * 16 + digit;
    }
  return TRUE;
}

/* How many bytes follow the backslash of a JSON escape at @p, or 0 if it
 * is not one. A surrogate must come as a pair: json-glib reads the two
 * characters after a lone one as "\u" without looking, and so can take a
 * closing quote as part of the string. */
static gsize
escape_length (const char *p,
               const char *end)
{
  gunichar high, low;

  if (p < end && *p != '\0' && strchr ("\"\\/bfnrt", *p) != NULL)
    return 1;
  if (p >= end || *p != 'u' || !read_unit (p + 1, end, &high))
    return 0;
  if (high < 0xD800 || high > 0xDFFF)
    return 5;
  if (high > 0xDBFF || end - p < 11 || p[5] != '\\' || p[6] != 'u' ||
      !read_unit (p + 7, end, &low) || low < 0xDC00 || low > 0xDFFF)
    return 0;
  return 11;
}

/* A first pass over the text, before json-glib parses it. json-glib 1.6
 * recurses once per level of nesting and overflows the stack on deeply
 * nested input, so the depth is checked here first. That check must read
 * the text as the parser does, and json-glib reads more than JSON (comments
 * between slashes, strings in single quotes, lone surrogates) in ways that
 * could hide brackets from it: so only JSON's own syntax is accepted. */
static gboolean
check_syntax (const char  *data,
              gsize        size,
              Loader      *loader,
              GError     **error)
{
  gboolean plain_keys = TRUE;
  guint depth = 0, containers = 0;
  int categories = -1, errors = -1;

  for (gsize i = 0; i < size; i++)
    {
      char c = data[i];

      if (c == '"')
        {
          gsize start = i + 1, end;
          gboolean escaped = FALSE;

          for (i++; i < size && data[i] != '"'; i++)
            {
              if (data[i] == '\\')
                {
                  gsize length = escape_length (data + i + 1, data + size);

                  if (length == 0)
                    return syntax_error (data, i, "not a JSON escape sequence", error);
                  i += length;
                  escaped = TRUE;
                }
            }

          /* a member of the root object: which of its arrays and
           * objects are "categories" and "errors" */
          for (end = i + 1; end < size && strchr (" \t\r\n", data[end]) != NULL; end++)
            ;
          if (depth == 1 && end < size && data[end] == ':')
            {
              gsize length = i - start;

              plain_keys &= !escaped;
              for (end++; end < size && strchr (" \t\r\n", data[end]) != NULL; end++)
                ;
              if (length == 10 && memcmp (data + start, "categories", length) == 0)
                categories = categories < 0 && end < size && data[end] == '[' ? (int) containers : G_MAXINT;
              else if (length == 6 && memcmp (data + start, "errors", length) == 0)
                errors = errors < 0 && end < size && data[end] == '[' ? (int) containers : G_MAXINT;
            }
        }
      else if (c == '\'')
        {
          return syntax_error (data, i, "strings must be in double quotes", error);
        }
      else if (c == '/')
        {
          return syntax_error (data, i, "JSON has no comments", error);
        }
      else if (c == '[' || c == '{')
        {
          if (depth == 1)
            containers++;
          if (++depth > TS_CATALOG_MAX_DEPTH)
            return syntax_error (data, i, "nested more than " G_STRINGIFY (TS_CATALOG_MAX_DEPTH) " levels deep", error);
        }
      else if ((c == ']' || c == '}') && depth > 0)
        {
          depth--;
        }
    }

  /* Entries can be taken as they are parsed only if their categories come
   * first, and only if json-glib will see these two members as the text
   * spells them: once each, and no name with escapes that might be either. */
  if (plain_keys && categories >= 0 && errors != G_MAXINT && categories < errors)
    {
      loader->categories_array = categories;
      loader->errors_array = errors;
    }

  return TRUE;
}

static gboolean
fail (GError         **error,
      TsCatalogError   code,
      const char      *path,
      const char      *member,
      const char      *what)
{
  g_set_error (error, TS_CATALOG_ERROR, code, "%s%s%s: %s",
               path, *path != '\0' ? "." : "", member, what);
  return FALSE;
}

static gboolean
check_text (const char  *text,
            const char  *path,
            const char  *member,
            GError     **error)
{
  const char *p = text;

  if (strlen (text) > MAX_STRING_LENGTH)
    return fail (error, TS_CATALOG_ERROR_RANGE, path, member, "string longer than 64 KiB");
  while (g_ascii_isspace (*p))
    p++;
  if (*p == '\0')
    return fail (error, TS_CATALOG_ERROR_EMPTY, path, member, "empty string");
  return TRUE;
}

/* Looks up @member of @object; a missing member is an error only if @required. */
static gboolean
get_string (JsonObject  *object,
            const char  *path,
            const char  *member,
            gboolean     required,
            const char **out,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return !required || fail (error, TS_CATALOG_ERROR_MISSING, path, member, "missing");
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return fail (error, TS_CATALOG_ERROR_TYPE, path, member, "expected a string");

  *out = json_node_get_string (node);
  return check_text (*out, path, member, error);
}

static gboolean
get_bool (JsonObject  *object,
          const char  *path,
          const char  *member,
          gboolean     fallback,
          gboolean    *out,
          GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = fallback;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return fail (error, TS_CATALOG_ERROR_TYPE, path, member, "expected true or false");

  *out = json_node_get_boolean (node);
  return TRUE;
}

static gboolean
get_array (JsonObject  *object,
           const char  *path,
           const char  *member,
           gboolean     required,
           JsonArray  **out,
           GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return !required || fail (error, TS_CATALOG_ERROR_MISSING, path, member, "missing");
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (error, TS_CATALOG_ERROR_TYPE, path, member, "expected an array");

  *out = json_node_get_array (node);
  return TRUE;
}

static JsonObject *
array_object (JsonArray   *array,
              guint        index,
              const char  *path,
              const char  *member,
              GError     **error)
{
  JsonNode *node = json_array_get_element (array, index);
  g_autofree char *item = NULL;

  if (JSON_NODE_HOLDS_OBJECT (node))
    return json_node_get_object (node);

  item = g_strdup_printf ("%s[%u]", member, index);
  fail (error, TS_CATALOG_ERROR_TYPE, path, item, "expected an object");
  return NULL;
}

/* Fills @forms with the English text and its translations. */
static void
localize (Loader     *loader,
          const char *english,
          char      **forms)
{
  for (guint i = 0; i < TS_N_LANGUAGES; i++)
    forms[i] = ts_localizer_translate (loader->localizer, english, i);
}

/* An optional array of strings; with @forms, each is translated. */
static gboolean
get_strings (Loader      *loader,
             JsonObject  *object,
             const char  *path,
             const char  *member,
             GStrv       *literal,
             GStrv       *forms,
             GError     **error)
{
  JsonArray *array;
  guint n;

  if (!get_array (object, path, member, FALSE, &array, error))
    return FALSE;
  if (array == NULL || json_array_get_length (array) == 0)
    return TRUE;

  n = json_array_get_length (array);
  if (literal != NULL)
    *literal = g_new0 (char *, n + 1);
  else
    for (guint l = 0; l < TS_N_LANGUAGES; l++)
      forms[l] = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autofree char *item = g_strdup_printf ("%s[%u]", member, i);
      const char *text;

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        return fail (error, TS_CATALOG_ERROR_TYPE, path, item, "expected a string");
      text = json_node_get_string (node);
      if (!check_text (text, path, item, error))
        return FALSE;

      if (literal != NULL)
        {
          (*literal)[i] = g_strdup (text);
        }
      else
        {
          for (guint l = 0; l < TS_N_LANGUAGES; l++)
            forms[l][i] = ts_localizer_translate (loader->localizer, text, l);
        }
    }

  return TRUE;
}

static gboolean
check_url (const char  *url,
           const char  *path,
           const char  *member,
           GError     **error)
{
  g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  const char *scheme;

  if (uri == NULL)
    return fail (error, TS_CATALOG_ERROR_LINK, path, member, "not a valid address");

  scheme = g_uri_get_scheme (uri);
  if (g_ascii_strcasecmp (scheme, "https") != 0 && g_ascii_strcasecmp (scheme, "http") != 0)
    return fail (error, TS_CATALOG_ERROR_LINK, path, member, "only http and https links are allowed");
  if (g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    return fail (error, TS_CATALOG_ERROR_LINK, path, member, "link has no host");

  return TRUE;
}

static gboolean
load_links (Loader      *loader,
            JsonObject  *object,
            const char  *path,
            TsEntry     *entry,
            GError     **error)
{
  JsonArray *links;

  if (!get_array (object, path, "links", FALSE, &links, error))
    return FALSE;

  for (guint i = 0; links != NULL && i < json_array_get_length (links); i++)
    {
      g_autofree char *link_path = g_strdup_printf ("%s.links[%u]", path, i);
      JsonObject *link_object = array_object (links, i, path, "links", error);
      const char *title, *url;
      TsLink *link;

      if (link_object == NULL ||
          !get_string (link_object, link_path, "title", TRUE, &title, error) ||
          !get_string (link_object, link_path, "url", TRUE, &url, error) ||
          !check_url (url, link_path, "url", error))
        return FALSE;

      link = g_new0 (TsLink, 1);
      localize (loader, title, link->title);
      link->url = g_strdup (url);
      g_ptr_array_add (entry->links, link);
    }

  return TRUE;
}

static gboolean
load_code (JsonObject  *object,
           const char  *path,
           TsEntry     *entry,
           GError     **error)
{
  JsonNode *node = json_object_get_member (object, "code");

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return fail (error, TS_CATALOG_ERROR_TYPE, path, "code", "expected an integer");

  entry->code = json_node_get_int (node);
  if (entry->code < MIN_CODE || entry->code > (gint64) MAX_CODE)
    return fail (error, TS_CATALOG_ERROR_RANGE, path, "code", "out of range (32 bits)");

  entry->has_code = TRUE;
  entry->code_text = g_strdup_printf ("%" G_GINT64_FORMAT, entry->code);
  if (entry->category->hex_codes && entry->code >= 0)
    entry->hex = g_strdup_printf ("0x%04" G_GINT64_MODIFIER "X", entry->code);

  return TRUE;
}

static TsEntry *
load_entry (Loader      *loader,
            JsonObject  *object,
            const char  *path,
            GError     **error)
{
  g_autoptr(TsEntry) entry = g_object_new (TS_TYPE_ENTRY, NULL);
  const char *category_id, *key, *message, *summary;
  TsCategory *category;

  if (!get_string (object, path, "category", TRUE, &category_id, error))
    return NULL;
  category = g_hash_table_lookup (loader->categories_by_id, category_id);
  if (category == NULL)
    {
      fail (error, TS_CATALOG_ERROR_REFERENCE, path, "category", "no category has this id");
      return NULL;
    }
  entry->category = g_object_ref (category);

  if (!load_code (object, path, entry, error) ||
      !get_string (object, path, "key", FALSE, &key, error) ||
      !get_strings (loader, object, path, "aliases", &entry->aliases, NULL, error) ||
      !get_string (object, path, "message", FALSE, &message, error) ||
      !get_string (object, path, "summary", TRUE, &summary, error) ||
      !get_strings (loader, object, path, "explanation", NULL, entry->explanation, error) ||
      !get_strings (loader, object, path, "remedy", NULL, entry->remedy, error) ||
      !get_strings (loader, object, path, "notes", NULL, entry->notes, error) ||
      !load_links (loader, object, path, entry, error) ||
      !get_bool (object, path, "documented", TRUE, &entry->documented, error))
    return NULL;

  if (!entry->has_code && key == NULL && message == NULL)
    {
      fail (error, TS_CATALOG_ERROR_MISSING, path, "code", "an entry needs a code, a key or a message");
      return NULL;
    }

  entry->key = g_strdup (key);
  entry->message = g_strdup (message);
  localize (loader, summary, entry->summary);

  return g_steal_pointer (&entry);
}

/* Within one category no two entries share a code, a key (or alias) or a message. */
static gboolean
check_unique (GHashTable  *seen,
              TsEntry     *entry,
              const char  *kind,
              const char  *value,
              const char  *path,
              const char  *member,
              GError     **error)
{
  g_autofree char *what = NULL;
  char *id;

  if (value == NULL)
    return TRUE;

  id = g_strdup_printf ("%s\x1f%s\x1f%s", entry->category->id, kind, value);
  if (g_hash_table_add (seen, id))
    return TRUE;

  what = g_strdup_printf ("duplicate %s “%s” in category “%s”", kind, value, entry->category->id);
  return fail (error, TS_CATALOG_ERROR_DUPLICATE, path, member, what);
}

static gboolean
load_categories (Loader      *loader,
                 JsonArray   *array,
                 GError     **error)
{
  if (json_array_get_length (array) == 0)
    return fail (error, TS_CATALOG_ERROR_EMPTY, "", "categories", "no categories");

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("categories[%u]", i);
      JsonObject *object = array_object (array, i, "", "categories", error);
      g_autoptr(TsCategory) category = NULL;
      const char *id, *name, *description;

      if (object == NULL ||
          !get_string (object, path, "id", TRUE, &id, error) ||
          !get_string (object, path, "name", TRUE, &name, error) ||
          !get_string (object, path, "description", FALSE, &description, error))
        return FALSE;

      if (g_hash_table_contains (loader->categories_by_id, id))
        return fail (error, TS_CATALOG_ERROR_DUPLICATE, path, "id", "duplicate category id");

      category = g_object_new (TS_TYPE_CATEGORY, NULL);
      category->id = loader->id_prefix != NULL ? g_strdup_printf ("%s/%s", loader->id_prefix, id) : g_strdup (id);
      category->position = loader->first_category + i;
      localize (loader, name, category->name);
      if (description != NULL)
        localize (loader, description, category->description);
      if (!get_bool (object, path, "hex_codes", FALSE, &category->hex_codes, error))
        return FALSE;

      g_hash_table_insert (loader->categories_by_id, g_strdup (id), category);
      g_ptr_array_add (loader->categories, g_steal_pointer (&category));
    }

  return TRUE;
}

static gboolean
load_metadata (JsonObject  *root,
               GHashTable  *metadata,
               GError     **error)
{
  static const struct { const char *field; gboolean required; } fields[] = {
    { "product", TRUE },
    { "sdk_version", TRUE },
    { "source_language", TRUE },
    { "source", FALSE },
    { "applies_to", FALSE },
  };
  JsonNode *node = json_object_get_member (root, "metadata");
  JsonObject *object;

  if (node == NULL)
    return fail (error, TS_CATALOG_ERROR_MISSING, "", "metadata", "missing");
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, TS_CATALOG_ERROR_TYPE, "", "metadata", "expected an object");

  object = json_node_get_object (node);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const char *value;

      if (!get_string (object, "metadata", fields[i].field, fields[i].required, &value, error))
        return FALSE;
      if (value != NULL)
        g_hash_table_insert (metadata, g_strdup (fields[i].field), g_strdup (value));
    }

  return TRUE;
}

static gboolean
check_version (JsonObject  *root,
               GError     **error)
{
  JsonNode *node = json_object_get_member (root, "format_version");
  gint64 version;

  if (node == NULL)
    return fail (error, TS_CATALOG_ERROR_MISSING, "", "format_version", "missing");
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return fail (error, TS_CATALOG_ERROR_TYPE, "", "format_version", "expected an integer");

  version = json_node_get_int (node);
  if (version != TS_CATALOG_FORMAT_VERSION)
    {
      g_set_error (error, TS_CATALOG_ERROR, TS_CATALOG_ERROR_VERSION,
                   "format_version: unknown version %" G_GINT64_FORMAT " (this program reads version %d)",
                   version, TS_CATALOG_FORMAT_VERSION);
      return FALSE;
    }

  return TRUE;
}

/* Catalog order: category, then code (by magnitude, so that the room-entry
 * codes 10006, -10011, -10012 read as on the error page), then file order;
 * entries without a code follow those with one. */
static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const TsEntry *x = *(TsEntry * const *) a;
  const TsEntry *y = *(TsEntry * const *) b;
  gint64 ax, ay;

  if (x->category->position != y->category->position)
    return x->category->position < y->category->position ? -1 : 1;
  if (x->has_code != y->has_code)
    return x->has_code ? -1 : 1;
  if (!x->has_code)
    return (x->position > y->position) - (x->position < y->position);

  ax = ABS (x->code);
  ay = ABS (y->code);
  if (ax != ay)
    return ax < ay ? -1 : 1;
  if (x->code != y->code)
    return x->code < y->code ? -1 : 1;
  return (x->position > y->position) - (x->position < y->position);
}

/* One element of "errors", added to the loader's entries if it is valid. */
static TsEntry *
load_element (Loader      *loader,
              JsonNode    *node,
              GError     **error)
{
  guint index = loader->entries->len;
  g_autofree char *path = g_strdup_printf ("errors[%u]", index);
  TsEntry *entry;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (error, TS_CATALOG_ERROR_TYPE, "", path, "expected an object");
      return NULL;
    }
  entry = load_entry (loader, json_node_get_object (node), path, error);
  if (entry == NULL)
    return NULL;

  entry->position = loader->first_entry + index;
  g_ptr_array_add (loader->entries, entry);
  return entry;
}

static gboolean
check_entry_unique (GHashTable  *seen,
                    TsEntry     *entry,
                    guint        index,
                    GError     **error)
{
  g_autofree char *path = g_strdup_printf ("errors[%u]", index);

  if (!check_unique (seen, entry, "code", entry->code_text, path, "code", error) ||
      !check_unique (seen, entry, "key", entry->key, path, "key", error) ||
      !check_unique (seen, entry, "message", entry->message, path, "message", error))
    return FALSE;
  for (guint a = 0; entry->aliases != NULL && entry->aliases[a] != NULL; a++)
    {
      g_autofree char *member = g_strdup_printf ("aliases[%u]", a);

      if (!check_unique (seen, entry, "key", entry->aliases[a], path, member, error))
        return FALSE;
    }

  return TRUE;
}

/* The entries taken while parsing, then the rest: each valid and unique,
 * checked in file order, so that the first fault is the one reported. */
static gboolean
load_entries (Loader      *loader,
              JsonObject  *root,
              GError     **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint taken = loader->entries->len;
  JsonArray *array;

  if (!get_array (root, "", "errors", TRUE, &array, error))
    return FALSE;

  for (guint i = 0; i < taken; i++)
    if (!check_entry_unique (seen, g_ptr_array_index (loader->entries, i), i, error))
      return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      TsEntry *entry = load_element (loader, json_array_get_element (array, i), error);

      if (entry == NULL || !check_entry_unique (seen, entry, taken + i, error))
        return FALSE;
    }

  return TRUE;
}

/* Taking entries while json-glib parses. A parsed tree takes about seven
 * times the size of its text (340 MB for a 47 MB catalog of 100,000
 * entries), and GLib 2.74 keeps its freed nodes in the slice allocator's
 * cache, which it then trims all at once some 15 s later, stalling the
 * window for a few hundred milliseconds. Taken one by one, an entry's nodes
 * are freed before the next entry's are made, and made from them.
 *
 * The handlers count levels and the arrays and objects of the root:
 * check_syntax() has found which of those are "categories" and "errors".
 * (Counting the root's members would need "object-member", emitted for
 * every member of every object, at some cost for a small catalog.) An
 * element that is not a valid entry stops the taking, and load_entries()
 * reports it later, in the order the checks have without this. */
static void
on_container_start (JsonParser *parser,
                    Loader     *loader)
{
  if (loader->depth == 1)
    loader->container = loader->root_containers++;
  loader->depth++;
}

static void
on_array_start (JsonParser *parser,
                Loader     *loader)
{
  on_container_start (parser, loader);
  if (loader->depth == 2)
    loader->streaming = loader->categories_loaded && loader->container == loader->errors_array;
}

static void
on_container_end (JsonParser *parser,
                  gpointer    container,
                  Loader     *loader)
{
  if (--loader->depth == 1)
    loader->streaming = FALSE;
}

static void
on_array_end (JsonParser *parser,
              JsonArray  *array,
              Loader     *loader)
{
  on_container_end (parser, array, loader);
  if (loader->depth != 1 || loader->container != loader->categories_array)
    return;

  loader->categories_loaded = load_categories (loader, array, NULL);
  if (!loader->categories_loaded)
    {
      /* again after the checks that come before them */
      g_hash_table_remove_all (loader->categories_by_id);
      g_ptr_array_set_size (loader->categories, 0);
    }
}

static void
on_array_element (JsonParser *parser,
                  JsonArray  *array,
                  int         index,
                  Loader     *loader)
{
  guint last = json_array_get_length (array) - 1;

  if (!loader->streaming || loader->depth != 2)
    return;

  if (load_element (loader, json_array_get_element (array, last), NULL) != NULL)
    json_array_remove_element (array, last);
  else
    loader->streaming = FALSE;
}

/* Parses and validates one catalog, adding it to @builder only if all of it is valid. */
static gboolean
add_bytes (TsCatalogBuilder  *builder,
           GBytes            *bytes,
           const char        *id_prefix,
           GError           **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GHashTable) categories_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) categories = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) metadata = NULL;
  g_autoptr(GError) parse_error = NULL;
  Loader loader = {
    .localizer = builder->localizer,
    .categories_by_id = categories_by_id,
    .categories = categories,
    .id_prefix = id_prefix,
    .first_category = builder->categories->len,
    .first_entry = builder->entries->len,
    .entries = entries,
    .categories_array = -1,
    .errors_array = -1,
    .container = -1,
  };
  JsonArray *categories_array;
  JsonObject *root_object;
  JsonNode *root;
  const char *data;
  gsize size;

  data = g_bytes_get_data (bytes, &size);
  if (size > TS_CATALOG_MAX_SIZE)
    {
      g_set_error (error, TS_CATALOG_ERROR, TS_CATALOG_ERROR_TOO_LARGE,
                   "file too large (%" G_GSIZE_FORMAT " bytes; the limit is %d MiB)",
                   size, TS_CATALOG_MAX_SIZE / (1024 * 1024));
      return FALSE;
    }
  if (size == 0)
    {
      g_set_error_literal (error, TS_CATALOG_ERROR, TS_CATALOG_ERROR_SYNTAX, "empty file");
      return FALSE;
    }
  if (!check_encoding (data, size, error) || !check_syntax (data, size, &loader, error))
    return FALSE;

  parser = json_parser_new ();
  g_signal_connect (parser, "object-start", G_CALLBACK (on_container_start), &loader);
  g_signal_connect (parser, "array-start", G_CALLBACK (on_array_start), &loader);
  g_signal_connect (parser, "object-end", G_CALLBACK (on_container_end), &loader);
  g_signal_connect (parser, "array-end", G_CALLBACK (on_array_end), &loader);
  g_signal_connect (parser, "array-element", G_CALLBACK (on_array_element), &loader);
  if (!json_parser_load_from_data (parser, data, size, &parse_error))
    {
      const char *message = parse_error->message;

      /* json-glib says "<data>:LINE:COL: Parse error: …" */
      if (g_str_has_prefix (message, "<data>:"))
        message += strlen ("<data>:");
      g_set_error_literal (error, TS_CATALOG_ERROR, TS_CATALOG_ERROR_SYNTAX, message);
      return FALSE;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, TS_CATALOG_ERROR, TS_CATALOG_ERROR_TYPE,
                           "the catalog must be a JSON object");
      return FALSE;
    }

  root_object = json_node_get_object (root);
  metadata = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (!check_version (root_object, error) ||
      !load_metadata (root_object, metadata, error) ||
      (!loader.categories_loaded &&
       (!get_array (root_object, "", "categories", TRUE, &categories_array, error) ||
        !load_categories (&loader, categories_array, error))) ||
      !load_entries (&loader, root_object, error))
    return FALSE;

  /* all of it is valid: keep it */
  g_ptr_array_extend_and_steal (builder->categories, g_steal_pointer (&categories));
  g_ptr_array_extend_and_steal (builder->entries, g_steal_pointer (&entries));
  if (builder->metadata == NULL)
    builder->metadata = g_steal_pointer (&metadata);

  return TRUE;
}

/**
 * ts_catalog_builder_new:
 * @localizer: (nullable): translations for the catalogs' strings, or %NULL for the default
 *
 * Starts a catalog made of one or more catalog files.
 *
 * Returns: (transfer full): a builder
 */
TsCatalogBuilder *
ts_catalog_builder_new (TsLocalizer *localizer)
{
  TsCatalogBuilder *builder = g_new0 (TsCatalogBuilder, 1);

  builder->localizer = localizer != NULL ? localizer : ts_localizer_get_default ();
  builder->categories = g_ptr_array_new_with_free_func (g_object_unref);
  builder->entries = g_ptr_array_new_with_free_func (g_object_unref);
  return builder;
}

/**
 * ts_catalog_builder_add_bytes:
 * @bytes: the JSON text of a catalog
 * @name: where it came from
 * @id_prefix: (nullable): put before the ids of its categories, as in
 *   "PREFIX/ID", to keep them apart from other catalogs'
 * @error: return location for a #GError in %TS_CATALOG_ERROR
 *
 * Adds a catalog, all of it or, if it is not valid, nothing of it.
 *
 * Returns: whether it was valid
 */
gboolean
ts_catalog_builder_add_bytes (TsCatalogBuilder  *builder,
                              GBytes            *bytes,
                              const char        *name,
                              const char        *id_prefix,
                              GError           **error)
{
  g_return_val_if_fail (builder != NULL, FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!add_bytes (builder, bytes, id_prefix, error))
    return FALSE;

  if (builder->name == NULL)
    builder->name = g_strdup (name);
  return TRUE;
}

/**
 * ts_catalog_builder_end:
 * @builder: (transfer full): a builder
 *
 * Returns: (transfer full) (nullable): the catalog of everything added,
 *   or %NULL if nothing was
 */
TsCatalog *
ts_catalog_builder_end (TsCatalogBuilder *builder)
{
  TsCatalog *catalog = NULL;

  g_return_val_if_fail (builder != NULL, NULL);

  if (builder->name != NULL)
    {
      g_ptr_array_sort (builder->entries, compare_entries);
      for (guint i = 0; i < builder->entries->len; i++)
        ((TsEntry *) g_ptr_array_index (builder->entries, i))->position = i;

      catalog = ts_catalog_new_take (g_steal_pointer (&builder->name),
                                     g_steal_pointer (&builder->categories),
                                     g_steal_pointer (&builder->entries),
                                     g_steal_pointer (&builder->metadata));
    }

  ts_catalog_builder_free (builder);
  return catalog;
}

void
ts_catalog_builder_free (TsCatalogBuilder *builder)
{
  if (builder == NULL)
    return;

  g_clear_pointer (&builder->categories, g_ptr_array_unref);
  g_clear_pointer (&builder->entries, g_ptr_array_unref);
  g_clear_pointer (&builder->metadata, g_hash_table_unref);
  g_free (builder->name);
  g_free (builder);
}

/**
 * ts_catalog_new_from_bytes:
 * @bytes: the JSON text of a catalog
 * @name: where it came from, for messages
 * @localizer: (nullable): translations for its strings, or %NULL for the default
 * @error: return location for a #GError in %TS_CATALOG_ERROR
 *
 * Returns: (transfer full): the catalog, or %NULL if @bytes is not a valid
 *   catalog; nothing of it is kept then
 */
TsCatalog *
ts_catalog_new_from_bytes (GBytes       *bytes,
                           const char   *name,
                           TsLocalizer  *localizer,
                           GError      **error)
{
  g_autoptr(TsCatalogBuilder) builder = ts_catalog_builder_new (localizer);

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (!ts_catalog_builder_add_bytes (builder, bytes, name, NULL, error))
    return NULL;
  return ts_catalog_builder_end (g_steal_pointer (&builder));
}

/* The contents of a catalog file, refusing what is no regular file or too large to read. */
static GBytes *
read_file (const char  *filename,
           GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (filename);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GMappedFile) mapped = NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE, "not a regular file");
      return NULL;
    }
  if (g_file_info_get_size (info) > TS_CATALOG_MAX_SIZE)
    {
      g_set_error (error, TS_CATALOG_ERROR, TS_CATALOG_ERROR_TOO_LARGE,
                   "file too large (%" G_GOFFSET_FORMAT " bytes; the limit is %d MiB)",
                   g_file_info_get_size (info), TS_CATALOG_MAX_SIZE / (1024 * 1024));
      return NULL;
    }
  if (g_file_peek_path (file) == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "not a local file");
      return NULL;
    }

  mapped = g_mapped_file_new (g_file_peek_path (file), FALSE, error);
  if (mapped == NULL)
    return NULL;
  return g_mapped_file_get_bytes (mapped);
}

/**
 * ts_catalog_builder_add_file:
 * @filename: a catalog file
 * @id_prefix: (nullable): see ts_catalog_builder_add_bytes()
 * @error: return location for a #GError
 *
 * Returns: whether the file could be read and was a valid catalog
 */
gboolean
ts_catalog_builder_add_file (TsCatalogBuilder  *builder,
                             const char        *filename,
                             const char        *id_prefix,
                             GError           **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (builder != NULL, FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);

  bytes = read_file (filename, error);
  return bytes != NULL && ts_catalog_builder_add_bytes (builder, bytes, filename, id_prefix, error);
}

/**
 * ts_catalog_new_from_file:
 * @filename: a catalog file
 * @localizer: (nullable): translations, or %NULL for the default
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the catalog, or %NULL on error
 */
TsCatalog *
ts_catalog_new_from_file (const char   *filename,
                          TsLocalizer  *localizer,
                          GError      **error)
{
  g_autoptr(TsCatalogBuilder) builder = ts_catalog_builder_new (localizer);

  g_return_val_if_fail (filename != NULL, NULL);

  if (!ts_catalog_builder_add_file (builder, filename, NULL, error))
    return NULL;
  return ts_catalog_builder_end (g_steal_pointer (&builder));
}

static GBytes *
builtin_bytes (GError **error)
{
  return g_resource_lookup_data (ts_catalog_get_resource (),
                                 RESOURCE_PREFIX "/catalog/trtc-web-sdk-v4.json",
                                 G_RESOURCE_LOOKUP_FLAGS_NONE, error);
}

/**
 * ts_catalog_new_builtin:
 * @localizer: (nullable): translations, or %NULL for the default
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the TRTC Web SDK v4 catalog compiled into the program
 */
TsCatalog *
ts_catalog_new_builtin (TsLocalizer  *localizer,
                        GError      **error)
{
  g_autoptr(GBytes) bytes = builtin_bytes (error);

  if (bytes == NULL)
    return NULL;
  return ts_catalog_new_from_bytes (bytes, "built-in", localizer, error);
}

/**
 * ts_catalog_get_user_directory:
 *
 * Returns: (transfer full): where extra catalogs are read from:
 *   $XDG_DATA_HOME/trtc-troubleshooter/catalogs
 */
char *
ts_catalog_get_user_directory (void)
{
  return g_build_filename (g_get_user_data_dir (), "trtc-troubleshooter", "catalogs", NULL);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * ts_catalog_new_with_extras:
 * @directory: (nullable): where the extra catalogs are, or %NULL for
 *   ts_catalog_get_user_directory()
 * @localizer: (nullable): translations, or %NULL for the default
 * @problems: (out) (transfer full) (element-type utf8): the files skipped,
 *   each as "FILE: ERROR"
 * @error: return location for a #GError, set only if the built-in catalog fails
 *
 * The built-in catalog, then every valid "*.json" catalog in @directory in
 * name order (at most %TS_CATALOG_MAX_EXTRAS). A file that fails validation
 * is skipped and named in @problems; a missing directory is no problem.
 *
 * Returns: (transfer full): the catalog
 */
TsCatalog *
ts_catalog_new_with_extras (const char   *directory,
                            TsLocalizer  *localizer,
                            GPtrArray   **problems,
                            GError      **error)
{
  g_autoptr(TsCatalogBuilder) builder = ts_catalog_builder_new (localizer);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *user_directory = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_return_val_if_fail (problems != NULL, NULL);

  *problems = g_ptr_array_new_with_free_func (g_free);

  bytes = builtin_bytes (error);
  if (bytes == NULL || !ts_catalog_builder_add_bytes (builder, bytes, "built-in", NULL, error))
    return NULL;

  if (directory == NULL)
    directory = user_directory = ts_catalog_get_user_directory ();
  dir = g_dir_open (directory, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.' && g_str_has_suffix (name, ".json"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      const char *file = g_ptr_array_index (names, i);
      g_autofree char *path = g_build_filename (directory, file, NULL);
      g_autofree char *prefix = g_strndup (file, strlen (file) - strlen (".json"));
      g_autoptr(GError) file_error = NULL;

      if (i >= TS_CATALOG_MAX_EXTRAS)
        {
          g_ptr_array_add (*problems, g_strdup_printf ("%s: more than %d extra catalogs", file, TS_CATALOG_MAX_EXTRAS));
          continue;
        }
      if (!ts_catalog_builder_add_file (builder, path, prefix, &file_error))
        g_ptr_array_add (*problems, g_strdup_printf ("%s: %s", file, file_error->message));
    }

  return ts_catalog_builder_end (g_steal_pointer (&builder));
}
