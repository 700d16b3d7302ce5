// `catchall registry build` end to end: the summary line, the written file, and the exit codes.
#include <gtest/gtest.h>

#include <string>

#include "registry/registry_support.h"

namespace catchall {
namespace {

using testing::RegistryFixture;
using testing::RunCatchall;

TEST(RegistryCommand, BuildsTheFileAndPrintsTheCounts) {
  testing::TempDir dir("registry_cli");
  const std::string out = dir.File("concern.yaml");
  const auto result =
      RunCatchall({"registry", "build", "--lists", RegistryFixture("dod_1286_small.csv"),
                   RegistryFixture("un_dprk_small.xml"), "--out", out});
  ASSERT_EQ(result.exit_code, 0) << result.stderr_text;
  const auto summary = nlohmann::json::parse(result.stdout_text);
  EXPECT_EQ(summary["out"], out);
  EXPECT_EQ(summary["entries"], 5);  // ANDS, HIT, AMMS, the flight academy, the trade centre
  EXPECT_EQ(summary["list_entries"], 7);
  EXPECT_EQ(summary["sub_units"], 2);
  ASSERT_EQ(summary["lists"].size(), 2u);
  EXPECT_EQ(summary["lists"][1]["list"], "un_sc");
  EXPECT_EQ(summary["lists"][1]["taking_part"], 2);
  auto written = ReadRegistryFile(out);
  ASSERT_TRUE(written.ok()) << written.error().ToString();
  EXPECT_EQ(written->size(), 5u);
  const std::string text = testing::ReadFile(out);
  EXPECT_EQ(text.rfind("# Institution registry of concern", 0), 0u);
  EXPECT_NE(text.find("  risk_level: high\n"), std::string::npos);
}

TEST(RegistryCommand, ExitCodes) {
  testing::TempDir dir("registry_cli_codes");
  const std::string list = RegistryFixture("dod_1286_small.csv");
  // A list file that cannot be read: reference data.
  EXPECT_EQ(RunCatchall({"registry", "build", "--lists", dir.File("missing.csv"), "--out",
                         dir.File("a.yaml")})
                .exit_code,
            4);
  // The registry loader reads only *.yaml: another name is a bad argument.
  EXPECT_EQ(
      RunCatchall({"registry", "build", "--lists", list, "--out", dir.File("a.txt")}).exit_code, 2);
  EXPECT_EQ(RunCatchall({"registry", "build", "--lists", list}).exit_code, 2);
  EXPECT_EQ(RunCatchall({"registry"}).exit_code, 2);
  // A base registry that cannot be read.
  EXPECT_EQ(RunCatchall({"registry", "build", "--lists", list, "--base", dir.File("none.yaml"),
                         "--out", dir.File("a.yaml")})
                .exit_code,
            4);
  // An output that cannot be written.
  EXPECT_EQ(
      RunCatchall({"registry", "build", "--lists", list, "--out", dir.File("no/such/dir/a.yaml")})
          .exit_code,
      5);
}

}  // namespace
}  // namespace catchall
