#!/usr/bin/env bash
# Issue 3 speed benchmark: what classification, funders and rules cost over part 1's screening.
# Runs the catchall of the last issue-2 commit (built from git into a side directory) and the
# current catchall on the same generated OpenAlex file, in the same run, and the Google
# Benchmark micro-benchmarks of the new stages. See bench/README.md.
#
#   bench/run_assess_bench.sh [BUILD_DIR]      (default: build, a Release build)
#
# Environment: BENCH_MB (300), BENCH_SEED (2024), BENCH_RUNS (10, hyperfine runs per command),
# BENCH_BASELINE_REV (133fe1f, part 1's last commit), BENCH_BASELINE_DIR (build-part1, where the
# baseline is checked out and built; reused), BENCH_TMP (work dir, default a fresh mktemp -d,
# removed at exit unless BENCH_KEEP=1), BENCH_REPORT (copy of the table).
# Exit status: 0 when the default-mode cost is within the 30% target, 1 otherwise.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=$(realpath -m "${1:-$ROOT/build}")
BENCH_MB=${BENCH_MB:-300}
BENCH_SEED=${BENCH_SEED:-2024}
BENCH_RUNS=${BENCH_RUNS:-10}
BASELINE_REV=${BENCH_BASELINE_REV:-133fe1f}
BASELINE_DIR=$(realpath -m "${BENCH_BASELINE_DIR:-$ROOT/build-part1}")

die() { echo "run_assess_bench: $*" >&2; exit 2; }
log() { echo "== $*" >&2; }

build_current() {
  [[ -f $BUILD_DIR/CMakeCache.txt ]] || die "$BUILD_DIR is not configured (make build first)"
  grep -q '^CATCHALL_BENCH:BOOL=ON' "$BUILD_DIR/CMakeCache.txt" ||
    cmake -S "$ROOT" -B "$BUILD_DIR" -DCATCHALL_BENCH=ON >/dev/null
  cmake --build "$BUILD_DIR" --target catchall gen_openalex assess_bench >&2
}

# Part 1's catchall, from its commit: a git worktree, built once (tests off).
build_baseline() {
  git -C "$ROOT" rev-parse --verify -q "$BASELINE_REV^{commit}" >/dev/null ||
    die "baseline commit $BASELINE_REV is not in this clone's history (a shallow clone?)"
  if [[ ! -d $BASELINE_DIR/src ]]; then
    log "checking out part 1 ($BASELINE_REV) into $BASELINE_DIR/src"
    git -C "$ROOT" worktree add --detach -f "$BASELINE_DIR/src" "$BASELINE_REV" >&2
  fi
  if [[ ! -x $BASELINE_DIR/build/catchall ]]; then
    cmake -S "$BASELINE_DIR/src" -B "$BASELINE_DIR/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DCATCHALL_TESTS=OFF >&2
  fi
  cmake --build "$BASELINE_DIR/build" --target catchall >&2
}

# mean_ms NAME: hyperfine's mean wall time in milliseconds from $WORK/NAME.json.
mean_ms() { jq -r '.results[0].mean * 1000 | floor' "$WORK/$1.json"; }
cpu_ms() { jq -r '(.results[0].user + .results[0].system) * 1000 | floor' "$WORK/$1.json"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}'; }

# measure NAME CMD: hyperfine with warm-up, JSON into $WORK/NAME.json.
measure() {
  local name=$1
  shift
  hyperfine -N --warmup 2 --runs "$BENCH_RUNS" --export-json "$WORK/$name.json" "$*" >&2
}

row() {  # row MODE BASELINE_NAME CURRENT_NAME TARGET
  local b c r
  b=$(mean_ms "$2"); c=$(mean_ms "$3"); r=$(ratio "$c" "$b")
  local verdict="-"
  if [[ -n $4 ]]; then
    verdict=$(awk -v r="$r" -v t="$4" 'BEGIN {print (r <= t ? "PASS" : "FAIL")}')
    verdict="<= $4: $verdict"
  fi
  printf '%-28s %10s %10s %10s %10s %7s  %s\n' "$1" "$b" "$(cpu_ms "$2")" "$c" "$(cpu_ms "$3")" \
    "$r" "$verdict"
}

main() {
  command -v hyperfine >/dev/null || die "hyperfine missing: apt-get install hyperfine"
  command -v jq >/dev/null || die "jq missing"
  build_current
  build_baseline
  WORK=${BENCH_TMP:-$(mktemp -d "${TMPDIR:-/tmp}/catchall-assess-bench.XXXXXX")}
  mkdir -p "$WORK"
  [[ ${BENCH_KEEP:-0} == 1 ]] || trap 'rm -rf "$WORK"' EXIT
  local data=$WORK/works.jsonl
  if [[ $(cat "$WORK/stamp" 2>/dev/null) != "$BENCH_SEED $BENCH_MB" ]]; then
    log "generating $BENCH_MB MB"
    nice "$BUILD_DIR/bench/gen_openalex" "$BENCH_SEED" "$BENCH_MB" "$data" >&2
    echo "$BENCH_SEED $BENCH_MB" >"$WORK/stamp"
  fi
  cat "$data" >/dev/null
  local load_before part1=$BASELINE_DIR/build/catchall now=$BUILD_DIR/catchall
  load_before=$(uptime | sed 's/.*load average: //')
  # Part 1 wrote no report; the current runs skip it (--no-report) so that the comparison is of
  # classification, funders and rules, and the report's own cost is measured on its own row.
  local mode flags
  for mode in default no-prefilter all; do
    case $mode in
      default) flags="" ;;
      no-prefilter) flags="--no-prefilter" ;;
      all) flags="--all" ;;
    esac
    measure "part1-$mode" "$part1 screen $data --out $WORK/out-part1 -q $flags"
    measure "now-$mode" "$now screen $data --out $WORK/out-now -q --no-report $flags"
  done
  measure "now-report" "$now screen $data --out $WORK/out-now -q"
  {
    echo "Input: $BENCH_MB MB OpenAlex-like JSON Lines ($(wc -l <"$data") works), seed $BENCH_SEED;" \
      "hyperfine mean of $BENCH_RUNS runs after 2 warm-ups"
    echo "Machine: $(nproc) cores, load before: $load_before, after: $(uptime | sed 's/.*load average: //')"
    echo "Baseline: part 1 = catchall at $BASELINE_REV (screening only); current = $(git -C "$ROOT" rev-parse --short HEAD)"
    printf '%-28s %10s %10s %10s %10s %7s  %s\n' mode part1_ms part1_cpu now_ms now_cpu ratio target
    row "default (prefilter on)" part1-default now-default 1.30
    row "--no-prefilter" part1-no-prefilter now-no-prefilter ""
    row "--all (classify everything)" part1-all now-all ""
    row "default, with the report" part1-default now-report ""
    echo
    echo "Micro-benchmarks (per record of the shipped samples):"
    (cd "$ROOT" && "$BUILD_DIR/bench/assess_bench" --benchmark_min_time=0.3 2>/dev/null | grep '^BM_')
  } >"$WORK/report.txt"
  cat "$WORK/report.txt"
  [[ -z ${BENCH_REPORT:-} ]] || cp "$WORK/report.txt" "$BENCH_REPORT"
  ! grep -q FAIL "$WORK/report.txt"
}

main "$@"
