// `catchall ties` on the planted fixtures of tests/network/data (PLANTED.md): the organisation's
// co-authorships with institutions of concern and DPRK institutions, with the papers and
// researchers behind each number, in the three input formats.
#include <gtest/gtest.h>

#include <set>

#include "common/command_support.h"

namespace catchall::testing {
namespace {

const std::string kData = std::string(CATCHALL_SOURCE_DIR) + "/tests/network/data/";

class TiesCommand : public ::testing::TestWithParam<std::string> {
 protected:
  nlohmann::json Run(const std::vector<std::string>& more, int expected_exit = 0) {
    std::vector<std::string> args = {"ties", kData + GetParam(), "--out", out_.path().string(),
                                     "--quiet"};
    args.insert(args.end(), more.begin(), more.end());
    const CommandResult run = RunCatchall(args);
    EXPECT_EQ(run.exit_code, expected_exit) << run.stderr_text;
    if (expected_exit != 0) return nullptr;
    return ReadJson(out_.File("ties_summary.json"));
  }
  std::set<std::string> PartnerKeys() {
    std::set<std::string> keys;
    for (const auto& tie : ReadJsonLines(out_.File("ties.jsonl")))
      keys.insert(tie["partner"]["key"]);
    return keys;
  }
  TempDir out_{"ties-command"};
};

// Wen Shaoqing of Northeast Normal University co-authors R1 with Kim Il Sung University and R2
// with Harbin Institute of Technology.
TEST_P(TiesCommand, OneUniversitysTiesWithTheirPapersAndResearchers) {
  const auto summary = Run({"--org", "Northeast Normal University"});
  EXPECT_EQ(summary["org_records"], 2);
  EXPECT_EQ(summary["org_researchers"], 1);
  EXPECT_EQ(summary["records_with_ties"], 2);
  EXPECT_EQ(summary["researchers_with_ties"], 1);
  EXPECT_EQ(PartnerKeys(),
            (std::set<std::string>{"inst:cn-hit", "inst:kp-kim-il-sung-university"}));
  EXPECT_EQ(summary["by_risk"]["high"]["records"], 2);
  EXPECT_EQ(summary["by_list"]["registry:dod_1286"]["records"], 1);
  EXPECT_EQ(summary["by_list"]["registry:dprk"]["records"], 1);
  for (const auto& tie : ReadJsonLines(out_.File("ties.jsonl"))) {
    ASSERT_EQ(tie["org_authors"].size(), 1u);
    EXPECT_NE(tie["org_authors"][0].get<std::string>().find("Wen"), std::string::npos);
    EXPECT_EQ(tie["partner_authors"].size(), 1u);
  }
  // The papers behind the number are in the breakdown.
  const std::string by_partner = ReadFile(out_.File("ties_by_partner.csv"));
  EXPECT_NE(by_partner.find("Harbin Institute of Technology"), std::string::npos);
  EXPECT_NE(ReadFile(out_.File("ties.html")).find("Kim Il Sung University"), std::string::npos);
}

// Tohoku University's two papers (R4, R7) have no partner of concern: its path to the DPRK runs
// through a co-author's co-author, which is the network's business, not a tie.
TEST_P(TiesCommand, AnOrganisationWithoutTies) {
  const auto summary = Run({"--org", "jp-tohoku"});
  EXPECT_EQ(summary["org_records"], 2);
  EXPECT_EQ(summary["records_with_ties"], 0);
  EXPECT_TRUE(ReadJsonLines(out_.File("ties.jsonl")).empty());
}

// Without --org every institution that is neither of concern nor in the DPRK is the
// organisation's: R1 (NENU - Kim Il Sung University), R2 (NENU - HIT), R5 (Heilongjiang -
// State Academy of Sciences).
TEST_P(TiesCommand, WithoutOrgTheWholeSet) {
  const auto summary = Run({});
  EXPECT_EQ(summary["records_with_ties"], 3);
  EXPECT_EQ(PartnerKeys(), (std::set<std::string>{"inst:cn-hit", "inst:kp-kim-il-sung-university",
                                                  "inst:kp-state-academy-of-sciences"}));
}

TEST_P(TiesCommand, UnknownOrganisationIsAnInputError) { Run({"--org", "Atlantis Institute"}, 3); }

INSTANTIATE_TEST_SUITE_P(ThreeFormats, TiesCommand,
                         ::testing::Values("planted_scopus.csv", "planted_wos.txt",
                                           "planted_openalex.jsonl"),
                         [](const auto& info) {
                           return info.param.substr(8, info.param.find('.') - 8);
                         });

}  // namespace
}  // namespace catchall::testing
