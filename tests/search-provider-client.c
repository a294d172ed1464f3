/* search-provider-client.c: calls every method of the installed search provider
 *
 * Run by test-search-provider.sh on a private bus where D-Bus activates the
 * installed application from its service file. The script names the
 * directory of the user's extra catalogs there (TS_CLASH_CATALOGS), where
 * this writes a catalog of names that clashed in the old result ids.
 *
 * The last tests serve the provider from this process instead, on this
 * process's own connection, with the catalogs it is given and actions that
 * record what it activates: which entry a result id opens is seen there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ts-catalog-sources.h"
#include "ts-search-provider.h"

#define BUS_NAME "io.github.trtctroubleshooter.Troubleshooter"
#define PROVIDER_PATH "/io/github/trtctroubleshooter/Troubleshooter/SearchProvider"
#define PROVIDER "org.gnome.Shell.SearchProvider2"
#define WINDOW_PATH "/io/github/trtctroubleshooter/Troubleshooter/window/1"

static GDBusConnection *bus;

/* Extra catalogs' categories are prefixed with the file name: "clash/n". */
static const char clash_catalog[] =
  "{\n"
  "  \"format_version\": 1,\n"
  "  \"metadata\": { \"product\": \"Clashing names\", \"sdk_version\": \"1\", \"source_language\": \"en\" },\n"
  "  \"categories\": [\n"
  "    { \"id\": \"n\", \"name\": \"Numbers\" },\n"
  "    { \"id\": \"a:b\", \"name\": \"A colon B\" },\n"
  "    { \"id\": \"a\", \"name\": \"A\" },\n"
  "    { \"id\": \"a\\\\\", \"name\": \"A backslash\" }\n"
  "  ],\n"
  "  \"errors\": [\n"
  "    { \"category\": \"n\", \"code\": 5, \"summary\": \"zqclash code five\" },\n"
  "    { \"category\": \"n\", \"key\": \"5\", \"summary\": \"zqclash key five\" },\n"
  "    { \"category\": \"n\", \"message\": \"5\", \"summary\": \"zqclash message five\" },\n"
  "    { \"category\": \"a:b\", \"key\": \"c\", \"summary\": \"zqclash key c of a:b\" },\n"
  "    { \"category\": \"a\", \"key\": \"b:c\", \"summary\": \"zqclash key b:c of a\" },\n"
  "    { \"category\": \"a\\\\\", \"key\": \":c\", \"summary\": \"zqclash key :c of a backslash\" },\n"
  "    { \"category\": \"a\", \"key\": \"\\\\:c\", \"summary\": \"zqclash key backslash :c of a\" }\n"
  "  ]\n"
  "}\n";

/* The same file changed: an entry before the others, two gone. */
static const char clash_catalog_reloaded[] =
  "{\n"
  "  \"format_version\": 1,\n"
  "  \"metadata\": { \"product\": \"Clashing names\", \"sdk_version\": \"2\", \"source_language\": \"en\" },\n"
  "  \"categories\": [\n"
  "    { \"id\": \"n\", \"name\": \"Numbers\" },\n"
  "    { \"id\": \"a:b\", \"name\": \"A colon B\" },\n"
  "    { \"id\": \"a\", \"name\": \"A\" },\n"
  "    { \"id\": \"a\\\\\", \"name\": \"A backslash\" }\n"
  "  ],\n"
  "  \"errors\": [\n"
  "    { \"category\": \"n\", \"code\": 4, \"summary\": \"zqclash code four\" },\n"
  "    { \"category\": \"n\", \"code\": 5, \"summary\": \"zqclash code five\" },\n"
  "    { \"category\": \"n\", \"key\": \"5\", \"summary\": \"zqclash key five\" },\n"
  "    { \"category\": \"a:b\", \"key\": \"c\", \"summary\": \"zqclash key c of a:b\" },\n"
  "    { \"category\": \"a\\\\\", \"key\": \":c\", \"summary\": \"zqclash key :c of a backslash\" },\n"
  "    { \"category\": \"a\", \"key\": \"\\\\:c\", \"summary\": \"zqclash key backslash :c of a\" }\n"
  "  ]\n"
  "}\n";

