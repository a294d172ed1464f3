/* test-format.c: copied text, highlights and the result list model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ts-catalog.h"
#include "ts-catalog-builder.h"
#include "ts-format.h"
#include "ts-result-model.h"
#include "ts-text.h"
#include "ts-test-utils.h"

static TsCatalog *catalog;

static TsEntry *
find_key (const char *key)
{
  for (guint i = 0; i < ts_catalog_get_n_entries (catalog); i++)
    if (g_strcmp0 (ts_entry_get_key (ts_catalog_get_entry (catalog, i)), key) == 0)
      return ts_catalog_get_entry (catalog, i);
  g_error ("no entry %s", key);
}

static void
test_remedy (void)
{
  g_autofree char *steps = ts_format_remedy (find_key ("PLAY_NOT_ALLOWED"), TS_LANGUAGE_ENGLISH);
  g_autofree char *korean = ts_format_remedy (find_key ("PLAY_NOT_ALLOWED"), TS_LANGUAGE_KOREAN);
  g_autofree char *single = ts_format_remedy (find_key ("INVALID_PARAMETER"), TS_LANGUAGE_ENGLISH);
  g_autofree char *none = ts_format_remedy (find_key ("CREATE_OFFER_FAILED"), TS_LANGUAGE_ENGLISH);

  g_assert_cmpstr (steps, ==,
                   "1. Guide the user to continue playback with a gesture that calls 'resume()'.\n"
                   "2. See “Handling autoplay restrictions”.");
  g_assert_true (g_str_has_prefix (korean, "1. 사용자는 'resume()'을"));
  g_assert_false (g_str_has_prefix (single, "1."));
  g_assert_null (none);
}

/* What "Copy Fix" copies: the fix with the addresses it refers to, or,
 * where the page gives none, the error named and that it gives none. */
static void
test_fix (void)
{
  g_autofree char *play = ts_format_fix (find_key ("PLAY_NOT_ALLOWED"), NULL, TS_LANGUAGE_ENGLISH);
  g_autofree char *play_ko = ts_format_fix (find_key ("PLAY_NOT_ALLOWED"), NULL, TS_LANGUAGE_KOREAN);
  g_autofree char *none = ts_format_fix (find_key ("CREATE_OFFER_FAILED"), NULL, TS_LANGUAGE_ENGLISH);
  g_autofree char *none_ko = ts_format_fix (find_key ("CREATE_OFFER_FAILED"), NULL, TS_LANGUAGE_KOREAN);

  g_assert_cmpstr (play, ==,
                   "1. Guide the user to continue playback with a gesture that calls 'resume()'.\n"
                   "2. See “Handling autoplay restrictions”.\n"
                   "Handling autoplay restrictions: "
                   "https://web.sdk.qcloud.com/trtc/webrtc/doc/zh-cn/tutorial-21-advanced-auto-play-policy.html");
  /* the autoplay policy link is not referred to by the fix */
  g_assert_null (strstr (play, "developers.google.com"));
  g_assert_nonnull (strstr (play_ko, "tutorial-21-advanced-auto-play-policy.html"));

  g_assert_cmpstr (none, ==, "CREATE_OFFER_FAILED (16389 · 0x4005): Creating the SDP offer failed\n"
                             "The error page gives no fix for this error.");
  g_assert_true (g_str_has_prefix (none_ko, "CREATE_OFFER_FAILED (16389 · 0x4005): "));
  g_assert_null (strstr (none_ko, "The error page"));
}

/* Codes the SDK defines but the page does not describe say so. */
static void
test_undocumented (void)
{
  g_autofree char *block = ts_format_entry (find_key ("SCHEDULE_FAILED"), NULL, TS_LANGUAGE_ENGLISH);
  g_autofree char *documented = ts_format_entry (find_key ("PLAY_NOT_ALLOWED"), NULL, TS_LANGUAGE_ENGLISH);

  g_assert_nonnull (strstr (block, "\nDefined by the SDK, not described in the vendor's error documentation.\n"));
  g_assert_null (strstr (documented, "Defined by the SDK"));
}

