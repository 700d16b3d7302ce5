// The files of `catchall ties --out DIR` (docs/ties.md): ties.jsonl (one line per co-authorship
// of the organisation with a partner institution of concern on one record), ties.csv (the same
// as rows), ties_by_{partner,risk,list,year,category}.csv, ties_summary.json and ties.html.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "ties/ties.h"

namespace catchall {

struct TiesRunFacts {
  std::vector<std::string> inputs;
  uint64_t records = 0;
  uint64_t rejected = 0;
  std::vector<std::string> lists;  // "list (version)"
};

void WriteTiesJsonl(const std::vector<TiesRecord>& records, const TiesResult& ties,
                    std::ostream& out);
void WriteTiesCsv(const std::vector<TiesRecord>& records, const TiesResult& ties,
                  std::ostream& out);
// `by` is one of "partner", "risk", "list", "year", "category".
void WriteTiesBreakdownCsv(const std::vector<TiesRecord>& records, const TiesResult& ties,
                           const std::string& by, std::ostream& out);
std::string TiesSummaryJson(const TiesResult& ties, const TiesRunFacts& facts);
std::string TiesHtml(const std::vector<TiesRecord>& records, const TiesResult& ties,
                     const TiesRunFacts& facts);

// The breakdowns written, in order.
const std::vector<std::string>& TiesBreakdowns();

}  // namespace catchall
