/* test-color-scheme.c: the window follows the desktop's dark style and contrast
 *
 * Through GNOME's settings (the memory backend here); the Settings portal,
 * which a desktop runs, is asked first by the application.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>

#include "ts-color-scheme.h"
#include "ts-test-utils.h"

static gboolean
prefers_dark (void)
{
  gboolean dark = FALSE;

  g_object_get (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", &dark, NULL);
  return dark;
}

static char *
theme_name (void)
{
  char *name = NULL;

  g_object_get (gtk_settings_get_default (), "gtk-theme-name", &name, NULL);
  return name;
}

static void
test_follows_settings (void)
{
  g_autoptr(GSettings) interface = g_settings_new ("org.gnome.desktop.interface");
  g_autoptr(GSettings) a11y = g_settings_new ("org.gnome.desktop.a11y.interface");
  g_autoptr(TsColorScheme) scheme = NULL;
  g_autofree char *high = NULL;
  g_autofree char *inverse = NULL;
  g_autofree char *normal = NULL;

  g_settings_set_string (interface, "color-scheme", "default");
  scheme = ts_color_scheme_new (FALSE);
  g_assert_false (prefers_dark ());

  /* live */
  g_settings_set_string (interface, "color-scheme", "prefer-dark");
  g_assert_true (prefers_dark ());
  g_assert_true (ts_color_scheme_get_prefer_dark (scheme));

  g_settings_set_boolean (a11y, "high-contrast", TRUE);
  inverse = theme_name ();
  g_assert_cmpstr (inverse, ==, "HighContrastInverse");
  g_settings_set_string (interface, "color-scheme", "prefer-light");
  high = theme_name ();
  g_assert_cmpstr (high, ==, "HighContrast");
  g_assert_false (prefers_dark ());

  g_settings_set_boolean (a11y, "high-contrast", FALSE);
  normal = theme_name ();
  g_assert_cmpstr (normal, !=, "HighContrast");
}

static void
count_notify (GObject    *settings,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

/* A light, normal-contrast desktop leaves GtkSettings alone: each change
 * there makes GTK load its theme again, in the first frame's time. */
static void
test_default_touches_nothing (void)
{
  g_autoptr(GSettings) interface = g_settings_new ("org.gnome.desktop.interface");
  g_autoptr(GSettings) a11y = g_settings_new ("org.gnome.desktop.a11y.interface");
  g_autoptr(TsColorScheme) scheme = NULL;
  GtkSettings *settings = gtk_settings_get_default ();
  guint changes = 0;
  gulong theme_id, dark_id;

  g_settings_set_string (interface, "color-scheme", "default");
  g_settings_set_boolean (a11y, "high-contrast", FALSE);
  theme_id = g_signal_connect (settings, "notify::gtk-theme-name", G_CALLBACK (count_notify), &changes);
  dark_id = g_signal_connect (settings, "notify::gtk-application-prefer-dark-theme",
                              G_CALLBACK (count_notify), &changes);

  scheme = ts_color_scheme_new (FALSE);
  g_settings_set_string (interface, "color-scheme", "prefer-light");
  g_assert_cmpuint (changes, ==, 0);

  /* and a change is still followed */
  g_settings_set_string (interface, "color-scheme", "prefer-dark");
  g_assert_cmpuint (changes, ==, 1);
  g_assert_true (prefers_dark ());
  g_settings_set_string (interface, "color-scheme", "default");
  g_assert_false (prefers_dark ());

  g_signal_handler_disconnect (settings, theme_id);
  g_signal_handler_disconnect (settings, dark_id);
}

/* GTK may start dark (its settings.ini): the desktop's light choice still wins */
static void
test_starts_from_gtk_settings (void)
{
  g_autoptr(GSettings) interface = g_settings_new ("org.gnome.desktop.interface");
  g_autoptr(GSettings) a11y = g_settings_new ("org.gnome.desktop.a11y.interface");
  g_autoptr(TsColorScheme) scheme = NULL;

  g_settings_set_string (interface, "color-scheme", "default");
  g_settings_set_boolean (a11y, "high-contrast", FALSE);
  g_object_set (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", TRUE, NULL);

  scheme = ts_color_scheme_new (FALSE);
  g_assert_false (prefers_dark ());
  g_settings_set_string (interface, "color-scheme", "prefer-dark");
  g_assert_true (prefers_dark ());
  g_settings_set_string (interface, "color-scheme", "default");
  g_assert_false (prefers_dark ());
}

int
main (int   argc,
      char *argv[])
{
  ts_test_init_i18n ();
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_test_skip ("no display");
      return g_test_run ();
    }

  g_test_add_func ("/color-scheme/default-touches-nothing", test_default_touches_nothing);
  g_test_add_func ("/color-scheme/follows-settings", test_follows_settings);
  g_test_add_func ("/color-scheme/starts-from-gtk-settings", test_starts_from_gtk_settings);
  return g_test_run ();
}
