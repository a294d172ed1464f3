/* ts-entry.c: one error of the catalog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-entry"

#include "config.h"

#include "ts-entry-private.h"

G_DEFINE_FINAL_TYPE (TsEntry, ts_entry, G_TYPE_OBJECT)

static const char * const no_strings[] = { NULL };

void
ts_link_free (TsLink *link)
{
  for (guint i = 0; i < TS_N_LANGUAGES; i++)
    g_free (link->title[i]);
  g_free (link->url);
  g_free (link);
}

void
ts_counterpart_ref_free (TsCounterpartRef *ref)
{
  g_free (ref->sdk_version);
  g_free (ref->field);
  g_free (ref->value);
  g_free (ref);
}

static void
ts_entry_finalize (GObject *object)
{
  TsEntry *self = (TsEntry *) object;

  g_clear_object (&self->category);
  g_free (self->code_text);
  g_free (self->hex);
  g_free (self->key);
  g_strfreev (self->aliases);
  g_free (self->message);
  for (guint i = 0; i < TS_N_LANGUAGES; i++)
    {
      g_free (self->summary[i]);
      g_strfreev (self->explanation[i]);
      g_strfreev (self->remedy[i]);
      g_strfreev (self->notes[i]);
      g_strfreev (self->keywords[i]);
    }
  g_clear_pointer (&self->links, g_ptr_array_unref);
  g_clear_pointer (&self->counterpart_refs, g_ptr_array_unref);
  g_clear_pointer (&self->counterparts, g_ptr_array_unref);

  G_OBJECT_CLASS (ts_entry_parent_class)->finalize (object);
}

static void
ts_entry_class_init (TsEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ts_entry_finalize;
}

static void
ts_entry_init (TsEntry *self)
{
  self->links = g_ptr_array_new_with_free_func ((GDestroyNotify) ts_link_free);
  self->documented = TRUE;
}

static const char * const *
strv_or_empty (GStrv strv)
{
  return strv != NULL ? (const char * const *) strv : no_strings;
}

TsCategory *
ts_entry_get_category (TsEntry *self)
{
  g_return_val_if_fail (TS_IS_ENTRY (self), NULL);

  return self->category;
}

gboolean
ts_entry_has_code (TsEntry *self)
{
  g_return_val_if_fail (TS_IS_ENTRY (self), FALSE);

  return self->has_code;
}

gint64
ts_entry_get_code (TsEntry *self)
{
  g_return_val_if_fail (TS_IS_ENTRY (self), 0);

  return self->code;
}

/**
 * ts_entry_get_code_text:
 *
 * Returns: (nullable): the code in decimal, as in "-10012", or %NULL
 */
const char *
ts_entry_get_code_text (TsEntry *self)
{
  g_return_val_if_fail (TS_IS_ENTRY (self), NULL);

  return self->code_text;
}

/**
 * ts_entry_get_hex:
 *
 * Returns: (nullable): the code in hexadecimal, as in "0x404A", or %NULL
 */
const char *
ts_entry_get_hex (TsEntry *self)
{
  g_return_val_if_fail (TS_IS_ENTRY (self), NULL);

  return self->hex;
}

/**
 * ts_entry_get_key:
 *
 * Returns: (nullable): the SDK key as the error page spells it, or %NULL
 */
const char *
ts_entry_get_key (TsEntry *self)
{
  g_return_val_if_fail (TS_IS_ENTRY (self), NULL);

  return self->key;
}

/**
 * ts_entry_get_aliases:
 *
 * Returns: (transfer none): other spellings of the key; never %NULL
 */
const char * const *
ts_entry_get_aliases (TsEntry *self)
{
  g_return_val_if_fail (TS_IS_ENTRY (self), no_strings);

  return strv_or_empty (self->aliases);
}

/**
 * ts_entry_get_message:
 *
 * Returns: (nullable): the literal message as logs show it, or %NULL
 */
const char *
ts_entry_get_message (TsEntry *self)
{
  g_return_val_if_fail (TS_IS_ENTRY (self), NULL);

  return self->message;
}

/**
 * ts_entry_get_name:
 *
 * Returns: (nullable): the entry's name beside its code: its key, else its
 *   message, else %NULL
 */
const char *
ts_entry_get_name (TsEntry *self)
{
  g_return_val_if_fail (TS_IS_ENTRY (self), NULL);

  return self->key != NULL ? self->key : self->message;
}

/**
 * ts_entry_get_title:
 *
 * Returns: what names the entry: its key, else its message, else its code
 */
const char *
ts_entry_get_title (TsEntry *self)
{
  const char *name;

  g_return_val_if_fail (TS_IS_ENTRY (self), NULL);

  name = ts_entry_get_name (self);
  return name != NULL ? name : self->code_text;
}

const char *
ts_entry_get_summary (TsEntry    *self,
                      TsLanguage  language)
{
  g_return_val_if_fail (TS_IS_ENTRY (self), NULL);
  g_return_val_if_fail (language < TS_N_LANGUAGES, NULL);

  return self->summary[language];
}

/**
 * ts_entry_get_explanation:
 *
 * Returns: (transfer none): the paragraphs of the explanation; never %NULL
 */
const char * const *
ts_entry_get_explanation (TsEntry    *self,
                          TsLanguage  language)
{
  g_return_val_if_fail (TS_IS_ENTRY (self), no_strings);
  g_return_val_if_fail (language < TS_N_LANGUAGES, no_strings);

  return strv_or_empty (self->explanation[language]);
}

