// PrepareName: transliteration, name order, legal forms and robustness against bad input.
#include "match/prepared_name.h"

#include <gtest/gtest.h>

#include <string>

#include "match/name_comparison.h"

namespace catchall {
namespace {

std::string Texts(const PreparedName& name) {
  std::string out;
  for (const NameWord& word : name.words) out += (out.empty() ? "" : " ") + word.text;
  return out;
}

TEST(PrepareName, TransliteratesOtherScripts) {
  const PreparedName cyrillic = PrepareName("Сергей Лавров", EntitySchema::kPerson);
  const PreparedName latin = PrepareName("Sergey Lavrov", EntitySchema::kPerson);
  ASSERT_EQ(cyrillic.words.size(), 2u);
  EXPECT_EQ(cyrillic.words[0].key, latin.words[0].key);
  EXPECT_EQ(cyrillic.words[1].text, "lavrov");
  EXPECT_TRUE(cyrillic.words[1].transliterated);
  EXPECT_EQ(Texts(PrepareName("习近平", EntitySchema::kPerson)), "xi jin ping");
  EXPECT_EQ(Texts(PrepareName("리병철", EntitySchema::kPerson)), "ri pyong chol");
  const PreparedName greek = PrepareName("Αλέξης Τσίπρας", EntitySchema::kPerson);
  ASSERT_EQ(greek.words.size(), 2u);
  EXPECT_TRUE(greek.words[0].transliterated);
  EXPECT_EQ(greek.words[0].raw, "Αλέξης");
}

TEST(PrepareName, CommaPutsGivenNamesFirstForPersons) {
  EXPECT_EQ(Texts(PrepareName("Frost, William W.", EntitySchema::kPerson)), "william w frost");
  EXPECT_EQ(Texts(PrepareName("Apple, Inc.", EntitySchema::kCompany)), "apple inc");
}

TEST(PrepareName, LegalFormsHaveOneCanonicalForm) {
  const PreparedName long_form = PrepareName("Siemens Aktiengesellschaft", EntitySchema::kCompany);
  const PreparedName short_form = PrepareName("Siemens AG", EntitySchema::kCompany);
  ASSERT_EQ(long_form.words.size(), 2u);
  EXPECT_EQ(long_form.words[1].text, short_form.words[1].text);
  EXPECT_EQ(long_form.words[1].role, WordRole::kLegalForm);
  const PreparedName phrase =
      PrepareName("Open Joint Stock Company Gazprom", EntitySchema::kCompany);
  ASSERT_EQ(phrase.words.size(), 2u);
  EXPECT_EQ(phrase.words[0].text, PrepareName("OAO Gazprom", EntitySchema::kCompany).words[0].text);
  EXPECT_EQ(phrase.words[0].raw, "Open Joint Stock Company");
  EXPECT_EQ(PrepareName("Trading", EntitySchema::kCompany).words[0].role, WordRole::kGeneric);
  EXPECT_EQ(PrepareName("the", EntitySchema::kCompany).words[0].role, WordRole::kStop);
}

TEST(PrepareName, NumbersAndDigitLetters) {
  EXPECT_EQ(Texts(PrepareName("Brigade Forty-Four", EntitySchema::kOrganization)), "brigade 44");
  EXPECT_EQ(Texts(PrepareName("1st International Bank", EntitySchema::kCompany)),
            Texts(PrepareName("First International Bank", EntitySchema::kCompany)));
  EXPECT_EQ(Texts(PrepareName("Ig0r Sech1n", EntitySchema::kPerson)), "igor sechin");
}

TEST(PrepareName, NeverFailsOnBadInput) {
  EXPECT_TRUE(PrepareName("", EntitySchema::kPerson).words.empty());
  EXPECT_TRUE(PrepareName("   ,,, --- ", EntitySchema::kPerson).words.empty());
  std::string huge;
  for (int i = 0; i < 2000; ++i) huge += "김정은 ";
  const PreparedName cut = PrepareName(huge, EntitySchema::kPerson);
  EXPECT_LE(cut.raw.size(), kMaxNameBytes);
  EXPECT_FALSE(cut.words.empty());
  const std::string garbage = std::string("Kim\x01\x02\xff\xfe Jong\xc3", 12) + "\xf4\x90\x80\x80" +
                              "\xe0\x80\x80" + "\xef\xbf\xbf" + "\xf3\xa0\x80\x81";
  const PreparedName bad = PrepareName(garbage, EntitySchema::kPerson);
  EXPECT_FALSE(bad.words.empty());
  const NameComparison comparison = CompareNames(bad, PrepareName(huge, EntitySchema::kPerson));
  EXPECT_GE(comparison.score, 0.0);
  EXPECT_LE(comparison.score, 1.0);
}

TEST(CompareNames, GradedScoresAndExplanations) {
  const PreparedName a = PrepareName("Hans J Friedrich", EntitySchema::kPerson);
  const PreparedName b = PrepareName("Hans Joachim Friedrich", EntitySchema::kPerson);
  const NameComparison c = CompareNames(a, b);
  EXPECT_GE(c.score, kDefaultMatchThreshold);
  ASSERT_EQ(c.pairs.size(), 3u);
  EXPECT_EQ(c.pairs[1].how, WordMatchHow::kInitial);
  EXPECT_LT(CompareNames(PrepareName("Hans O Friedrich", EntitySchema::kPerson), b).score,
            kDefaultMatchThreshold);
  const NameComparison joined = CompareNames(PrepareName("AlisherUsmanov", EntitySchema::kPerson),
                                             PrepareName("Alisher Usmanov", EntitySchema::kPerson));
  ASSERT_EQ(joined.pairs.size(), 1u);
  EXPECT_EQ(joined.pairs[0].how, WordMatchHow::kJoined);
  EXPECT_EQ(joined.pairs[0].candidate_words.size(), 2u);
  // Vessel numbers must agree.
  EXPECT_LT(CompareNames(PrepareName("SONG BONG 1", EntitySchema::kVessel),
                         PrepareName("SONG BONG 2", EntitySchema::kVessel))
                .score,
            kDefaultMatchThreshold);
  // Only generic words: equality is needed.
  EXPECT_LT(CompareNames(PrepareName("Management Company", EntitySchema::kCompany),
                         PrepareName("Westminster Management Company", EntitySchema::kCompany))
                .score,
            kDefaultMatchThreshold);
  const NameComparison same =
      CompareNames(PrepareName("General Trading Co", EntitySchema::kCompany),
                   PrepareName("General Trading Co", EntitySchema::kCompany));
  EXPECT_DOUBLE_EQ(same.score, 1.0);
  EXPECT_FALSE(same.discounted.empty());
}

}  // namespace
}  // namespace catchall