typedef struct
{
  const char *id;
  const char *name;
  const char *summary;
  gboolean reloaded;       /* still in clash_catalog_reloaded */
} Clash;

/* KIND:CATEGORY:NAME, "\" and ":" escaped in CATEGORY and NAME */
static const Clash clashes[] = {
  { "code:clash/n:5", "5", "zqclash code five", TRUE },
  { "key:clash/n:5", "5", "zqclash key five", TRUE },
  { "message:clash/n:5", "5", "zqclash message five", FALSE },
  { "key:clash/a\\:b:c", "c", "zqclash key c of a:b", TRUE },
  { "key:clash/a:b\\:c", "b:c", "zqclash key b:c of a", FALSE },
  { "key:clash/a\\\\:\\:c", ":c", "zqclash key :c of a backslash", TRUE },
  { "key:clash/a:\\\\\\:c", "\\:c", "zqclash key backslash :c of a", TRUE },
};

/* Ids of nothing: what a catalog since changed, an old version or anyone
 * on the bus may send. The long ones are added by hostile_ids(). */
static const char * const unknown_ids[] = {
  "", ":", "::", ":::", "\\", "\\\\", "\\:", "code", "code:", "code::", "code:clash/n:",
  "code:clash/n:5:", "code:clash/n:5\\", "code:clash/n:6", "CODE:clash/n:5", "key:clash/n:05",
  "code:clash\\/n:5", "key:clash/a:b:c", "key:clash/a\\:b\\:c", "alias:clash/n:5",
  /* the old "CATEGORY:NAME" ids */
  "clash/n:5", "clash/a:b:c", "sdk:4096", "sdk:16451", "common:NotAllowedError",
  "message:clash/n:5\n", " code:sdk:4096", "code:sdk:4096 ", "만료", "\xef\xbf\xbd",
};

static GPtrArray *
hostile_ids (void)
{
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  GString *colons = g_string_new (NULL), *escapes = g_string_new ("code:"), *long_name = g_string_new ("key:clash/n:");

  for (guint i = 0; i < G_N_ELEMENTS (unknown_ids); i++)
    g_ptr_array_add (ids, g_strdup (unknown_ids[i]));

  while (colons->len < 4 * 1024 * 1024)
    g_string_append (colons, ":\\");
  while (escapes->len < 64 * 1024)
    g_string_append (escapes, "\\\\\\:");
  while (long_name->len < 256 * 1024)
    g_string_append (long_name, "5");
  g_ptr_array_add (ids, g_string_free (colons, FALSE));
  g_ptr_array_add (ids, g_string_free (escapes, FALSE));
  g_ptr_array_add (ids, g_string_free (long_name, FALSE));
  g_ptr_array_add (ids, NULL);
  return ids;
}

typedef struct
{
  GVariant *reply;
  GError *error;
  gboolean done;
} Reply;

static void
got_reply (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Reply *reply = user_data;

  reply->reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &reply->error);
  reply->done = TRUE;
}

/* Waits for the reply while the main context runs, so that a provider of
 * this process (destination: this connection's unique name) answers too. */
static GVariant *
call_on (const char  *destination,
         const char  *path,
         const char  *interface,
         const char  *method,
         GVariant    *parameters,
         const char  *reply_type,
         GError     **error)
{
  Reply reply = { NULL, NULL, FALSE };

  g_dbus_connection_call (bus, destination, path, interface, method, parameters,
                          reply_type != NULL ? G_VARIANT_TYPE (reply_type) : NULL,
                          G_DBUS_CALL_FLAGS_NONE, 20000, NULL, got_reply, &reply);
  while (!reply.done)
    g_main_context_iteration (NULL, TRUE);

  if (reply.error != NULL)
    g_propagate_error (error, reply.error);
  return reply.reply;
}

static GVariant *
call (const char  *path,
      const char  *interface,
      const char  *method,
      GVariant    *parameters,
      const char  *reply_type,
      GError     **error)
{
  return call_on (BUS_NAME, path, interface, method, parameters, reply_type, error);
}

static char **
initial_on (const char         *destination,
            const char * const *terms)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = call_on (destination, PROVIDER_PATH, PROVIDER, "GetInitialResultSet",
                                       g_variant_new ("(^as)", terms), "(as)", &error);
  char **results = NULL;

  g_assert_no_error (error);
  g_variant_get (reply, "(^as)", &results);
  return results;
}

