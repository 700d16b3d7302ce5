// The harvester's building blocks on their own: URL encoding, retry timing, page parsing, gzip
// members, the state file and the output lock.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>

#include "fetch/harvest_output.h"
#include "fetch/harvest_state.h"
#include "fetch/openalex_page.h"
#include "fetch/retry_policy.h"
#include "fetch/url.h"
#include "fetch_support.h"

namespace catchall {
namespace {

TEST(PercentEncodeTest, KeepsOnlyUnreservedCharacters) {
  EXPECT_EQ(PercentEncode("abcXYZ019-._~"), "abcXYZ019-._~");
  EXPECT_EQ(PercentEncode("country_code:KP,year:2020"), "country_code%3AKP%2Cyear%3A2020");
  EXPECT_EQ(PercentEncode("a b+c/d=e&f?g#h@i%"), "a%20b%2Bc%2Fd%3De%26f%3Fg%23h%40i%25");
  EXPECT_EQ(PercentEncode("*"), "%2A");
  EXPECT_EQ(PercentEncode("Zürich"), "Z%C3%BCrich");
}

TEST(ParseBaseUrlTest, SplitsOriginAndPrefix) {
  auto plain = ParseBaseUrl("https://api.openalex.org");
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(plain->origin, "https://api.openalex.org");
  EXPECT_EQ(plain->path_prefix, "");
  auto mirror = ParseBaseUrl("http://127.0.0.1:8080/openalex/");
  ASSERT_TRUE(mirror.ok());
  EXPECT_EQ(mirror->origin, "http://127.0.0.1:8080");
  EXPECT_EQ(mirror->path_prefix, "/openalex");
  EXPECT_EQ(ParseBaseUrl("https://api.openalex.org/")->path_prefix, "");
}

TEST(ParseBaseUrlTest, RefusesWhatIsNotAnHttpBase) {
  for (const char* bad : {"api.openalex.org", "ftp://x.org", "https://", "https://:80",
                          "https://api.openalex.org/works?filter=x", "http://a b"}) {
    EXPECT_FALSE(ParseBaseUrl(bad).ok()) << bad;
  }
}

TEST(RetryPolicyTest, BackoffDoublesStaysInTheUpperHalfAndIsCapped) {
  RetryPolicy policy;
  policy.base_ms = 1000;
  policy.max_delay_ms = 60000;
  std::mt19937_64 random(42);
  bool varied = false;
  for (unsigned retry = 0; retry < 12; ++retry) {
    const long nominal = std::min(1000L << retry, 60000L);
    std::set<long> seen;
    for (int i = 0; i < 50; ++i) {
      const long wait = BackoffDelay(policy, retry, random).count();
      EXPECT_GE(wait, nominal / 2) << retry;
      EXPECT_LE(wait, nominal) << retry;
      seen.insert(wait);
    }
    varied = varied || seen.size() > 1;
  }
  EXPECT_TRUE(varied) << "no jitter";
  // A huge retry number neither overflows nor exceeds the cap.
  EXPECT_LE(BackoffDelay(policy, 1000, random).count(), 60000);
}

TEST(RetryPolicyTest, RetryAfterIsDeltaSeconds) {
  EXPECT_EQ(ParseRetryAfterSeconds("120"), 120u);
  EXPECT_EQ(ParseRetryAfterSeconds(" 3 "), 3u);
  EXPECT_EQ(ParseRetryAfterSeconds("0"), 0u);
  EXPECT_EQ(ParseRetryAfterSeconds(""), std::nullopt);
  EXPECT_EQ(ParseRetryAfterSeconds("-1"), std::nullopt);
  EXPECT_EQ(ParseRetryAfterSeconds("1.5"), std::nullopt);
  EXPECT_EQ(ParseRetryAfterSeconds("Wed, 21 Oct 2015 07:28:00 GMT"), std::nullopt);
}

TEST(RetryPolicyTest, OnlyTooManyRequestsAndServerErrorsAreRetried) {
  for (int status : {429, 500, 502, 503, 504, 599}) EXPECT_TRUE(IsRetryableStatus(status));
  for (int status : {200, 301, 400, 401, 403, 404, 422, 600}) {
    EXPECT_FALSE(IsRetryableStatus(status)) << status;
  }
}

TEST(OpenAlexPageTest, KeepsEachWorkAsSent) {
  const std::string body =
      R"({"meta":{"count":1234,"next_cursor":"IlsxNjA5=","page":null},"results":[)"
      R"({"id":"W1","title":"Caf\u00e9 \"x\"","n":1.50},{"id":"W2","a":[]}],"group_by":[]})";
  auto page = ParseOpenAlexPage(body);
  ASSERT_TRUE(page.ok()) << page.error().message;
  EXPECT_EQ(page->count, 1234u);
  EXPECT_EQ(page->next_cursor, "IlsxNjA5=");
  ASSERT_EQ(page->works.size(), 2u);
  EXPECT_EQ(page->works[0], R"({"id":"W1","title":"Caf\u00e9 \"x\"","n":1.50})");
  EXPECT_EQ(page->works[1], R"({"id":"W2","a":[]})");
}

