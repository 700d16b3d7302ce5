#!/usr/bin/env bash
# Speed benchmark of `catchall screen` on OpenAlex-like JSON Lines (issue 2). See bench/README.md.
#
#   bench/run_screen_bench.sh [BUILD_DIR]        (default BUILD_DIR: build, a Release build)
#
# Environment: BENCH_MB (default 300) size of the main input; BENCH_BIG_MB (default 1200, 0 to
# skip) size of the memory-check input; BENCH_RUNS (default 3) runs per tool, the median time is
# reported (the tools run in interleaved rounds); BENCH_SEED (default 2024); BENCH_TMP (default a new mktemp dir, deleted at the end
# unless BENCH_KEEP=1); BENCH_REPORT (optional) file that receives a copy of the result table;
# BENCH_NO_BUILD=1 skips `cmake --build`; CATCHALL and GEN override the two binaries.
# Exit status: 0 when every correctness check and every target passes, 1 otherwise.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=$(realpath -m "${1:-${BUILD_DIR:-$ROOT/build}}")
BENCH_MB=${BENCH_MB:-300}
BENCH_BIG_MB=${BENCH_BIG_MB:-1200}
BENCH_RUNS=${BENCH_RUNS:-3}
BENCH_SEED=${BENCH_SEED:-2024}
CATCHALL=${CATCHALL:-$BUILD_DIR/catchall}
GEN=${GEN:-$BUILD_DIR/bench/gen_openalex}
TIME=/usr/bin/time

die() { echo "run_screen_bench: $*" >&2; exit 2; }
log() { echo "== $*" >&2; }

check_tools() {
  [[ -x $TIME ]] || die "$TIME missing: apt-get install time"
  local tool
  for tool in jq node npm gzip cmake; do
    command -v "$tool" >/dev/null || die "$tool not found"
  done
}

# Builds catchall and the generator in BUILD_DIR, enabling the bench targets there if needed.
build_tools() {
  [[ -f $BUILD_DIR/CMakeCache.txt ]] || die "$BUILD_DIR is not configured (make build first)"
  if ! grep -q '^CATCHALL_BENCH:BOOL=ON' "$BUILD_DIR/CMakeCache.txt"; then
    cmake -S "$ROOT" -B "$BUILD_DIR" -DCATCHALL_BENCH=ON >/dev/null
  fi
  grep -q '^CMAKE_BUILD_TYPE:STRING=Release' "$BUILD_DIR/CMakeCache.txt" ||
    echo "run_screen_bench: warning: $BUILD_DIR is not a Release build" >&2
  cmake --build "$BUILD_DIR" --target catchall gen_openalex >&2
}

install_duckdb() {
  if [[ ! -d $ROOT/bench/node_modules/@duckdb/node-api ]]; then
    log "npm ci (bench/package-lock.json)"
    (cd "$ROOT/bench" && npm ci --no-audit --no-fund >&2)
  fi
}

# Generates SIZE MB with the fixed seed; also writes the *.ids side files next to it.
generate() {
  local size=$1 out=$2
  log "generating $size MB into $out"
  nice "$GEN" "$BENCH_SEED" "$size" "$out"
}

median() { sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
maximum() { sort -g | tail -n 1; }

# run_once NAME STDOUT_FILE CMD...: runs CMD once (stdout to STDOUT_FILE) and appends
# "wall_s peak_KB user_s sys_s" to $WORK/NAME.runs.
run_once() {
  local name=$1 stdout_file=$2
  shift 2
  if [[ $name == catchall* ]]; then rm -rf "$WORK/out-$name"; fi
  if ! $TIME -f "%e %M %U %S" -o "$WORK/time.tmp" "$@" >"$stdout_file" 2>"$WORK/$name.stderr"; then
    echo "run_screen_bench: $name failed:" >&2
    tail -n 5 "$WORK/$name.stderr" >&2
    return 1
  fi
  tail -n 1 "$WORK/time.tmp" >>"$WORK/$name.runs"
  log "$name: $(tail -n 1 "$WORK/time.tmp") (wall s, peak KB, user s, sys s)"
}

# summarize NAME: median wall seconds, largest peak RSS (KB), median CPU seconds (user + sys)
# of NAME's runs, into $WORK/NAME.time.
summarize() {
  local runs=$WORK/$1.runs
  echo "$(cut -d' ' -f1 "$runs" | median) $(cut -d' ' -f2 "$runs" | maximum)" \
    "$(awk '{print $3 + $4}' "$runs" | median)" >"$WORK/$1.time"
}

# One round runs every tool once. Rounds interleave the tools so that a burst of load from
# another process on the shared machine hits all of them alike rather than one tool's runs.
measure_round() {
  run_once catchall /dev/null "$CATCHALL" screen "$DATA" --out "$WORK/out-catchall"
  run_once jq "$WORK/jq.out" jq -c 'select(any(.authorships[]?.institutions[]?; .country_code == "KP"))' "$DATA"
  run_once duckdb /dev/null node "$ROOT/bench/duckdb_select.mjs" "$DATA" "$WORK/duckdb.ids"
  run_once gzip /dev/null gzip -dc "$DATA.gz"
  run_once catchall-gz /dev/null "$CATCHALL" screen "$DATA.gz" --out "$WORK/out-catchall-gz"
}

seconds() { cut -d' ' -f1 "$WORK/$1.time"; }
cpu_seconds() { awk '{printf "%.2f", $3}' "$WORK/$1.time"; }
rss_mb() { awk '{printf "%.0f", $2 / 1024}' "$WORK/$1.time"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}'; }
strip_ids() { sed 's|^https://openalex.org/||' | sort -u; }

# Verdicts are printed, never counted in variables (they run in subshells): the exit status comes
# from counting FAIL in the finished report.
verdict() {  # verdict AWK_CONDITION
  if awk "BEGIN {exit !($1)}"; then echo PASS; else echo FAIL; fi
}

# check_findings NAME: every expected DPRK-foreign id must be in NAME's findings.jsonl with
# dprk_coauthored true. Prints a one-line account; counts a failure when any is missing.
check_findings() {
  local name=$1 findings=$WORK/out-$1/findings.jsonl
  if [[ ! -f $findings ]]; then
    echo "$name: no findings.jsonl (FAIL)"
    return
  fi
  jq -r 'select(.dprk_coauthored == true) | .id' "$findings" | strip_ids >"$WORK/$name.coauthored"
  jq -r 'select(.dprk_tie == true) | .id' "$findings" | strip_ids >"$WORK/$name.tie"
  local expected missing extra only_tie only_coauthored
  expected=$(wc -l <"$WORK/expected.foreign")
  missing=$(comm -23 "$WORK/expected.foreign" "$WORK/$name.coauthored" | wc -l)
  extra=$(comm -13 "$WORK/expected.foreign" "$WORK/$name.coauthored" | wc -l)
  only_tie=$(comm -12 "$WORK/expected.only" "$WORK/$name.tie" | wc -l)
  only_coauthored=$(comm -12 "$WORK/expected.only" "$WORK/$name.coauthored" | wc -l)
  local status=PASS
  ((missing == 0)) || status=FAIL
  echo "$name: found $((expected - missing))/$expected DPRK-foreign works ($status);" \
    "$extra other works flagged co-authored; DPRK-only works: $only_tie/$(wc -l <"$WORK/expected.only")" \
    "flagged as a tie, $only_coauthored wrongly as co-authored"
  if ((missing > 0)); then
    comm -23 "$WORK/expected.foreign" "$WORK/$name.coauthored" | head -n 5 | sed 's/^/  missing: /'
  fi
}

check_selection() {  # check_selection NAME IDS_FILE
  local name=$1 got
  got=$(strip_ids <"$2" | wc -l)
  if cmp -s <(strip_ids <"$2") "$WORK/expected.kp"; then
    echo "$name: selected $got works with a KP code, the expected set (PASS)"
  else
    echo "$name: selected $got works, expected $(wc -l <"$WORK/expected.kp") (FAIL)"
  fi
}

# tool_row NAME LABEL MB RATIO_TEXT TARGET_TEXT: one line of the figure table.
tool_row() {
  printf '%-21s %8s %8s %8s %7s  %-27s %s\n' "$2" "$(seconds "$1")" "$(cpu_seconds "$1")" \
    "$(ratio "$3" "$(seconds "$1")")" "$(rss_mb "$1")" "$4" "$5"
}

report() {
  local mb=$1 gz_mb=$2
  local c j d g cz
  c=$(seconds catchall); j=$(seconds jq); d=$(seconds duckdb); g=$(seconds gzip); cz=$(seconds catchall-gz)
  local j_ratio d_ratio gz_ratio
  j_ratio=$(ratio "$j" "$c"); d_ratio=$(ratio "$d" "$c"); gz_ratio=$(ratio "$cz" "$g")
  echo
  echo "Input: $mb MB JSON Lines ($(wc -l <"$DATA") works), $gz_mb MB gzip -6;" \
    "$BENCH_RUNS runs each: median wall and CPU (user+sys) seconds, largest peak RSS"
  echo "Machine: $(nproc) cores, $(uptime | sed 's/.*load average/load average/') (before: $LOAD_BEFORE)"
  printf '%-21s %8s %8s %8s %7s  %-27s %s\n' tool wall_s cpu_s MB/s RSS_MB ratio target
  tool_row catchall "catchall screen" "$mb" "-" \
    "RSS < 500 MB: $(verdict "$(rss_mb catchall) < 500")"
  tool_row jq "jq 1.6 select" "$mb" "jq/catchall = $j_ratio" ">= 20: $(verdict "$j_ratio >= 20")"
  tool_row duckdb "duckdb read_json" "$mb" "duckdb/catchall = $d_ratio" "> 1: $(verdict "$d > $c")"
  tool_row gzip "gzip -dc" "$mb" "-" "-"
  tool_row catchall-gz "catchall screen .gz" "$mb" "catchall-gz/gzip = $gz_ratio" \
    "<= 0.5: $(verdict "$gz_ratio <= 0.5"); RSS < 500 MB: $(verdict "$(rss_mb catchall-gz) < 500")"
  if [[ -f $WORK/catchall-big.time ]]; then
    tool_row catchall-big "catchall screen big" "$BENCH_BIG_MB" \
      "RSS big/main = $(ratio "$(rss_mb catchall-big)" "$(rss_mb catchall)")" \
      "RSS < 500 MB at $BENCH_BIG_MB MB: $(verdict "$(rss_mb catchall-big) < 500")"
  fi
  echo "CPU-time ratios (less sensitive to load; catchall's CPU counts both threads):" \
    "jq/catchall $(ratio "$(cpu_seconds jq)" "$(cpu_seconds catchall)")," \
    "duckdb/catchall $(ratio "$(cpu_seconds duckdb)" "$(cpu_seconds catchall)")," \
    "catchall-gz/gzip $(ratio "$(cpu_seconds catchall-gz)" "$(cpu_seconds gzip)")"
  echo
  echo "Correctness:"
  check_findings catchall
  check_findings catchall-gz
  check_selection jq "$WORK/jq.ids"
  check_selection duckdb "$WORK/duckdb.ids"
}

main() {
  check_tools
  [[ ${BENCH_NO_BUILD:-0} == 1 ]] || build_tools
  install_duckdb
  WORK=${BENCH_TMP:-$(mktemp -d "${TMPDIR:-/tmp}/catchall-bench.XXXXXX")}
  mkdir -p "$WORK"
  [[ ${BENCH_KEEP:-0} == 1 ]] || trap 'rm -rf "$WORK"' EXIT
  DATA=$WORK/works.jsonl
  # A kept BENCH_TMP is reused when it holds the same seed and size (the generator is deterministic).
  if [[ $(cat "$WORK/stamp" 2>/dev/null) != "$BENCH_SEED $BENCH_MB" ]]; then
    rm -f "$WORK/stamp"
    generate "$BENCH_MB" "$DATA"
    log "gzip -6"
    nice gzip -6 -c "$DATA" >"$DATA.gz"
    echo "$BENCH_SEED $BENCH_MB" >"$WORK/stamp"
  fi
  strip_ids <"$DATA.dprk_foreign.ids" >"$WORK/expected.foreign"
  strip_ids <"$DATA.kp_code.ids" >"$WORK/expected.kp"
  strip_ids <"$DATA.dprk_only.ids" >"$WORK/expected.only"
  local mb gz_mb
  mb=$(awk -v b="$(stat -c %s "$DATA")" 'BEGIN {printf "%.1f", b / 1e6}')
  gz_mb=$(awk -v b="$(stat -c %s "$DATA.gz")" 'BEGIN {printf "%.1f", b / 1e6}')
  cat "$DATA" "$DATA.gz" >/dev/null  # warm the page cache: every tool reads from memory
  LOAD_BEFORE=$(uptime | sed 's/.*load average: //')

  rm -f "$WORK"/*.runs
  for ((round = 1; round <= BENCH_RUNS; round++)); do
    log "round $round of $BENCH_RUNS"
    measure_round
  done
  local name
  for name in catchall jq duckdb gzip catchall-gz; do summarize "$name"; done
  jq -r .id "$WORK/jq.out" >"$WORK/jq.ids"

  if ((BENCH_BIG_MB > 0)); then
    generate "$BENCH_BIG_MB" "$WORK/big.jsonl"
    run_once catchall-big /dev/null "$CATCHALL" screen "$WORK/big.jsonl" --out "$WORK/out-catchall-big"
    summarize catchall-big
    rm -f "$WORK/big.jsonl"
  fi

  report "$mb" "$gz_mb" >"$WORK/report.txt"
  local failures
  failures=$(grep -o 'FAIL' "$WORK/report.txt" | wc -l || true)
  if ((failures == 0)); then echo "ALL PASS" >>"$WORK/report.txt"; else echo "$failures FAILED" >>"$WORK/report.txt"; fi
  cat "$WORK/report.txt"
  [[ -z ${BENCH_REPORT:-} ]] || cp "$WORK/report.txt" "$BENCH_REPORT"
  ((failures == 0))
}

main "$@"
