// Grant (award) numbers in funding text: "11772103", "2017YFA0700500", "HIT.NSRIF.2020001",
// "JP17H01234", "EP/R012345/1". Internal to src/funding/.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace catchall::funding {

struct AwardSpan {
  uint32_t begin = 0;  // byte range in the text
  uint32_t end = 0;
  std::string id;  // the award id as printed, without a "No." prefix
};

// Runs of ASCII letters, digits and . / _ - that look like an award id: at least five
// characters and three digits, and not a bare year ("2018") or a short number ("973").
std::vector<AwardSpan> FindAwardIds(std::string_view text);

// Splits a reader's award field ("11772103, 51575140") into ids.
std::vector<std::string> SplitAwardField(std::string_view field);

}  // namespace catchall::funding
