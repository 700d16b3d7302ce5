// Parsing of the structured text inside Scopus CSV fields: author lists, the
// "Authors with affiliations" links, and "Funding Details". Pure functions on strings, kept apart
// from the CSV framing so they can be tested on their own.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/publication.h"

namespace catchall {

// Trims ASCII whitespace and U+00A0 (Scopus separates funding parts with no-break spaces).
std::string_view TrimScopus(std::string_view text);

// Splits on `separator`, trims each part and drops empty ones.
std::vector<std::string_view> SplitTrimmed(std::string_view text, char separator);

// True for Scopus placeholders such as "[No author name available]".
bool IsScopusPlaceholder(std::string_view text);

// The author-related columns of one row; empty views for absent columns.
struct ScopusAuthorFields {
  std::string_view authors;            // "Authors": "Kim C., Ri J." (legacy) or "Kim C.; Ri J."
  std::string_view full_names;         // "Author full names": "Kim, Chol (57200000001); ..."
  std::string_view ids;                // "Author(s) ID": "57200000001;57200000002;"
  std::string_view affiliations;       // "Affiliations": "Affil A; Affil B"
  std::string_view with_affiliations;  // "Authors with affiliations": "Kim C., Affil A; ..."
};

// Fills publication.authors and publication.affiliations (distinct strings, the "Affiliations"
// column's first) and links each author to its affiliation indices. What cannot be linked is kept
// unlinked and reported in publication.warnings; no affiliation text is dropped.
void ReadScopusAuthors(const ScopusAuthorFields& fields, Publication& publication);

// "Name, ACRONYM: grant1, grant2; Name2" (legacy) or "Name, ACRONYM, (grant1, grant2); Name2"
// (current): one Funder per grant, or one without award_id when no grant is given. An entry that
// is only a grant number ("81601515") gives a Funder with an empty name.
std::vector<Funder> ParseScopusFundingDetails(std::string_view text);

// "10.1/ABC", "https://doi.org/10.1/abc", "doi:10.1/abc" -> "10.1/abc"; "" when empty.
std::string NormalizeDoi(std::string_view text);

}  // namespace catchall
