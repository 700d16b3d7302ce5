// Escaping of input text and highlighting of category evidence by byte offsets.
#include "report/html_text.h"

#include <gtest/gtest.h>

#include "model/publication.h"

namespace catchall::report {
namespace {

TEST(Html, EscapesMarkupQuotesAndControlCharacters) {
  EXPECT_EQ(Html("<script>alert('x')</script>"), "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
  EXPECT_EQ(Html("a & \"b\""), "a &amp; &quot;b&quot;");
  EXPECT_EQ(Html(std::string("a\0b", 3)),
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(Html("tab\tand\nline"), "tab\tand\nline");
  EXPECT_EQ(Html("Pyongyang 평양"), "Pyongyang 평양");
}

TEST(Highlight, MarksSpansAndEscapesAroundThem) {
  const std::string text = "Crack <propagation> & composites";
  const Highlighted h = Highlight(text, {{0, 5, "Advanced materials: crack"}, {22, 10, ""}});
  EXPECT_EQ(h.html,
            "<mark title=\"Advanced materials: crack\">Crack</mark> &lt;propagation&gt; &amp; "
            "<mark>composites</mark>");
  EXPECT_EQ(h.marked, 2u);
  EXPECT_EQ(h.rejected, 0u);
}

TEST(Highlight, MergesOverlappingAndTouchingSpans) {
  const std::string text = "carbon fibre laminated";
  // "carbon fibre" and "fibre laminated" overlap; "laminate" lies inside the second.
  const Highlighted h = Highlight(text, {{7, 15, "b"}, {0, 12, "a"}, {13, 8, "c"}});
  EXPECT_EQ(h.html, "<mark title=\"a; b; c\">carbon fibre laminated</mark>");
  EXPECT_EQ(h.marked, 3u);
  const Highlighted touching = Highlight("abcdef", {{0, 3, ""}, {3, 3, ""}});
  EXPECT_EQ(touching.html, "<mark>abcdef</mark>");
}

TEST(Highlight, SpansAtTheEdgesOfTheText) {
  EXPECT_EQ(Highlight("abc", {{0, 3, ""}}).html, "<mark>abc</mark>");
  EXPECT_EQ(Highlight("abc", {{2, 1, ""}}).html, "ab<mark>c</mark>");
  // Empty, past the end, or running over it: left unmarked, counted as rejected.
  const Highlighted bad = Highlight("abc", {{3, 0, ""}, {3, 1, ""}, {2, 2, ""}, {99, 1, ""}});
  EXPECT_EQ(bad.html, "abc");
  EXPECT_EQ(bad.rejected, 4u);
  const Highlighted huge = Highlight("abc", {{1, UINT64_MAX, ""}});
  EXPECT_EQ(huge.html, "abc");
  EXPECT_EQ(huge.rejected, 1u);
  EXPECT_EQ(Highlight("", {{0, 1, ""}}).html, "");
}

TEST(Highlight, MultiByteTextUsesByteOffsetsAndNeverSplitsACharacter) {
  // "Müller–Kim 평양 nanotubes": ü is 2 bytes, – is 3, each Hangul syllable 3.
  const std::string text = "M\xC3\xBCller\xE2\x80\x93Kim \xED\x8F\x89\xEC\x96\x91 nanotubes";
  const size_t hangul = text.find("\xED\x8F\x89");
  const size_t nano = text.find("nanotubes");
  const Highlighted h = Highlight(text, {{hangul, 6, ""}, {nano, 9, ""}});
  EXPECT_EQ(h.html,
            "M\xC3\xBCller\xE2\x80\x93Kim <mark>\xED\x8F\x89\xEC\x96\x91</mark> "
            "<mark>nanotubes</mark>");
  // Starting or ending inside ü, inside the dash or inside a syllable: rejected.
  const Highlighted split =
      Highlight(text, {{2, 3, ""}, {0, 2, ""}, {hangul + 1, 2, ""}, {hangul, 4, ""}});
  EXPECT_EQ(split.rejected, 4u);
  EXPECT_EQ(split.html, Html(text));
  // A whole multi-byte character at the very end.
  EXPECT_EQ(Highlight("a\xEC\x96\x91", {{1, 3, ""}}).html, "a<mark>\xEC\x96\x91</mark>");
}

TEST(EvidenceSpans, KeepsOnlyEvidenceWhoseWordsAreAtTheirOffset) {
  Finding f;
  f.title = "Crack propagation in composite plates";
  CategoryItem c;
  c.label = "Advanced materials science";
  c.evidence = {{"crack propagation", "title", "Crack propagation", 0, 6},
                {"composite", "title", "composite", 21, 4.5},
                {"composite", "abstract", "composite", 0, 3},  // another field
                {"plate", "title", "plate", 2, 1},             // not at that offset
                {"plates", "title", "plates", 32, 1},          // runs past the end
                {"plates", "title", "plates", 999, 1}};        // far past it
  f.categories.push_back(c);
  const auto spans = EvidenceSpans(f, "title", f.title);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(Highlight(f.title, spans).html,
            "<mark title=\"Advanced materials science: crack propagation\">Crack propagation"
            "</mark> in <mark title=\"Advanced materials science: composite\">composite</mark> "
            "plates");
}

TEST(EvidenceSpans, KeywordOffsetsAreIntoTheJoinedList) {
  Finding f;
  f.author_keywords = {"XFEM", "crack propagation", "composite"};
  CategoryItem c;
  c.label = "Materials";
  c.evidence = {{"composite", "author_keywords", "composite", 25, 4.5}};
  f.categories.push_back(c);
  const std::string joined = JoinKeywords(f.author_keywords);
  EXPECT_EQ(joined, "XFEM; crack propagation; composite");
  EXPECT_EQ(Highlight(joined, EvidenceSpans(f, "author_keywords", joined)).html,
            "XFEM; crack propagation; <mark title=\"Materials: composite\">composite</mark>");
}

TEST(Ellipsis, CutsOnCharactersNotBytes) {
  EXPECT_EQ(Ellipsis("abcdef", 6), "abcdef");
  EXPECT_EQ(Ellipsis("abcdef", 3), "abc…");
  EXPECT_EQ(Ellipsis("\xED\x8F\x89\xEC\x96\x91\xED\x8F\x89", 2), "\xED\x8F\x89\xEC\x96\x91…");
}

}  // namespace
}  // namespace catchall::report
