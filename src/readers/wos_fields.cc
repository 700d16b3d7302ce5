#include "readers/wos_fields.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <optional>

namespace catchall::wos {
namespace {

char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
char AsciiUpper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::string AsciiLowerCopy(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), AsciiLower);
  return out;
}

bool StartsWithIgnoreCase(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (AsciiLower(text[i]) != AsciiLower(prefix[i])) return false;
  }
  return true;
}

std::optional<int> ParseInt(std::string_view text) {
  if (text.empty() || text.size() > 9) return std::nullopt;
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

std::vector<std::string_view> Tokens(std::string_view text) {
  std::vector<std::string_view> tokens;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    size_t end = i;
    while (end < text.size() && text[end] != ' ' && text[end] != '\t') ++end;
    if (end > i) tokens.push_back(text.substr(i, end - i));
    i = end;
  }
  return tokens;
}

// "APR", "April", "SEPT", "JAN-FEB" (first month counts) -> 1..12; seasons and others -> 0.
int MonthNumber(std::string_view token) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
  token = token.substr(0, token.find_first_of("-/"));
  if (token.size() < 3 || token.size() > 9) return 0;
  if (!std::all_of(token.begin(), token.end(), IsAsciiLetter)) return 0;
  for (size_t m = 0; m < kMonths.size(); ++m) {
    if (StartsWithIgnoreCase(token, kMonths[m])) return static_cast<int>(m) + 1;
  }
  return 0;
}

int DaysInMonth(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

std::optional<int> ParseYear(std::string_view token) {
  if (token.size() != 4 || !std::all_of(token.begin(), token.end(), IsDigit)) return std::nullopt;
  const std::optional<int> year = ParseInt(token);
  if (!year || *year < 1000) return std::nullopt;
  return year;
}

// Month and day from a PD/EA value; the day only when it is a valid day of that month.
void ApplyMonthDay(std::string_view text, PartialDate& date) {
  const std::vector<std::string_view> tokens = Tokens(text);
  if (tokens.empty()) return;
  const int month = MonthNumber(tokens[0]);
  if (month == 0) return;
  date.month = month;
  date.precision = DatePrecision::kMonth;
  if (tokens.size() < 2 || tokens[1].size() > 2) return;
  const std::optional<int> day = ParseInt(tokens[1]);
  if (!day || *day < 1 || *day > DaysInMonth(date.year, month)) return;
  date.day = *day;
  date.precision = DatePrecision::kDay;
}

// Splits on ';' outside square brackets (grant lists are bracketed and may hold anything).
std::vector<std::string_view> SplitOutsideBrackets(std::string_view text) {
  std::vector<std::string_view> parts;
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '[') ++depth;
    if (text[i] == ']' && depth > 0) --depth;
    if (text[i] == ';' && depth == 0) {
      parts.push_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  parts.push_back(text.substr(start));
  return parts;
}

void AppendFunder(std::string_view item, std::vector<Funder>& funders) {
  std::string name;
  std::vector<std::string> grants;
  size_t i = 0;
  while (i < item.size()) {
    const size_t open = item.find('[', i);
    name.append(item.substr(i, open == std::string_view::npos ? std::string_view::npos : open - i));
    if (open == std::string_view::npos) break;
    const size_t close = item.find(']', open + 1);
    const std::string_view inside = item.substr(
        open + 1, close == std::string_view::npos ? std::string_view::npos : close - open - 1);
    for (std::string& grant : SplitList(inside, ',')) grants.push_back(std::move(grant));
    if (close == std::string_view::npos) break;
    i = close + 1;
  }
  name = std::string(Trim(name));
  if (name.empty() && grants.empty()) return;
  if (grants.empty()) {
    funders.push_back(Funder{name, "", ""});
    return;
  }
  for (std::string& grant : grants) funders.push_back(Funder{name, std::move(grant), ""});
}

struct Marker {
  size_t begin = 0;  // of "(reprint author)"
  size_t end = 0;    // just after it
};

std::vector<Marker> FindReprintMarkers(std::string_view text) {
  static constexpr std::array<std::string_view, 2> kMarkers = {"(reprint author)",
                                                               "(corresponding author)"};
  const std::string lower = AsciiLowerCopy(text);
  std::vector<Marker> markers;
  for (std::string_view marker : kMarkers) {
    for (size_t at = lower.find(marker); at != std::string::npos; at = lower.find(marker, at + 1)) {
      markers.push_back(Marker{at, at + marker.size()});
    }
  }
  std::sort(markers.begin(), markers.end(),
            [](const Marker& a, const Marker& b) { return a.begin < b.begin; });
  return markers;
}

std::vector<std::string> SplitNames(std::string_view text) { return SplitList(text, ';'); }

}  // namespace

