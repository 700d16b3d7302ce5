#!/usr/bin/env bash
# `make demo`: screens the sample exports shipped in samples/ (Scopus CSV, Web of Science text,
# OpenAlex JSON Lines, the last also gzipped) and shows where the results are, ending with the
# HTML report.
set -euo pipefail
catchall=${1:-build/catchall}
cd "$(dirname "$0")/.."
out=out/demo
mkdir -p out
gzip -c samples/openalex_dprk_sample.jsonl > out/openalex_dprk_sample.jsonl.gz

"$catchall" screen \
  samples/scopus_dprk_sample.csv \
  samples/wos_dprk_sample.txt \
  out/openalex_dprk_sample.jsonl.gz \
  --out "$out"

echo
sed -n '1,/^## By DPRK institution/p' "$out/summary.md" | head -n 40
echo
echo "One finding, with the words that decided each country (jq view of findings.jsonl):"
jq -c -n 'first(inputs | select(.dprk_coauthored)) | {id, year, countries,
  dprk: [.dprk_affiliations[] | {raw, institution: .institution.name,
         decided_by: [.decided_by[] | "\(.kind): \(.text)"]}],
  foreign: [.foreign_affiliations[] | {raw, country}]}' "$out/findings.jsonl"
echo
echo "One finding that needs a 1718 Committee exemption: its tier, the terms behind its category,"
echo "its funders, the rule that gave the tier and the other rules that fired:"
jq -n 'first(inputs | select(.tier == "committee_exemption_required")) | {id, title, date, tier,
  categories: [.categories[] | {id, score, terms: [.evidence[] | "\(.field): \(.text)"]}],
  funders: [.funders[] | "\(.name) (\(.country // "?"), government: \(.government))"],
  rules: [.rules[] | select(.tier == null or .decides_tier) | "\(.severity) \(.id): \(.message)"]}' "$out/findings.jsonl"
if [ -d samples/bad_inputs ]; then
  echo
  echo "Broken inputs (samples/bad_inputs) are reported, not fatal:"
  "$catchall" screen samples/bad_inputs/* --out out/demo-bad-inputs || true
  echo "  see out/demo-bad-inputs/rejects.jsonl"
fi
echo
echo "The same exports screened against the sample lists (samples/lists: DoD 1286 and UN 1718"
echo "entries in the user-list formats): the parties that matched, with list, reference and score:"
"$catchall" screen samples/scopus_dprk_sample.csv samples/wos_dprk_sample.txt \
  out/openalex_dprk_sample.jsonl.gz --lists samples/lists --out out/demo-lists --no-report -q
jq -r '.list_hits[] | "  \(.subject) \"\(.text)\" -> \(.list) \(.reference) \"\(.name)\" (\(.score))"' \
  out/demo-lists/findings.jsonl | sort | uniq -c | sort -rn | head -n 8
echo
echo "Name matching with an explanation (Hangul against McCune-Reischauer):"
"$catchall" compare "리병철" "RI PYONG CHOL" | jq -c '{score, match, pairs: [.explanation.pairs[] | "\(.query) ~ \(.candidate): \(.how)"]}'
echo
echo "The collaboration network of the three exports and the planted fixture (bridges between DPRK"
echo "and military-linked institutions, the path from Tohoku University, citation links):"
"$catchall" network samples/scopus_dprk_sample.csv samples/wos_dprk_sample.txt \
  out/openalex_dprk_sample.jsonl.gz tests/network/data/planted_wos.txt --from jp-tohoku \
  --out out/demo-network --quiet
jq -r '"  bridge: \(.author.name): DPRK side \([.dprk_institutions[].name] | join(", ")); concern side \([.concern_institutions[].name] | join(", "))"' \
  out/demo-network/bridges.jsonl | head -n 5
jq -r '"  path (\(.hops) edges): \([.steps[].node.name] | join(" - "))"' out/demo-network/paths.jsonl
echo "  graph files: out/demo-network/graph.graphml, graph.gexf, vosviewer_*.txt; view: out/demo-network/network.html"
echo
echo "Ties of one university (Northeast Normal University in the planted fixture):"
"$catchall" ties tests/network/data/planted_wos.txt --org "Northeast Normal University" \
  --out out/demo-ties --quiet
jq -r '"  \(.record.id) \(.record.year): \(.org_authors | join(", ")) with \(.partner.name) (risk \(.partner.risk_level), \(.partner.lists | join(", ")))"' \
  out/demo-ties/ties.jsonl
echo
echo "Screening results are in $out/:"
echo "  $out/summary.md       readable summary"
echo "  $out/summary.json     the same numbers for programs"
echo "  $out/findings.jsonl   one line per record with a DPRK tie, with the evidence"
echo "  $out/rejects.jsonl    records that could not be read, with file, line and reason"
echo "  $out/findings.csv and $out/by_*.csv   the findings and every breakdown, for spreadsheets"
echo
# Last, so it is what the terminal shows: the page to open.
echo "The analyst report (one self-contained HTML page, opens offline):"
echo "  file://$(pwd)/$out/report.html"