TEST(OpenAlexPageTest, ANullCursorAndResultsInAnyOrder) {
  auto page = ParseOpenAlexPage(R"({"results":[],"meta":{"next_cursor":null,"count":0}})");
  ASSERT_TRUE(page.ok()) << page.error().message;
  EXPECT_EQ(page->next_cursor, std::nullopt);
  EXPECT_EQ(page->count, 0u);
  EXPECT_TRUE(page->works.empty());
}

TEST(OpenAlexPageTest, PrettyPrintedWorksBecomeOneLine) {
  auto page = ParseOpenAlexPage(
      "{\n \"meta\": {\"count\": 1},\n \"results\": [\n  {\n   \"id\": \"W1\",\n   \"t\": \"a  "
      "b\"\n  }\n ]\n}\n");
  ASSERT_TRUE(page.ok()) << page.error().message;
  ASSERT_EQ(page->works.size(), 1u);
  EXPECT_EQ(page->works[0], R"({"id":"W1","t":"a  b"})");
}

TEST(OpenAlexPageTest, RefusesAnythingButACompletePage) {
  const std::string good = R"({"meta":{"count":2,"next_cursor":"c"},"results":[{"id":"W1"}]})";
  for (size_t cut = 0; cut < good.size(); ++cut) {
    EXPECT_FALSE(ParseOpenAlexPage(good.substr(0, cut)).ok()) << cut;
  }
  for (const char* bad :
       {"<html>502 Bad Gateway</html>", "[]", R"({"meta":{}})", R"({"results":[1,2]})",
        R"({"results":{}})", R"({"results":[{"id":tru}]})", R"({"results":[]} {"x":1})",
        R"({"meta":{"next_cursor":5},"results":[]})", "{\"results\":[\"\xff\"]}"}) {
    EXPECT_FALSE(ParseOpenAlexPage(bad).ok()) << bad;
  }
}

TEST(OpenAlexPageTest, ErrorMessagesComeFromTheApiBody) {
  EXPECT_EQ(OpenAlexErrorMessage(R"({"error":"Invalid query parameters error.","message":"x is )"
                                 R"(not a valid field"})"),
            "Invalid query parameters error.: x is not a valid field");
  EXPECT_EQ(OpenAlexErrorMessage("<html>\n<h1>503</h1>\n</html>\n"), "<html> <h1>503</h1> </html>");
  EXPECT_EQ(OpenAlexErrorMessage(""), "");
  EXPECT_EQ(OpenAlexErrorMessage(std::string(5000, 'x')).size(), 500u);
}

TEST(HarvestOutputTest, MembersConcatenateIntoOneReadableFile) {
  testing::ScratchDir dir;
  const std::string path = dir.File("out.jsonl.gz");
  {
    auto output = HarvestOutput::Open(path, 0);
    ASSERT_TRUE(output.ok()) << output.error().ToString();
    EXPECT_TRUE((*output)->compressed());
    ASSERT_TRUE((*output)->AppendPage({"{\"a\":1}", "{\"b\":2}"}).ok());
    ASSERT_TRUE((*output)->AppendPage({"{\"c\":\"Zürich\"}"}).ok());
    EXPECT_EQ((*output)->size(), std::filesystem::file_size(path));
  }
  EXPECT_EQ(testing::ReadLines(path),
            (std::vector<std::string>{"{\"a\":1}", "{\"b\":2}", "{\"c\":\"Zürich\"}"}));
  // gzip(1) agrees that it is one valid multi-member file.
  EXPECT_EQ(std::system(("gzip -t '" + path + "'").c_str()), 0);
}

