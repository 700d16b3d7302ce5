#include "readers/openalex_region.h"

#include <gtest/gtest.h>

namespace catchall {
namespace {

TEST(AuthorshipsRegion, IsTheArrayValue) {
  const std::string line =
      R"({"id":"W1","authorships":[{"raw_affiliation_strings":["A [x] {y}, \"q\" ]"]},)"
      R"({"institutions":[{"country_code":"KP"}]}],"abstract_inverted_index":{"Pyongyang":[0]}})";
  EXPECT_EQ(
      AuthorshipsRegion(line),
      R"([{"raw_affiliation_strings":["A [x] {y}, \"q\" ]"]},{"institutions":[{"country_code":"KP"}]}])");
}

TEST(AuthorshipsRegion, SpacesAfterTheKeyAreAllowed) {
  EXPECT_EQ(AuthorshipsRegion(R"({"authorships" :  [1, 2], "x": 3})"), "[1, 2]");
}

TEST(AuthorshipsRegion, FallsBackToTheWholeLineWhenUnsure) {
  for (const std::string& line : {
           std::string(R"({"id":"W1","title":"no authors"})"),
           std::string(R"({"x":{"authorships":[1]},"authorships":[2]})"),  // nested first
           std::string(R"({"authorships":[{"a":"unterminated}]})"),
           std::string(R"({"authorships":[{"a":1}})"),  // '}' closes '['
           std::string(R"({"authorships":null})"),
           std::string(R"({"title":"\"authorships\":[]"})"),  // inside a string
           std::string(R"({"authorships":[[[)"),
       }) {
    EXPECT_EQ(AuthorshipsRegion(line), line) << line;
  }
}

TEST(AuthorshipsRegion, TheFirstTopLevelKeyIsTheOneTheParserReads) {
  EXPECT_EQ(AuthorshipsRegion(R"({"authorships":[1],"x":{"authorships":[2]}})"), "[1]");
}

TEST(AuthorshipsRegion, EscapedBackslashBeforeAQuoteEndsTheString) {
  const std::string line = R"({"authorships":["C:\\",{"k":"]"}],"z":1})";
  EXPECT_EQ(AuthorshipsRegion(line), R"(["C:\\",{"k":"]"}])");
}

}  // namespace
}  // namespace catchall
