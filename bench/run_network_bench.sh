#!/usr/bin/env bash
# Issue 5 speed benchmark: `catchall network` on a synthetic corpus of 1,000,000 OpenAlex works
# with 5,000,000 author slots (bench/gen_network.cc): wall time and peak memory of building the
# network and writing every file (bridges, citations, GraphML, GEXF, VOSviewer, the view).
# Targets: under 5 minutes on a 2-core machine, peak RSS under 8 GB. See bench/README.md.
#
#   bench/run_network_bench.sh [BUILD_DIR]     (default: build, a Release build)
#
# Environment: BENCH_WORKS (1000000), BENCH_SLOTS (author slots asked of the generator,
# 5400000: duplicates within a team are dropped, so a little over 5 million remain), BENCH_TMP (work
# dir; default a fresh mktemp -d, removed at exit unless BENCH_KEEP=1; about 8 GB of disk),
# BENCH_REPORT (copy of the table). Exit status 0 when both targets pass.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=$(realpath -m "${1:-$ROOT/build}")
WORKS=${BENCH_WORKS:-1000000}
SLOTS=${BENCH_SLOTS:-5400000}

die() { echo "run_network_bench: $*" >&2; exit 2; }
[[ -f $BUILD_DIR/CMakeCache.txt ]] || die "$BUILD_DIR is not configured (make build first)"
grep -q '^CATCHALL_BENCH:BOOL=ON' "$BUILD_DIR/CMakeCache.txt" ||
  cmake -S "$ROOT" -B "$BUILD_DIR" -DCATCHALL_BENCH=ON >/dev/null
cmake --build "$BUILD_DIR" --target catchall gen_network >&2
[[ -x /usr/bin/time ]] || die "GNU time is missing (scripts/install-deps.sh --bench)"

WORK=${BENCH_TMP:-$(mktemp -d)}
mkdir -p "$WORK"
[[ ${BENCH_KEEP:-0} == 1 || -n ${BENCH_TMP:-} ]] || trap 'rm -rf "$WORK"' EXIT

corpus=$WORK/works_${WORKS}.jsonl
if [[ ! -s $corpus ]]; then
  echo "== generating $WORKS works" >&2
  "$BUILD_DIR/bench/gen_network" 2321 "$WORKS" "$SLOTS" "$corpus" 2>"$WORK/gen.log"
fi
slots=$(grep -o '[0-9]* author slots' "$WORK/gen.log" | grep -o '^[0-9]*' || echo "?")
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "== catchall network on $(du -h "$corpus" | cut -f1) ($WORKS works, $slots author slots)" >&2
rm -rf "$WORK/out"
/usr/bin/time -f "%e %M %U %S" -o "$WORK/time.txt" \
  "$BUILD_DIR/catchall" network "$corpus" --out "$WORK/out" --quiet
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
read -r wall rss_kb user sys < "$WORK/time.txt"
summary=$WORK/out/network_summary.json
field() { python3 -c "import json,sys; d=json.load(open('$summary')); print(eval(sys.argv[1]))" "$1"; }
rss_mb=$((rss_kb / 1024))
verdict() { awk -v v="$1" -v t="$2" 'BEGIN { printf "< %s: %s", t, (v < t ? "PASS" : "FAIL") }'; }

report=$(cat <<TABLE
Synthetic OpenAlex corpus: $WORKS works, $slots author slots, $(du -h "$corpus" | cut -f1) of JSON lines
Machine: $(nproc) cores, load before: $load_before, after: $load_after
| measure | value | target |
|---|---:|---|
| wall time, read + build + analyses + every file | ${wall} s | $(verdict "$wall" 300) |
| CPU time (user + sys) | $(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.1f", u + s}') s | |
| peak RSS (GNU time) | ${rss_mb} MB | $(verdict "$rss_mb" 8192) |
| author nodes / authors on several records | $(field "d['nodes']['authors']") / $(field "d['nodes']['authors_on_several_records']") | |
| institution nodes | $(field "d['nodes']['institutions']") | |
| edges: affiliation / co-authorship | $(field "d['edges']['affiliation']") / $(field "d['edges']['coauthorship']") | |
| bridges / citation links | $(field "d['bridges']") / $(field "d['citation_links']") | |
| graph.graphml / graph.gexf | $(du -h "$WORK/out/graph.graphml" | cut -f1) / $(du -h "$WORK/out/graph.gexf" | cut -f1) | |
TABLE
)
echo "$report"
[[ -z ${BENCH_REPORT:-} ]] || echo "$report" > "$BENCH_REPORT"
awk -v w="$wall" -v r="$rss_mb" 'BEGIN { exit !(w < 300 && r < 8192) }'
