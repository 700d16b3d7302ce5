// Applies a rule set to one record's facts: which rules fired, with their evidence and their
// rendered messages, and the record's tier.
//
// The tier: tier rules are tried in decision order (RuleSet::TierRules). The first whose
// condition is true gives the tier. A rule whose condition is unknown before that (a year-only
// 2016 date against 2016-11-30) gives its tier instead, marked uncertain, with the tier the
// next true rule would give as the alternative: the conservative reading is reported and the
// doubt is said, never settled silently.
#pragma once

#include <string>
#include <vector>

#include "rules/facts.h"
#include "rules/rule_set.h"

namespace catchall {

struct RuleHit {
  const Rule* rule = nullptr;
  bool certain = true;  // false: the condition is unknown (the rule may apply)
  std::string message;
  std::vector<FactEvidence> evidence;
};

struct RuleOutcome {
  std::string tier;  // kUnassignedTier when no tier rule applies
  bool tier_certain = true;
  const Rule* tier_rule = nullptr;
  std::string tier_message;
  std::vector<std::string> tier_alternatives;  // tiers a better date could give
  std::vector<RuleHit> hits;                   // fired or possible, in rule-set order

  // The tier asks for someone's sign-off: its rule's severity is medium or higher (by default
  // committee_exemption_required and state_determination_required).
  bool flagged() const { return tier_rule != nullptr && tier_rule->severity >= Severity::kMedium; }
};

// When no enabled tier rule applies (a user rule set with gaps).
inline constexpr const char* kUnassignedTier = "unassigned";

RuleOutcome ApplyRules(const RuleSet& rules, const RecordFacts& facts);

}  // namespace catchall
