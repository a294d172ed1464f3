/* ts-catalog-error.h: how a catalog can be refused, and the limits it must keep
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define TS_CATALOG_ERROR (ts_catalog_error_quark ())

typedef enum
{
  TS_CATALOG_ERROR_TOO_LARGE,
  TS_CATALOG_ERROR_ENCODING,
  TS_CATALOG_ERROR_SYNTAX,
  TS_CATALOG_ERROR_VERSION,
  TS_CATALOG_ERROR_MISSING,
  TS_CATALOG_ERROR_TYPE,
  TS_CATALOG_ERROR_EMPTY,
  TS_CATALOG_ERROR_RANGE,
  TS_CATALOG_ERROR_DUPLICATE,
  TS_CATALOG_ERROR_LINK,
  TS_CATALOG_ERROR_REFERENCE,
} TsCatalogError;

/* The format version this program reads (see data/README.md). */
#define TS_CATALOG_FORMAT_VERSION 1
/* Larger files are refused before parsing. */
#define TS_CATALOG_MAX_SIZE (64 * 1024 * 1024)
/* Extra catalogs read from the user's directory, at most (broken files
 * are skipped without counting). */
#define TS_CATALOG_MAX_EXTRAS 64
/* Categories and entries of all the catalogs put together, at most. */
#define TS_CATALOG_MAX_CATEGORIES 1000
#define TS_CATALOG_MAX_ENTRIES 250000
/* A string, in bytes, and a word of it (characters between spaces): text is
 * laid out in a window, where an unbroken word costs time by its length. */
#define TS_CATALOG_MAX_STRING (64 * 1024)
#define TS_CATALOG_MAX_WORD 256
/* A link's address, in bytes */
#define TS_CATALOG_MAX_URL 2048

GQuark ts_catalog_error_quark (void);

G_END_DECLS
