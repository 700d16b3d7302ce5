// Fuzzes the rule file loader: any bytes must give a rule set or an Error with the file named,
// never a crash or an escaped exception; a rule set that loads must evaluate on sample facts.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "rules/assess.h"
#include "rules/rule_set.h"

namespace {

catchall::RuleVocabulary Vocabulary() {
  catchall::RuleVocabulary v;
  v.categories = {"nuclear", "aerospace", "advanced_manufacturing", "medical"};
  v.institutions = {"kp-kim-il-sung-university", "cn-hit"};
  v.institution_tags = {"seven_sons", "un_1718"};
  v.funders = {"cn-nsfc"};
  return v;
}

catchall::RecordFacts SampleFacts() {
  catchall::RecordFacts facts;
  facts.dprk_tie = facts.dprk_coauthored = true;
  facts.date = {2016, 0, 0, catchall::DatePrecision::kYear};
  facts.categories = {{"nuclear", "Nuclear", 0.8, true}};
  facts.coauthor_countries = {"CN"};
  facts.institutions = {{"cn-hit", "Harbin Institute of Technology", "CN", {"seven_sons"}, false}};
  facts.funders = {{"cn-nsfc", "National Natural Science Foundation of China", "CN", true}};
  return facts;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const catchall::RuleVocabulary vocabulary = Vocabulary();
  static const catchall::RecordFacts facts = SampleFacts();
  const std::string yaml(reinterpret_cast<const char*>(data), size);
  auto rules = catchall::RuleSet::Parse(yaml, "fuzz.yaml", vocabulary);
  if (!rules.ok()) {
    if (rules.error().where.file != "fuzz.yaml" || rules.error().message.empty()) std::abort();
    return 0;
  }
  const catchall::RuleOutcome outcome = catchall::ApplyRules(*rules, facts);
  if (outcome.tier.empty()) std::abort();
  return 0;
}