TEST(HarvestOutputTest, OpeningCutsToTheKeptLengthAndLocks) {
  testing::ScratchDir dir;
  const std::string path = dir.File("out.jsonl");
  uint64_t kept = 0;
  {
    auto output = HarvestOutput::Open(path, 0);
    ASSERT_TRUE(output.ok());
    EXPECT_FALSE((*output)->compressed());
    ASSERT_TRUE((*output)->AppendPage({"{\"a\":1}"}).ok());
    kept = (*output)->size();
    ASSERT_TRUE((*output)->AppendPage({"{\"b\":2}"}).ok());
  }
  auto output = HarvestOutput::Open(path, kept);
  ASSERT_TRUE(output.ok());
  EXPECT_EQ(testing::ReadBytes(path), "{\"a\":1}\n");
  auto second = HarvestOutput::Open(path, kept);
  ASSERT_FALSE(second.ok());
  EXPECT_NE(second.error().message.find("another catchall fetch"), std::string::npos);
  EXPECT_FALSE(HarvestOutput::Open(path, kept + 100).ok());
}

TEST(HarvestStateTest, SavesAndLoadsEveryField) {
  testing::ScratchDir dir;
  const std::string path = StatePathFor(dir.File("w.jsonl.gz"));
  EXPECT_EQ(path, dir.File("w.jsonl.gz.state.json"));
  auto missing = LoadHarvestState(path);
  ASSERT_TRUE(missing.ok());
  EXPECT_FALSE(missing->has_value());

  HarvestState state;
  state.filter = "authorships.institutions.country_code:KP,title.search:\"a b\"";
  state.base_url = "https://api.openalex.org";
  state.per_page = 200;
  state.next_cursor = "IlsxNjA5=";
  state.records = 400;
  state.pages = 2;
  state.output_bytes = 123456;
  state.count = 1234;
  ASSERT_TRUE(SaveHarvestState(path, state).ok());
  // No temporary file (path.tmp<pid>) is left beside the state.
  for (const auto& entry :
       std::filesystem::directory_iterator(std::filesystem::path(path).parent_path())) {
    EXPECT_EQ(entry.path().string().find(path + ".tmp"), std::string::npos) << entry.path();
  }
  EXPECT_FALSE(state.updated_at.empty());
  auto loaded = LoadHarvestState(path);
  ASSERT_TRUE(loaded.ok()) << loaded.error().ToString();
  ASSERT_TRUE(loaded->has_value());
  const HarvestState& back = **loaded;
  EXPECT_EQ(back.filter, state.filter);
  EXPECT_EQ(back.base_url, state.base_url);
  EXPECT_EQ(back.per_page, 200u);
  EXPECT_EQ(back.next_cursor, state.next_cursor);
  EXPECT_EQ(back.records, 400u);
  EXPECT_EQ(back.pages, 2u);
  EXPECT_EQ(back.output_bytes, 123456u);
  EXPECT_EQ(back.count, 1234u);
  EXPECT_FALSE(back.complete);
  EXPECT_EQ(back.updated_at, state.updated_at);
}

TEST(HarvestStateTest, AnUnusableStateFileIsAnErrorNamingIt) {
  testing::ScratchDir dir;
  const std::string path = dir.File("w.state.json");
  for (const char* text :
       {"", "{", "[]", R"({"format":2})",
        R"({"format":1,"source":"openalex","filter":"x","base_url":"u","per_page":10,)"
        R"("next_cursor":"c","records":"many","pages":1,"output_bytes":1,"complete":false})",
        R"({"format":1,"source":"openalex","filter":"x","base_url":"u","per_page":10,)"
        R"("next_cursor":"","records":1,"pages":1,"output_bytes":1,"complete":false})"}) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
    auto state = LoadHarvestState(path);
    ASSERT_FALSE(state.ok()) << text;
    EXPECT_EQ(state.error().where.file, path);
    EXPECT_NE(state.error().message.find("--restart"), std::string::npos);
  }
}

}  // namespace
}  // namespace catchall
