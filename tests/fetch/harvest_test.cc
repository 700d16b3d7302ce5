// The harvester against a real local HTTP server: paging, parameters, and every kind of failure
// it must ride out (or must not).
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>

#include "fetch/harvest_state.h"
#include "fetch/openalex_harvester.h"
#include "fetch_support.h"

namespace catchall {
namespace {

using std::chrono::milliseconds;
using testing::FakeOpenAlex;
using testing::Fault;

constexpr char kFilter[] =
    "authorships.institutions.country_code:KP,from_publication_date:2016-12-01";
constexpr size_t kWorks = 45;

class HarvestTest : public ::testing::Test {
 protected:
  HarvestTest() : works_(testing::SyntheticWorks(kWorks)), server_(works_) {}

  HarvestOptions Options() {
    HarvestOptions options;
    options.filter = kFilter;
    options.out_path = dir_.File("works.jsonl.gz");
    options.base_url = server_.base_url();
    options.per_page = 10;
    options.retry.retries = 4;
    options.retry.base_ms = 100;
    options.retry.max_delay_ms = 1000;
    options.log = nullptr;
    options.sleep = [this](milliseconds wait) { waits_.push_back(wait); };
    return options;
  }

  HarvestOutcome Harvest(const HarvestOptions& options) {
    HttpClientOptions http;
    http.connect_timeout_seconds = 5;
    http.read_timeout_seconds = 5;
    auto base = ParseBaseUrl(options.base_url);
    EXPECT_TRUE(base.ok());
    auto transport = MakeHttpTransport(*base, http);
    EXPECT_TRUE(transport.ok());
    OpenAlexHarvester harvester(options, **transport);
    return harvester.Run();
  }

  // Every work once, in order, byte for byte as the server sent it.
  void ExpectAllWorks(const std::string& path) { EXPECT_EQ(testing::ReadLines(path), works_); }

  HarvestState State(const std::string& out) {
    auto state = LoadHarvestState(StatePathFor(out));
    EXPECT_TRUE(state.ok()) << state.error().ToString();
    if (!state.ok() || !state->has_value()) {
      ADD_FAILURE() << "no state file";
      return {};
    }
    return **state;
  }

  // Sends the harvester's notes and progress to a buffer that log() returns.
  void CaptureLog(HarvestOptions& options) { options.log = open_memstream(&log_text_, &log_size_); }
  std::string log(HarvestOptions& options) {
    std::fclose(options.log);
    options.log = nullptr;
    std::string text(log_text_, log_size_);
    std::free(log_text_);
    log_text_ = nullptr;
    return text;
  }

