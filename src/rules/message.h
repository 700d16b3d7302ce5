// Message templates of rules: "{date}", "{categories}", ... replaced with the record's facts.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "rules/condition.h"

namespace catchall {

// The placeholders a template may use, each with what it stands for (for the README and for
// error messages).
struct Placeholder {
  const char* name;
  const char* meaning;
};
const std::vector<Placeholder>& MessagePlaceholders();

// Checks a template: braces balanced, every placeholder known. The error names the first bad
// placeholder; its location is the caller's to add.
Status CheckMessage(const std::string& message);

// Fills a checked template. `evidence` is what the rule's condition rests on ("{evidence}").
std::string RenderMessage(const std::string& message, const RecordFacts& facts,
                          const std::vector<FactEvidence>& evidence);

}  // namespace catchall
