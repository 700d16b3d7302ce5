#include "report/labels.h"

#include <algorithm>
#include <fstream>

namespace catchall::report {

TierStyle StyleOfTier(std::string_view tier) {
  // Colours: distinct in hue and lightness, so they survive greyscale printing and the common
  // colour-vision deficiencies; every use also carries the tier's name in text.
  if (tier == kCommitteeTier) {
    return {"Committee exemption required", "Committee exemption", "#b42318",
            "Nuclear, aerospace or advanced manufacturing work after 2016-11-30: needs a "
            "case-by-case approval of the 1718 Committee (UNSCR 2321 para 11(a))."};
  }
  if (tier == kStateTier) {
    return {"State determination required", "State determination", "#e07b00",
            "Any other field after 2016-11-30: the co-authors' State must determine that it does "
            "not contribute to proliferation and notify the 1718 Committee in advance (UNSCR "
            "2321 para 11(b))."};
  }
  if (tier == kMedicalTier) {
    return {"Medical (exempt)", "Medical (exempt)", "#0f8a7e",
            "Medical work after 2016-11-30: medical exchanges are excepted from the suspension "
            "(UNSCR 2321 para 11); check that it is one."};
  }
  if (tier == kPre2321Tier) {
    return {"Before resolution 2321", "Before 2321", "#4a6fb5",
            "DPRK-foreign co-authored work published before 2016-11-30."};
  }
  if (tier == kDprkOnlyTier) {
    return {"DPRK only", "DPRK only", "#8a6fb8",
            "DPRK-affiliated authors and no co-author placed outside the DPRK."};
  }
  if (tier == kClearTierId) {
    return {"Clear (conflicting evidence)", "Clear (conflict)", "#98a2b3",
            "No DPRK affiliation was decided, but some evidence pointed at the DPRK: review it."};
  }
  return {std::string(tier), std::string(tier), "#5d6b82", "A tier given by a user rule file."};
}

bool IsFlaggedTier(std::string_view tier) { return tier == kCommitteeTier || tier == kStateTier; }

bool IsSince2321Tier(std::string_view tier) { return IsFlaggedTier(tier) || tier == kMedicalTier; }

std::vector<std::string> TierOrder(const std::vector<std::string>& known,
                                   const std::vector<std::string>& seen) {
  std::vector<std::string> order = {kCommitteeTier, kStateTier, kMedicalTier, kPre2321Tier,
                                    kDprkOnlyTier};
  auto add = [&](const std::string& tier) {
    if (tier != kClearTierId && std::find(order.begin(), order.end(), tier) == order.end()) {
      order.push_back(tier);
    }
  };
  for (const auto& tier : known) add(tier);
  for (const auto& tier : seen) add(tier);
  order.emplace_back(kClearTierId);
  return order;
}

std::string TagLabel(std::string_view tag) {
  static const std::map<std::string, std::string, std::less<>> kLabels = {
      {"seven_sons", "Seven Sons"},       {"pla", "PLA"},
      {"dod_1286", "DoD 1286"},           {"defence_industry", "defence industry"},
      {"un_1718", "UN 1718 list"},        {"ofac_sdn", "OFAC SDN"},
      {"dprk_military", "DPRK military"},
  };
  const auto it = kLabels.find(tag);
  return it == kLabels.end() ? std::string(tag) : it->second;
}

bool IsAlertTag(std::string_view tag) {
  static const char* const kAlert[] = {"seven_sons", "pla",      "dod_1286",     "defence_industry",
                                       "un_1718",    "ofac_sdn", "dprk_military"};
  return std::any_of(std::begin(kAlert), std::end(kAlert),
                     [&](const char* alert) { return tag == alert; });
}

std::map<std::string, std::string> LoadCountryNames(const std::string& data_dir) {
  std::map<std::string, std::string> names;
  std::ifstream in(data_dir + "/countries.tsv");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const size_t a = line.find('\t');
    const size_t b = a == std::string::npos ? a : line.find('\t', a + 1);
    const size_t c = b == std::string::npos ? b : line.find('\t', b + 1);
    if (c == std::string::npos) continue;
    // Only the ISO rows give display names; the others are spellings found in addresses.
    if (line.compare(c + 1, 10, "ISO 3166-1") != 0) continue;
    names.emplace(line.substr(0, a), line.substr(a + 1, b - a - 1));
  }
  return names;
}

}  // namespace catchall::report
