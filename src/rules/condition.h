// Conditions of a rule over a record's facts, and their evaluation. Logic is three-valued: a
// year-only date of 2016 is neither before nor after 2016-11-30, it is unknown, and that
// uncertainty travels up through all/any/not (Kleene logic) instead of being settled silently.
#pragma once

#include <string>
#include <vector>

#include "rules/facts.h"

namespace catchall {

enum class Truth { kFalse, kTrue, kUnknown };

// One test that supports a rule's outcome: what was tested and what the record holds.
struct FactEvidence {
  std::string fact;   // "published", "categories", "dprk_coauthored", ...
  std::string test;   // "on_or_after 2016-11-30", "any_of [nuclear, aerospace]"
  std::string value;  // "2017-03-09 (day)", "nuclear (0.83)", "true"
};

struct CivilDate {
  int year = 0;
  int month = 0;
  int day = 0;
};

struct Condition {
  enum class Kind { kAll, kAny, kNot, kFlag, kDate, kSet, kCategoryScore };
  enum class DateTest { kBefore, kOnOrAfter, kUncertainAround };
  enum class SetTest { kAnyOf, kAllOf, kNoneOf };

  Kind kind = Kind::kAll;
  std::string fact;                 // the fact a leaf tests (see FactNames())
  std::vector<Condition> children;  // kAll, kAny; kNot has exactly one
  bool flag = true;                 // kFlag: the expected value
  DateTest date_test = DateTest::kBefore;
  CivilDate date;  // kDate
  SetTest set_test = SetTest::kAnyOf;
  std::vector<std::string> values;  // kSet
  std::string category;             // kCategoryScore
  double at_least = 0;              // kCategoryScore: score >= at_least ...
  double below = 2;                 // ... and score < below
  unsigned long long line = 0;
};

// The facts a leaf may test, with the kind of test each takes.
struct FactName {
  const char* name;
  Condition::Kind kind;
};
const std::vector<FactName>& FactNames();

// Evaluates `condition`; appends to `evidence` the tests that support the result.
Truth Evaluate(const Condition& condition, const RecordFacts& facts,
               std::vector<FactEvidence>& evidence);

// "2016-11-30".
std::string ToIso(const CivilDate& date);

}  // namespace catchall