static void
test_entry_block (void)
{
  g_autofree char *block = ts_format_entry (find_key ("ICE_TRANSPORT_ERROR"), NULL, TS_LANGUAGE_ENGLISH);
  g_autofree char *no_fix = ts_format_entry (find_key ("CREATE_OFFER_FAILED"), NULL, TS_LANGUAGE_ENGLISH);
  g_autofree char *korean = ts_format_entry (find_key ("ICE_TRANSPORT_ERROR"), NULL, TS_LANGUAGE_KOREAN);
  g_autofree char *account = ts_format_entry (ts_catalog_get_entry (catalog, 29), NULL, TS_LANGUAGE_ENGLISH);

  g_assert_true (g_str_has_prefix (block, "ICE_TRANSPORT_ERROR (16387 · 0x4003)\nSDK error codes\nICE transport connection error\n\nExplanation\n"));
  g_assert_nonnull (strstr (block, "\n\nHow to Fix\nFor the specific ports, see “Port whitelist”."));
  g_assert_nonnull (strstr (block, "\n\nSDK Notes\nDeprecated since SDK 4.6.6"));
  g_assert_nonnull (strstr (block, "\n\nLinks\nPort whitelist: https://intl.cloud.tencent.com/document/product/647/35164\n"));
  g_assert_nonnull (strstr (no_fix, "How to Fix\nThe error page gives no fix for this error."));
  /* headings in the language of the text, whatever the UI's */
  g_assert_nonnull (strstr (korean, "\n\n해결 방법\n"));
  g_assert_nonnull (strstr (korean, "ICE Transport 연결 오류"));
  /* an account error is named by its code, not twice */
  g_assert_true (g_str_has_prefix (account, "-8\nAccount errors\n"));
}

static void
assert_whole_highlights (const char         *text,
                         const char * const *words,
                         const char * const *whole_words,
                         const char         *expected)
{
  g_autoptr(GArray) spans = ts_text_find_highlights (text, words, whole_words);
  g_autoptr(GString) marked = g_string_new (NULL);
  gsize at = 0;

  /* render as text with [brackets] around highlights */
  for (guint i = 0; i < spans->len; i++)
    {
      const TsSpan *span = &g_array_index (spans, TsSpan, i);

      g_string_append_len (marked, text + at, span->start - at);
      g_string_append_c (marked, '[');
      g_string_append_len (marked, text + span->start, span->length);
      g_string_append_c (marked, ']');
      at = span->start + span->length;
    }
  g_string_append (marked, text + at);
  g_assert_cmpstr (marked->str, ==, expected);
}

static void
assert_highlights (const char         *text,
                   const char * const *words,
                   const char         *expected)
{
  assert_whole_highlights (text, words, NULL, expected);
}