/**
 * ts_entry_get_remedy:
 *
 * Returns: (transfer none): the steps of the fix, empty where the error
 *   page gives none; never %NULL
 */
const char * const *
ts_entry_get_remedy (TsEntry    *self,
                     TsLanguage  language)
{
  g_return_val_if_fail (TS_IS_ENTRY (self), no_strings);
  g_return_val_if_fail (language < TS_N_LANGUAGES, no_strings);

  return strv_or_empty (self->remedy[language]);
}

/**
 * ts_entry_get_notes:
 *
 * Returns: (transfer none): notes about SDK versions; never %NULL
 */
const char * const *
ts_entry_get_notes (TsEntry    *self,
                    TsLanguage  language)
{
  g_return_val_if_fail (TS_IS_ENTRY (self), no_strings);
  g_return_val_if_fail (language < TS_N_LANGUAGES, no_strings);

  return strv_or_empty (self->notes[language]);
}

/**
 * ts_entry_get_keywords:
 *
 * Returns: (transfer none): words people use for this problem that its text
 *   does not hold: the catalog's own search aids, not the source's text;
 *   never %NULL
 */
const char * const *
ts_entry_get_keywords (TsEntry    *self,
                       TsLanguage  language)
{
  g_return_val_if_fail (TS_IS_ENTRY (self), no_strings);
  g_return_val_if_fail (language < TS_N_LANGUAGES, no_strings);

  return strv_or_empty (self->keywords[language]);
}

gboolean
ts_entry_has_remedy (TsEntry *self)
{
  g_return_val_if_fail (TS_IS_ENTRY (self), FALSE);

  return self->remedy[TS_LANGUAGE_ENGLISH] != NULL && self->remedy[TS_LANGUAGE_ENGLISH][0] != NULL;
}

guint
ts_entry_get_n_links (TsEntry *self)
{
  g_return_val_if_fail (TS_IS_ENTRY (self), 0);

  return self->links->len;
}

const char *
ts_entry_get_link_title (TsEntry    *self,
                         guint       index,
                         TsLanguage  language)
{
  g_return_val_if_fail (TS_IS_ENTRY (self), NULL);
  g_return_val_if_fail (index < self->links->len, NULL);
  g_return_val_if_fail (language < TS_N_LANGUAGES, NULL);

  return ((TsLink *) g_ptr_array_index (self->links, index))->title[language];
}

/**
 * ts_entry_get_link_url:
 *
 * Returns: the address, always http or https (the loader checks)
 */
const char *
ts_entry_get_link_url (TsEntry *self,
                       guint    index)
{
  g_return_val_if_fail (TS_IS_ENTRY (self), NULL);
  g_return_val_if_fail (index < self->links->len, NULL);

  return ((TsLink *) g_ptr_array_index (self->links, index))->url;
}

/**
 * ts_entry_get_documented:
 *
 * Returns: %FALSE for codes the SDK defines but the error page does not describe
 */
gboolean
ts_entry_get_documented (TsEntry *self)
{
  g_return_val_if_fail (TS_IS_ENTRY (self), TRUE);

  return self->documented;
}

/**
 * ts_entry_get_position:
 *
 * Returns: the index of the entry in its catalog's order (category, then code)
 */
guint
ts_entry_get_position (TsEntry *self)
{
  g_return_val_if_fail (TS_IS_ENTRY (self), 0);

  return self->position;
}

/**
 * ts_entry_get_product:
 *
 * Returns: what the entry's catalog describes, such as "TRTC Web SDK"
 */
const char *
ts_entry_get_product (TsEntry *self)
{
  g_return_val_if_fail (TS_IS_ENTRY (self), NULL);

  return ts_category_get_product (self->category);
}

/**
 * ts_entry_get_sdk_version:
 *
 * Returns: the SDK versions the entry's catalog describes ("4.x", "5.x")
 */
const char *
ts_entry_get_sdk_version (TsEntry *self)
{
  g_return_val_if_fail (TS_IS_ENTRY (self), NULL);

  return ts_category_get_sdk_version (self->category);
}

/**
 * ts_entry_get_parent:
 *
 * Returns: (transfer none) (nullable): the error this one refines, as an
 *   extraCode refines its code (5302 refines 5300), if any
 */
TsEntry *
ts_entry_get_parent (TsEntry *self)
{
  g_return_val_if_fail (TS_IS_ENTRY (self), NULL);

  return self->parent;
}

/**
 * ts_entry_get_n_counterparts:
 *
 * Returns: how many entries of other SDK versions are the same error
 */
guint
ts_entry_get_n_counterparts (TsEntry *self)
{
  g_return_val_if_fail (TS_IS_ENTRY (self), 0);

  return self->counterparts != NULL ? self->counterparts->len : 0;
}

/**
 * ts_entry_get_counterpart:
 *
 * Returns: (transfer none): the same error in another SDK version's catalog,
 *   as its documentation maps them (a v4 NotAllowedError is v5's 5302)
 */
TsEntry *
ts_entry_get_counterpart (TsEntry *self,
                          guint    index)
{
  g_return_val_if_fail (TS_IS_ENTRY (self), NULL);
  g_return_val_if_fail (index < ts_entry_get_n_counterparts (self), NULL);

  return g_ptr_array_index (self->counterparts, index);
}
