// Shared helpers for the rule tests: facts built by hand and the shipped rule file.
#pragma once

#include <string>
#include <vector>

#include "rules/assess.h"
#include "rules/rule_set.h"

namespace catchall::testing {

// A vocabulary that knows the shipped category ids, a few institutions, tags and funders.
RuleVocabulary TestVocabulary();

// data/rules.yaml loaded against TestVocabulary() (fails the test on error).
const RuleSet& ShippedRules();

// DPRK-foreign co-authored facts published on `date` ("2017-03-09", "2016-11", "2016", "").
RecordFacts Coauthored(const std::string& date, const std::vector<std::string>& categories = {});

PartialDate DateOf(const std::string& iso);

// The ids of the rules that fired (certain or not).
std::vector<std::string> HitIds(const RuleOutcome& outcome);

}  // namespace catchall::testing
