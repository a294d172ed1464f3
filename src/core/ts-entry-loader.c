/* ts-entry-loader.c: one catalog's JSON text into categories and entries
 *
 * The text has passed ts_json_check(). json-glib parses it; each element of
 * "errors" becomes a TsEntry as soon as it is parsed (see on_array_element()),
 * and everything is checked against the format (data/README.md): a fault
 * anywhere refuses the whole catalog, with an error naming the place, such
 * as "errors[12].code: expected an integer".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-entry-loader"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "ts-catalog-error.h"
#include "ts-category-private.h"
#include "ts-entry-private.h"
#include "ts-entry-loader.h"

/* Codes are JavaScript numbers in the SDK; 32 bits hold every known one
 * (ts_json_check() has refused any other integer). */
#define MIN_CODE G_MININT32
#define MAX_CODE G_MAXUINT32

/* Text that names something stays on one line; prose may break lines. */
typedef enum
{
  TEXT_LINE,
  TEXT_PROSE,
} TextKind;

struct _TsEntryLoader
{
  TsLocalizer *localizer;
  TsEntryLoaderPlace place;
  GHashTable *categories_by_id;   /* ids as the file spells them */
  GPtrArray *categories;
  GPtrArray *entries;             /* in file order */
  GHashTable *metadata;

  /* Entries are taken out of the "errors" array as json-glib parses it,
   * so that the whole tree never exists at once (see on_array_element()) */
  TsJsonLayout layout;
  guint depth;
  guint root_containers;          /* arrays and objects in the root so far */
  int container;                  /* the one being parsed */
  gboolean categories_loaded;
  gboolean streaming;
};

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

/* Bidirectional embeddings, overrides and isolates reorder the text around
 * them: a catalog could make one thing read as another. (The marks LRM, RLM
 * and ALM only nudge neutral characters, and stay allowed.) */
static gboolean
is_bidi_control (gunichar ch)
{
  return (ch >= 0x202A && ch <= 0x202E) || (ch >= 0x2066 && ch <= 0x2069);
}

/* Text is shown in a window and printed in terminals: no control characters
 * (but the line breaks of prose), no bidirectional controls, and no word
 * longer than a window can lay out in good time. */
static gboolean
check_text (const char  *text,
            TextKind     kind,
            const char  *path,
            const char  *member,
            GError     **error)
{
  gboolean blank = TRUE;
  guint word = 0;

  if (strlen (text) > TS_CATALOG_MAX_STRING)
    return fail (error, TS_CATALOG_ERROR_RANGE, path, member, "string longer than 64 KiB");

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);
      g_autofree char *what = NULL;

      if (ch == '\n' && kind == TEXT_PROSE)
        {
          word = 0;
          continue;
        }
      if (ch < 0x20 || (ch >= 0x7F && ch <= 0x9F) || is_bidi_control (ch))
        {
          what = g_strdup_printf ("%s U+%04X is not allowed in text",
                                  is_bidi_control (ch) ? "the bidirectional control" : "the control character", ch);
          return fail (error, TS_CATALOG_ERROR_ENCODING, path, member, what);
        }

      if (g_unichar_isspace (ch))
        {
          word = 0;
          continue;
        }
      blank = FALSE;
      if (++word > TS_CATALOG_MAX_WORD)
        return fail (error, TS_CATALOG_ERROR_RANGE, path, member,
                     "a word longer than " G_STRINGIFY (TS_CATALOG_MAX_WORD) " characters");
    }

  if (blank)
    return fail (error, TS_CATALOG_ERROR_EMPTY, path, member, "empty string");
  return TRUE;
}

/* An address to open in a browser: http or https, to a host, with no user
 * name before it (https://trtc.io@evil.example/ goes to evil.example), and
 * printable ASCII only, as strict parsing wants. */
static gboolean
check_url (const char  *url,
           const char  *path,
           const char  *member,
           GError     **error)
{
  g_autoptr(GUri) uri = NULL;
  const char *scheme;

  if (strlen (url) > TS_CATALOG_MAX_URL)
    return fail (error, TS_CATALOG_ERROR_LINK, path, member, "address longer than 2048 bytes");
  for (const char *p = url; *p != '\0'; p++)
    if ((guchar) *p <= 0x20 || (guchar) *p >= 0x7F)
      return fail (error, TS_CATALOG_ERROR_LINK, path, member,
                   "an address may hold only printable ASCII, without spaces (percent-encode the rest)");

  uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL)
    return fail (error, TS_CATALOG_ERROR_LINK, path, member, "not a valid address");

  scheme = g_uri_get_scheme (uri);
  if (g_ascii_strcasecmp (scheme, "https") != 0 && g_ascii_strcasecmp (scheme, "http") != 0)
    return fail (error, TS_CATALOG_ERROR_LINK, path, member, "only http and https links are allowed");
  if (g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    return fail (error, TS_CATALOG_ERROR_LINK, path, member, "link has no host");
  if (g_uri_get_userinfo (uri) != NULL)
    return fail (error, TS_CATALOG_ERROR_LINK, path, member, "a link may not name a user before its host");

  return TRUE;
}

