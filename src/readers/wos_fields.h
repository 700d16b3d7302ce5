// Value-level helpers for Web of Science field-tagged records: each turns the text of one field
// (continuation lines already joined) into model values. Pure functions, tested on their own.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "model/publication.h"

namespace catchall::wos {

// Spaces and tabs removed at both ends.
std::string_view Trim(std::string_view text);

// Splits on `separator`, trims the parts and drops empty ones.
std::vector<std::string> SplitList(std::string_view text, char separator = ';');

// "10.1016/J.X" or "https://doi.org/10.1016/j.x" -> "10.1016/j.x"; "" stays "".
std::string NormalizeDoi(std::string_view text);

// C1 / RP address text as the resolver wants it: trimmed, one trailing '.' removed.
std::string CleanAddress(std::string_view text);

// PY ("2006"), PD ("APR 15", "JAN-FEB", "SPR") and EA (early access, "MAR 2021"; used when PY
// is missing, as it is for early-access records) -> a date with the precision they support.
PartialDate ParseWosDate(std::string_view py, std::string_view pd, std::string_view ea);

// FU: "Name A [grant1, grant2]; Name B" -> one Funder per grant (or one without award id).
std::vector<Funder> ParseFunders(std::string_view text);

// One entry of RP: the author name(s) before "(reprint author)" / "(corresponding author)"
// and the address after it.
struct ReprintEntry {
  std::vector<std::string> names;
  std::string address;
};
// RP text (continuation lines joined with JoinReprintLines). `has_marker` is set to false when
// no author marker was found; the whole text is then returned as one address without names.
std::vector<ReprintEntry> ParseReprint(std::string_view text, bool& has_marker);
// Joins RP lines so that entries on separate lines stay separated by "; ".
std::string JoinReprintLines(const std::vector<std::string>& lines);

// OI / RI: "Surname, Given/0000-0002-1825-0097; ..." -> (name, ORCID) pairs; identifiers that
// are not ORCIDs (ResearcherIDs such as "J-5013-2014") are left out.
struct NamedOrcid {
  std::string name;
  std::string orcid;
};
std::vector<NamedOrcid> ParseOrcids(std::string_view text);
bool IsOrcid(std::string_view id);

// Finds authors by a name as C1 brackets, RP and OI print it: first by full name (AF), then by
// listed name (AU), each first exactly (case and spacing aside) and then ignoring punctuation;
// last, when exactly one author fits, by surname and a shorter given name ("Grobbee,
// Diederick" for AF "Grobbee, Diederick E." / AU "Grobbee, DE").
class AuthorMatcher {
 public:
  explicit AuthorMatcher(const std::vector<Author>& authors);
  // Indices of the authors with that name, in byline order; empty when none.
  std::vector<uint32_t> Find(std::string_view name) const;

  // Lower-case ASCII, single spaces; bytes >= 0x80 kept.
  static std::string ExactKey(std::string_view name);
  // Lower-case ASCII letters and digits only; bytes >= 0x80 kept.
  static std::string LooseKey(std::string_view name);

 private:
  using Index = std::unordered_map<std::string, std::vector<uint32_t>>;
  struct SplitName {
    std::string surname;                   // LooseKey of the part before the first comma
    std::vector<std::string> given_words;  // LooseKey of each word after it
  };
  static SplitName Split(std::string_view name);
  static bool GivenNamesFit(const SplitName& query, const SplitName& full, const SplitName& listed);
  std::vector<uint32_t> FindBySurname(std::string_view name) const;

  std::vector<std::pair<SplitName, SplitName>> split_;  // (full name, listed name) per author
  Index full_exact_;
  Index name_exact_;
  Index full_loose_;
  Index name_loose_;
};

}  // namespace catchall::wos