static char **
initial (const char * const *terms)
{
  return initial_on (BUS_NAME, terms);
}

static GVariant *
metas_on (const char         *destination,
          const char * const *ids)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = call_on (destination, PROVIDER_PATH, PROVIDER, "GetResultMetas",
                                       g_variant_new ("(^as)", ids), "(aa{sv})", &error);

  g_assert_no_error (error);
  return g_variant_get_child_value (reply, 0);
}

static void
activate_on (const char *destination,
             const char *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = call_on (destination, PROVIDER_PATH, PROVIDER, "ActivateResult",
                                       g_variant_new ("(s^asu)", id, (const char *[]) { "zqclash", NULL }, 1234),
                                       NULL, &error);

  g_assert_no_error (error);
}

static void
assert_first (const char * const *terms,
              const char         *expected)
{
  g_auto(GStrv) results = initial (terms);

  if (results[0] == NULL || !g_str_equal (results[0], expected))
    g_error ("%s: expected %s first, got %s", terms[0], expected, results[0] != NULL ? results[0] : "nothing");
}

static gboolean
window_exists (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = call (WINDOW_PATH, "org.gtk.Actions", "List", NULL, "(as)", &error);

  return reply != NULL;
}

/* The application's connection: another one means it crashed and D-Bus started it again. */
static char *
name_owner (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                                           "org.freedesktop.DBus", "GetNameOwner",
                                                           g_variant_new ("(s)", BUS_NAME), G_VARIANT_TYPE ("(s)"),
                                                           G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  char *owner = NULL;

  g_assert_no_error (error);
  g_variant_get (reply, "(s)", &owner);
  return owner;
}

static void
test_result_sets (void)
{
  assert_first ((const char *[]) { "4096", NULL }, "code:sdk:4096");
  assert_first ((const char *[]) { "0x4043", NULL }, "code:sdk:16451");
  assert_first ((const char *[]) { "만료", NULL }, "code:account:70001");
  assert_first ((const char *[]) { "play", "not", "allowed", NULL }, "code:sdk:16451");
  /* the Shell splits a pasted log line on spaces; the key and codes among the terms win */
  assert_first ((const char *[]) { "client.join", "failed:", "RtcError:", "JOIN_ROOM_FAILED", "<0x4004>",
                                   "code:", "16388", NULL }, "code:sdk:16388");
  assert_first ((const char *[]) { "NotAllowedError", NULL }, "message:common:NotAllowedError");

  {
    g_auto(GStrv) nothing = initial ((const char *[]) { "xyzzy", NULL });

    g_assert_cmpuint (g_strv_length (nothing), ==, 0);
  }

  /* narrowing down */
  {
    g_autoptr(GError) error = NULL;
    const char *previous[] = { "code:sdk:16451", "code:sdk:4096", NULL };
    g_autoptr(GVariant) reply = call (PROVIDER_PATH, PROVIDER, "GetSubsearchResultSet",
                                      g_variant_new ("(^as^as)", previous, (const char *[]) { "autoplay", NULL }),
                                      "(as)", &error);
    g_auto(GStrv) results = NULL;

    g_assert_no_error (error);
    g_variant_get (reply, "(^as)", &results);
    g_assert_cmpstr (results[0], ==, "code:sdk:16451");
  }

  /* searching does not open the window */
  g_assert_false (window_exists ());
}

static GVariantDict *
meta_of (GVariant *metas,
         guint     index)
{
  g_autoptr(GVariant) meta = g_variant_get_child_value (metas, index);

  return g_variant_dict_new (meta);
}

static const char *
lookup (GVariantDict *dict,
        const char   *key)
{
  const char *value = NULL;

  if (!g_variant_dict_lookup (dict, key, "&s", &value))
    g_error ("no %s in the result meta", key);
  return value;
}

