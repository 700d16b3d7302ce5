// Names and colours for what the report shows: tiers (their order, the groups built from them,
// one colour each used in every chart and badge), institution tags, and country names from the
// reference data's countries.tsv.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace catchall::report {

inline constexpr const char* kCommitteeTier = "committee_exemption_required";
inline constexpr const char* kStateTier = "state_determination_required";
inline constexpr const char* kMedicalTier = "medical_exempt";
inline constexpr const char* kPre2321Tier = "pre_2321";
inline constexpr const char* kDprkOnlyTier = "dprk_only";
inline constexpr const char* kClearTierId = "clear";

struct TierStyle {
  std::string label;        // "Committee exemption required"
  std::string short_label;  // "Committee exemption", for table cells
  std::string colour;       // CSS colour, for bars and badges
  std::string basis;        // what the tier means, with its legal basis
};

TierStyle StyleOfTier(std::string_view tier);

// "Flagged": the tiers that need someone's sign-off (UNSCR 2321 para 11(a) and (b)), the
// report's equivalent of the Nikkei analysis' "suspected violations".
bool IsFlaggedTier(std::string_view tier);
// Published on or after 2016-11-30 (or assumed so on an uncertain date): flagged or medical.
bool IsSince2321Tier(std::string_view tier);

// The default tiers from the most to the least demanding, then `known` (the rules' tiers, from
// summary.json) and `seen` (the findings' tiers) not already listed; `clear` always last.
std::vector<std::string> TierOrder(const std::vector<std::string>& known,
                                   const std::vector<std::string>& seen);

// Institution tags of data/institutions.yaml: a label, and whether the tag marks a military or
// designated entity (shown as a warning badge).
std::string TagLabel(std::string_view tag);
bool IsAlertTag(std::string_view tag);

// ISO alpha-2 code -> English short name, from DATA_DIR/countries.tsv (its ISO 3166-1 rows). An
// empty map when the file cannot be read: the report then shows codes.
std::map<std::string, std::string> LoadCountryNames(const std::string& data_dir);

}  // namespace catchall::report
