// Turns a taxonomy phrase into a Hyperscan regular expression (syntax in README.md).
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"

namespace catchall {

// The expression for `phrase`, anchored on word boundaries, or an Error naming what is wrong
// (empty phrase, a character the syntax does not allow). Inflection: the last word also
// matches -s/-es ("-y" words: -ies) unless it ends in '*' or has a non-letter ending.
Result<std::string> TermExpression(const std::string& phrase);

// `text` with Unicode hyphens/dashes (U+2010..U+2014) and no-break spaces replaced by ASCII
// "-" and spaces of the same byte length, so match offsets in the copy are offsets in `text`.
std::string FoldSeparators(std::string_view text);

// The phrase folded for duplicate detection: lower case (unless case-sensitive), single spaces.
std::string TermKey(const std::string& phrase, bool case_sensitive);

}  // namespace catchall
