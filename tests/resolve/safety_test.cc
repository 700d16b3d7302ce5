// The promises other parts of the product rely on: text-based KP needs a trigger phrase (the
// prefilter is built from them), real non-DPRK affiliations never come out KP, Resolve is
// thread-safe and fast.
#include <gtest/gtest.h>
#include <unicode/utf8.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "resolver_support.h"

namespace catchall::testing {
namespace {

// The header's contract: lower-case ASCII letters, digits and single spaces, or Hangul / Han;
// plus lower-case Cyrillic, which the prefilter's skeletons fold like Latin.
bool AllowedInTriggerPhrase(UChar32 c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ' ||
         (c >= 0x0430 && c <= 0x045F) || (c >= 0xAC00 && c <= 0xD7A3) ||
         (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF);
}

std::string CasesPath() { return std::string(CATCHALL_SOURCE_DIR) + "/tests/resolve/cases.tsv"; }

// Affiliation-like strings built from DPRK and ROK words, noise and separators, so that the
// trigger promise is checked on many shapes, not only on the case file.
std::vector<std::string> SyntheticStrings() {
  const std::vector<std::string> parts = {"Kim Il Sung Univ",
                                          "Kim Il-Sung University",
                                          "Kimilsung University",
                                          "State Acad Sci",
                                          "Academy of Sciences of the DPRK",
                                          "Pyongyang",
                                          "P'yŏngyang",
                                          "Pyeongyang",
                                          "Hamhŭng",
                                          "Chongjin",
                                          "Korea",
                                          "DPR Korea",
                                          "D.P.R. of Korea",
                                          "Dem Peoples R Korea",
                                          "North Korea",
                                          "Korea, DPR",
                                          "Republic of Korea",
                                          "South Korea",
                                          "Seoul",
                                          "Korea Univ",
                                          "KAIST",
                                          "China",
                                          "Peoples R China",
                                          "Harbin Inst Technol",
                                          "Yanji",
                                          "Dept Phys",
                                          "Fac Math",
                                          "999093",
                                          "Kusong-dong",
                                          "Yusong-gu",
                                          "평양",
                                          "김일성종합대학",
                                          "김일성 종합대학",
                                          "朝鲜",
                                          "平壤",
                                          "Kim Chaek Univ Technol",
                                          "Univ Sci",
                                          "Pyongsong",
                                          "Georgia",
                                          "USA",
                                          "Korea (North)",
                                          "Korea Computer Center",
                                          "PUST",
                                          "Pyongyang Univ Sci & Technol",
                                          "Sunchon",
                                          "Kanggye"};
  const std::vector<std::string> separators = {", ", " ", "; ", ",", " - "};
  std::vector<std::string> out;
  uint64_t state = 88172645463325252ull;
  const auto next = [&state] {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  for (int i = 0; i < 20000; ++i) {
    std::string text;
    const int count = 1 + static_cast<int>(next() % 5);
    for (int k = 0; k < count; ++k) {
      if (k > 0) text += separators[next() % separators.size()];
      text += parts[next() % parts.size()];
    }
    out.push_back(text);
  }
  return out;
}

void ExpectTriggerPromise(const std::string& raw) {
  const AffiliationResolution r = ProjectResolver().Resolve(MakeAffiliation(raw));
  if (r.country == "KP") {
    EXPECT_TRUE(HasTriggerPhrase(raw)) << "KP from text without a trigger phrase: " << raw;
  }
}

TEST(TriggerPhrasesTest, AreNormalisedAndCoverDprkNames) {
  const auto phrases = ProjectResolver().DprkTriggerPhrases();
  EXPECT_GT(phrases.size(), 50u);
  for (const auto& phrase : phrases) {
    EXPECT_FALSE(phrase.empty());
    EXPECT_EQ(phrase.find("  "), std::string::npos) << phrase;
    EXPECT_NE(phrase.front(), ' ') << phrase;
    EXPECT_NE(phrase.back(), ' ') << phrase;
    const auto* bytes = reinterpret_cast<const uint8_t*>(phrase.data());
    for (int32_t i = 0; i < static_cast<int32_t>(phrase.size());) {
      UChar32 c = 0;
      U8_NEXT(bytes, i, static_cast<int32_t>(phrase.size()), c);
      EXPECT_TRUE(AllowedInTriggerPhrase(c)) << phrase;
    }
  }
  for (const char* must : {"Pyongyang", "Kim Il Sung University", "DPR Korea", "DPRK",
                           "Dem Peoples R Korea", "평양", "Hamhung"}) {
    EXPECT_TRUE(HasTriggerPhrase(must)) << must;
  }
  for (const char* never : {"Korea", "Seoul", "Korea University", "Republic of Korea"}) {
    EXPECT_FALSE(HasTriggerPhrase(never)) << never;
  }
}

TEST(TriggerPhrasesTest, EveryTextBasedKpHasATriggerPhrase) {
  for (const auto& c : LoadCases(CasesPath())) ExpectTriggerPromise(c.raw);
  for (const auto& raw : SyntheticStrings()) ExpectTriggerPromise(raw);
}

// Real Web of Science addresses (C1 and RP fields) of the shared sample exports: none of them
// is North Korean, many are South Korean, so none may resolve to KP.
std::vector<std::string> RealWosAddresses(const std::string& dir) {
  std::vector<std::string> out;
  for (const char* name : {"savedrecs.txt", "ManyAuthors.isi"}) {
    std::ifstream in(dir + "/" + name, std::ios::binary);
    std::string line;
    bool in_address = false;
    while (std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      const bool continuation = line.rfind("   ", 0) == 0;
      if (!continuation) in_address = line.rfind("C1 ", 0) == 0 || line.rfind("RP ", 0) == 0;
      if (!in_address || line.size() < 4) continue;
      std::string address = line.substr(3);
      if (!address.empty() && address[0] == '[') {
        const size_t close = address.find("] ");
        if (close != std::string::npos) address = address.substr(close + 2);
      }
      out.push_back(address);
    }
  }
  return out;
}

TEST(RealDataTest, NoRealWosAddressIsTakenForDprk) {
  const std::string dir = std::string(CATCHALL_SHARED_DATA_DIR) + "/wos-plaintext-export";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "shared data not found at " << dir;
  const auto addresses = RealWosAddresses(dir);
  ASSERT_GT(addresses.size(), 100u);
  int korean = 0;
  for (const auto& raw : addresses) {
    const AffiliationResolution r = ProjectResolver().Resolve(MakeAffiliation(raw));
    EXPECT_NE(r.country, "KP") << raw;
    korean += r.country == "KR";
    ExpectTriggerPromise(raw);
  }
  std::printf("[ real     ] %zu WoS addresses, %d resolved to KR, none to KP\n", addresses.size(),
              korean);
  EXPECT_GT(korean, 0);
}

TEST(ResolverThreadsTest, ConcurrentResolveGivesTheSameAnswers) {
  const auto cases = LoadCases(CasesPath());
  std::vector<std::string> expected;
  for (const auto& c : cases) {
    expected.push_back(ProjectResolver().Resolve(MakeAffiliation(c.raw, c.source_country)).country);
  }
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 3; ++round) {
        for (size_t i = 0; i < cases.size(); ++i) {
          const auto r =
              ProjectResolver().Resolve(MakeAffiliation(cases[i].raw, cases[i].source_country));
          mismatches[t] += r.country != expected[i];
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  for (int m : mismatches) EXPECT_EQ(m, 0);
}

TEST(ResolverSpeedTest, ResolvesTypicalStringsInMicroseconds) {
  const auto cases = LoadCases(CasesPath());
  const int rounds = 20;
  const auto start = std::chrono::steady_clock::now();
  size_t kp = 0;
  for (int round = 0; round < rounds; ++round) {
    for (const auto& c : cases)
      kp += ProjectResolver().Resolve(MakeAffiliation(c.raw)).country == "KP";
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const double micros = seconds * 1e6 / (rounds * static_cast<double>(cases.size()));
  std::printf("[ speed    ] %.2f us per Resolve (this build type), %zu KP\n", micros, kp);
  EXPECT_LT(micros, 500.0);  // generous: Debug and sanitizer builds run here too
}

TEST(ResolverSpeedTest, LoadTakesMilliseconds) {
  const auto start = std::chrono::steady_clock::now();
  auto loaded = AffiliationResolver::Load(std::string(CATCHALL_SOURCE_DIR) + "/data");
  const double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  ASSERT_TRUE(loaded.ok());
  std::printf("[ speed    ] Load %.1f ms, %zu institutions, %zu trigger phrases\n", ms,
              loaded->institution_count(), loaded->DprkTriggerPhrases().size());
  EXPECT_LT(ms, 5000.0);
}

}  // namespace
}  // namespace catchall::testing

namespace catchall::testing {
namespace {

TEST(SourceInstitutionTest, DisplayNameNamesTheInstitutionButNotTheCountry) {
  Affiliation affiliation = MakeAffiliation("Faculty of Physics, Pyongyang, DPR Korea", "KP");
  affiliation.source_institutions[0].display_name = "Kim Il Sung University";
  affiliation.source_institutions[0].country_code = "KP";
  AffiliationResolution r = ProjectResolver().Resolve(affiliation);
  EXPECT_EQ(r.country, "KP");
  ASSERT_TRUE(r.institution.has_value());
  EXPECT_EQ(r.institution->id, "kp-kim-il-sung-university");

  // A display name of another country does not move an explicit text country.
  affiliation.raw = "Department of Physics, Seoul, South Korea";
  affiliation.source_institutions[0].country_code = "kp";  // lower case is accepted
  r = ProjectResolver().Resolve(affiliation);
  EXPECT_EQ(r.country, "KR");
  EXPECT_FALSE(r.institution.has_value());
  ASSERT_TRUE(r.conflict());
  EXPECT_EQ(r.overruled.back().kind, "source_country_code");
  EXPECT_NE(r.warnings.back().find("Kim Il Sung University"), std::string::npos);
}

TEST(SourceInstitutionTest, SeveralSourcesVote) {
  Affiliation affiliation = MakeAffiliation("Department of Mathematics", "CN");
  SourceInstitution second;
  second.country_code = "KP";
  affiliation.source_institutions.push_back(second);
  // KP/CN tie: the first listed wins, and the other is overruled with a warning.
  const AffiliationResolution r = ProjectResolver().Resolve(affiliation);
  EXPECT_EQ(r.country, "CN");
  EXPECT_TRUE(r.conflict());
}

}  // namespace
}  // namespace catchall::testing
