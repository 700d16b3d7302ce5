// Rules as data (data/rules.yaml, format in src/rules/README.md): each rule has an id, a
// severity, a condition over the record's facts, a message template and, for the rules that
// decide it, the tier a record gets. A user's file (--rules FILE) adds rules or replaces rules
// of the same id. Every mistake in a file is an Error with the file, the line and the reason.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "base/result.h"
#include "rules/condition.h"

namespace catchall {

enum class Severity { kInfo, kLow, kMedium, kHigh, kCritical };

// "info", "low", "medium", "high", "critical".
const char* SeverityName(Severity severity);

struct Rule {
  std::string id;
  std::string description;
  std::string tier;  // empty: the rule reports, it does not decide the tier
  Severity severity = Severity::kInfo;
  int priority = 0;  // tier rules are tried highest first, file order among equals
  Condition when;
  std::string message;    // template, placeholders in MessagePlaceholders()
  std::string reference;  // legal basis or source, shown with every hit
  bool enabled = true;    // a user file can switch a default rule off by id
  std::string file;
  unsigned long long line = 0;
};

// What rule files may name; anything else is refused so that a typo never makes a rule that
// silently never fires.
struct RuleVocabulary {
  std::set<std::string> categories;
  std::set<std::string> institutions;
  std::set<std::string> institution_tags;
  std::set<std::string> funders;
};

class RuleSet {
 public:
  static Result<RuleSet> Load(const std::string& file, const RuleVocabulary& vocabulary);
  static Result<RuleSet> Parse(const std::string& yaml, const std::string& file,
                               const RuleVocabulary& vocabulary);

  // Rules of `overrides` replace those of the same id where they stand; new ones are appended.
  void Merge(RuleSet overrides);

  const std::vector<Rule>& rules() const { return rules_; }
  const std::vector<std::string>& files() const { return files_; }
  // Enabled tier rules in decision order: priority descending, then file order.
  std::vector<const Rule*> TierRules() const;
  // Every tier some enabled rule can give, in decision order, without repeats.
  std::vector<std::string> Tiers() const;

 private:
  static Result<RuleSet> FromRules(Result<std::vector<Rule>> rules, const std::string& file);

  std::vector<Rule> rules_;
  std::vector<std::string> files_;
};

// <data dir>/rules.yaml.
std::string RulesFile(const std::string& data_dir);

}  // namespace catchall
