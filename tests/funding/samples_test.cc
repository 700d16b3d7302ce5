// The shipped sample files (samples/), read by the real readers: every funder they name is in
// the registry, with its award ids, whichever database the record came from.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iterator>

#include "funding_support.h"
#include "readers/reader.h"

namespace catchall {
namespace {

class CollectSink : public SplitSink {
 public:
  void Record(std::string_view text, uint64_t first_line) override {
    records.push_back({std::string(text), first_line});
  }
  void Issue(RecordIssue) override {}
  std::vector<std::pair<std::string, uint64_t>> records;
};

std::vector<Publication> ReadSample(InputFormat format, const std::string& name) {
  const std::string file = std::string(CATCHALL_SOURCE_DIR) + "/samples/" + name;
  std::ifstream in(file, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::unique_ptr<Splitter> splitter = MakeSplitter(format, file, ReaderOptions{});
  CollectSink sink;
  splitter->Feed(bytes, sink);
  splitter->Finish(sink);
  std::vector<Publication> out;
  if (splitter->Parser() == nullptr) return out;
  for (const auto& [text, line] : sink.records) {
    ParseOutcome outcome = splitter->Parser()->Parse(text, SourcePosition{file, line, 0});
    if (outcome.record) out.push_back(std::move(*outcome.record));
  }
  return out;
}

void ExpectAllFundersKnown(InputFormat format, const std::string& name) {
  const std::vector<Publication> records = ReadSample(format, name);
  ASSERT_FALSE(records.empty()) << name;
  size_t funded = 0;
  for (const Publication& pub : records) {
    const auto found = testing::ShippedMatcher().Match(pub);
    if (pub.funders.empty() && pub.funding_text.empty()) {
      EXPECT_TRUE(found.empty()) << pub.id;
      continue;
    }
    ++funded;
    ASSERT_FALSE(found.empty()) << pub.id;
    for (const auto& f : found) {
      EXPECT_FALSE(f.registry_id.empty())
          << name << " " << pub.id << ": '" << f.matched_text << "' " << pub.funding_text;
    }
    for (const Funder& given : pub.funders) {
      if (given.award_id.empty()) continue;
      const bool kept = std::any_of(found.begin(), found.end(), [&](const NormalizedFunder& f) {
        return std::find(f.award_ids.begin(), f.award_ids.end(), given.award_id) !=
               f.award_ids.end();
      });
      EXPECT_TRUE(kept) << pub.id << " lost award " << given.award_id;
    }
  }
  EXPECT_GT(funded, 0u) << name;
}

TEST(FundingSamples, Scopus) {
  ExpectAllFundersKnown(InputFormat::kScopusCsv, "scopus_dprk_sample.csv");
}
TEST(FundingSamples, WebOfScience) {
  ExpectAllFundersKnown(InputFormat::kWosText, "wos_dprk_sample.txt");
}
TEST(FundingSamples, OpenAlex) {
  ExpectAllFundersKnown(InputFormat::kOpenAlexJsonl, "openalex_dprk_sample.jsonl");
}

}  // namespace
}  // namespace catchall