std::string_view Trim(std::string_view text) {
  const size_t first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  const size_t last = text.find_last_not_of(" \t");
  return text.substr(first, last - first + 1);
}

std::vector<std::string> SplitList(std::string_view text, char separator) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find(separator, start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view part = Trim(text.substr(start, end - start));
    if (!part.empty()) parts.emplace_back(part);
    start = end + 1;
  }
  return parts;
}

std::string NormalizeDoi(std::string_view text) {
  text = Trim(text);
  for (std::string_view prefix : {"https://doi.org/", "http://doi.org/", "https://dx.doi.org/",
                                  "http://dx.doi.org/", "doi:"}) {
    if (StartsWithIgnoreCase(text, prefix)) {
      text = Trim(text.substr(prefix.size()));
      break;
    }
  }
  return AsciiLowerCopy(text);
}

std::string CleanAddress(std::string_view text) {
  text = Trim(text);
  if (!text.empty() && text.back() == '.') text = Trim(text.substr(0, text.size() - 1));
  return std::string(text);
}

PartialDate ParseWosDate(std::string_view py, std::string_view pd, std::string_view ea) {
  PartialDate date;
  if (const std::optional<int> year = ParseYear(Trim(py))) {
    date.year = *year;
    date.precision = DatePrecision::kYear;
    ApplyMonthDay(pd, date);
    return date;
  }
  // Early-access records have no PY yet; EA reads "MAR 2021" or "MAR 15 2021".
  for (std::string_view token : Tokens(ea)) {
    if (const std::optional<int> year = ParseYear(token)) {
      date.year = *year;
      date.precision = DatePrecision::kYear;
      ApplyMonthDay(ea, date);
      return date;
    }
  }
  return date;
}

std::vector<Funder> ParseFunders(std::string_view text) {
  std::vector<Funder> funders;
  for (std::string_view item : SplitOutsideBrackets(text)) AppendFunder(Trim(item), funders);
  return funders;
}

std::string JoinReprintLines(const std::vector<std::string>& lines) {
  std::string joined;
  for (const std::string& line : lines) {
    if (!joined.empty()) {
      // An RP line ending with '.' ends an address; the next line starts a new entry.
      joined.append(joined.back() == '.' ? "; " : " ");
    }
    joined.append(line);
  }
  return joined;
}

std::vector<ReprintEntry> ParseReprint(std::string_view text, bool& has_marker) {
  std::vector<ReprintEntry> entries;
  const std::vector<Marker> markers = FindReprintMarkers(text);
  has_marker = !markers.empty();
  if (markers.empty()) {
    std::string address = CleanAddress(text);
    if (!address.empty()) entries.push_back(ReprintEntry{{}, std::move(address)});
    return entries;
  }
  size_t names_begin = 0;
  for (size_t i = 0; i < markers.size(); ++i) {
    ReprintEntry entry;
    entry.names = SplitNames(text.substr(names_begin, markers[i].begin - names_begin));
    size_t address_begin = markers[i].end;
    while (address_begin < text.size() &&
           (text[address_begin] == ',' || text[address_begin] == ' '))
      ++address_begin;
    size_t address_end = text.size();
    size_t next_names_begin = text.size();
    if (i + 1 < markers.size()) {
      // The next entry's names start after the last "; " (or ". ") before its marker.
      const std::string_view gap =
          text.substr(address_begin, std::max(markers[i + 1].begin, address_begin) - address_begin);
      // Entries are separated by ".; "; a bare "; " may also separate names of one entry.
      size_t cut = gap.rfind(".; ");
      size_t skip = 2;
      if (cut != std::string_view::npos) {
        ++cut;  // keep the '.' with the address
      } else {
        cut = gap.rfind("; ");
      }
      if (cut == std::string_view::npos) {
        cut = gap.rfind(". ");
        if (cut != std::string_view::npos) ++cut;  // keep the '.' with the address
        skip = 1;
      }
      if (cut == std::string_view::npos) {
        cut = gap.size();
        skip = 0;
      }
      address_end = address_begin + cut;
      next_names_begin = std::min(address_end + skip, markers[i + 1].begin);
    }
    std::string_view address = text.substr(address_begin, address_end - address_begin);
    while (!address.empty() && (address.back() == ';' || address.back() == ' ')) {
      address.remove_suffix(1);
    }
    entry.address = CleanAddress(address);
    if (!entry.address.empty() || !entry.names.empty()) entries.push_back(std::move(entry));
    names_begin = next_names_begin;
  }
  return entries;
}

