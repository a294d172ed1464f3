#!/bin/sh
# run-fuzzer.sh: run a libFuzzer target for a bounded time from its seed corpus
#
#   run-fuzzer.sh FUZZER SEED_CORPUS DICTIONARY SECONDS
#
# New inputs go to a temporary corpus; a crash, leak or hang fails the run,
# and its input is kept in the build directory to become a regression case.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

fuzzer=$1 seeds=$2 dict=$3 seconds=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# not exec: the trap must run to remove the temporary corpus
"$fuzzer" "$work" "$seeds" -dict="$dict" -max_total_time="$seconds" -timeout=10 \
  -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
  -artifact_prefix="$(dirname "$fuzzer")/$(basename "$fuzzer")-"