/* Looks up @member of @object; a missing member is an error only if @required. */
static gboolean
get_string (JsonObject  *object,
            const char  *path,
            const char  *member,
            gboolean     required,
            TextKind     kind,
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
  return check_text (*out, kind, path, member, error);
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
localize (TsEntryLoader *self,
          const char *english,
          char      **forms)
{
  for (guint i = 0; i < TS_N_LANGUAGES; i++)
    forms[i] = ts_localizer_translate (self->localizer, english, i);
}

/* An optional array of strings; with @forms, each is translated. */
static gboolean
get_strings (TsEntryLoader *self,
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
      if (!check_text (text, literal != NULL ? TEXT_LINE : TEXT_PROSE, path, item, error))
        return FALSE;

      if (literal != NULL)
        {
          (*literal)[i] = g_strdup (text);
        }
      else
        {
          for (guint l = 0; l < TS_N_LANGUAGES; l++)
            forms[l][i] = ts_localizer_translate (self->localizer, text, l);
        }
    }

  return TRUE;
}

static gboolean
load_links (TsEntryLoader *self,
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
          !get_string (link_object, link_path, "title", TRUE, TEXT_LINE, &title, error) ||
          !get_string (link_object, link_path, "url", TRUE, TEXT_LINE, &url, error) ||
          !check_url (url, link_path, "url", error))
        return FALSE;

      link = g_new0 (TsLink, 1);
      localize (self, title, link->title);
      link->url = g_strdup (url);
      g_ptr_array_add (entry->links, link);
    }

  return TRUE;
}

/* An optional integer member, of 32 bits; @found says whether there is one. */
static gboolean
get_integer (JsonObject  *object,
             const char  *path,
             const char  *member,
             gboolean    *found,
             gint64      *out,
             GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *found = FALSE;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return fail (error, TS_CATALOG_ERROR_TYPE, path, member, "expected an integer");

  *out = json_node_get_int (node);
  if (*out < MIN_CODE || *out > (gint64) MAX_CODE)
    return fail (error, TS_CATALOG_ERROR_RANGE, path, member, "out of range (32 bits)");
  *found = TRUE;
  return TRUE;
}

/* The same error in other SDK versions: [{"sdk_version": …, "code" | "key" | "message": …}] */
static gboolean
load_counterparts (JsonObject  *object,
                   const char  *path,
                   TsEntry     *entry,
                   GError     **error)
{
  static const char * const fields[] = { "code", "key", "message" };
  JsonArray *array;

  if (!get_array (object, path, "counterparts", FALSE, &array, error))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *item_path = g_strdup_printf ("%s.counterparts[%u]", path, i);
      JsonObject *item = array_object (array, i, path, "counterparts", error);
      g_autoptr(GString) value = g_string_new (NULL);
      const char *sdk_version, *field = NULL;
      TsCounterpartRef *ref;

      if (item == NULL || !get_string (item, item_path, "sdk_version", TRUE, TEXT_LINE, &sdk_version, error))
        return FALSE;
      for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
        {
          const char *text = NULL;
          gboolean found;
          gint64 code;

          if (!json_object_has_member (item, fields[f]))
            continue;
          if (field != NULL)
            return fail (error, TS_CATALOG_ERROR_TYPE, item_path, fields[f], "a counterpart names one code, key or message");
          field = fields[f];
          if (f == 0 ? !get_integer (item, item_path, field, &found, &code, error)
                     : !get_string (item, item_path, field, TRUE, TEXT_LINE, &text, error))
            return FALSE;
          if (f == 0)
            g_string_printf (value, "%" G_GINT64_FORMAT, code);
          else
            g_string_assign (value, text);
        }
      if (field == NULL)
        return fail (error, TS_CATALOG_ERROR_MISSING, item_path, "code", "a counterpart needs a code, a key or a message");

      ref = g_new0 (TsCounterpartRef, 1);
      ref->sdk_version = g_strdup (sdk_version);
      ref->field = g_strdup (field);
      ref->value = g_string_free (g_steal_pointer (&value), FALSE);
      if (entry->counterpart_refs == NULL)
        entry->counterpart_refs = g_ptr_array_new_with_free_func ((GDestroyNotify) ts_counterpart_ref_free);
      g_ptr_array_add (entry->counterpart_refs, ref);
    }

  return TRUE;
}