static void
test_highlights (void)
{
  assert_highlights ("PLAY_NOT_ALLOWED", (const char *[]) { "play", NULL }, "[PLAY]_NOT_ALLOWED");
  assert_highlights ("PLAY_NOT_ALLOWED", (const char *[]) { "playnotallowed", NULL }, "[PLAY_NOT_ALLOWED]");
  assert_highlights ("PLAY_NOT_ALLOWED", (const char *[]) { "play", "not", "allowed", NULL }, "[PLAY_NOT_ALLOWED]");
  assert_highlights ("0x404A", (const char *[]) { "404a", NULL }, "0x[404A]");
  assert_highlights ("The userSig has expired", (const char *[]) { "usersig", "exp", NULL },
                     "The [userSig] has [exp]ired");
  assert_highlights ("userSig가 만료되었습니다", (const char *[]) { "\u1106\u1105", NULL }, "userSig가 [만료]되었습니다");
  assert_highlights ("userSig가 만료되었습니다", (const char *[]) { "만료", NULL }, "userSig가 [만료]되었습니다");
  assert_highlights ("<b>not markup</b>", (const char *[]) { "b", NULL }, "<[b]>not markup</[b]>");
  assert_highlights ("nothing here", (const char *[]) { "xyz", NULL }, "nothing here");
  assert_highlights ("nothing here", (const char *[]) { NULL }, "nothing here");
  /* words that mark only where they are a whole word, as stop words do */
  assert_whole_highlights ("안내 메시지가 안 보여요", (const char *[]) { "안", "메시지", NULL },
                           (const char *[]) { "안", NULL }, "안내 [메시지]가 [안] 보여요");
  assert_whole_highlights ("Access is not allowed", (const char *[]) { "a", "not", "allow", NULL },
                           (const char *[]) { "a", "not", NULL }, "Access is [not] [allow]ed");
  assert_whole_highlights ("PLAY_NOT_ALLOWED", (const char *[]) { "play", "not", "allowed", NULL },
                           (const char *[]) { "not", NULL }, "[PLAY_NOT_ALLOWED]");
  assert_whole_highlights ("NOTHING_NOT", (const char *[]) { "not", NULL },
                           (const char *[]) { "not", NULL }, "NOTHING_[NOT]");
  /* beside other highlights only, when the query has other words */
  assert_whole_highlights ("Getting a device, or a camera", (const char *[]) { "a", "camera", NULL },
                           (const char *[]) { "a", NULL }, "Getting a device, or [a] [camera]");
  assert_whole_highlights ("The user is not found", (const char *[]) { "is", "not", "found", NULL },
                           (const char *[]) { "is", "not", NULL }, "The user [is] [not] [found]");
  assert_whole_highlights ("The user is not found", (const char *[]) { "the", "th", NULL },
                           (const char *[]) { "the", NULL }, "[Th]e user is not found");
}

/* Terminal-safe text: control, C1 and bidirectional characters and bytes
 * that are not UTF-8 come out as visible escapes, the rest unchanged. */
static void
test_escape_unsafe (void)
{
  static const struct
  {
    const char *text;
    gssize length;
    const char *escaped;
  } cases[] = {
    { "PLAY_NOT_ALLOWED — Autoplay", -1, "PLAY_NOT_ALLOWED — Autoplay" },
    { "", -1, "" },
    /* a title change, a screen clear, a bell */
    { "\x1b]0;pwned\x07", -1, "\\x1b]0;pwned\\x07" },
    { "\x1b[2Jcleared", -1, "\\x1b[2Jcleared" },
    { "over\rwrite\bback", -1, "over\\x0dwrite\\x08back" },
    { "one\nline\ttab", -1, "one\\x0aline\\x09tab" },
    { "del\x7f", -1, "del\\x7f" },
    { "nul\0inside", 10, "nul\\x00inside" },
    /* C1 controls, as UTF-8 (U+0085, U+009B: C forbids them as \u escapes) */
    { "next\xc2\x85line \xc2\x9b" "31m", -1, "next\\u0085line \\u009b31m" },
    /* bidirectional controls and separators */
    { "abc\u202edcba", -1, "abc\\u202edcba" },
    { "\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069", -1,
      "\\u202a\\u202b\\u202c\\u202d\\u2066\\u2067\\u2068\\u2069" },
    { "\u200e\u200f\u061c", -1, "\\u200e\\u200f\\u061c" },
    { "line\u2028para\u2029", -1, "line\\u2028para\\u2029" },
    /* not UTF-8: a stray byte, a truncated sequence, an overlong NUL, a surrogate */
    { "\xff\xfe" "4096", -1, "\\xff\\xfe" "4096" },
    { "cut \xe2\x80", -1, "cut \\xe2\\x80" },
    { "\xc0\x80", -1, "\\xc0\\x80" },
    { "\xed\xa0\x80", -1, "\\xed\\xa0\\x80" },
    /* ordinary text passes: Korean, emoji with a joiner, quotes, a backslash */
    { "자동 재생 금지 오류", -1, "자동 재생 금지 오류" },
    { "👩\u200d💻 😀 “quoted” \\x1b", -1, "👩\u200d💻 😀 “quoted” \\x1b" },
    { "ﾌﾙ width ＡＢＣ ㄱㄴ", -1, "ﾌﾙ width ＡＢＣ ㄱㄴ" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *escaped = ts_text_escape_unsafe (cases[i].text, cases[i].length);

      g_assert_cmpstr (escaped, ==, cases[i].escaped);
      g_assert_true (g_utf8_validate (escaped, -1, NULL));
    }

  g_assert_true (ts_text_is_unsafe_char (0x1B));
  g_assert_true (ts_text_is_unsafe_char (0x9F));
  g_assert_true (ts_text_is_unsafe_char (0x202E));
  g_assert_false (ts_text_is_unsafe_char (' '));
  g_assert_false (ts_text_is_unsafe_char (0xA0));
  g_assert_false (ts_text_is_unsafe_char (0x200D));
  g_assert_false (ts_text_is_unsafe_char (0xAC00));
}

static guint changes;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added)
{
  changes++;
}

