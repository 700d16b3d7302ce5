#include "pipeline/batch.h"

#include "analysis/assessment.h"
#include "output/json_lines.h"
#include "pipeline/prefilter.h"
#include "text/utf8.h"

namespace catchall {
namespace {

// The prefilter is only worth its keep on the large machine-made format; Scopus and WoS
// exports are small (5,000 records at most) and are always parsed, so their summaries can say
// how many records got a country.
//
// Only the region the screening reads is scanned, and it must be valid UTF-8 for the scan to see
// what the full path would see; invalid bytes elsewhere are the QuickCheck's business (it
// reports the same repair the full parse would, and the repair cannot touch the region).
bool CanClear(const Batch& batch, const BatchContext& context, std::string_view text) {
  if (context.prefilter == nullptr || context.all_records ||
      batch.format != InputFormat::kOpenAlexJsonl) {
    return false;
  }
  const std::string_view region = batch.parser->ScreenedRegion(text);
  return IsValidUtf8(region) && !context.prefilter->MayMatter(region);
}

void ScreenText(const Batch& batch, const BatchContext& context, std::string_view text,
                const SourcePosition& where, BatchResult& result) {
  if (CanClear(batch, context, text)) {
    if (auto issue = batch.parser->QuickCheck(text, where)) {
      result.summary.AddIssue(batch.file, *issue);
      const bool rejected = issue->kind == RecordIssue::Kind::kRejected;
      result.issues.push_back(std::move(*issue));
      if (rejected) return;
    }
    result.summary.AddClearedRecord(batch.file);
    return;
  }
  ParseOutcome outcome = batch.parser->Parse(text, where);
  for (auto& issue : outcome.issues) {
    result.summary.AddIssue(batch.file, issue);
    result.issues.push_back(std::move(issue));
  }
  if (!outcome.record) return;
  Publication& record = *outcome.record;
  record.format = batch.format;
  if (record.source.file.empty()) record.source = where;
  const RecordAssessment assessment = context.assessor->Assess(record, context.all_records);
  result.summary.AddRecord(batch.file, record, assessment);
  if (context.all_records || assessment.reportable()) {
    result.findings +=
        FindingJsonLine(record, assessment, context.assessor->classifier().taxonomy());
    result.findings += '\n';
  }
}

}  // namespace

BatchResult ProcessBatch(const Batch& batch, const BatchContext& context) {
  BatchResult result;
  result.sequence = batch.sequence;
  for (const Batch::Entry& entry : batch.entries) {
    ++result.records;
    if (entry.issue >= 0) {
      const RecordIssue& issue = batch.issues[static_cast<size_t>(entry.issue)];
      result.summary.AddIssue(batch.file, issue);
      result.issues.push_back(issue);
      continue;
    }
    const std::string_view text(batch.arena.data() + entry.offset, entry.length);
    const SourcePosition where{batch.file, entry.line, entry.record};
    ScreenText(batch, context, text, where, result);
  }
  return result;
}

}  // namespace catchall