  testing::ScratchDir dir_;
  char* log_text_ = nullptr;
  size_t log_size_ = 0;
  std::vector<std::string> works_;
  FakeOpenAlex server_;
  std::vector<milliseconds> waits_;
};

TEST_F(HarvestTest, FetchesEveryPageInOrder) {
  const HarvestOptions options = Options();
  const HarvestOutcome outcome = Harvest(options);
  ASSERT_TRUE(outcome.ok()) << outcome.error.ToString();
  EXPECT_EQ(outcome.report.end, HarvestEnd::kComplete);
  EXPECT_EQ(outcome.report.records, kWorks);
  EXPECT_EQ(outcome.report.records_this_run, kWorks);
  EXPECT_EQ(outcome.report.pages, 5u);
  EXPECT_EQ(outcome.report.count, kWorks);
  // Five pages of works, then the empty page with a null cursor that ends the harvest.
  EXPECT_EQ(outcome.report.requests, 6u);
  EXPECT_EQ(server_.request_count(), 6u);
  EXPECT_TRUE(waits_.empty());
  ExpectAllWorks(options.out_path);

  const HarvestState state = State(options.out_path);
  EXPECT_TRUE(state.complete);
  EXPECT_EQ(state.filter, kFilter);
  EXPECT_EQ(state.base_url, server_.base_url());
  EXPECT_EQ(state.per_page, 10u);
  EXPECT_EQ(state.records, kWorks);
  EXPECT_EQ(state.pages, 5u);
  EXPECT_EQ(state.next_cursor, "");
  EXPECT_EQ(state.output_bytes, std::filesystem::file_size(options.out_path));
}

TEST_F(HarvestTest, EachPageIsItsOwnGzipMember) {
  const HarvestOptions options = Options();
  ASSERT_TRUE(Harvest(options).ok());
  const std::string bytes = testing::ReadBytes(options.out_path);
  size_t members = 0;
  for (size_t at = bytes.find("\x1f\x8b\x08"); at != std::string::npos;
       at = bytes.find("\x1f\x8b\x08", at + 1)) {
    ++members;
  }
  // At least one member per page (a compressed byte run could look like a header, never less).
  EXPECT_GE(members, 5u);
  EXPECT_EQ(bytes.substr(0, 3), "\x1f\x8b\x08");
}

TEST_F(HarvestTest, SendsFilterPerPageCursorAndMailtoEncoded) {
  HarvestOptions options = Options();
  options.mailto = "analyst+dprk@example.org";
  ASSERT_TRUE(Harvest(options).ok());
  const auto seen = server_.requests();
  ASSERT_EQ(seen.size(), 6u);
  for (size_t i = 0; i < seen.size(); ++i) {
    EXPECT_EQ(seen[i].filter, kFilter);
    EXPECT_EQ(seen[i].per_page, "10");
    EXPECT_EQ(seen[i].mailto, "analyst+dprk@example.org");
    EXPECT_EQ(seen[i].cursor, FakeOpenAlex::CursorFor(std::min(i * 10, kWorks)));
  }
  // Reserved characters travel percent-encoded ('+' unencoded would arrive as a space).
  EXPECT_NE(seen[0].target.find("country_code%3AKP%2Cfrom_publication_date%3A2016-12-01"),
            std::string::npos)
      << seen[0].target;
  EXPECT_NE(seen[0].target.find("cursor=%2A"), std::string::npos) << seen[0].target;
  EXPECT_NE(seen[0].target.find("mailto=analyst%2Bdprk%40example.org"), std::string::npos);
  EXPECT_NE(seen[1].target.find("cursor=Ils%2B10%2FIlcxMDA%3D"), std::string::npos)
      << seen[1].target;
}

TEST_F(HarvestTest, NoMailtoWithoutEmail) {
  ASSERT_TRUE(Harvest(Options()).ok());
  EXPECT_EQ(server_.requests()[0].target.find("mailto"), std::string::npos);
}

TEST_F(HarvestTest, StopsOnANullCursor) {
  server_.set_null_cursor_on_last_page(true);
  const HarvestOptions options = Options();
  const HarvestOutcome outcome = Harvest(options);
  ASSERT_TRUE(outcome.ok());
  EXPECT_EQ(server_.request_count(), 5u);
  ExpectAllWorks(options.out_path);
  EXPECT_TRUE(State(options.out_path).complete);
}

TEST_F(HarvestTest, PrettyPrintedPagesStillGiveOneLinePerWork) {
  server_.set_pretty(true);
  const HarvestOptions options = Options();
  ASSERT_TRUE(Harvest(options).ok());
  ExpectAllWorks(options.out_path);
}

TEST_F(HarvestTest, PlainJsonLinesWhenTheNameDoesNotEndInGz) {
  HarvestOptions options = Options();
  options.out_path = dir_.File("works.jsonl");
  ASSERT_TRUE(Harvest(options).ok());
  std::string expected;
  for (const auto& work : works_) expected += work + "\n";
  EXPECT_EQ(testing::ReadBytes(options.out_path), expected);
}

TEST_F(HarvestTest, HonoursRetryAfterOn429) {
  server_.Script({testing::Status(429, "7")});
  HarvestOptions options = Options();
  CaptureLog(options);
  const HarvestOutcome outcome = Harvest(options);
  const std::string text = log(options);
  ASSERT_TRUE(outcome.ok()) << outcome.error.ToString();
  ASSERT_EQ(waits_.size(), 1u);
  EXPECT_EQ(waits_[0], milliseconds(7000));
  EXPECT_EQ(server_.request_count(), 7u);
  ExpectAllWorks(options.out_path);
  EXPECT_NE(text.find("fetch: page 1: HTTP 429"), std::string::npos) << text;
  EXPECT_NE(text.find("retrying in 7.0 s (retry 1 of 4)"), std::string::npos) << text;
  EXPECT_NE(text.find("fetch: 45/45 records, 5 pages"), std::string::npos) << text;
}

TEST_F(HarvestTest, BacksOffExponentiallyWithJitterOn5xx) {
  server_.Script({testing::Status(500), testing::Status(503), testing::Status(502)});
  const HarvestOptions options = Options();
  const HarvestOutcome outcome = Harvest(options);
  ASSERT_TRUE(outcome.ok()) << outcome.error.ToString();
  ASSERT_EQ(waits_.size(), 3u);
  // Nominal 100, 200, 400 ms; each wait is in the upper half of its nominal value.
  for (size_t i = 0; i < waits_.size(); ++i) {
    const long nominal = 100L << i;
    EXPECT_GE(waits_[i].count(), nominal / 2) << i;
    EXPECT_LE(waits_[i].count(), nominal) << i;
  }
  ExpectAllWorks(options.out_path);
}

TEST_F(HarvestTest, RetriesAConnectionCutMidBody) {
  Fault cut;
  cut.cut = true;
  server_.Script({cut});
  HarvestOptions options = Options();
  CaptureLog(options);
  const HarvestOutcome outcome = Harvest(options);
  const std::string text = log(options);
  ASSERT_TRUE(outcome.ok()) << outcome.error.ToString();
  EXPECT_EQ(waits_.size(), 1u);
  // The client saw the cut itself (fewer bytes than Content-Length), not just a bad page.
  EXPECT_NE(text.find("the connection broke"), std::string::npos) << text;
  EXPECT_EQ(server_.request_count(), 7u);
  ExpectAllWorks(options.out_path);
}

TEST_F(HarvestTest, RetriesGarbageAndTruncatedPages) {
  Fault garbage;
  garbage.garbage = true;
  Fault truncated;
  truncated.truncated = true;
  // The faults hit the second and third requests (page 2), after a good first page.
  server_.Script({Fault{}, garbage, truncated});
  HarvestOptions options = Options();
  CaptureLog(options);
  const HarvestOutcome outcome = Harvest(options);
  const std::string text = log(options);
  ASSERT_TRUE(outcome.ok()) << outcome.error.ToString();
  EXPECT_EQ(waits_.size(), 2u);
  EXPECT_NE(text.find("fetch: page 2: unreadable page: not JSON"), std::string::npos) << text;
  const auto seen = server_.requests();
  ASSERT_EQ(seen.size(), 8u);
  EXPECT_EQ(seen[1].cursor, seen[2].cursor);
  EXPECT_EQ(seen[2].cursor, seen[3].cursor);
  ExpectAllWorks(options.out_path);
}

TEST_F(HarvestTest, ABadFilterFailsAtOnceWithTheApiMessage) {
  server_.FailFrom(0, testing::BadFilter());
  HarvestOptions options = Options();
  options.filter = "authorships.institutions.country_codex:KP";
  const HarvestOutcome outcome = Harvest(options);
  ASSERT_FALSE(outcome.ok());
  EXPECT_EQ(outcome.failure, HarvestFailure::kRejected);
  EXPECT_NE(outcome.error.message.find("HTTP 400"), std::string::npos) << outcome.error.message;
  EXPECT_NE(outcome.error.message.find("country_codex is not a valid field"), std::string::npos)
      << outcome.error.message;
  EXPECT_EQ(server_.request_count(), 1u);
  EXPECT_TRUE(waits_.empty());
  // Nothing was harvested, so nothing is left to get in the way of the corrected command.
  EXPECT_FALSE(std::filesystem::exists(options.out_path));
  EXPECT_FALSE(std::filesystem::exists(StatePathFor(options.out_path)));
}

TEST_F(HarvestTest, GivingUpLeavesAResumableStateAndTheRerunCompletes) {
  server_.FailFrom(20, testing::Status(503));
  const HarvestOptions options = Options();
  const HarvestOutcome failed = Harvest(options);
  ASSERT_FALSE(failed.ok());
  EXPECT_EQ(failed.failure, HarvestFailure::kUnavailable);
  EXPECT_NE(failed.error.message.find("5 times in a row"), std::string::npos)
      << failed.error.message;
  EXPECT_NE(failed.error.message.find("HTTP 503"), std::string::npos);
  EXPECT_NE(failed.error.message.find("holds 20 records"), std::string::npos);
  EXPECT_EQ(failed.report.records, 20u);
  EXPECT_EQ(server_.request_count(), 2u + 5u);  // two good pages, then 1 + 4 retries
  EXPECT_EQ(waits_.size(), 4u);

  const HarvestState state = State(options.out_path);
  EXPECT_FALSE(state.complete);
  EXPECT_EQ(state.records, 20u);
  EXPECT_EQ(state.pages, 2u);
  EXPECT_EQ(state.next_cursor, FakeOpenAlex::CursorFor(20));
  EXPECT_EQ(state.output_bytes, std::filesystem::file_size(options.out_path));
  EXPECT_EQ(testing::ReadLines(options.out_path),
            std::vector<std::string>(works_.begin(), works_.begin() + 20));

  server_.Heal();
  const size_t before = server_.request_count();
  const HarvestOutcome resumed = Harvest(options);
  ASSERT_TRUE(resumed.ok()) << resumed.error.ToString();
  EXPECT_TRUE(resumed.report.resumed);
  EXPECT_EQ(resumed.report.records, kWorks);
  EXPECT_EQ(resumed.report.records_this_run, kWorks - 20);
  const auto seen = server_.requests();
  EXPECT_EQ(seen[before].cursor, FakeOpenAlex::CursorFor(20));
  EXPECT_EQ(seen.size() - before, 4u);  // pages 3 to 5 and the empty one
  ExpectAllWorks(options.out_path);
  EXPECT_TRUE(State(options.out_path).complete);
}

TEST_F(HarvestTest, ResumeCutsAPageHalfWrittenByADeadRun) {
  server_.FailFrom(30, testing::Status(500));
  HarvestOptions options = Options();
  options.retry.retries = 0;
  ASSERT_FALSE(Harvest(options).ok());
  // A run killed while appending page 4 leaves part of a gzip member after the recorded length.
  {
    std::FILE* out = std::fopen(options.out_path.c_str(), "ab");
    ASSERT_NE(out, nullptr);
    std::fputs("\x1f\x8b\x08\x00half a member", out);
    std::fclose(out);
  }
  server_.Heal();
  ASSERT_TRUE(Harvest(options).ok());
  ExpectAllWorks(options.out_path);
}

TEST_F(HarvestTest, ATruncatedOutputIsNotResumedFrom) {
  server_.FailFrom(30, testing::Status(500));
  HarvestOptions options = Options();
  options.retry.retries = 0;
  ASSERT_FALSE(Harvest(options).ok());
  std::filesystem::resize_file(options.out_path, 10);
  server_.Heal();
  const HarvestOutcome outcome = Harvest(options);
  ASSERT_FALSE(outcome.ok());
  EXPECT_EQ(outcome.failure, HarvestFailure::kOutput);
  EXPECT_NE(outcome.error.message.find("--restart"), std::string::npos);
}

TEST_F(HarvestTest, RefusesAStateFileOfAnotherFilterUnlessRestarted) {
  server_.FailFrom(20, testing::Status(503));
  HarvestOptions options = Options();
  options.retry.retries = 0;
  ASSERT_FALSE(Harvest(options).ok());
  const std::string before = testing::ReadBytes(options.out_path);
  server_.Heal();

  HarvestOptions other = Options();
  other.filter = "authorships.institutions.country_code:KP,publication_year:2020";
  const size_t requests = server_.request_count();
  const HarvestOutcome refused = Harvest(other);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.failure, HarvestFailure::kUsage);
  EXPECT_NE(refused.error.message.find(kFilter), std::string::npos) << refused.error.message;
  EXPECT_NE(refused.error.message.find("--restart"), std::string::npos);
  EXPECT_EQ(server_.request_count(), requests);
  EXPECT_EQ(testing::ReadBytes(other.out_path), before);
  EXPECT_EQ(State(other.out_path).filter, kFilter);

