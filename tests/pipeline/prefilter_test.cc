#include "pipeline/prefilter.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>

namespace catchall {
namespace {

std::unique_ptr<Prefilter> Build(const std::vector<std::string>& phrases) {
  auto prefilter = Prefilter::Build(phrases);
  EXPECT_TRUE(prefilter.ok()) << (prefilter.ok() ? "" : prefilter.error().ToString());
  return std::move(*prefilter);
}

TEST(Prefilter, ToleratesWhatNormalisationRemoves) {
  const auto prefilter = Build({"pyongyang", "kim il sung", "dpr korea", "hamhung"});
  for (const char* text :
       {"PYONGYANG", "P'yŏngyang", "P\u2019yongyang", "Pyo\u0306ngyang", "Kim Il-sung University",
        "KIM IL SUNG UNIV", "Kim  Il\tSung", "D.P.R. Korea", "DPR Korea", "dpr-korea", "Hamhŭng",
        "ＰＹＯＮＧＹＡＮＧ"}) {
    EXPECT_TRUE(prefilter->MayMatter(text)) << text;
  }
}

TEST(Prefilter, ClearsTextWithoutTriggers) {
  const auto prefilter = Build({"pyongyang", "kim il sung", "dpr korea"});
  for (const char* text : {"Harbin Institute of Technology, Harbin, China",
                           "Seoul National University, Seoul, South Korea",
                           "{\"country_code\":\"KR\"}", "Pyeong-taek"}) {
    EXPECT_FALSE(prefilter->MayMatter(text)) << text;
  }
}

TEST(Prefilter, SpacedScriptPhrasesMatchWholeWordsOnly) {
  const auto prefilter = Build({"n korea", "pyongyang"});
  EXPECT_TRUE(prefilter->MayMatter("Dept Phys, N. Korea"));
  EXPECT_TRUE(prefilter->MayMatter("Pyongyang999093"));
  EXPECT_TRUE(prefilter->MayMatter("P'yŏngyang"));
  for (const char* text : {"Daejeon, Korea", "Busan, Korea", "Xpyongyang", "pyongyangs"}) {
    EXPECT_FALSE(prefilter->MayMatter(text)) << text;
  }
}

TEST(Prefilter, HangulAndHanPhrasesMatchLiterally) {
  const auto prefilter = Build({"김일성종합대학", "金日成综合大学"});
  EXPECT_TRUE(prefilter->MayMatter("소속: 김일성종합대학 물리학부"));
  EXPECT_TRUE(prefilter->MayMatter("金日成综合大学"));
  EXPECT_FALSE(prefilter->MayMatter("고려대학교"));
}

TEST(Prefilter, FiresOnWhatItCannotSeeThrough) {
  const auto prefilter = Build({"pyongyang"});
  EXPECT_TRUE(prefilter->MayMatter(R"({"country_code":"KP"})"));
  EXPECT_TRUE(prefilter->MayMatter(R"({"raw":"P\u0027yongyang"})"));
  EXPECT_TRUE(prefilter->MayMatter("\u1111\u1167\u11BC"));  // NFD jamo of 평
}

TEST(Prefilter, PhrasesWithPunctuationOrNothingAreHarmless) {
  const auto prefilter = Build({"a.b (c)", "[z]", "  ", ""});
  EXPECT_TRUE(prefilter->MayMatter("A B C"));
  EXPECT_FALSE(prefilter->MayMatter("nothing here"));
}

TEST(Prefilter, NoPhrasesStillSeesTheSourceCode) {
  const auto prefilter = Build({});
  EXPECT_TRUE(prefilter->MayMatter(R"({"country_code":"KP"})"));
  EXPECT_FALSE(prefilter->MayMatter(R"({"country_code":"KR"})"));
}

TEST(Prefilter, WorksFromManyThreads) {
  const auto prefilter = Build({"pyongyang"});
  std::vector<std::thread> threads;
  std::atomic<int> hits{0};
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 1000; ++i) hits += prefilter->MayMatter("Pyongyang, DPRK") ? 1 : 0;
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(hits.load(), 4000);
}

}  // namespace
}  // namespace catchall

namespace catchall {
namespace {

TEST(PrefilterCache, ACachedOrCorruptDatabaseGivesTheSameAnswers) {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("catchall_cache_" + std::to_string(::getpid()));
  ::setenv("CATCHALL_CACHE", dir.c_str(), 1);
  const std::vector<std::string> phrases = {"pyongyang", "kim il sung"};
  const auto first = Build(phrases);  // compiles and stores
  ASSERT_TRUE(std::filesystem::exists(dir));
  const auto second = Build(phrases);  // loads
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    std::ofstream(entry.path(), std::ios::binary | std::ios::trunc) << "not a database";
  }
  const auto third = Build(phrases);  // compiles again
  for (const auto* prefilter : {first.get(), second.get(), third.get()}) {
    EXPECT_TRUE(prefilter->MayMatter("Kim Il-sung University"));
    EXPECT_FALSE(prefilter->MayMatter("Seoul National University"));
  }
  ::setenv("CATCHALL_CACHE", "off", 1);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace catchall