static gboolean
load_code (JsonObject  *object,
           const char  *path,
           TsEntry     *entry,
           GError     **error)
{
  if (!get_integer (object, path, "code", &entry->has_code, &entry->code, error) ||
      !get_integer (object, path, "parent", &entry->has_parent, &entry->parent_code, error))
    return FALSE;
  if (!entry->has_code)
    return TRUE;

  entry->code_text = g_strdup_printf ("%" G_GINT64_FORMAT, entry->code);
  if (entry->category->hex_codes && entry->code >= 0)
    entry->hex = g_strdup_printf ("0x%04" G_GINT64_MODIFIER "X", entry->code);

  return TRUE;
}

static TsEntry *
load_entry (TsEntryLoader *self,
            JsonObject  *object,
            const char  *path,
            GError     **error)
{
  g_autoptr(TsEntry) entry = g_object_new (TS_TYPE_ENTRY, NULL);
  const char *category_id, *key, *message, *summary;
  TsCategory *category;

  if (!get_string (object, path, "category", TRUE, TEXT_LINE, &category_id, error))
    return NULL;
  category = g_hash_table_lookup (self->categories_by_id, category_id);
  if (category == NULL)
    {
      fail (error, TS_CATALOG_ERROR_REFERENCE, path, "category", "no category has this id");
      return NULL;
    }
  entry->category = g_object_ref (category);

  if (!load_code (object, path, entry, error) ||
      !get_string (object, path, "key", FALSE, TEXT_LINE, &key, error) ||
      !get_strings (self, object, path, "aliases", &entry->aliases, NULL, error) ||
      !get_string (object, path, "message", FALSE, TEXT_LINE, &message, error) ||
      !get_string (object, path, "summary", TRUE, TEXT_PROSE, &summary, error) ||
      !get_strings (self, object, path, "explanation", NULL, entry->explanation, error) ||
      !get_strings (self, object, path, "remedy", NULL, entry->remedy, error) ||
      !get_strings (self, object, path, "notes", NULL, entry->notes, error) ||
      !get_strings (self, object, path, "keywords", NULL, entry->keywords, error) ||
      !load_links (self, object, path, entry, error) ||
      !load_counterparts (object, path, entry, error) ||
      !get_bool (object, path, "documented", TRUE, &entry->documented, error))
    return NULL;

  if (!entry->has_code && key == NULL && message == NULL)
    {
      fail (error, TS_CATALOG_ERROR_MISSING, path, "code", "an entry needs a code, a key or a message");
      return NULL;
    }

  entry->key = g_strdup (key);
  entry->message = g_strdup (message);
  localize (self, summary, entry->summary);

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
load_categories (TsEntryLoader *self,
                 JsonArray   *array,
                 GError     **error)
{
  if (json_array_get_length (array) == 0)
    return fail (error, TS_CATALOG_ERROR_EMPTY, "", "categories", "no categories");
  if (json_array_get_length (array) > self->place.max_categories)
    return fail (error, TS_CATALOG_ERROR_RANGE, "", "categories",
                 "too many categories (" G_STRINGIFY (TS_CATALOG_MAX_CATEGORIES) " in all at most)");

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("categories[%u]", i);
      JsonObject *object = array_object (array, i, "", "categories", error);
      g_autoptr(TsCategory) category = NULL;
      const char *id, *name, *description;

      if (object == NULL ||
          !get_string (object, path, "id", TRUE, TEXT_LINE, &id, error) ||
          !get_string (object, path, "name", TRUE, TEXT_LINE, &name, error) ||
          !get_string (object, path, "description", FALSE, TEXT_PROSE, &description, error))
        return FALSE;

      if (g_hash_table_contains (self->categories_by_id, id))
        return fail (error, TS_CATALOG_ERROR_DUPLICATE, path, "id", "duplicate category id");

      category = g_object_new (TS_TYPE_CATEGORY, NULL);
      category->id = self->place.id_prefix != NULL ? g_strdup_printf ("%s/%s", self->place.id_prefix, id) : g_strdup (id);
      category->position = self->place.first_category + i;
      localize (self, name, category->name);
      if (description != NULL)
        localize (self, description, category->description);
      if (!get_bool (object, path, "hex_codes", FALSE, &category->hex_codes, error))
        return FALSE;

      g_hash_table_insert (self->categories_by_id, g_strdup (id), category);
      g_ptr_array_add (self->categories, g_steal_pointer (&category));
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

      if (!get_string (object, "metadata", fields[i].field, fields[i].required, TEXT_PROSE, &value, error))
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

/* One element of "errors", added to the loader's entries if it is valid. */
static TsEntry *
load_element (TsEntryLoader *self,
              JsonNode    *node,
              GError     **error)
{
  guint index = self->entries->len;
  g_autofree char *path = g_strdup_printf ("errors[%u]", index);
  TsEntry *entry;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (error, TS_CATALOG_ERROR_TYPE, "", path, "expected an object");
      return NULL;
    }
  entry = load_entry (self, json_node_get_object (node), path, error);
  if (entry == NULL)
    return NULL;

  entry->position = self->place.first_entry + index;
  g_ptr_array_add (self->entries, entry);
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
load_entries (TsEntryLoader *self,
              JsonObject  *root,
              GError     **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint taken = self->entries->len;
  JsonArray *array;

  if (!get_array (root, "", "errors", TRUE, &array, error))
    return FALSE;

  for (guint i = 0; i < taken; i++)
    if (!check_entry_unique (seen, g_ptr_array_index (self->entries, i), i, error))
      return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      TsEntry *entry = load_element (self, json_array_get_element (array, i), error);

      if (entry == NULL || !check_entry_unique (seen, entry, taken + i, error))
        return FALSE;
    }

  return TRUE;
}

static char *
code_in_category (TsCategory *category,
                  gint64      code)
{
  return g_strdup_printf ("%u %" G_GINT64_FORMAT, category->position, code);
}

/* The entry each "parent" names: one of this catalog's with that code, in
 * the same category if there is one; one level only. */
static gboolean
find_parents (TsEntryLoader  *self,
              GError        **error)
{
  g_autoptr(GHashTable) by_code = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) in_category = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* the first of each code (codes are unique within a category) */
  for (guint i = self->entries->len; i > 0; i--)
    {
      TsEntry *entry = g_ptr_array_index (self->entries, i - 1);

      if (!entry->has_code)
        continue;
      g_hash_table_insert (by_code, &entry->code, entry);
      g_hash_table_insert (in_category, code_in_category (entry->category, entry->code), entry);
    }

  for (guint i = 0; i < self->entries->len; i++)
    {
      TsEntry *entry = g_ptr_array_index (self->entries, i);
      g_autofree char *key = NULL;
      g_autofree char *path = NULL;

      if (!entry->has_parent)
        continue;
      key = code_in_category (entry->category, entry->parent_code);
      entry->parent = g_hash_table_lookup (in_category, key);
      if (entry->parent == NULL)
        entry->parent = g_hash_table_lookup (by_code, &entry->parent_code);

      path = g_strdup_printf ("errors[%u]", i);
      if (entry->parent == NULL)
        return fail (error, TS_CATALOG_ERROR_REFERENCE, path, "parent", "no entry of this catalog has this code");
      if (entry->parent == entry || entry->parent->has_parent)
        return fail (error, TS_CATALOG_ERROR_REFERENCE, path, "parent",
                     "the parent must be an entry without a parent of its own");
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
 * ts_json_check() has found which of those are "categories" and "errors".
 * (Counting the root's members would need "object-member", emitted for
 * every member of every object, at some cost for a small catalog.) An
 * element that is not a valid entry stops the taking, and load_entries()
 * reports it later, in the order the checks have without this. */
static void
on_container_start (JsonParser *parser,
                    TsEntryLoader *self)
{
  if (self->depth == 1)
    self->container = self->root_containers++;
  self->depth++;
}

static void
on_array_start (JsonParser *parser,
                TsEntryLoader *self)
{
  on_container_start (parser, self);
  if (self->depth == 2)
    self->streaming = self->categories_loaded && self->container == self->layout.errors;
}

static void
on_container_end (JsonParser *parser,
                  gpointer    container,
                  TsEntryLoader *self)
{
  if (--self->depth == 1)
    self->streaming = FALSE;
}

static void
on_array_end (JsonParser *parser,
              JsonArray  *array,
              TsEntryLoader *self)
{
  on_container_end (parser, array, self);
  if (self->depth != 1 || self->container != self->layout.categories)
    return;

  self->categories_loaded = load_categories (self, array, NULL);
  if (!self->categories_loaded)
    {
      /* again after the checks that come before them */
      g_hash_table_remove_all (self->categories_by_id);
      g_ptr_array_set_size (self->categories, 0);
    }
}

static void
on_array_element (JsonParser *parser,
                  JsonArray  *array,
                  int         index,
                  TsEntryLoader *self)
{
  guint last = json_array_get_length (array) - 1;

  if (!self->streaming || self->depth != 2)
    return;

  if (load_element (self, json_array_get_element (array, last), NULL) != NULL)
    json_array_remove_element (array, last);
  else
    self->streaming = FALSE;
}


/**
 * ts_entry_loader_new:
 * @localizer: translations for the catalog's strings
 * @place: where the catalog goes in the whole
 *
 * Returns: (transfer full): a loader for one catalog
 */
TsEntryLoader *
ts_entry_loader_new (TsLocalizer              *localizer,
                     const TsEntryLoaderPlace *place)
{
  TsEntryLoader *self = g_new0 (TsEntryLoader, 1);

  g_return_val_if_fail (localizer != NULL, NULL);
  g_return_val_if_fail (place != NULL, NULL);

  self->localizer = localizer;
  self->place = *place;
  self->categories_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->categories = g_ptr_array_new_with_free_func (g_object_unref);
  self->entries = g_ptr_array_new_with_free_func (g_object_unref);
  self->metadata = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->container = -1;
  return self;
}

/**
 * ts_entry_loader_load:
 * @data: the catalog's text, which ts_json_check() has accepted
 * @size: its length
 * @layout: what ts_json_check() found
 * @error: return location for a #GError in %TS_CATALOG_ERROR
 *
 * Parses the catalog and checks it against the format.
 *
 * Returns: whether all of it was valid
 */
gboolean
ts_entry_loader_load (TsEntryLoader       *self,
                      const char          *data,
                      gsize                size,
                      const TsJsonLayout  *layout,
                      GError             **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) parse_error = NULL;
  JsonArray *categories;
  JsonObject *root_object;
  JsonNode *root;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (layout != NULL, FALSE);
  g_return_val_if_fail (self->entries->len == 0, FALSE);

  /* before making any of them */
  if (layout->n_errors > self->place.max_entries)
    return fail (error, TS_CATALOG_ERROR_RANGE, "", "errors",
                 "too many entries (" G_STRINGIFY (TS_CATALOG_MAX_ENTRIES) " in all at most)");

  self->layout = *layout;
  g_signal_connect (parser, "object-start", G_CALLBACK (on_container_start), self);
  g_signal_connect (parser, "array-start", G_CALLBACK (on_array_start), self);
  g_signal_connect (parser, "object-end", G_CALLBACK (on_container_end), self);
  g_signal_connect (parser, "array-end", G_CALLBACK (on_array_end), self);
  g_signal_connect (parser, "array-element", G_CALLBACK (on_array_element), self);
  if (!json_parser_load_from_data (parser, data, size, &parse_error))
    {
      const char *message = parse_error->message;

      /* Not expected after ts_json_check(); json-glib says "<data>:LINE:COL: …" */
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
  if (!check_version (root_object, error) ||
      !load_metadata (root_object, self->metadata, error) ||
      (!self->categories_loaded &&
       (!get_array (root_object, "", "categories", TRUE, &categories, error) ||
        !load_categories (self, categories, error))) ||
      !load_entries (self, root_object, error) ||
      !find_parents (self, error))
    return FALSE;

  for (guint i = 0; i < self->categories->len; i++)
    {
      TsCategory *category = g_ptr_array_index (self->categories, i);

      category->product = g_strdup (g_hash_table_lookup (self->metadata, "product"));
      category->sdk_version = g_strdup (g_hash_table_lookup (self->metadata, "sdk_version"));
    }
  return TRUE;
}

/**
 * ts_entry_loader_steal_categories:
 *
 * Returns: (transfer full) (element-type TsCategory): the catalog's categories
 */
GPtrArray *
ts_entry_loader_steal_categories (TsEntryLoader *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_steal_pointer (&self->categories);
}

/**
 * ts_entry_loader_steal_entries:
 *
 * Returns: (transfer full) (element-type TsEntry): the catalog's entries, in file order
 */
GPtrArray *
ts_entry_loader_steal_entries (TsEntryLoader *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_steal_pointer (&self->entries);
}

/**
 * ts_entry_loader_steal_metadata:
 *
 * Returns: (transfer full): the catalog's metadata, field to text
 */
GHashTable *
ts_entry_loader_steal_metadata (TsEntryLoader *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_steal_pointer (&self->metadata);
}

void
ts_entry_loader_free (TsEntryLoader *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->categories_by_id, g_hash_table_unref);
  g_clear_pointer (&self->categories, g_ptr_array_unref);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->metadata, g_hash_table_unref);
  g_free (self);
}
