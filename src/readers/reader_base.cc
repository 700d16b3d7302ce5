// Kept apart from reader.cc so that using one format does not pull in the factories of all.
#include "readers/reader.h"

namespace catchall {

std::optional<RecordIssue> RecordParser::QuickCheck(std::string_view text,
                                                    const SourcePosition& where) const {
  ParseOutcome outcome = Parse(text, where);
  if (outcome.record.has_value()) return std::nullopt;
  if (outcome.issues.empty())
    return RecordIssue{RecordIssue::Kind::kRejected, where, "unreadable record", ""};
  return outcome.issues.front();
}

}  // namespace catchall
