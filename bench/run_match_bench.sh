#!/usr/bin/env bash
# Issue 4 speed benchmark: the name index against a brute-force Jaro-Winkler scan and PostgreSQL
# pg_trgm over the UN Consolidated List + OFAC SDN (about 25,000 names), on one query set, in
# one run; and the index on a synthetic list of 1,000,000 names. See bench/README.md.
#
#   bench/run_match_bench.sh [BUILD_DIR]      (default: build, a Release build)
#
# Environment: BENCH_DATA (../shared/data), BENCH_SYNTHETIC (1000000 names; 0 skips),
# BENCH_BRUTE_EVERY (1: the brute-force scan answers every query; N: every Nth), PG_BIN (the
# PostgreSQL binaries; default the newest /usr/lib/postgresql/*/bin), BENCH_TMP (work dir,
# default a fresh mktemp -d, removed at exit unless BENCH_KEEP=1), BENCH_REPORT (copy of the
# table). Exit status: 0 when every target passes, 1 otherwise.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=$(realpath -m "${1:-$ROOT/build}")
DATA=$(realpath -m "${BENCH_DATA:-$ROOT/../shared/data}")
SYNTHETIC=${BENCH_SYNTHETIC:-1000000}
export BENCH_BRUTE_EVERY=${BENCH_BRUTE_EVERY:-1}

die() { echo "run_match_bench: $*" >&2; exit 2; }
log() { echo "== $*" >&2; }

build() {
  [[ -f $BUILD_DIR/CMakeCache.txt ]] || die "$BUILD_DIR is not configured (make build first)"
  grep -q '^CATCHALL_BENCH:BOOL=ON' "$BUILD_DIR/CMakeCache.txt" ||
    cmake -S "$ROOT" -B "$BUILD_DIR" -DCATCHALL_BENCH=ON >/dev/null
  cmake --build "$BUILD_DIR" --target match_bench >&2
}

# get FILE KEY: the value of "KEY value" in FILE.
get() { awk -v k="$2" '$1 == k {print $2}' "$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", (b > 0 ? a / b : 0)}'; }
pct() { awk -v a="$1" 'BEGIN {printf "%.1f%%", a * 100}'; }
verdict() {  # verdict VALUE OP LIMIT
  awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN {
    ok = (op == ">=") ? v >= t : v < t; printf "%s %s: %s", op, t, (ok ? "PASS" : "FAIL") }'
}