  other.restart = true;
  const HarvestOutcome restarted = Harvest(other);
  ASSERT_TRUE(restarted.ok()) << restarted.error.ToString();
  EXPECT_FALSE(restarted.report.resumed);
  EXPECT_EQ(server_.requests()[requests].cursor, "*");
  EXPECT_EQ(server_.requests()[requests].filter, other.filter);
  ExpectAllWorks(other.out_path);
  EXPECT_EQ(State(other.out_path).filter, other.filter);
}

TEST_F(HarvestTest, ACompleteHarvestIsNotFetchedAgainUnlessRestarted) {
  HarvestOptions options = Options();
  ASSERT_TRUE(Harvest(options).ok());
  const size_t requests = server_.request_count();
  const HarvestOutcome again = Harvest(options);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again.report.end, HarvestEnd::kAlreadyComplete);
  EXPECT_EQ(again.report.records, kWorks);
  EXPECT_EQ(server_.request_count(), requests);

  options.restart = true;
  const HarvestOutcome restarted = Harvest(options);
  ASSERT_TRUE(restarted.ok());
  EXPECT_EQ(restarted.report.end, HarvestEnd::kComplete);
  EXPECT_EQ(server_.request_count(), 2 * requests);
  ExpectAllWorks(options.out_path);
}

