/* catalog-generator.h: large catalogs of the built-in one's shape, for benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

GBytes *ts_generate_catalog (guint   n_entries,
                             guint32 seed);
