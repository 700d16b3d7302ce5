// Shared helpers for the funding tests.
#pragma once

#include <string>
#include <vector>

#include "funding/funder_matcher.h"

namespace catchall::testing {

// The shipped registry (data/funders.yaml); aborts the test binary if it does not load.
const FunderMatcher& ShippedMatcher();

// The registry ids of `funders`, in order ("" for unmatched entries).
std::vector<std::string> Ids(const std::vector<NormalizedFunder>& funders);

// The entry with this registry id, or nullptr.
const NormalizedFunder* FindId(const std::vector<NormalizedFunder>& funders, const std::string& id);

}  // namespace catchall::testing
