/* ts-color-scheme.c: follow the desktop's colour scheme and contrast, live
 *
 * GTK 4.8 leaves this to libadwaita, which this program does not use. The
 * desktop says "prefer dark" through the Settings portal
 * (org.freedesktop.appearance color-scheme: 0 no preference, 1 dark,
 * 2 light), where a portal runs; else through GNOME's own setting,
 * org.gnome.desktop.interface color-scheme. High contrast is GNOME's
 * org.gnome.desktop.a11y.interface high-contrast. They are applied to
 * GtkSettings: prefer-dark-theme, and GTK's own HighContrast themes.
 *
 * The portal is asked asynchronously, not to delay the first frame.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-color-scheme"

#include "config.h"

#include "ts-color-scheme.h"

struct _TsColorScheme
{
  GObject parent_instance;

  GCancellable *cancellable;
  GDBusProxy *portal;
  GSettings *interface;       /* org.gnome.desktop.interface, if installed */
  GSettings *a11y;            /* org.gnome.desktop.a11y.interface, if installed */
  gboolean portal_answers;    /* the portal has a color-scheme: it decides */
  gboolean prefer_dark;
  gboolean high_contrast;
  gboolean applied_dark;      /* what GtkSettings was last given */
  gboolean applied_contrast;
};

G_DEFINE_FINAL_TYPE (TsColorScheme, ts_color_scheme, G_TYPE_OBJECT)

/* GtkSettings is only touched where it differs from what the desktop says:
 * each change loads the theme's style sheet again, which takes longer than
 * the rest of the first frame's work. */
static void
apply (TsColorScheme *self)
{
  GtkSettings *settings = gtk_settings_get_default ();

  if (settings == NULL ||
      (self->prefer_dark == self->applied_dark && self->high_contrast == self->applied_contrast))
    return;

  if (self->prefer_dark != self->applied_dark)
    g_object_set (settings, "gtk-application-prefer-dark-theme", self->prefer_dark, NULL);
  if (self->high_contrast)
    g_object_set (settings, "gtk-theme-name", self->prefer_dark ? "HighContrastInverse" : "HighContrast", NULL);
  else if (self->applied_contrast)
    gtk_settings_reset_property (settings, "gtk-theme-name");
  self->applied_dark = self->prefer_dark;
  self->applied_contrast = self->high_contrast;
}

static GSettings *
settings_if_installed (const char *schema_id,
                       const char *key)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source == NULL)
    return NULL;
  schema = g_settings_schema_source_lookup (source, schema_id, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, key))
    return NULL;
  return g_settings_new (schema_id);
}

static void
read_settings (TsColorScheme *self)
{
  if (!self->portal_answers && self->interface != NULL)
    self->prefer_dark = g_settings_get_enum (self->interface, "color-scheme") == 1;  /* prefer-dark */
  if (self->a11y != NULL)
    self->high_contrast = g_settings_get_boolean (self->a11y, "high-contrast");
  apply (self);
}

/* The portal's color-scheme, as a uint32 inside one or two variants. */
static void
take_portal_value (TsColorScheme *self,
                   GVariant      *value)
{
  g_autoptr(GVariant) inner = g_variant_ref (value);

  while (g_variant_is_of_type (inner, G_VARIANT_TYPE_VARIANT))
    {
      GVariant *next = g_variant_get_variant (inner);

      g_variant_unref (inner);
      inner = next;
    }
  if (!g_variant_is_of_type (inner, G_VARIANT_TYPE_UINT32))
    return;

  /* "no preference" leaves it to GNOME's setting, where there is one */
  self->portal_answers = g_variant_get_uint32 (inner) != 0 || self->interface == NULL;
  self->prefer_dark = g_variant_get_uint32 (inner) == 1;
  read_settings (self);
}