TEST_F(HarvestTest, MaxRecordsAsksForNoMoreAndLaterRunsContinue) {
  HarvestOptions options = Options();
  options.max_records = 15;
  const HarvestOutcome limited = Harvest(options);
  ASSERT_TRUE(limited.ok());
  EXPECT_EQ(limited.report.end, HarvestEnd::kLimitReached);
  EXPECT_EQ(limited.report.records, 15u);
  const auto seen = server_.requests();
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(seen[1].per_page, "5");
  EXPECT_FALSE(State(options.out_path).complete);

  options.max_records = 0;
  ASSERT_TRUE(Harvest(options).ok());
  ExpectAllWorks(options.out_path);
}

TEST_F(HarvestTest, RefusesToOverwriteAFileWithoutState) {
  HarvestOptions options = Options();
  {
    std::FILE* out = std::fopen(options.out_path.c_str(), "wb");
    std::fputs("someone's data\n", out);
    std::fclose(out);
  }
  const HarvestOutcome outcome = Harvest(options);
  ASSERT_FALSE(outcome.ok());
  EXPECT_EQ(outcome.failure, HarvestFailure::kUsage);
  EXPECT_NE(outcome.error.message.find("no harvest state file"), std::string::npos);
  EXPECT_EQ(testing::ReadBytes(options.out_path), "someone's data\n");
  EXPECT_EQ(server_.request_count(), 0u);
}

