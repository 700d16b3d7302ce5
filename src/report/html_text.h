// Text from the input inside HTML: every string that came from a file is escaped here, so a
// title holding "<script>" shows as text. Highlighting marks the classifier's evidence by its
// byte offsets, checking each span against the text first, because findings.jsonl may have been
// edited or may come from another version.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "report/finding.h"

namespace catchall::report {

// Escapes & < > " ' (safe in element content and in quoted attributes) and replaces C0 control
// characters other than tab, LF and CR with U+FFFD, which HTML does not allow.
std::string Html(std::string_view text);
void AppendHtml(std::string& out, std::string_view text);

// A byte range of a field to mark, with what it is evidence of (shown as the mark's title).
struct Span {
  uint64_t offset = 0;
  uint64_t length = 0;
  std::string note;
};

struct Highlighted {
  std::string html;
  size_t marked = 0;    // spans used (overlapping ones merged count once each)
  size_t rejected = 0;  // spans outside the text, splitting a UTF-8 character, or empty
};

// `text` escaped, with each valid span wrapped in <mark>. Overlapping or touching spans are
// merged into one mark whose title lists every note.
Highlighted Highlight(std::string_view text, std::vector<Span> spans);

// The spans of the assigned categories' evidence in `field` ("title", "abstract",
// "author_keywords", "index_keywords"), kept only where `text` holds the evidence's words at its
// offset. Keyword offsets are into the keywords joined with "; ".
std::vector<Span> EvidenceSpans(const Finding& finding, std::string_view field,
                                std::string_view text);

// `text` cut to at most `max_chars` characters (code points) with "…" at the end when cut.
std::string Ellipsis(std::string_view text, size_t max_chars);

}  // namespace catchall::report
