// Filter tokens, the per-record counts built on them, and the bounded choice of table rows.
#include "report/aggregate.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "report/findings_reader.h"
#include "report/labels.h"
#include "report/row_keeper.h"
#include "report_support.h"

namespace catchall::report {
namespace {

Finding Parse(const nlohmann::ordered_json& json) {
  Finding f;
  std::string reason;
  EXPECT_TRUE(ParseFindingLine(json.dump(), f, reason)) << reason;
  return f;
}

TEST(Tokens, ValuesAreEncodedSoTokensHoldNoSpaceQuoteOrMarkup) {
  EXPECT_EQ(Token("country", "CN"), "country:CN");
  EXPECT_EQ(Token("dprk", "kp-kim-il-sung-university"), "dprk:kp-kim-il-sung-university");
  const std::string nasty = "a b\"<x>'%";
  const std::string token = Token("tag", nasty);
  EXPECT_EQ(token, "tag:a%20b%22%3Cx%3E%27%25");
  EXPECT_EQ(TokenValue(token), nasty);
  EXPECT_EQ(TokenValue(Token("cat", "평양")), "평양");
  EXPECT_EQ(TokenValue("year:%4"), "%4") << "a bad escape stays as written";
}

TEST(Tokens, OfAFindingCoverWhatTheSummaryCounts) {
  const Finding f = Parse(testing::SyntheticFinding(2, "state_determination_required"));
  const auto tokens = FilterTokens(f);
  for (const char* expected :
       {"grp:all", "grp:tie", "grp:co", "grp:since", "grp:flag",
        "tier:state_determination_required", "year:2018", "country:CN", "gov:CN", "govany",
        "funder:cn-nsfc", "cat:advanced_materials", "rule:state_determination_required",
        "dprk:kp-kim-il-sung-university", "tag:seven_sons"}) {
    EXPECT_TRUE(std::binary_search(tokens.begin(), tokens.end(), expected)) << expected;
  }
  EXPECT_FALSE(std::binary_search(tokens.begin(), tokens.end(), "country:KP"));
  const auto pre = FilterTokens(Parse(testing::SyntheticFinding(1, "pre_2321")));
  EXPECT_FALSE(std::binary_search(pre.begin(), pre.end(), "grp:since"));
  EXPECT_FALSE(std::binary_search(pre.begin(), pre.end(), "grp:flag"));
  EXPECT_FALSE(std::binary_search(pre.begin(), pre.end(), "govany"));
}

TEST(Tally, CountsPerGroupAndTierAddUp) {
  Tally tally;
  const char* tiers[] = {"committee_exemption_required",
                         "state_determination_required",
                         "state_determination_required",
                         "medical_exempt",
                         "pre_2321",
                         "dprk_only"};
  for (int i = 0; i < 6; ++i) tally.Add(Parse(testing::SyntheticFinding(i, tiers[i])));
  EXPECT_EQ(tally.Total(kShown), 6u);
  EXPECT_EQ(tally.Total(kTie), 6u);
  EXPECT_EQ(tally.Total(kCoauthored), 5u);
  EXPECT_EQ(tally.Total(kSince2321), 4u);
  EXPECT_EQ(tally.Total(kFlagged), 3u);
  const KeyCounts& cn = tally.Of("country:CN");
  EXPECT_EQ(cn.in[kCoauthored], 5u);
  EXPECT_EQ(cn.in[kFlagged], 3u);
  uint64_t sum = 0;
  for (const auto& [tier, n] : cn.by_tier_co) sum += n;
  EXPECT_EQ(sum, cn.in[kCoauthored]);
  // Even indices have a government funder: 0, 2, 4.
  EXPECT_EQ(tally.Of("gov:CN").in[kShown], 3u);
  EXPECT_EQ(tally.Of("gov:CN").in[kFlagged], 2u);
  EXPECT_EQ(tally.Of("nothing:here").in[kShown], 0u);
  EXPECT_EQ(tally.NameOf("funder:cn-nsfc"), "National Natural Science Foundation of China");
  EXPECT_EQ(tally.TokensIn("year"), (std::vector<std::string>{"year:2015", "year:2018"}));
}

TEST(Tally, RecordsWithoutATieOrConflictAreNotCounted) {
  auto json = testing::SyntheticFinding(0, "clear");
  json["dprk_tie"] = false;
  json["dprk_coauthored"] = false;
  Tally tally;
  tally.Add(Parse(json));
  EXPECT_EQ(tally.Total(kShown), 0u);
  json["dprk_conflict"] = true;
  tally.Add(Parse(json));
  EXPECT_EQ(tally.Total(kShown), 1u);
  EXPECT_EQ(tally.Total(kTie), 0u);
}

TEST(RowKeeper, KeepsTheFirstRowsInTierThenFileOrder) {
  RowKeeper keeper(TierOrder({}, {}), 3);
  const char* arrivals[] = {"dprk_only",
                            "state_determination_required",
                            "pre_2321",
                            "committee_exemption_required",
                            "state_determination_required",
                            "my_custom_tier",
                            "committee_exemption_required"};
  for (int i = 0; i < 7; ++i) {
    Finding f;
    f.id = std::to_string(i);
    f.tier = arrivals[i];
    keeper.Offer(std::move(f));
  }
  std::vector<std::string> kept;
  for (const Finding* f : keeper.Rows()) kept.push_back(f->id + ":" + f->tier);
  EXPECT_EQ(kept, (std::vector<std::string>{"3:committee_exemption_required",
                                            "6:committee_exemption_required",
                                            "1:state_determination_required"}));
  const auto& order = keeper.tier_order();
  EXPECT_EQ(order.back(), "clear");
  EXPECT_EQ(order[order.size() - 2], "my_custom_tier");
}

TEST(RowKeeper, ACapOfZeroKeepsNothing) {
  RowKeeper keeper(TierOrder({}, {}), 0);
  Finding f;
  f.tier = "pre_2321";
  keeper.Offer(std::move(f));
  EXPECT_TRUE(keeper.Rows().empty());
}

}  // namespace
}  // namespace catchall::report
