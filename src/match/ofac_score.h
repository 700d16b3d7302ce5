// The score OFAC's Sanctions List Search web tool (sanctionssearch.ofac.treas.gov) gives a
// query name against a list name, for `--ofac` in `catchall compare` and `catchall match`.
//
// OFAC documents only the ingredients (FAQ 249/250: character matching on the whole name and
// word matching on its parts, with Jaro-Winkler); the combination below was derived from 170
// scores the tool reported (src/match/README.md, "OFAC mode", has the evidence and the parity).
#pragma once

#include <string_view>

namespace catchall {

struct OfacScoreParts {
  // Character matching: Jaro-Winkler of the two whole normalised names (words in the order
  // written), prefix bonus always given, transpositions counted in halves (not rounded down).
  double whole_name = 0;  // 0..1
  // Word matching: for each query word, its best Jaro-Winkler against a list word (0 below
  // 0.5), averaged over the query words; words of one or two letters are left out.
  double words = 0;  // 0..1
};

OfacScoreParts OfacScoreBreakdown(std::string_view query, std::string_view list_name);

// max(whole_name, words) * 100, not rounded (the tool displays the rounded value). UTF-8 input;
// 0 when either name has no letters or digits.
double OfacScore(std::string_view query, std::string_view list_name);

}  // namespace catchall
