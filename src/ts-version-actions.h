/* ts-version-actions.h: a toggle for each SDK version, kept in the settings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define TS_TYPE_VERSION_ACTIONS (ts_version_actions_get_type ())
G_DECLARE_FINAL_TYPE (TsVersionActions, ts_version_actions, TS, VERSION_ACTIONS, GSimpleActionGroup)

TsVersionActions *ts_version_actions_new          (GSettings          *settings,
                                                   GMenu              *menu);
void              ts_version_actions_set_versions (TsVersionActions   *self,
                                                   const char * const *versions);
const char       *ts_version_actions_get_action_name (TsVersionActions *self,
                                                      const char       *version);

G_END_DECLS