static void
on_portal_signal (GDBusProxy    *proxy,
                  const char    *sender,
                  const char    *signal,
                  GVariant      *parameters,
                  TsColorScheme *self)
{
  const char *name_space, *key;
  g_autoptr(GVariant) value = NULL;

  if (g_strcmp0 (signal, "SettingChanged") != 0 ||
      !g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(ssv)")))
    return;

  g_variant_get (parameters, "(&s&sv)", &name_space, &key, &value);
  if (g_str_equal (name_space, "org.freedesktop.appearance") && g_str_equal (key, "color-scheme"))
    take_portal_value (self, value);
}

static void
on_read (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GVariant) reply = g_dbus_proxy_call_finish (G_DBUS_PROXY (object), result, NULL);
  g_autoptr(GVariant) value = NULL;

  /* no portal, or one without the key: GNOME's setting decides */
  if (reply == NULL || !g_variant_is_of_type (reply, G_VARIANT_TYPE ("(v)")))
    return;
  g_variant_get (reply, "(v)", &value);
  take_portal_value (TS_COLOR_SCHEME (user_data), value);
}

static void
on_portal (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  GDBusProxy *portal = g_dbus_proxy_new_for_bus_finish (result, &error);
  TsColorScheme *self;

  if (portal == NULL)
    return;   /* cancelled, or no session bus */

  self = TS_COLOR_SCHEME (user_data);
  self->portal = portal;
  g_signal_connect_object (portal, "g-signal", G_CALLBACK (on_portal_signal), self, 0);
  g_dbus_proxy_call (portal, "Read", g_variant_new ("(ss)", "org.freedesktop.appearance", "color-scheme"),
                     G_DBUS_CALL_FLAGS_NONE, 2000, self->cancellable, on_read, self);
}

static void
ts_color_scheme_dispose (GObject *object)
{
  TsColorScheme *self = TS_COLOR_SCHEME (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->portal);
  g_clear_object (&self->interface);
  g_clear_object (&self->a11y);

  G_OBJECT_CLASS (ts_color_scheme_parent_class)->dispose (object);
}

static void
ts_color_scheme_class_init (TsColorSchemeClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ts_color_scheme_dispose;
}

static void
ts_color_scheme_init (TsColorScheme *self)
{
  self->cancellable = g_cancellable_new ();
}

/**
 * ts_color_scheme_new:
 * @use_portal: whether to ask the Settings portal first
 *
 * Starts following the desktop's colour scheme and contrast, in the
 * default GtkSettings, until the object is disposed.
 *
 * Returns: (transfer full): the follower
 */
TsColorScheme *
ts_color_scheme_new (gboolean use_portal)
{
  TsColorScheme *self = g_object_new (TS_TYPE_COLOR_SCHEME, NULL);
  GtkSettings *settings = gtk_settings_get_default ();

  /* where GTK starts from (its settings.ini may have said dark) */
  if (settings != NULL)
    {
      g_autofree char *theme = NULL;

      g_object_get (settings, "gtk-application-prefer-dark-theme", &self->applied_dark,
                    "gtk-theme-name", &theme, NULL);
      self->applied_contrast = theme != NULL && g_str_has_prefix (theme, "HighContrast");
    }

  self->interface = settings_if_installed ("org.gnome.desktop.interface", "color-scheme");
  self->a11y = settings_if_installed ("org.gnome.desktop.a11y.interface", "high-contrast");
  if (self->interface != NULL)
    g_signal_connect_object (self->interface, "changed::color-scheme", G_CALLBACK (read_settings),
                             self, G_CONNECT_SWAPPED);
  if (self->a11y != NULL)
    g_signal_connect_object (self->a11y, "changed::high-contrast", G_CALLBACK (read_settings),
                             self, G_CONNECT_SWAPPED);
  read_settings (self);

  if (use_portal)
    g_dbus_proxy_new_for_bus (G_BUS_TYPE_SESSION, G_DBUS_PROXY_FLAGS_DO_NOT_LOAD_PROPERTIES,
                              NULL, "org.freedesktop.portal.Desktop", "/org/freedesktop/portal/desktop",
                              "org.freedesktop.portal.Settings", self->cancellable, on_portal, self);
  return self;
}

/**
 * ts_color_scheme_get_prefer_dark:
 *
 * Returns: whether the desktop prefers a dark style
 */
gboolean
ts_color_scheme_get_prefer_dark (TsColorScheme *self)
{
  g_return_val_if_fail (TS_IS_COLOR_SCHEME (self), FALSE);

  return self->prefer_dark;
}
