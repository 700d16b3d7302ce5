// End to end: the built `catchall fetch openalex` against the local server, then
// `catchall screen` on what it wrote; and the exit codes a script sees.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "fetch_support.h"

namespace catchall {
namespace {

using testing::FakeOpenAlex;

constexpr char kFilter[] =
    "authorships.institutions.country_code:KP,from_publication_date:2016-12-01";
constexpr size_t kWorks = 45;

struct CommandRun {
  int exit_code = -1;
  std::string stderr_text;
};

class FetchCliTest : public ::testing::Test {
 protected:
  FetchCliTest() : works_(testing::SyntheticWorks(kWorks)), server_(works_) {}

  // `catchall ARGS` with every argument single-quoted; stderr captured.
  CommandRun Catchall(const std::vector<std::string>& args) {
    std::string command = std::string("'") + CATCHALL_BINARY + "'";
    for (const auto& arg : args) command += " '" + arg + "'";
    const std::string err = dir_.File("stderr.txt");
    command += " 2>'" + err + "' >/dev/null";
    const int status = std::system(command.c_str());
    CommandRun run;
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    run.stderr_text = testing::ReadBytes(err);
    return run;
  }

  std::vector<std::string> Fetch(const std::string& out, std::vector<std::string> extra = {}) {
    std::vector<std::string> args = {
        "fetch",           "openalex", "--filter",       kFilter,
        "--out",           out,        "--base-url",     server_.base_url(),
        "--per-page",      "10",       "--email",        "analyst@example.org",
        "--retry-base-ms", "1",        "--read-timeout", "5"};
    args.insert(args.end(), extra.begin(), extra.end());
    return args;
  }

  testing::ScratchDir dir_;
  std::vector<std::string> works_;
  FakeOpenAlex server_;
};

TEST_F(FetchCliTest, FetchedWorksScreenToTheDprkCoauthoredOnes) {
  const std::string out = dir_.File("kp.jsonl.gz");
  const CommandRun fetch = Catchall(Fetch(out));
  ASSERT_EQ(fetch.exit_code, 0) << fetch.stderr_text;
  EXPECT_NE(fetch.stderr_text.find("fetch: 45/45 records, 5 pages"), std::string::npos)
      << fetch.stderr_text;
  EXPECT_NE(fetch.stderr_text.find("harvest complete: 45 records"), std::string::npos);
  const auto seen = server_.requests();
  ASSERT_FALSE(seen.empty());
  EXPECT_EQ(seen[0].mailto, "analyst@example.org");
  EXPECT_NE(seen[0].user_agent.find("catchall/"), std::string::npos) << seen[0].user_agent;
  EXPECT_NE(seen[0].user_agent.find("mailto:analyst@example.org"), std::string::npos);

  const std::string results = dir_.File("results");
  const CommandRun screen = Catchall({"screen", out, "--out", results, "-q"});
  ASSERT_EQ(screen.exit_code, 0) << screen.stderr_text;
  std::set<std::string> expected;
  for (size_t i = 0; i < kWorks; ++i) {
    if (testing::IsDprkForeignWork(i)) expected.insert(testing::WorkId(i));
  }
  ASSERT_EQ(expected.size(), 5u);
  std::set<std::string> found;
  std::istringstream findings(testing::ReadBytes(results + "/findings.jsonl"));
  for (std::string line; std::getline(findings, line);) {
    const auto finding = nlohmann::json::parse(line);
    EXPECT_TRUE(finding["dprk_coauthored"].get<bool>()) << line;
    EXPECT_EQ(finding["countries"], nlohmann::json::array({"CN", "KP"})) << line;
    found.insert(finding["id"].get<std::string>());
  }
  EXPECT_EQ(found, expected);
  const auto summary = nlohmann::json::parse(testing::ReadBytes(results + "/summary.json"));
  EXPECT_EQ(summary["records_read"], kWorks);
  EXPECT_EQ(summary["records_rejected"], 0);
  EXPECT_EQ(summary["dprk_coauthored"], 5);
  EXPECT_EQ(summary["by_foreign_country"]["CN"], 5);
}

TEST_F(FetchCliTest, ExhaustedRetriesExitSixAndTheRerunResumes) {
  const std::string out = dir_.File("kp.jsonl.gz");
  server_.FailFrom(20, testing::Status(503));
  const CommandRun failed = Catchall(Fetch(out, {"--retries", "2", "-q"}));
  EXPECT_EQ(failed.exit_code, 6) << failed.stderr_text;
  EXPECT_NE(failed.stderr_text.find("3 times in a row"), std::string::npos) << failed.stderr_text;
  EXPECT_NE(failed.stderr_text.find("run the same command again to resume"), std::string::npos);
  EXPECT_TRUE(std::filesystem::exists(out + ".state.json"));

  server_.Heal();
  const CommandRun resumed = Catchall(Fetch(out));
  ASSERT_EQ(resumed.exit_code, 0) << resumed.stderr_text;
  EXPECT_NE(resumed.stderr_text.find("resuming after 20 records (2 pages)"), std::string::npos)
      << resumed.stderr_text;
  EXPECT_EQ(testing::ReadLines(out), works_);

  const size_t requests = server_.request_count();
  const CommandRun again = Catchall(Fetch(out));
  EXPECT_EQ(again.exit_code, 0);
  EXPECT_NE(again.stderr_text.find("already complete (45 records)"), std::string::npos)
      << again.stderr_text;
  EXPECT_EQ(server_.request_count(), requests);
}

TEST_F(FetchCliTest, UsageAndServiceErrorsExitTwo) {
  const std::string out = dir_.File("kp.jsonl.gz");
  EXPECT_EQ(Catchall(Fetch(out, {"--per-page", "500"})).exit_code, 2);
  EXPECT_EQ(Catchall({"fetch", "openalex", "--out", out}).exit_code, 2);  // no --filter
  EXPECT_EQ(Catchall({"fetch"}).exit_code, 2);
  EXPECT_EQ(Catchall(Fetch(out, {"--base-url", "api.openalex.org"})).exit_code, 2);
  EXPECT_EQ(server_.request_count(), 0u);

  server_.FailFrom(0, testing::BadFilter());
  const CommandRun rejected = Catchall(Fetch(out));
  EXPECT_EQ(rejected.exit_code, 2);
  EXPECT_NE(rejected.stderr_text.find("country_codex is not a valid field"), std::string::npos)
      << rejected.stderr_text;
  EXPECT_EQ(server_.request_count(), 1u);
}

TEST_F(FetchCliTest, AnotherFilterOnTheSameOutputExitsTwoUnlessRestarted) {
  const std::string out = dir_.File("kp.jsonl.gz");
  ASSERT_EQ(Catchall(Fetch(out, {"-q"})).exit_code, 0);
  std::vector<std::string> other = Fetch(out, {"-q"});
  other[3] = "authorships.institutions.country_code:KP";
  const CommandRun refused = Catchall(other);
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_NE(refused.stderr_text.find("another filter"), std::string::npos) << refused.stderr_text;
  other.push_back("--restart");
  EXPECT_EQ(Catchall(other).exit_code, 0);
  EXPECT_EQ(testing::ReadLines(out), works_);
}

TEST_F(FetchCliTest, AnUnwritableOutputExitsFive) {
  const CommandRun run = Catchall(Fetch(dir_.File("no/such/dir/kp.jsonl.gz"), {"-q"}));
  EXPECT_EQ(run.exit_code, 5) << run.stderr_text;
  EXPECT_NE(run.stderr_text.find("cannot open for writing"), std::string::npos);
}

}  // namespace
}  // namespace catchall