TEST_F(HarvestTest, ARetryAfterBeyondTheLimitStopsAtOnce) {
  server_.Script({testing::Status(429, "86400")});
  const HarvestOutcome outcome = Harvest(Options());
  ASSERT_FALSE(outcome.ok());
  EXPECT_EQ(outcome.failure, HarvestFailure::kUnavailable);
  EXPECT_NE(outcome.error.message.find("asks to wait 86400 s"), std::string::npos);
  EXPECT_TRUE(waits_.empty());
  EXPECT_EQ(server_.request_count(), 1u);
}

TEST_F(HarvestTest, ARefusedConnectionIsRetriedThenReported) {
  HarvestOptions options = Options();
  {
    FakeOpenAlex gone({});
    options.base_url = gone.base_url();
  }  // nothing listens on that port any more
  options.retry.retries = 2;
  const HarvestOutcome outcome = Harvest(options);
  ASSERT_FALSE(outcome.ok());
  EXPECT_EQ(outcome.failure, HarvestFailure::kUnavailable);
  EXPECT_EQ(outcome.report.requests, 3u);
  EXPECT_EQ(waits_.size(), 2u);
  EXPECT_NE(outcome.error.message.find("3 times in a row"), std::string::npos);
}

TEST_F(HarvestTest, AnUnwritableOutputIsAnOutputError) {
  HarvestOptions options = Options();
  options.out_path = dir_.File("missing-dir/works.jsonl.gz");
  const HarvestOutcome outcome = Harvest(options);
  ASSERT_FALSE(outcome.ok());
  EXPECT_EQ(outcome.failure, HarvestFailure::kOutput);
  EXPECT_EQ(server_.request_count(), 0u);
}

TEST_F(HarvestTest, BadOptionsAreUsageErrors) {
  HarvestOptions options = Options();
  options.per_page = 201;
  EXPECT_EQ(Harvest(options).failure, HarvestFailure::kUsage);
  options = Options();
  options.filter = "";
  EXPECT_EQ(Harvest(options).failure, HarvestFailure::kUsage);
  options = Options();
  options.filter = "title.search:\xff";
  EXPECT_EQ(Harvest(options).failure, HarvestFailure::kUsage);
  EXPECT_EQ(server_.request_count(), 0u);
}

}  // namespace
}  // namespace catchall
