/* ts-widget-test-utils.h: waiting for the main loop, for the widget tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ts-localizer.h"

/* How long wait_until() waits before it fails; a test file may set its own. */
#ifndef WAIT_SECONDS
#define WAIT_SECONDS 10
#endif

/* One turn of the main loop, or a short sleep when nothing is ready */
static inline void
iterate (void)
{
  if (!g_main_context_iteration (NULL, FALSE))
    g_usleep (G_USEC_PER_SEC / 1000);
}

/* Runs the main loop until @condition holds; fails after WAIT_SECONDS. */
#define wait_until(condition)                                                               \
  G_STMT_START                                                                              \
  {                                                                                         \
    gint64 deadline_ = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;             \
                                                                                            \
    while (!(condition))                                                                    \
      {                                                                                     \
        if (g_get_monotonic_time () > deadline_)                                            \
          g_error ("%s:%d: timed out waiting until %s", __FILE__, __LINE__, #condition);    \
        iterate ();                                                                         \
      }                                                                                     \
  }                                                                                         \
  G_STMT_END

/* The first widget of @type under @root, depth first, or %NULL */
static inline GtkWidget *
find_descendant (GtkWidget *root,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Whether the tests run in Korean (LANGUAGE=ko) */
static inline gboolean
korean (void)
{
  return ts_localizer_get_ui_language (ts_localizer_get_default ()) == TS_LANGUAGE_KOREAN;
}