static void
test_result_metas (void)
{
  const char *ids[] = { "code:sdk:16451", "code:account:-8", "code:sdk:16457", "message:common:join room timeout", NULL };
  g_autoptr(GVariant) metas = metas_on (BUS_NAME, ids);
  g_autoptr(GVariantDict) play = NULL, sdk_app = NULL, h264 = NULL, join = NULL;
  g_autoptr(GVariant) icon = NULL;

  g_assert_cmpuint (g_variant_n_children (metas), ==, 4);

  play = meta_of (metas, 0);
  g_assert_cmpstr (lookup (play, "id"), ==, "code:sdk:16451");
  g_assert_cmpstr (lookup (play, "name"), ==, "PLAY_NOT_ALLOWED (16451)");
  g_assert_cmpstr (lookup (play, "description"), ==, "Autoplay was blocked");
  g_assert_true (g_str_has_prefix (lookup (play, "clipboardText"), "1. Guide the user"));
  icon = g_variant_dict_lookup_value (play, "icon", NULL);
  g_assert_nonnull (icon);

  sdk_app = meta_of (metas, 1);
  g_assert_cmpstr (lookup (sdk_app, "name"), ==, "-8");
  g_assert_cmpstr (lookup (sdk_app, "clipboardText"), ==, "Check that the sdkAppId was entered correctly.");

  /* where the page gives no fix, the error named, its summary, and that
   * the page gives none, as Copy Fix does */
  h264 = meta_of (metas, 2);
  g_assert_cmpstr (lookup (h264, "clipboardText"), ==,
                   "NOT_SUPPORTED_H264 (16457 · 0x4049): The current device does not support H.264\n"
                   "The error page gives no fix for this error.");

  join = meta_of (metas, 3);
  g_assert_cmpstr (lookup (join, "id"), ==, "message:common:join room timeout");
  g_assert_cmpstr (lookup (join, "name"), ==, "join room timeout");
}

/* Every id of @clashes (those still in the reloaded catalog if @reloaded) once, in any order. */
static void
assert_clash_ids (char     **results,
                  gboolean   reloaded)
{
  guint expected = 0;

  for (guint i = 0; i < G_N_ELEMENTS (clashes); i++)
    if (!reloaded || clashes[i].reloaded)
      {
        expected++;
        if (!g_strv_contains ((const char * const *) results, clashes[i].id))
          g_error ("no result %s", clashes[i].id);
      }
  for (guint i = 0; results[i] != NULL; i++)
    for (guint j = i + 1; results[j] != NULL; j++)
      g_assert_cmpstr (results[i], !=, results[j]);
  g_assert_cmpuint (g_strv_length (results), ==, expected);
}

/* Each meta is that of the entry its id names: an entry's own summary. */
static void
assert_clash_metas (GVariant *metas,
                    gboolean  reloaded)
{
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (clashes); i++)
    {
      g_autoptr(GVariantDict) meta = NULL;

      if (reloaded && !clashes[i].reloaded)
        continue;
      meta = meta_of (metas, n++);
      g_assert_cmpstr (lookup (meta, "id"), ==, clashes[i].id);
      g_assert_cmpstr (lookup (meta, "name"), ==, clashes[i].name);
      g_assert_cmpstr (lookup (meta, "description"), ==, clashes[i].summary);
    }
  g_assert_cmpuint (g_variant_n_children (metas), ==, n);
}

static const char **
clash_ids (void)
{
  const char **ids = g_new0 (const char *, G_N_ELEMENTS (clashes) + 1);

  for (guint i = 0; i < G_N_ELEMENTS (clashes); i++)
    ids[i] = clashes[i].id;
  return ids;
}

static void
test_clashing_names (void)
{
  g_auto(GStrv) all = initial ((const char *[]) { "zqclash", NULL });
  g_auto(GStrv) five = initial ((const char *[]) { "5", NULL });
  g_autofree const char **ids = clash_ids ();
  g_autoptr(GVariant) metas = NULL;

  assert_clash_ids (all, FALSE);

  /* the code, the key and the message "5" of one category: three results */
  for (guint i = 0; i < 3; i++)
    g_assert_true (g_strv_contains ((const char * const *) five, clashes[i].id));

  metas = metas_on (BUS_NAME, ids);
  assert_clash_metas (metas, FALSE);
  g_assert_false (window_exists ());
}