static void
test_result_model (void)
{
  g_autoptr(TsResultModel) model = ts_result_model_new ();
  g_autoptr(TsEntry) first = NULL;

  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);

  ts_result_model_set_catalog (model, catalog);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, ts_catalog_get_n_entries (catalog));
  g_assert_cmpuint (changes, ==, 1);

  ts_result_model_set_query (model, "timeout");
  g_assert_cmpuint (changes, ==, 2);
  g_assert_cmpuint (ts_result_model_count_matches (model, TS_ALL_CATEGORIES), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (model)));
  g_assert_cmpuint (ts_result_model_count_matches (model, 0) + ts_result_model_count_matches (model, 1) +
                    ts_result_model_count_matches (model, 2) + ts_result_model_count_matches (model, 3), ==,
                    ts_result_model_count_matches (model, TS_ALL_CATEGORIES));

  /* one category: only its matches, in the same order */
  ts_result_model_set_category (model, 3);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, ts_result_model_count_matches (model, 3));
  first = g_list_model_get_item (G_LIST_MODEL (model), 0);
  g_assert_cmpstr (ts_category_get_id (ts_entry_get_category (first)), ==, "common");
  g_assert_cmpuint (ts_result_model_find_entry (model, first), ==, 0);
  g_assert_cmpuint (ts_result_model_find_entry (model, find_key ("INVALID_PARAMETER")), ==, G_MAXUINT);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (model), 1000));

  /* the same query again changes nothing */
  changes = 0;
  ts_result_model_set_query (model, "timeout");
  g_assert_cmpuint (changes, ==, 0);

  ts_result_model_set_category (model, 99);   /* out of range: all */
  g_assert_cmpint (ts_result_model_get_category (model), ==, TS_ALL_CATEGORIES);
  g_assert_cmpstr (ts_result_model_get_words (model)[0], ==, "timeout");

  ts_result_model_set_catalog (model, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  ts_test_init_i18n ();
  g_test_init (&argc, &argv, NULL);

  catalog = ts_catalog_new_builtin (NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/format/remedy", test_remedy);
  g_test_add_func ("/format/entry-block", test_entry_block);
  g_test_add_func ("/format/fix", test_fix);
  g_test_add_func ("/format/undocumented", test_undocumented);
  g_test_add_func ("/format/highlights", test_highlights);
  g_test_add_func ("/text/escape-unsafe", test_escape_unsafe);
  g_test_add_func ("/result-model/basics", test_result_model);

  status = g_test_run ();
  g_object_unref (catalog);
  return status;
}
