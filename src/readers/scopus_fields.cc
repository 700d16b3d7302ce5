#include "readers/scopus_fields.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <unordered_map>

namespace catchall {
namespace {

constexpr std::string_view kNoBreakSpace = "\xC2\xA0";

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

bool IsAllDigits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string ReplaceNoBreakSpaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text.substr(i, 2) == kNoBreakSpace) {
      out.push_back(' ');
      ++i;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

// ---- Affiliation table and segmentation ------------------------------------------------------

std::string_view FirstChunk(std::string_view text) { return text.substr(0, text.find(", ")); }

// The record's distinct affiliation strings, found by text and by their first ", "-separated
// chunk, which is what segmenting a joined affiliation text looks up.
class AffiliationTable {
 public:
  explicit AffiliationTable(std::vector<Affiliation>& affiliations) : affiliations_(affiliations) {
    for (uint32_t i = 0; i < affiliations_.size(); ++i) Index(i);
  }

  uint32_t Add(std::string_view raw) {
    const auto found = by_text_.find(std::string(raw));
    if (found != by_text_.end()) return found->second;
    affiliations_.push_back(Affiliation{std::string(raw), {}});
    const auto index = static_cast<uint32_t>(affiliations_.size() - 1);
    Index(index);
    return index;
  }

  const std::vector<uint32_t>* StartingWith(std::string_view chunk) const {
    const auto found = by_first_chunk_.find(std::string(chunk));
    return found == by_first_chunk_.end() ? nullptr : &found->second;
  }

  std::string_view Raw(uint32_t index) const { return affiliations_[index].raw; }

 private:
  void Index(uint32_t index) {
    const std::string& raw = affiliations_[index].raw;
    by_text_.emplace(raw, index);
    by_first_chunk_[std::string(FirstChunk(raw))].push_back(index);
  }

  std::vector<Affiliation>& affiliations_;
  std::unordered_map<std::string, uint32_t> by_text_;
  std::unordered_map<std::string, std::vector<uint32_t>> by_first_chunk_;
};

// One part of an author's affiliation text: a known affiliation, or text found nowhere else.
struct AffiliationPiece {
  std::optional<uint32_t> known;
  std::string_view text;
};

// Scopus joins one author's affiliations with ", " inside "Authors with affiliations", and the
// affiliations themselves contain ", ". This finds the reading of `text` as known affiliation
// strings joined by ", " that leaves the fewest chunks unexplained (then the fewest pieces);
// unexplained neighbouring chunks form one new piece.
//
// `budget` bounds the work a hostile record can cause; when it runs out the whole text is kept
// as one piece.
class AffiliationSegmenter {
 public:
  AffiliationSegmenter(std::string_view text, const AffiliationTable& table, size_t& budget)
      : text_(text), table_(table), budget_(budget) {
    chunk_starts_.push_back(0);
    for (size_t at = text.find(", "); at != std::string_view::npos; at = text.find(", ", at + 2)) {
      chunk_starts_.push_back(at + 2);
    }
  }

  std::vector<AffiliationPiece> Run() {
    const size_t n = chunk_starts_.size();
    if (n > kMaxChunks || n > budget_) return {AffiliationPiece{std::nullopt, text_}};
    budget_ -= n;
    best_.assign((n + 1) * 2, Cell{});
    best_[0] = Cell{0, 0, 0, 0, std::nullopt, true};
    for (size_t k = 0; k < n; ++k) {
      for (int s = 0; s < 2; ++s) {
        const Cell& from = best_[k * 2 + s];
        if (!from.reached) continue;
        Relax(k + 1, 1, from.unknown + 1, from.pieces + (s == 1 ? 0 : 1), k, s, std::nullopt);
        const auto* candidates = table_.StartingWith(ChunkText(k));
        if (candidates == nullptr) continue;
        for (const uint32_t candidate : *candidates) {
          if (budget_ == 0) return {AffiliationPiece{std::nullopt, text_}};
          --budget_;
          const std::optional<size_t> end = EndChunk(k, table_.Raw(candidate));
          if (end) Relax(*end, 0, from.unknown, from.pieces + 1, k, s, candidate);
        }
      }
    }
    return Trace(n);
  }

 private:
  static constexpr size_t kMaxChunks = 4096;  // one author's addresses have a few dozen

  struct Cell {
    size_t unknown = 0;
    size_t pieces = 0;
    size_t prev_chunk = 0;
    int prev_state = 0;
    std::optional<uint32_t> known;
    bool reached = false;
  };

  size_t ChunkEnd(size_t k) const {
    return k + 1 < chunk_starts_.size() ? chunk_starts_[k + 1] - 2 : text_.size();
  }
  std::string_view ChunkText(size_t k) const {
    return text_.substr(chunk_starts_[k], ChunkEnd(k) - chunk_starts_[k]);
  }

  // The chunk boundary after `raw` when it occurs at chunk k and ends at a boundary.
  std::optional<size_t> EndChunk(size_t k, std::string_view raw) const {
    const size_t start = chunk_starts_[k];
    if (text_.substr(start, raw.size()) != raw) return std::nullopt;
    const size_t end = start + raw.size();
    if (end == text_.size()) return chunk_starts_.size();
    const auto next = std::lower_bound(chunk_starts_.begin(), chunk_starts_.end(), end + 2);
    if (next == chunk_starts_.end() || *next != end + 2) return std::nullopt;
    return static_cast<size_t>(next - chunk_starts_.begin());
  }

  void Relax(size_t to, int state, size_t unknown, size_t pieces, size_t from_chunk, int from_state,
             std::optional<uint32_t> known) {
    Cell& cell = best_[to * 2 + state];
    if (cell.reached &&
        std::make_pair(cell.unknown, cell.pieces) <= std::make_pair(unknown, pieces)) {
      return;
    }
    cell = Cell{unknown, pieces, from_chunk, from_state, known, true};
  }

  std::vector<AffiliationPiece> Trace(size_t n) const {
    const Cell& a = best_[n * 2];
    const Cell& b = best_[n * 2 + 1];
    int state = (!a.reached || (b.reached && std::make_pair(b.unknown, b.pieces) <
                                                 std::make_pair(a.unknown, a.pieces)))
                    ? 1
                    : 0;
    std::vector<AffiliationPiece> reversed;
    size_t chunk = n;
    size_t unknown_end = 0;  // chunk index after the unknown run being collected
    while (chunk > 0) {
      const Cell& cell = best_[chunk * 2 + state];
      if (cell.known) {
        reversed.push_back(AffiliationPiece{cell.known, table_.Raw(*cell.known)});
      } else {
        if (state == 1 && unknown_end == 0) unknown_end = chunk;
        if (cell.prev_state == 0) {  // the run starts at cell.prev_chunk
          const size_t begin = chunk_starts_[cell.prev_chunk];
          reversed.push_back(AffiliationPiece{
              std::nullopt, text_.substr(begin, ChunkEnd(unknown_end - 1) - begin)});
          unknown_end = 0;
        }
      }
      const size_t prev = cell.prev_chunk;
      state = cell.prev_state;
      chunk = prev;
    }
    return {reversed.rbegin(), reversed.rend()};
  }

  std::string_view text_;
  const AffiliationTable& table_;
  size_t& budget_;
  std::vector<size_t> chunk_starts_;
  std::vector<Cell> best_;
};

// ---- Authors ---------------------------------------------------------------------------------

std::vector<std::string_view> SplitAuthorNames(std::string_view text) {
  text = TrimScopus(text);
  if (IsScopusPlaceholder(text)) return {};
  // Current exports separate authors with ';', legacy ones with ','.
  return SplitTrimmed(text, text.find(';') != std::string_view::npos ? ';' : ',');
}

std::vector<std::string_view> SplitUnlessPlaceholder(std::string_view text, char separator) {
  text = TrimScopus(text);
  if (IsScopusPlaceholder(text)) return {};
  return SplitTrimmed(text, separator);
}

// Splits an affiliation list on ';', except where Scopus left a ';' inside one address: a part
// that opens with ',' ("...Guangzhou, China;, Email: x@y.cn") continues the previous part.
std::vector<std::string_view> SplitAffiliationList(std::string_view text) {
  text = TrimScopus(text);
  if (IsScopusPlaceholder(text)) return {};
  std::vector<std::string_view> parts;
  size_t start = 0;
  size_t part_start = 0;
  while (start <= text.size()) {
    size_t end = text.find(';', start);
    if (end == std::string_view::npos) end = text.size();
    const bool continues = end + 1 < text.size() && text[end + 1] == ',';
    if (!continues) {
      const std::string_view part = TrimScopus(text.substr(part_start, end - part_start));
      if (!part.empty()) parts.push_back(part);
      part_start = end + 1;
    }
    start = end + 1;
  }
  return parts;
}

// "Hao, Jie (57221302630)" -> full name "Hao, Jie" and id "57221302630".
void ReadFullName(std::string_view text, Author& author) {
  const size_t open = text.rfind('(');
  if (text.ends_with(')') && open != std::string_view::npos &&
      IsAllDigits(text.substr(open + 1, text.size() - open - 2))) {
    author.source_id = std::string(text.substr(open + 1, text.size() - open - 2));
    text = TrimScopus(text.substr(0, open));
  }
  author.full_name = std::string(text);
}

std::string CountWarning(std::string_view column, size_t found, size_t authors) {
  return "'" + std::string(column) + "' lists " + std::to_string(found) + " entries for " +
         std::to_string(authors) + " authors; matched by position";
}

std::vector<Author> BuildAuthors(const ScopusAuthorFields& fields,
                                 std::vector<std::string>& warnings) {
  const auto names = SplitAuthorNames(fields.authors);
  const auto full_names = SplitUnlessPlaceholder(fields.full_names, ';');
  const auto ids = SplitUnlessPlaceholder(fields.ids, ';');
  const size_t count = names.empty() ? full_names.size() : names.size();
  std::vector<Author> authors(count);
  for (size_t i = 0; i < count; ++i) {
    if (i < full_names.size()) ReadFullName(full_names[i], authors[i]);
    authors[i].name = names.empty() ? authors[i].full_name : std::string(names[i]);
    if (i < ids.size()) authors[i].source_id = std::string(ids[i]);
  }
  if (!full_names.empty() && full_names.size() != count) {
    warnings.push_back(CountWarning("Author full names", full_names.size(), count));
  }
  if (!ids.empty() && ids.size() != count) {
    warnings.push_back(CountWarning("Author(s) ID", ids.size(), count));
  }
  return authors;
}

// The ways an author's name can open an "Authors with affiliations" entry: "Phillips J.C."
// (current), "Phillips, J.C." (legacy), or the full name.
std::vector<std::string> NameForms(const Author& author) {
  std::vector<std::string> forms;
  if (!author.name.empty()) forms.push_back(author.name);
  const size_t space = author.name.rfind(' ');
  if (space != std::string::npos && space > 0 && author.name[space - 1] != ',') {
    forms.push_back(author.name.substr(0, space) + "," + author.name.substr(space));
  }
  if (!author.full_name.empty() && author.full_name != author.name) {
    forms.push_back(author.full_name);
  }
  return forms;
}

// Length of the name prefix of `entry` when some form opens it (followed by ',' or the end).
std::optional<size_t> NamePrefix(std::string_view entry, const std::vector<std::string>& forms) {
  std::optional<size_t> best;
  for (const std::string& form : forms) {
    if (!entry.starts_with(form)) continue;
    if (entry.size() != form.size() && entry[form.size()] != ',') continue;
    if (!best || form.size() > *best) best = form.size();
  }
  return best;
}

struct EntryMatch {
  size_t author = 0;
  std::string_view affiliation_text;
};

// Entries follow byline order, and an author may have several consecutive entries (one per
// affiliation), so the next author is tried first, then the last matched one, then the rest
// (while `budget` lasts: a hostile row must not cost entries x authors comparisons).
std::optional<EntryMatch> MatchEntry(std::string_view entry,
                                     const std::vector<std::vector<std::string>>& forms,
                                     size_t next, std::optional<size_t> last, size_t& budget) {
  const auto try_author = [&](size_t i) -> std::optional<EntryMatch> {
    const auto prefix = NamePrefix(entry, forms[i]);
    if (!prefix) return std::nullopt;
    const std::string_view rest = *prefix < entry.size() ? entry.substr(*prefix + 1) : "";
    return EntryMatch{i, TrimScopus(rest)};
  };
  if (next < forms.size()) {
    if (auto match = try_author(next)) return match;
  }
  if (last) {
    if (auto match = try_author(*last)) return match;
  }
  for (size_t step = 1; step < forms.size() && budget > 0; ++step, --budget) {
    const size_t i = (next + step) % forms.size();
    if (auto match = try_author(i)) return match;
  }
  return std::nullopt;
}

void LinkAffiliation(Author& author, uint32_t index) {
  if (std::find(author.affiliations.begin(), author.affiliations.end(), index) ==
      author.affiliations.end()) {
    author.affiliations.push_back(index);
  }
}

// Real rows need a few thousand steps (a 3,000-author collaboration paper about 100,000).
constexpr size_t kLinkWorkBudget = 4'000'000;

// An entry no author's name opens: its address text is kept (unlinked) unless the
// "Affiliations" column already has it. The leading unexplained chunks are taken to be the name.
void KeepUnlinkedEntry(std::string_view entry, AffiliationTable& table, size_t& budget) {
  if (entry.find(", ") == std::string_view::npos) return;  // a name without an address
  const auto pieces = AffiliationSegmenter(entry, table, budget).Run();
  if (pieces.size() == 1 && !pieces[0].known) {  // name and address cannot be told apart
    table.Add(entry);
    return;
  }
  for (size_t i = 1; i < pieces.size(); ++i) {
    if (!pieces[i].known) table.Add(pieces[i].text);
  }
}

void LinkEntries(const std::vector<std::string_view>& entries, AffiliationTable& table,
                 Publication& publication) {
  std::vector<std::vector<std::string>> forms;
  for (const Author& author : publication.authors) forms.push_back(NameForms(author));
  size_t next = 0;
  std::optional<size_t> last;
  size_t unlinked = 0;
  size_t budget = kLinkWorkBudget;
  for (const std::string_view entry : entries) {
    const auto match = MatchEntry(entry, forms, next, last, budget);
    if (!match) {
      ++unlinked;
      KeepUnlinkedEntry(entry, table, budget);
      continue;
    }
    Author& author = publication.authors[match->author];
    if (!match->affiliation_text.empty()) {
      for (const auto& piece : AffiliationSegmenter(match->affiliation_text, table, budget).Run()) {
        LinkAffiliation(author, piece.known ? *piece.known : table.Add(piece.text));
      }
    }
    last = match->author;
    next = match->author + 1;
  }
  if (unlinked > 0) {
    publication.warnings.push_back(
        "could not link " + std::to_string(unlinked) + " of " + std::to_string(entries.size()) +
        " 'Authors with affiliations' entries to an author; their affiliations are kept unlinked");
  }
}

// ---- Funding -----------------------------------------------------------------------------------

// "81601515", "WKJ-ZJ-2033", "2012/07/B/ ST6/01537": digits and no lower-case word.
bool LooksLikeGrantOnly(std::string_view entry) {
  bool has_digit = false;
  size_t lower_run = 0;
  for (const char c : entry) {
    has_digit = has_digit || (c >= '0' && c <= '9');
    lower_run = (c >= 'a' && c <= 'z') ? lower_run + 1 : 0;
    if (lower_run >= 3) return false;
  }
  return has_digit;
}

void AddFunder(std::string_view name, std::string_view grants, std::vector<Funder>& out) {
  const auto awards = SplitTrimmed(grants, ',');
  if (awards.empty()) {
    out.push_back(Funder{std::string(name), "", ""});
    return;
  }
  for (const auto award : awards) out.push_back(Funder{std::string(name), std::string(award), ""});
}

void ParseFundingEntry(std::string_view entry, std::vector<Funder>& out) {
  if (LooksLikeGrantOnly(entry)) {
    out.push_back(Funder{"", std::string(entry), ""});
    return;
  }
  const size_t paren = entry.rfind(", (");
  if (entry.ends_with(')') && paren != std::string_view::npos) {  // current: "Name, (g1, g2)"
    AddFunder(TrimScopus(entry.substr(0, paren)), entry.substr(paren + 3, entry.size() - paren - 4),
              out);
    return;
  }
  const size_t colon = entry.rfind(": ");
  if (colon != std::string_view::npos) {  // legacy: "Name, ACRONYM: g1, g2"
    AddFunder(TrimScopus(entry.substr(0, colon)), entry.substr(colon + 2), out);
    return;
  }
  AddFunder(entry, "", out);
}

}  // namespace

std::string_view TrimScopus(std::string_view text) {
  while (true) {
    if (!text.empty() && IsAsciiSpace(text.front())) {
      text.remove_prefix(1);
    } else if (text.starts_with(kNoBreakSpace)) {
      text.remove_prefix(kNoBreakSpace.size());
    } else {
      break;
    }
  }
  while (true) {
    if (!text.empty() && IsAsciiSpace(text.back())) {
      text.remove_suffix(1);
    } else if (text.ends_with(kNoBreakSpace)) {
      text.remove_suffix(kNoBreakSpace.size());
    } else {
      break;
    }
  }
  return text;
}

std::vector<std::string_view> SplitTrimmed(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find(separator, start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view part = TrimScopus(text.substr(start, end - start));
    if (!part.empty()) parts.push_back(part);
    start = end + 1;
  }
  return parts;
}

bool IsScopusPlaceholder(std::string_view text) {
  return text.starts_with("[No ") && text.ends_with("]");
}

void ReadScopusAuthors(const ScopusAuthorFields& fields, Publication& publication) {
  publication.authors = BuildAuthors(fields, publication.warnings);
  AffiliationTable table(publication.affiliations);
  for (const auto affiliation : SplitAffiliationList(fields.affiliations)) {
    table.Add(affiliation);
  }
  const auto entries = SplitAffiliationList(fields.with_affiliations);
  if (!entries.empty()) LinkEntries(entries, table, publication);
}

std::vector<Funder> ParseScopusFundingDetails(std::string_view text) {
  std::vector<Funder> funders;
  const std::string plain = ReplaceNoBreakSpaces(text);
  for (const auto entry : SplitTrimmed(plain, ';')) ParseFundingEntry(entry, funders);
  return funders;
}

std::string NormalizeDoi(std::string_view text) {
  std::string doi(TrimScopus(text));
  std::transform(doi.begin(), doi.end(), doi.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const std::string_view prefix :
       {"https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/",
        "doi.org/", "doi:"}) {
    if (std::string_view(doi).starts_with(prefix)) {
      doi.erase(0, prefix.size());
      break;
    }
  }
  return std::string(TrimScopus(doi));
}

}  // namespace catchall