/* Ids of nothing are left out of the metas, and activate nothing. */
static void
test_unknown_ids (void)
{
  g_autoptr(GPtrArray) hostile = hostile_ids ();
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) mixed = NULL;
  g_autoptr(GVariant) metas = NULL;
  g_autoptr(GVariant) only_unknown = NULL;
  g_autofree char *owner = name_owner ();
  g_autofree char *owner_after = NULL;

  /* known ones among them still get theirs, in their order */
  g_strv_builder_add (builder, "code:sdk:16451");
  g_strv_builder_addv (builder, (const char **) hostile->pdata);
  g_strv_builder_add (builder, clashes[1].id);
  mixed = g_strv_builder_end (builder);
  metas = metas_on (BUS_NAME, (const char * const *) mixed);
  g_assert_cmpuint (g_variant_n_children (metas), ==, 2);
  {
    g_autoptr(GVariantDict) first = meta_of (metas, 0);
    g_autoptr(GVariantDict) second = meta_of (metas, 1);

    g_assert_cmpstr (lookup (first, "id"), ==, "code:sdk:16451");
    g_assert_cmpstr (lookup (second, "id"), ==, clashes[1].id);
    g_assert_cmpstr (lookup (second, "description"), ==, clashes[1].summary);
  }

  only_unknown = metas_on (BUS_NAME, (const char * const *) hostile->pdata);
  g_assert_cmpuint (g_variant_n_children (only_unknown), ==, 0);

  for (guint i = 0; i < hostile->len - 1; i++)
    activate_on (BUS_NAME, g_ptr_array_index (hostile, i));
  g_assert_false (window_exists ());

  /* the same process answered all along */
  owner_after = name_owner ();
  g_assert_cmpstr (owner, ==, owner_after);
}

static void
test_bounded (void)
{
  /* 100 terms of 10 kB: cut to 16 terms of 256 bytes, answered at once */
  g_autoptr(GPtrArray) terms = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) results = NULL;
  gint64 start;

  /* D-Bus strings are valid UTF-8; a cut may fall inside a character */
  for (guint i = 0; i < 100; i++)
    {
      GString *term = g_string_new (NULL);

      while (term->len < 10000)
        g_string_append (term, i % 2 ? "a" : "만");
      g_ptr_array_add (terms, g_string_free (term, FALSE));
    }
  g_ptr_array_add (terms, NULL);

  start = g_get_monotonic_time ();
  results = initial ((const char * const *) terms->pdata);
  g_assert_cmpuint (g_strv_length (results), ==, 0);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
}

static void
test_activate (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) activated = NULL;
  g_autoptr(GVariant) launched = NULL;

  activated = call (PROVIDER_PATH, PROVIDER, "ActivateResult",
                    g_variant_new ("(s^asu)", "code:sdk:4096", (const char *[]) { "4096", NULL }, 0), NULL, &error);
  g_assert_no_error (error);
  g_assert_true (window_exists ());

  launched = call (PROVIDER_PATH, PROVIDER, "LaunchSearch",
                   g_variant_new ("(^asu)", (const char *[]) { "timeout", NULL }, 0), NULL, &error);
  g_assert_no_error (error);

  /* each clashing id is taken; which entry each opens is seen in-process below */
  for (guint i = 0; i < G_N_ELEMENTS (clashes); i++)
    activate_on (BUS_NAME, clashes[i].id);
  g_assert_true (window_exists ());
}

/* The provider in this process */

typedef struct
{
  GApplication *app;
  TsSearchProvider *provider;
  GPtrArray *activations;  /* of "(sv)": action, parameter */
  const char *name;        /* of this connection */
} Local;

static void
record_activation (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  Local *local = user_data;

  g_ptr_array_add (local->activations,
                   g_variant_ref_sink (g_variant_new ("(sv)", g_action_get_name (G_ACTION (action)), parameter)));
}

static const GActionEntry local_actions[] = {
  { .name = TS_SEARCH_PROVIDER_SHOW_ENTRY_ACTION, .activate = record_activation,
    .parameter_type = TS_SEARCH_PROVIDER_SHOW_ENTRY_TYPE },
  { .name = TS_SEARCH_PROVIDER_SHOW_SEARCH_ACTION, .activate = record_activation,
    .parameter_type = TS_SEARCH_PROVIDER_SHOW_SEARCH_TYPE },
};

