// One JSON object per line for findings.jsonl and rejects.jsonl. The layout is documented in
// docs/output-formats.md; later capabilities (rules, reports, the server) read these files, so
// fields are only ever added, never renamed.
#pragma once

#include <string>

#include "analysis/assessment.h"
#include "classify/taxonomy.h"
#include "model/publication.h"

namespace catchall {

std::string FindingJsonLine(const Publication& record, const RecordAssessment& assessment,
                            const Taxonomy& taxonomy);
std::string IssueJsonLine(const RecordIssue& issue);

}  // namespace catchall
