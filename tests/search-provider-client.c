/* search-provider-client.c: calls every method of the installed search provider
 *
 * Run by test-search-provider.sh on a private bus where D-Bus activates the
 * installed application from its service file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gio/gio.h>
#include <string.h>

#define BUS_NAME "io.github.trtctroubleshooter.Troubleshooter"
#define PROVIDER_PATH "/io/github/trtctroubleshooter/Troubleshooter/SearchProvider"
#define PROVIDER "org.gnome.Shell.SearchProvider2"
#define WINDOW_PATH "/io/github/trtctroubleshooter/Troubleshooter/window/1"

static GDBusConnection *bus;

static GVariant *
call (const char  *path,
      const char  *interface,
      const char  *method,
      GVariant    *parameters,
      const char  *reply_type,
      GError     **error)
{
  return g_dbus_connection_call_sync (bus, BUS_NAME, path, interface, method, parameters,
                                      reply_type != NULL ? G_VARIANT_TYPE (reply_type) : NULL,
                                      G_DBUS_CALL_FLAGS_NONE, 20000, NULL, error);
}

static char **
initial (const char * const *terms)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = call (PROVIDER_PATH, PROVIDER, "GetInitialResultSet",
                                    g_variant_new ("(^as)", terms), "(as)", &error);
  char **results = NULL;

  g_assert_no_error (error);
  g_variant_get (reply, "(^as)", &results);
  return results;
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

static void
test_result_sets (void)
{
  assert_first ((const char *[]) { "4096", NULL }, "sdk:4096");
  assert_first ((const char *[]) { "0x4043", NULL }, "sdk:16451");
  assert_first ((const char *[]) { "만료", NULL }, "account:70001");
  assert_first ((const char *[]) { "play", "not", "allowed", NULL }, "sdk:16451");
  /* the Shell splits a pasted log line on spaces; the key and codes among the terms win */
  assert_first ((const char *[]) { "client.join", "failed:", "RtcError:", "JOIN_ROOM_FAILED", "<0x4004>",
                                   "code:", "16388", NULL }, "sdk:16388");
  assert_first ((const char *[]) { "NotAllowedError", NULL }, "common:NotAllowedError");

  {
    g_auto(GStrv) nothing = initial ((const char *[]) { "xyzzy", NULL });

    g_assert_cmpuint (g_strv_length (nothing), ==, 0);
  }

  /* narrowing down */
  {
    g_autoptr(GError) error = NULL;
    const char *previous[] = { "sdk:16451", "sdk:4096", NULL };
    g_autoptr(GVariant) reply = call (PROVIDER_PATH, PROVIDER, "GetSubsearchResultSet",
                                      g_variant_new ("(^as^as)", previous, (const char *[]) { "autoplay", NULL }),
                                      "(as)", &error);
    g_auto(GStrv) results = NULL;

    g_assert_no_error (error);
    g_variant_get (reply, "(^as)", &results);
    g_assert_cmpstr (results[0], ==, "sdk:16451");
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
  const char *ids[] = { "sdk:16451", "account:-8", "sdk:16457", "common:join room timeout", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = call (PROVIDER_PATH, PROVIDER, "GetResultMetas", g_variant_new ("(^as)", ids),
                                    "(aa{sv})", &error);
  g_autoptr(GVariant) metas = NULL;
  g_autoptr(GVariantDict) play = NULL, sdk_app = NULL, h264 = NULL, join = NULL;
  g_autoptr(GVariant) icon = NULL;

  g_assert_no_error (error);
  metas = g_variant_get_child_value (reply, 0);
  g_assert_cmpuint (g_variant_n_children (metas), ==, 4);

  play = meta_of (metas, 0);
  g_assert_cmpstr (lookup (play, "id"), ==, "sdk:16451");
  g_assert_cmpstr (lookup (play, "name"), ==, "PLAY_NOT_ALLOWED (16451)");
  g_assert_cmpstr (lookup (play, "description"), ==, "Autoplay was blocked");
  g_assert_true (g_str_has_prefix (lookup (play, "clipboardText"), "1. Guide the user"));
  icon = g_variant_dict_lookup_value (play, "icon", NULL);
  g_assert_nonnull (icon);

  sdk_app = meta_of (metas, 1);
  g_assert_cmpstr (lookup (sdk_app, "name"), ==, "-8");
  g_assert_cmpstr (lookup (sdk_app, "clipboardText"), ==, "Check that the sdkAppId was entered correctly.");

  /* where the page gives no fix, the summary is copied */
  h264 = meta_of (metas, 2);
  g_assert_cmpstr (lookup (h264, "clipboardText"), ==, lookup (h264, "description"));

  join = meta_of (metas, 3);
  g_assert_cmpstr (lookup (join, "name"), ==, "join room timeout");
}

static void
test_unknown_ids (void)
{
  g_autoptr(GError) metas_error = NULL;
  g_autoptr(GError) activate_error = NULL;
  g_autoptr(GVariant) metas = call (PROVIDER_PATH, PROVIDER, "GetResultMetas",
                                    g_variant_new ("(^as)", (const char *[]) { "sdk:16451", "nope:1", NULL }),
                                    "(aa{sv})", &metas_error);
  g_autoptr(GVariant) activated = call (PROVIDER_PATH, PROVIDER, "ActivateResult",
                                        g_variant_new ("(s^asu)", "nope:1", (const char *[]) { NULL }, 0),
                                        NULL, &activate_error);

  g_assert_null (metas);
  g_assert_error (metas_error, G_DBUS_ERROR, G_DBUS_ERROR_INVALID_ARGS);
  g_assert_null (activated);
  g_assert_error (activate_error, G_DBUS_ERROR, G_DBUS_ERROR_INVALID_ARGS);
  g_assert_false (window_exists ());
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
                    g_variant_new ("(s^asu)", "sdk:4096", (const char *[]) { "4096", NULL }, 0), NULL, &error);
  g_assert_no_error (error);
  g_assert_true (window_exists ());

  launched = call (PROVIDER_PATH, PROVIDER, "LaunchSearch",
                   g_variant_new ("(^asu)", (const char *[]) { "timeout", NULL }, 0), NULL, &error);
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;

  g_test_init (&argc, &argv, NULL);

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/search-provider/result-sets", test_result_sets);
  g_test_add_func ("/search-provider/result-metas", test_result_metas);
  g_test_add_func ("/search-provider/unknown-ids", test_unknown_ids);
  g_test_add_func ("/search-provider/bounded", test_bounded);
  g_test_add_func ("/search-provider/activate", test_activate);

  return g_test_run ();
}