/* The built-in catalog and @json as the extra catalog "clash.json" */
static TsCatalog *
load_catalog (const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ts-search-provider-XXXXXX", &error);
  g_autofree char *file = NULL;
  TsCatalog *catalog;

  g_assert_no_error (error);
  file = g_build_filename (dir, "clash.json", NULL);
  g_file_set_contents (file, json, -1, &error);
  g_assert_no_error (error);

  catalog = ts_catalog_new_with_extras (dir, NULL, &problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);

  g_assert_no_errno (g_remove (file));
  g_assert_no_errno (g_rmdir (dir));
  return catalog;
}

static void
local_start (Local     *local,
             TsCatalog *catalog)
{
  g_autoptr(GError) error = NULL;

  local->activations = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  local->app = g_application_new (NULL, G_APPLICATION_NON_UNIQUE);
  g_action_map_add_action_entries (G_ACTION_MAP (local->app), local_actions, G_N_ELEMENTS (local_actions), local);
  g_application_register (local->app, NULL, &error);
  g_assert_no_error (error);

  local->provider = ts_search_provider_new (local->app, catalog, NULL);
  ts_search_provider_register (local->provider, bus, &error);
  g_assert_no_error (error);
  local->name = g_dbus_connection_get_unique_name (bus);
}

static void
local_stop (Local *local)
{
  ts_search_provider_unregister (local->provider);
  g_clear_object (&local->provider);
  g_clear_object (&local->app);
  g_clear_pointer (&local->activations, g_ptr_array_unref);
}

/* The entry ActivateResult of @id showed, or NULL if it showed none */
static TsEntry *
local_activate (Local      *local,
                const char *id)
{
  TsCatalog *catalog = ts_search_provider_get_catalog (local->provider);
  const char *action;
  g_autoptr(GVariant) parameter = NULL;
  guint32 position, timestamp;

  g_ptr_array_set_size (local->activations, 0);
  activate_on (local->name, id);
  if (local->activations->len == 0)
    return NULL;

  g_assert_cmpuint (local->activations->len, ==, 1);
  g_variant_get (g_ptr_array_index (local->activations, 0), "(&sv)", &action, &parameter);
  g_assert_cmpstr (action, ==, "show-entry");
  g_variant_get (parameter, "(uu)", &position, &timestamp);
  g_assert_cmpuint (timestamp, ==, 1234);
  g_assert_nonnull (catalog);
  g_assert_cmpuint (position, <, ts_catalog_get_n_entries (catalog));
  return ts_catalog_get_entry (catalog, position);
}

static void
assert_shows (Local       *local,
              const Clash *clash)
{
  TsEntry *entry = local_activate (local, clash->id);

  if (entry == NULL)
    g_error ("%s showed nothing", clash->id);
  g_assert_cmpstr (ts_entry_get_summary (entry, TS_LANGUAGE_ENGLISH), ==, clash->summary);
}

static void
test_local_activate (void)
{
  g_autoptr(TsCatalog) catalog = load_catalog (clash_catalog);
  g_autoptr(GPtrArray) hostile = hostile_ids ();
  g_autofree const char **ids = clash_ids ();
  Local local = { NULL, };

  local_start (&local, catalog);

  {
    g_auto(GStrv) results = initial_on (local.name, (const char *[]) { "zqclash", NULL });
    g_autoptr(GVariant) metas = metas_on (local.name, ids);

    assert_clash_ids (results, FALSE);
    assert_clash_metas (metas, FALSE);
  }

  for (guint i = 0; i < G_N_ELEMENTS (clashes); i++)
    assert_shows (&local, &clashes[i]);
  /* a built-in one, for good measure */
  g_assert_cmpstr (ts_entry_get_key (local_activate (&local, "code:sdk:16451")), ==, "PLAY_NOT_ALLOWED");

  for (guint i = 0; i < hostile->len - 1; i++)
    g_assert_null (local_activate (&local, g_ptr_array_index (hostile, i)));

  /* LaunchSearch: the terms, joined */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GVariant) reply = NULL;
    g_autoptr(GVariant) parameter = NULL;
    const char *action, *query;
    guint32 timestamp;

    g_ptr_array_set_size (local.activations, 0);
    reply = call_on (local.name, PROVIDER_PATH, PROVIDER, "LaunchSearch",
                     g_variant_new ("(^asu)", (const char *[]) { "zqclash", "5", NULL }, 99), NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (local.activations->len, ==, 1);
    g_variant_get (g_ptr_array_index (local.activations, 0), "(&sv)", &action, &parameter);
    g_assert_cmpstr (action, ==, "show-search");
    g_variant_get (parameter, "(&su)", &query, &timestamp);
    g_assert_cmpstr (query, ==, "zqclash 5");
    g_assert_cmpuint (timestamp, ==, 99);
  }

  local_stop (&local);
}

