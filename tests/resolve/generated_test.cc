// Generated affiliations in the shapes Scopus, WoS and OpenAlex print: every South Korean one
// must stay out of KP (hard assertion), every North Korean one must come out KP.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "resolver_support.h"

namespace catchall::testing {
namespace {

const std::vector<std::string> kRokInstitutions = {"Korea University",
                                                   "Korea Univ",
                                                   "KAIST",
                                                   "Seoul National University",
                                                   "Seoul Natl Univ",
                                                   "Yonsei University",
                                                   "Hanyang Univ",
                                                   "Sungkyunkwan University",
                                                   "POSTECH",
                                                   "University of North Korean Studies",
                                                   "Korea Institute for National Unification",
                                                   "Chonnam National University",
                                                   "Kyungpook Natl Univ",
                                                   "Pusan National University",
                                                   "Inha University",
                                                   "Ajou Univ",
                                                   "Hallym University",
                                                   "Soonchunhyang University",
                                                   "Catholic University of Korea",
                                                   "Korea Maritime and Ocean University",
                                                   "Kyung Hee University",
                                                   "Dongguk University",
                                                   "Sogang Univ",
                                                   "Ewha Womans University",
                                                   "Korea Institute of Science "
                                                   "and Technology",
                                                   "Korea Atomic Energy Research Institute",
                                                   "Hanbat National University",
                                                   "Keimyung University",
                                                   "Yeungnam University",
                                                   "Chosun University",
                                                   "Wonkwang University",
                                                   "Korea National University of Transportation",
                                                   "Pyeongtaek University",
                                                   "Sunchon National "
                                                   "University",
                                                   "Kangwon National University",
                                                   "Institute for Far Eastern Studies",
                                                   "Korea Institute of Energy Research",
                                                   "Samsung Advanced Institute of Technology",
                                                   "LG Chem R&D Campus",
                                                   "Hyundai Motor Company",
                                                   "Korea Electric Power Corporation"};
const std::vector<std::string> kRokUnits = {"Department of Physics",
                                            "Dept Chem",
                                            "Division of North Korean Studies",
                                            "Institute for Peace and Unification Studies",
                                            "Graduate School of North Korean Studies",
                                            "Center for North Korea Studies",
                                            "Sch Mech Engn",
                                            "College of Medicine"};
const std::vector<std::string> kRokPlaces = {"Seoul",
                                             "Seoul 02841",
                                             "Daejeon 34141",
                                             "Taejon 305701",
                                             "Busan",
                                             "Pusan 609735",
                                             "Daegu",
                                             "Gwangju",
                                             "Incheon",
                                             "Suwon",
                                             "Pohang",
                                             "Pyeongchang",
                                             "Pyeongtaek",
                                             "Gyeonggi-do",
                                             "Kyonggi Do 422232",
                                             "291 Daehak-ro, Yuseong-gu",
                                             "373-1 Kusong-dong, Yusong-gu",
                                             "Cheongju",
                                             "Jeonju",
                                             "Chuncheon",
                                             "Jeju",
                                             "Sejong",
                                             "Changwon",
                                             "Gyeongsan",
                                             "Asan"};
const std::vector<std::string> kRokTails = {"Korea",
                                            "South Korea",
                                            "Republic of Korea",
                                            "Korea (the Republic of)",
                                            "Korea, Republic of",
                                            "Rep. of Korea",
                                            "ROK",
                                            "S. Korea",
                                            "Korea (South)",
                                            ""};

const std::vector<std::string> kDprkInstitutions = {
    "Kim Il Sung University",
    "Kim Il Sung Univ",
    "Kim Chaek University of Technology",
    "Kim Chaek Univ Technol",
    "State Academy of Sciences",
    "State Acad Sci",
    "Pyongyang University of Science and Technology",
    "Hamhung University of Chemical Industry",
    "Pyongyang University of Mechanical Engineering",
    "Kim Hyong Jik University of Education",
    "Korea Computer Center",
    "Academy of National Defence Science",
    "Second Academy of Natural Sciences",
    "Pyongyang Medical College",
    "University of Sciences, Pyongsong",
    "Chongjin University of Mining and Metallurgy",
    "Wonsan Agricultural University",
    "Academy of Sciences of DPR Korea"};
const std::vector<std::string> kDprkUnits = {"Faculty of Physics", "Fac Math", "Inst Phys",
                                             "Institute of Mathematics", ""};
const std::vector<std::string> kDprkPlaces = {"Pyongyang", "P'yŏngyang",       "Hamhung",
                                              "Chongjin",  "Pyongsong",        "Wonsan",
                                              "Kanggye",   "Pyongyang 999093", ""};
const std::vector<std::string> kDprkTails = {"DPR Korea",
                                             "D.P.R. Korea",
                                             "Democratic People's Republic of Korea",
                                             "North Korea",
                                             "DPRK",
                                             "Korea",
                                             "Dem Peoples R Korea",
                                             "Korea, DPR",
                                             "Republic of Korea",
                                             ""};

std::string Join(const std::vector<std::string>& parts, const char* separator) {
  std::string out;
  for (const auto& part : parts) {
    if (part.empty()) continue;
    if (!out.empty()) out += separator;
    out += part;
  }
  return out;
}

TEST(GeneratedAffiliationsTest, NoSouthKoreanAffiliationIsTakenForDprk) {
  size_t count = 0;
  for (const auto& inst : kRokInstitutions) {
    for (const auto& place : kRokPlaces) {
      for (const auto& tail : kRokTails) {
        const std::string& unit = kRokUnits[count % kRokUnits.size()];  // units rotate
        for (const char* separator : {", ", " "}) {
          const std::string raw = Join({unit, inst, place, tail}, separator);
          const auto r = ProjectResolver().Resolve(MakeAffiliation(raw));
          ASSERT_NE(r.country, "KP") << raw;
          // With an OpenAlex KP code, the text still keeps it out of KP.
          const auto with_code = ProjectResolver().Resolve(MakeAffiliation(raw, "KP"));
          ASSERT_NE(with_code.country, "KP") << raw << " (source KP)";
          ++count;
        }
      }
    }
  }
  std::printf("[ generated] %zu South Korean affiliations, none KP\n", count);
}

TEST(GeneratedAffiliationsTest, NorthKoreanAffiliationsAreFound) {
  size_t count = 0, found = 0;
  for (const auto& inst : kDprkInstitutions) {
    for (const auto& unit : kDprkUnits) {
      for (const auto& place : kDprkPlaces) {
        for (const auto& tail : kDprkTails) {
          const std::string raw = Join({unit, inst, place, tail}, ", ");
          const auto r = ProjectResolver().Resolve(MakeAffiliation(raw));
          EXPECT_EQ(r.country, "KP") << raw;
          found += r.country == "KP";
          ++count;
        }
      }
    }
  }
  std::printf("[ generated] %zu North Korean affiliations, %zu KP\n", count, found);
}

}  // namespace
}  // namespace catchall::testing
