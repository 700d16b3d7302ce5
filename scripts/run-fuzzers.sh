#!/usr/bin/env bash
# Runs every libFuzzer target of a CATCHALL_LIBFUZZER build for N seconds each, starting from the
# committed corpus; new crashers appear as crash-* files in the current directory: minimise them
# and commit them under fuzz/corpus/<name>/ so the replay test keeps them fixed.
set -euo pipefail
build=${1:?build dir}; seconds=${2:-60}
for fuzzer in "$build"/fuzz/fuzz_*; do
  name=$(basename "$fuzzer"); name=${name#fuzz_}
  work=$(mktemp -d)
  cp -r "fuzz/corpus/$name/." "$work/" 2>/dev/null || true
  echo "fuzzing $name for ${seconds}s"
  "$fuzzer" -max_total_time="$seconds" -max_len=65536 "$work"
done