/* Ids from before a reload find their entries in the new catalog, where
 * these moved, and nothing where they are gone. */
static void
test_local_reload (void)
{
  g_autoptr(TsCatalog) catalog = load_catalog (clash_catalog);
  g_autoptr(TsCatalog) reloaded = load_catalog (clash_catalog_reloaded);
  g_autofree const char **ids = clash_ids ();
  Local local = { NULL, };
  guint before;

  local_start (&local, catalog);
  before = ts_entry_get_position (local_activate (&local, clashes[0].id));

  g_object_set (local.provider, "catalog", reloaded, NULL);
  g_assert_true (ts_search_provider_get_catalog (local.provider) == reloaded);

  /* code 4 came before code 5 */
  g_assert_cmpuint (ts_entry_get_position (local_activate (&local, clashes[0].id)), ==, before + 1);
  for (guint i = 0; i < G_N_ELEMENTS (clashes); i++)
    if (clashes[i].reloaded)
      assert_shows (&local, &clashes[i]);
    else
      g_assert_null (local_activate (&local, clashes[i].id));

  {
    g_auto(GStrv) results = initial_on (local.name, (const char *[]) { "zqclash", "five", NULL });
    g_autoptr(GVariant) metas = metas_on (local.name, ids);

    g_assert_true (g_strv_contains ((const char * const *) results, "code:clash/n:5"));
    g_assert_true (g_strv_contains ((const char * const *) results, "key:clash/n:5"));
    g_assert_false (g_strv_contains ((const char * const *) results, "message:clash/n:5"));
    assert_clash_metas (metas, TRUE);
  }

  /* no catalog: nothing found, nothing shown */
  ts_search_provider_set_catalog (local.provider, NULL);
  {
    g_auto(GStrv) results = initial_on (local.name, (const char *[]) { "zqclash", NULL });
    g_autoptr(GVariant) metas = metas_on (local.name, ids);

    g_assert_cmpuint (g_strv_length (results), ==, 0);
    g_assert_cmpuint (g_variant_n_children (metas), ==, 0);
  }
  g_assert_null (local_activate (&local, clashes[0].id));

  local_stop (&local);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  const char *catalogs = g_getenv ("TS_CLASH_CATALOGS");
  g_autofree char *user_directory = ts_catalog_get_user_directory ();
  g_autofree char *clash_file = NULL;

  g_test_init (&argc, &argv, NULL);

  /* the application D-Bus starts reads the extra catalogs of this directory */
  if (catalogs == NULL || g_strcmp0 (catalogs, user_directory) != 0)
    g_error ("TS_CLASH_CATALOGS must be the extra catalogs' directory (run by test-search-provider.sh)");
  g_assert_no_errno (g_mkdir_with_parents (catalogs, 0700));
  clash_file = g_build_filename (catalogs, "clash.json", NULL);
  g_file_set_contents (clash_file, clash_catalog, -1, &error);
  g_assert_no_error (error);

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/search-provider/result-sets", test_result_sets);
  g_test_add_func ("/search-provider/result-metas", test_result_metas);
  g_test_add_func ("/search-provider/clashing-names", test_clashing_names);
  g_test_add_func ("/search-provider/unknown-ids", test_unknown_ids);
  g_test_add_func ("/search-provider/bounded", test_bounded);
  g_test_add_func ("/search-provider/activate", test_activate);
  g_test_add_func ("/search-provider/in-process/activate", test_local_activate);
  g_test_add_func ("/search-provider/in-process/reload", test_local_reload);

  return g_test_run ();
}