bool IsOrcid(std::string_view id) {
  if (id.size() != 19) return false;
  for (size_t i = 0; i < id.size(); ++i) {
    if (i % 5 == 4) {
      if (id[i] != '-') return false;
    } else if (!IsDigit(id[i]) && !(i == 18 && (id[i] == 'X' || id[i] == 'x'))) {
      return false;
    }
  }
  return true;
}

std::vector<NamedOrcid> ParseOrcids(std::string_view text) {
  std::vector<NamedOrcid> result;
  for (const std::string& item : SplitList(text, ';')) {
    const size_t slash = item.rfind('/');
    if (slash == std::string::npos) continue;
    std::string_view id = Trim(std::string_view(item).substr(slash + 1));
    if (!IsOrcid(id)) continue;
    std::string orcid(id);
    orcid.back() = AsciiUpper(orcid.back());
    result.push_back(
        NamedOrcid{std::string(Trim(std::string_view(item).substr(0, slash))), std::move(orcid)});
  }
  return result;
}

AuthorMatcher::AuthorMatcher(const std::vector<Author>& authors) {
  for (uint32_t i = 0; i < authors.size(); ++i) {
    const Author& author = authors[i];
    if (!author.full_name.empty()) {
      full_exact_[ExactKey(author.full_name)].push_back(i);
      full_loose_[LooseKey(author.full_name)].push_back(i);
    }
    if (!author.name.empty()) {
      name_exact_[ExactKey(author.name)].push_back(i);
      name_loose_[LooseKey(author.name)].push_back(i);
    }
    split_.emplace_back(Split(author.full_name), Split(author.name));
  }
}

AuthorMatcher::SplitName AuthorMatcher::Split(std::string_view name) {
  SplitName split;
  const size_t comma = name.find(',');
  if (comma == std::string_view::npos) return split;
  split.surname = LooseKey(name.substr(0, comma));
  std::string_view given = name.substr(comma + 1);
  size_t i = 0;
  while (i < given.size()) {
    const size_t end = given.find_first_of(" .-", i);
    const std::string word =
        LooseKey(given.substr(i, end == std::string_view::npos ? end : end - i));
    if (!word.empty()) split.given_words.push_back(word);
    if (end == std::string_view::npos) break;
    i = end + 1;
  }
  return split;
}

// The query's given words lead the full name's ("diederick" of "diederick e"), or their
// initials lead the listed initials ("d" of AU "DE").
bool AuthorMatcher::GivenNamesFit(const SplitName& query, const SplitName& full,
                                  const SplitName& listed) {
  if (query.given_words.empty()) return false;
  const auto& words = full.given_words;
  if (words.size() >= query.given_words.size() &&
      std::equal(query.given_words.begin(), query.given_words.end(), words.begin())) {
    return true;
  }
  if (listed.given_words.size() != 1) return false;
  std::string initials;
  for (const std::string& word : query.given_words) initials.push_back(word.front());
  return listed.given_words.front().starts_with(initials);
}

std::vector<uint32_t> AuthorMatcher::FindBySurname(std::string_view name) const {
  const SplitName query = Split(name);
  if (query.surname.empty()) return {};
  std::vector<uint32_t> found;
  for (uint32_t i = 0; i < split_.size(); ++i) {
    const auto& [full, listed] = split_[i];
    const bool same_surname = full.surname == query.surname || listed.surname == query.surname;
    if (same_surname && GivenNamesFit(query, full, listed)) found.push_back(i);
  }
  if (found.size() != 1) return {};  // ambiguous: no guess
  return found;
}

std::vector<uint32_t> AuthorMatcher::Find(std::string_view name) const {
  const std::string exact = ExactKey(name);
  const std::string loose = LooseKey(name);
  if (loose.empty()) return {};
  for (const auto& [index, key] :
       {std::pair{&full_exact_, &exact}, std::pair{&name_exact_, &exact},
        std::pair{&full_loose_, &loose}, std::pair{&name_loose_, &loose}}) {
    const auto found = index->find(*key);
    if (found != index->end()) return found->second;
  }
  return FindBySurname(name);
}

std::string AuthorMatcher::ExactKey(std::string_view name) {
  std::string key;
  for (char c : Trim(name)) {
    if (c == ' ' || c == '\t') {
      if (!key.empty() && key.back() != ' ') key.push_back(' ');
    } else {
      key.push_back(AsciiLower(c));
    }
  }
  return key;
}

std::string AuthorMatcher::LooseKey(std::string_view name) {
  std::string key;
  for (char c : name) {
    const bool high = static_cast<unsigned char>(c) >= 0x80;
    if (high || IsDigit(c) || IsAsciiLetter(c)) key.push_back(AsciiLower(c));
  }
  return key;
}

}  // namespace catchall::wos
