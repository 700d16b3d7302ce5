// The slow, obviously correct scorer CompareNames is tested against: the same scoring
// definition (name_scoring.h), computed by listing every possible unit and trying every subset
// of them, keeping the subsets whose units do not overlap. Exponential; for tests only.
#pragma once

#include "match/name_comparison.h"

namespace catchall {

NameComparison ReferenceCompareNames(const PreparedName& query, const PreparedName& candidate);

}  // namespace catchall