# PostgreSQL refuses to run as root: the server and psql then run as the postgres user.
as_pg() {
  if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

PG_STARTED=0
stop_pg() {
  if [[ $PG_STARTED == 1 ]]; then
    as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m fast stop >/dev/null 2>&1 || true
  fi
}

run_pg() {
  PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
  [[ -x ${PG_BIN:-}/initdb ]] || die "PostgreSQL not found (scripts/install-deps.sh --bench)"
  local pg=$WORK/pg
  mkdir -p "$pg/sock"
  cp "$WORK/pg_names.tsv" "$WORK/pg_queries.tsv" "$pg/"
  [[ $(id -u) != 0 ]] || chown -R postgres "$pg"
  log "starting PostgreSQL ($PG_BIN) on a socket in $pg/sock"
  as_pg "$PG_BIN/initdb" -D "$pg/data" -U bench --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  as_pg "$PG_BIN/pg_ctl" -D "$pg/data" -l "$pg/server.log" -w \
    -o "-k $pg/sock -c listen_addresses='' -c shared_buffers=256MB" start >/dev/null
  PG_STARTED=1
  local psql=("$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$pg/sock" -U bench -d postgres)
  as_pg "${psql[@]}" <<SQL
CREATE EXTENSION pg_trgm;
CREATE TABLE names (entity_id text, name text);
CREATE TABLE queries (id int PRIMARY KEY, q text);
\\copy names FROM '$pg/pg_names.tsv'
\\copy queries FROM '$pg/pg_queries.tsv'
CREATE INDEX names_trgm ON names USING gist (name gist_trgm_ops);
ANALYZE;
SQL
  # The timed statement: every query's 10 nearest names by trigram distance through the GiST
  # index (one statement, so the figure is search time, not client round trips).
  cat >"$pg/search.sql" <<SQL
\\copy (SELECT q.id, t.entity_id, t.sim FROM queries q CROSS JOIN LATERAL (SELECT n.entity_id, similarity(n.name, q.q) AS sim, n.name <-> q.q AS dist FROM names n ORDER BY n.name <-> q.q LIMIT 10) t ORDER BY q.id, t.dist) TO '$pg/result.tsv'
SQL
  [[ $(id -u) != 0 ]] || chown postgres "$pg/search.sql"
  local start end
  start=$(date +%s.%N)
  as_pg "${psql[@]}" -f "$pg/search.sql"
  end=$(date +%s.%N)
  PG_SECONDS=$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.3f", b - a}')
  stop_pg
  PG_STARTED=0
  # First row per query (the nearest).
  awk -F'\t' '!seen[$1]++' "$pg/result.tsv" >"$WORK/pg_top.tsv"
  "$BUILD_DIR/bench/match_bench" pg-score "$WORK" "$WORK/pg_top.tsv" >"$WORK/pg.txt"
}

main() {
  [[ -d $DATA/un-consolidated && -d $DATA/ofac-sdn-legacy-csv ]] || die "no shared data in $DATA"
  build
  WORK=${BENCH_TMP:-$(mktemp -d "${TMPDIR:-/tmp}/catchall-match-bench.XXXXXX")}
  mkdir -p "$WORK"
  chmod 755 "$WORK"
  if [[ ${BENCH_KEEP:-0} == 1 ]]; then trap stop_pg EXIT; else trap 'stop_pg; rm -rf "$WORK"' EXIT; fi
  local load_before
  load_before=$(uptime | sed 's/.*load average: //')
  log "UN + SDN: catchall index and brute-force Jaro-Winkler"
  "$BUILD_DIR/bench/match_bench" lists "$DATA" "$WORK" >"$WORK/lists.txt"
  run_pg
  if [[ $SYNTHETIC != 0 ]]; then
    log "synthetic list of $SYNTHETIC names"
    /usr/bin/time -f "time_peak_rss_kb %M" -o "$WORK/time.txt" \
      "$BUILD_DIR/bench/match_bench" synthetic "$DATA" "$SYNTHETIC" >"$WORK/synthetic.txt"
  fi
  local L=$WORK/lists.txt P=$WORK/pg.txt S=$WORK/synthetic.txt
  local iq bq pq pg_qps
  iq=$(get "$L" index_qps); bq=$(get "$L" brute_qps)
  pg_qps=$(awk -v n="$(get "$L" queries)" -v s="$PG_SECONDS" 'BEGIN {printf "%.1f", n / s}')
  {
    echo "Lists: UN Consolidated + OFAC SDN, $(get "$L" names) names; $(get "$L" queries) queries" \
      "($(get "$L" index_positives) with a known entry: UN treated positives + perturbed SDN names;" \
      "$(get "$L" index_negatives) synthetic negatives); brute force on every ${BENCH_BRUTE_EVERY}th query"
    echo "Machine: $(nproc) cores, load before: $load_before, after: $(uptime | sed 's/.*load average: //')"
    echo "| measure | catchall | peer | ratio | target |"
    echo "|---|---:|---:|---:|---|"
    echo "| queries per CPU-second, 1 thread | $iq | brute-force JW $bq | $(ratio "$iq" "$bq") | $(verdict "$(ratio "$iq" "$bq")" ">=" 100) |"
    echo "| queries/s vs pg_trgm (GiST KNN, LIMIT 10; psql wall time) | $iq | pg_trgm $pg_qps | $(ratio "$iq" "$pg_qps") | |"
    echo "| recall@1 (positives) | $(pct "$(get "$L" index_recall1)") | JW $(pct "$(get "$L" brute_recall1)"), pg_trgm $(pct "$(get "$P" pg_recall1)") | | |"
    echo "| negatives with a hit | $(pct "$(get "$L" index_false_hit_rate)") (default threshold) | JW $(pct "$(get "$L" brute_false_hit_rate)") (>= 0.9), pg_trgm $(pct "$(get "$P" pg_false_hit_rate)") (sim >= 0.3) | | |"
    echo "| recall@1 by query kind | UN treated $(pct "$(get "$L" index_recall1_un_positive)"), perturbed SDN $(pct "$(get "$L" index_recall1_sdn_perturbed)") | | | |"
    echo "| index build, $(get "$L" names) names | $(get "$L" build_s) s | | | |"
    if [[ $SYNTHETIC != 0 ]]; then
      local rss
      rss=$(awk '{printf "%.0f", $2 / 1024}' "$WORK/time.txt")
      echo "| synthetic $(get "$S" synthetic_names) names: build | $(get "$S" synthetic_build_s) s | | | $(verdict "$(get "$S" synthetic_build_s)" "<" 30) |"
      echo "| synthetic: queries per CPU-second, 1 thread | $(get "$S" synthetic_qps) | | | $(verdict "$(get "$S" synthetic_qps)" ">=" 2000) |"
      echo "| synthetic: recall@1 of perturbed names | $(pct "$(get "$S" synthetic_recall1)") | | | |"
      echo "| synthetic: peak RSS (GNU time) | $rss MB | | | $(verdict "$rss" "<" 2048) |"
    fi
  } >"$WORK/report.txt"
  cat "$WORK/report.txt"
  [[ -z ${BENCH_REPORT:-} ]] || cp "$WORK/report.txt" "$BENCH_REPORT"
  ! grep -q FAIL "$WORK/report.txt"
}

main "$@"
