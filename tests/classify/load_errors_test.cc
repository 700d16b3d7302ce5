// Bad taxonomy files are refused with the file, the line and the reason.
#include <gtest/gtest.h>

#include <fstream>

#include "classify/classifier.h"

namespace catchall {
namespace {

std::string WriteTemp(const std::string& name, const std::string& text) {
  const std::string path = testing::TempDir() + "/" + name;
  std::ofstream(path) << text;
  return path;
}

// The head of a valid file; each test appends a term line 8 or later.
const char* kHead =
    "version: 1\n"                                    // 1
    "categories:\n"                                   // 2
    "  - id: nuclear\n"                               // 3
    "    label: Nuclear\n"                            // 4
    "    legal_basis: UNSCR 2321 para 11(a)\n"        // 5
    "    terms:\n"                                    // 6
    "      - {term: uranium, weight: 5, note: x}\n";  // 7

void ExpectError(const std::string& name, const std::string& text, unsigned long long line,
                 const std::string& reason) {
  const std::string path = WriteTemp(name, text);
  Result<Taxonomy> taxonomy = LoadTaxonomy(path);
  ASSERT_FALSE(taxonomy.ok()) << name;
  EXPECT_EQ(taxonomy.error().where.file, path);
  EXPECT_EQ(taxonomy.error().where.line, line) << taxonomy.error().ToString();
  EXPECT_NE(taxonomy.error().message.find(reason), std::string::npos)
      << taxonomy.error().ToString();
}

TEST(TaxonomyErrors, UnknownFieldInTerm) {
  ExpectError("unknown_field.yaml",
              std::string(kHead) + "      - term: plutonium\n        weigth: 5\n", 9,
              "unknown field 'weigth'");
}

TEST(TaxonomyErrors, UnknownFieldInCategory) {
  ExpectError("unknown_category_field.yaml", std::string(kHead) + "    treshold: 0.4\n", 8,
              "unknown field 'treshold'");
}

TEST(TaxonomyErrors, UnknownCategory) {
  ExpectError(
      "unknown_category.yaml",
      std::string(kHead) + "  - id: biology\n    label: B\n    legal_basis: none\n    terms: []\n",
      8, "unknown category 'biology'");
}

TEST(TaxonomyErrors, BadWeight) {
  ExpectError("bad_weight.yaml", std::string(kHead) + "      - {term: plutonium, weight: 9}\n", 8,
              "bad weight");
  ExpectError("text_weight.yaml", std::string(kHead) + "      - {term: plutonium, weight: high}\n",
              8, "bad weight");
}

TEST(TaxonomyErrors, DuplicateTerm) {
  ExpectError("duplicate.yaml", std::string(kHead) + "      - {term: Uranium, weight: 3}\n", 8,
              "duplicate term 'Uranium'");
}

TEST(TaxonomyErrors, UnknownCategoryReference) {
  ExpectError("bad_ref.yaml",
              std::string(kHead) + "      - {term: reactor, weight: 3, exclude_if: ['@biology']}\n",
              8, "unknown category '@biology'");
}

TEST(TaxonomyErrors, BadTermSyntax) {
  ExpectError("bad_syntax.yaml", std::string(kHead) + "      - {term: 'U[235]', weight: 3}\n", 8,
              "not allowed");
}

TEST(TaxonomyErrors, MissingCategory) { ExpectError("missing.yaml", kHead, 3, "is missing"); }

TEST(TaxonomyErrors, InvalidYaml) {
  ExpectError("invalid.yaml", std::string(kHead) + "      - {term: [unclosed\n", 9, "invalid YAML");
}

TEST(TaxonomyErrors, MissingFile) {
  Result<Taxonomy> taxonomy = LoadTaxonomy(testing::TempDir() + "/no-such-taxonomy.yaml");
  ASSERT_FALSE(taxonomy.ok());
  EXPECT_NE(taxonomy.error().message.find("cannot open"), std::string::npos);
}

}  // namespace
}  // namespace catchall
