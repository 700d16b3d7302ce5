// `catchall network` on the planted fixtures (tests/network/data/PLANTED.md): the same ten
// papers exported as Scopus CSV, Web of Science text and OpenAlex JSON lines, with two bridges,
// one path from Tohoku University to a DPRK institution and two citation links planted. Exactly
// those must be found in every format; the expectations are the JSON blocks of PLANTED.md.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "common/command_support.h"

namespace catchall::testing {
namespace {

const std::string kData = std::string(CATCHALL_SOURCE_DIR) + "/tests/network/data/";

// The ```json planted-<name> block of PLANTED.md.
nlohmann::json Expected(const std::string& name) {
  const std::string text = ReadFile(kData + "PLANTED.md");
  const std::string fence = "```json planted-" + name + "\n";
  const size_t begin = text.find(fence);
  EXPECT_NE(begin, std::string::npos) << fence;
  const size_t body = begin + fence.size();
  return nlohmann::json::parse(text.substr(body, text.find("```", body) - body));
}

// How PLANTED.md names an author, as a node of bridges.jsonl / paths.jsonl shows it: Scopus
// and OpenAlex by source id, WoS by the full name.
bool IsAuthor(const nlohmann::json& node, const std::string& planted_key) {
  const std::string openalex = "openalex:" + planted_key.substr(planted_key.rfind('/') + 1);
  for (const auto& id : node["identifiers"]) {
    if (id == "scopus:" + planted_key || id == openalex) return true;
  }
  return node["name"] == planted_key;
}

std::set<std::string> Ids(const nlohmann::json& records) {
  std::set<std::string> out;
  for (const auto& record : records) out.insert(record.is_object() ? record["id"] : record);
  return out;
}

std::set<std::string> Keys(const nlohmann::json& institutions) {
  std::set<std::string> out;
  for (const auto& institution : institutions) {
    out.insert(institution.is_object() ? institution["key"].get<std::string>()
                                       : "inst:" + institution.get<std::string>());
  }
  return out;
}

class PlantedNetwork : public ::testing::TestWithParam<std::pair<std::string, std::string>> {
 protected:
  void SetUp() override {
    expected_ = Expected(GetParam().first);
    const CommandResult run = RunCatchall({"network", kData + GetParam().second, "--out",
                                           out_.path().string(), "--from", "jp-tohoku", "--quiet"});
    ASSERT_EQ(run.exit_code, 0) << run.stderr_text;
  }
  std::vector<nlohmann::json> Lines(const std::string& name) {
    return ReadJsonLines(out_.File(name));
  }
  TempDir out_{"planted-network"};
  nlohmann::json expected_;
};

TEST_P(PlantedNetwork, GraphHasThePlantedNodesAndEdges) {
  const auto summary = ReadJson(out_.File("network_summary.json"));
  const auto& graph = expected_["graph"];
  EXPECT_EQ(summary["records"], 10);
  EXPECT_EQ(summary["records_rejected"], 0);
  EXPECT_EQ(summary["nodes"]["authors"], graph["author_nodes"]);
  EXPECT_EQ(summary["nodes"]["institutions"], graph["institution_nodes"]);
  EXPECT_EQ(summary["edges"]["affiliation"], graph["affiliation_edges"]);
  EXPECT_EQ(summary["edges"]["coauthorship"], graph["coauthorship_edges"]);
  EXPECT_EQ(summary["nodes"]["authors_on_several_records"],
            expected_["multi_record_authors"].size());
}

TEST_P(PlantedNetwork, ExactlyThePlantedBridges) {
  const auto bridges = Lines("bridges.jsonl");
  ASSERT_EQ(bridges.size(), expected_["bridges"].size());
  for (const auto& want : expected_["bridges"]) {
    const auto found = std::find_if(bridges.begin(), bridges.end(), [&](const auto& b) {
      return IsAuthor(b["author"], want["key"]);
    });
    ASSERT_NE(found, bridges.end()) << want["key"];
    EXPECT_EQ(Keys((*found)["dprk_institutions"]), Keys(want["dprk_institutions"]));
    EXPECT_EQ(Keys((*found)["concern_institutions"]), Keys(want["concern_institutions"]));
    std::set<std::string> dprk_records, concern_records;
    for (const auto& side : (*found)["dprk_institutions"]) {
      for (const auto& id : Ids(side["records"])) dprk_records.insert(id);
    }
    for (const auto& side : (*found)["concern_institutions"]) {
      for (const auto& id : Ids(side["records"])) concern_records.insert(id);
    }
    EXPECT_EQ(dprk_records, Ids(want["dprk_records"]));
    EXPECT_EQ(concern_records, Ids(want["concern_records"]));
  }
  // The DPRK researcher on the record with an institution of concern is a side, not a bridge.
  for (const auto& dprk_author : expected_["dprk_side_author_on_concern_record"]) {
    for (const auto& bridge : bridges) EXPECT_FALSE(IsAuthor(bridge["author"], dprk_author["key"]));
  }
}

TEST_P(PlantedNetwork, TheOnePathFromTohokuWithItsRecords) {
  const auto paths = Lines("paths.jsonl");
  const auto& want = expected_["path"];
  ASSERT_EQ(paths.size(), 1u);
  EXPECT_EQ(paths[0]["hops"], want["edges"]);
  EXPECT_EQ(paths[0]["from"]["key"], "inst:" + want["from"].get<std::string>());
  EXPECT_EQ(paths[0]["to"]["key"], "inst:" + want["to"].get<std::string>());
  const auto& steps = paths[0]["steps"];
  ASSERT_EQ(steps.size(), want["nodes"].size());
  for (size_t i = 0; i < steps.size(); ++i) {
    const auto& node = want["nodes"][i];
    if (node.contains("institution") && !node.contains("author")) {
      EXPECT_EQ(steps[i]["node"]["key"], "inst:" + node["institution"].get<std::string>());
    } else {
      EXPECT_TRUE(IsAuthor(steps[i]["node"], node["author"])) << i;
    }
    if (i == 0) continue;
    const auto& edge = want["edge_list"][i - 1];
    EXPECT_EQ(steps[i]["edge"]["kind"], edge["kind"]) << i;
    EXPECT_EQ(Ids(steps[i]["edge"]["records"]), Ids(edge["records"])) << i;
  }
}

TEST_P(PlantedNetwork, ExactlyThePlantedCitationLinks) {
  std::set<std::pair<std::string, std::string>> found, want;
  for (const auto& link : Lines("citations.jsonl")) {
    found.emplace(link["cited"]["id"], link["citing"]["id"]);
    for (const auto& institution : link["citing_institutions"]) {
      EXPECT_TRUE(institution["concern"].get<bool>());
    }
  }
  for (const auto& link : expected_["cited_by_concern"])
    want.emplace(link["cited"], link["citing"]);
  EXPECT_EQ(found, want);
}

INSTANTIATE_TEST_SUITE_P(ThreeFormats, PlantedNetwork,
                         ::testing::Values(std::make_pair("scopus", "planted_scopus.csv"),
                                           std::make_pair("wos", "planted_wos.txt"),
                                           std::make_pair("openalex", "planted_openalex.jsonl")),
                         [](const auto& info) { return info.param.first; });

// An institution no record names: the other outputs are written, exit code 3 says why.
TEST(PlantedNetworkFrom, UnknownInstitutionIsAnInputError) {
  TempDir out("planted-network-unknown");
  const CommandResult run = RunCatchall({"network", kData + "planted_wos.txt", "--out",
                                         out.path().string(), "--from", "Atlantis Institute"});
  EXPECT_EQ(run.exit_code, 3);
  EXPECT_NE(run.stderr_text.find("Atlantis Institute"), std::string::npos);
  EXPECT_EQ(ReadJsonLines(out.File("bridges.jsonl")).size(), 2u);
}

}  // namespace
}  // namespace catchall::testing
