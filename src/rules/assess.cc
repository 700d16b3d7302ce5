#include "rules/assess.h"

#include <algorithm>

#include "rules/message.h"

namespace catchall {
namespace {

void DecideTier(const RuleSet& rules, RuleOutcome& outcome) {
  for (const Rule* rule : rules.TierRules()) {
    const auto hit = std::find_if(outcome.hits.begin(), outcome.hits.end(),
                                  [&](const RuleHit& h) { return h.rule == rule; });
    if (hit == outcome.hits.end()) continue;
    if (outcome.tier_rule == nullptr) {
      outcome.tier = rule->tier;
      outcome.tier_certain = hit->certain;
      outcome.tier_rule = rule;
      outcome.tier_message = hit->message;
      if (hit->certain) return;
      continue;
    }
    if (rule->tier != outcome.tier &&
        std::find(outcome.tier_alternatives.begin(), outcome.tier_alternatives.end(), rule->tier) ==
            outcome.tier_alternatives.end()) {
      outcome.tier_alternatives.push_back(rule->tier);
    }
    if (hit->certain) return;
  }
  if (outcome.tier_rule == nullptr) outcome.tier = kUnassignedTier;
}

}  // namespace

RuleOutcome ApplyRules(const RuleSet& rules, const RecordFacts& facts) {
  RuleOutcome outcome;
  for (const Rule& rule : rules.rules()) {
    if (!rule.enabled) continue;
    std::vector<FactEvidence> evidence;
    const Truth truth = Evaluate(rule.when, facts, evidence);
    if (truth == Truth::kFalse) continue;
    RuleHit hit;
    hit.rule = &rule;
    hit.certain = truth == Truth::kTrue;
    hit.message = RenderMessage(rule.message, facts, evidence);
    hit.evidence = std::move(evidence);
    outcome.hits.push_back(std::move(hit));
  }
  DecideTier(rules, outcome);
  return outcome;
}

}  // namespace catchall
