/* catalog-generator.c: large catalogs of the built-in one's shape, for benchmarks
 *
 * Four categories like the built-in catalog's; each entry has a code (hex in
 * the first category), a key of three to five words, a summary, an
 * explanation and one to three remedy steps in English and Korean words, and
 * a link; one entry in eight is a log message instead. Deterministic for a
 * given seed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "catalog-generator.h"

static const char * const english[] = {
  "access", "account", "audio", "browser", "buffer", "camera", "capture", "channel", "check",
  "client", "connection", "console", "device", "error", "expired", "failed", "firewall", "internal",
  "invalid", "join", "key", "length", "login", "media", "microphone", "network", "operation",
  "parameter", "permission", "play", "policy", "port", "publish", "reconnect", "remote", "request",
  "retry", "room", "server", "service", "signal", "signature", "stream", "subscribe", "ticket",
  "timeout", "transport", "user", "video", "websocket", "allowed", "blocked", "setup", "switch",
  "role", "mix", "transcode", "upload", "verify", "quota", "region", "codec", "bitrate", "frame",
};
static const char * const korean[] = {
  "오류", "실패", "만료", "인증", "네트워크", "방", "입장", "카메라", "마이크", "장치", "서버",
  "시간", "초과", "확인", "다시", "시도", "계정", "권한", "연결", "재연결", "방화벽", "고객센터",
};

static const char *
pick (GRand              *rand,
      const char * const *words,
      guint               n)
{
  return words[g_rand_int_range (rand, 0, n)];
}

static void
append_sentence (GString *json,
                 GRand   *rand,
                 guint    n_words)
{
  g_string_append_c (json, '"');
  for (guint i = 0; i < n_words; i++)
    {
      if (i > 0)
        g_string_append_c (json, ' ');
      if (g_rand_int_range (rand, 0, 4) == 0)
        g_string_append (json, pick (rand, korean, G_N_ELEMENTS (korean)));
      else
        g_string_append (json, pick (rand, english, G_N_ELEMENTS (english)));
    }
  g_string_append (json, ".\"");
}

/**
 * ts_generate_catalog:
 * @n_entries: how many entries
 * @seed: the random seed
 *
 * Returns: (transfer full): the JSON text of a valid catalog
 */
GBytes *
ts_generate_catalog (guint   n_entries,
                     guint32 seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  GString *json = g_string_sized_new (n_entries * 400);

  g_string_append (json,
    "{\"format_version\": 1,\n"
    " \"metadata\": {\"product\": \"Generated\", \"sdk_version\": \"0\", \"source_language\": \"en\"},\n"
    " \"categories\": [{\"id\": \"c0\", \"name\": \"Generated codes\", \"hex_codes\": true},\n"
    "   {\"id\": \"c1\", \"name\": \"Generated accounts\"}, {\"id\": \"c2\", \"name\": \"Generated rooms\"},\n"
    "   {\"id\": \"c3\", \"name\": \"Generated messages\"}],\n"
    " \"errors\": [\n");

  for (guint i = 0; i < n_entries; i++)
    {
      guint category = i % 4;

      g_string_append_printf (json, "  %s{\"category\": \"c%u\", ", i > 0 ? "," : "", category);
      if (category == 3 && i % 8 == 3)
        {
          g_string_append (json, "\"message\": ");
          append_sentence (json, rand, 4);
          g_string_truncate (json, json->len - 2);
          g_string_append_printf (json, " %u\", ", i);
        }
      else
        {
          guint n_key_words = g_rand_int_range (rand, 3, 6);

          g_string_append_printf (json, "\"code\": %u, \"key\": \"", 20000 + i);
          for (guint w = 0; w < n_key_words; w++)
            {
              g_autofree char *upper = g_ascii_strup (pick (rand, english, G_N_ELEMENTS (english)), -1);

              g_string_append_printf (json, "%s_", upper);
            }
          g_string_append_printf (json, "%u\", ", i);
        }

      g_string_append (json, "\"summary\": ");
      append_sentence (json, rand, g_rand_int_range (rand, 3, 8));
      g_string_append (json, ", \"explanation\": [");
      append_sentence (json, rand, g_rand_int_range (rand, 8, 20));
      g_string_append (json, "], \"remedy\": [");
      for (guint s = 0, n = g_rand_int_range (rand, 1, 4); s < n; s++)
        {
          if (s > 0)
            g_string_append (json, ", ");
          append_sentence (json, rand, g_rand_int_range (rand, 5, 12));
        }
      g_string_append_printf (json, "], \"links\": [{\"title\": \"Guide\", "
                                    "\"url\": \"https://example.com/errors/%u\"}]}\n", i);
    }

  g_string_append (json, " ]\n}\n");
  return g_string_free_to_bytes (json);
}
