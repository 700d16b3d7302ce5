#include <gtest/gtest.h>

#include "classify/classifier.h"

namespace catchall {
namespace {

TEST(Taxonomy, ShippedFileLoads) {
  Result<Taxonomy> taxonomy = LoadTaxonomy("data/taxonomy.yaml");
  ASSERT_TRUE(taxonomy.ok()) << taxonomy.error().ToString();
  EXPECT_EQ(taxonomy->categories.size(), KnownCategoryIds().size());
}

}  // namespace
}  // namespace catchall
