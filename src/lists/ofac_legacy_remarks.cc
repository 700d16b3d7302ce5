#include "lists/ofac_legacy_remarks.h"

#include <array>
#include <cctype>
#include <utility>

#include "lists/list_fields.h"
#include "lists/un_xml_countries.h"

namespace catchall {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// Identifier items: the words that start them and the identifier type they give.
constexpr std::pair<std::string_view, std::string_view> kIdentifierPrefixes[] = {
    {"Passport ", "passport"},
    {"Diplomatic Passport ", "passport"},
    {"National ID No. ", "national_id"},
    {"Cedula No. ", "cedula"},
    {"NIT # ", "nit"},
    {"RUC # ", "ruc"},
    {"Tax ID No. ", "tax_id"},
    {"C.U.R.P. ", "curp"},
    {"R.F.C. ", "rfc"},
    {"SWIFT/BIC ", "swift"},
    {"Registration Number ", "registration"},
    {"Registration ID ", "registration"},
    {"Identification Number ", "identification"},
    {"Vessel Registration Identification ", "vessel_registration"},
};

std::string_view Trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
    text.remove_prefix(1);
  }
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
    text.remove_suffix(1);
  }
  return text;
}

bool AllDigits(std::string_view text) {
  if (text.empty()) return false;
  for (const char c : text) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

std::string TwoDigits(std::string_view day) {
  return day.size() == 1 ? "0" + std::string(day) : std::string(day);
}

// One date: "15 Apr 1960", "Apr 1960", "1960" (a leading "circa" is dropped).
std::optional<std::string> OfacDate(std::string_view text) {
  text = Trim(text);
  if (text.starts_with("circa ")) text = Trim(text.substr(6));
  if (text.size() == 4 && AllDigits(text)) return std::string(text);
  std::vector<std::string_view> words;
  size_t start = 0;
  while (start < text.size()) {
    const size_t end = std::min(text.find(' ', start), text.size());
    if (end > start) words.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  if (words.size() < 2 || words.size() > 3) return std::nullopt;
  const std::string_view year = words.back();
  const std::string_view month = words[words.size() - 2];
  if (year.size() != 4 || !AllDigits(year)) return std::nullopt;
  size_t month_number = 0;
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (month == kMonths[i]) month_number = i + 1;
  }
  if (month_number == 0) return std::nullopt;
  std::string iso = std::string(year) + "-" + TwoDigits(std::to_string(month_number));
  if (words.size() == 2) return iso;
  const std::string_view day = words[0];
  if (day.size() > 2 || !AllDigits(day) || day == "0" || day == "00") return std::nullopt;
  return iso + "-" + TwoDigits(day);
}

// "a.k.a. 'X'" -> X; nullopt when the item is not in that form.
std::optional<std::string_view> QuotedName(std::string_view item, std::string_view prefix) {
  if (!item.starts_with(prefix)) return std::nullopt;
  std::string_view rest = Trim(item.substr(prefix.size()));
  if (rest.size() < 2 || rest.front() != '\'') return std::nullopt;
  const size_t close = rest.rfind('\'');
  if (close == 0) return std::nullopt;
  return Trim(rest.substr(1, close - 1));
}

// "7 digits after an IMO word" anywhere in the item: "Vessel Registration Identification IMO
// 8987890", "Company Number IMO 5434358", "Identification Number IMO 5342883".
std::optional<std::string> ImoNumber(std::string_view item) {
  for (size_t at = item.find("IMO "); at != std::string_view::npos;
       at = item.find("IMO ", at + 4)) {
    if (at > 0 && std::isalnum(static_cast<unsigned char>(item[at - 1]))) continue;
    const std::string_view rest = item.substr(at + 4);
    size_t end = 0;
    while (end < rest.size() && std::isdigit(static_cast<unsigned char>(rest[end]))) ++end;
    if (end == 7) return std::string(rest.substr(0, 7));
  }
  return std::nullopt;
}

// "123 (Korea, North)" -> value "123", country "Korea, North".
Identifier ParseIdentifier(std::string_view type, std::string_view rest) {
  Identifier id;
  id.type = std::string(type);
  const size_t open = rest.find(" (");
  const size_t close = open == std::string_view::npos ? open : rest.find(')', open);
  if (close != std::string_view::npos) {
    id.value = CleanField(rest.substr(0, open));
    id.country = CleanField(rest.substr(open + 2, close - open - 2));
  } else {
    id.value = CleanField(rest);
  }
  return id;
}

void AddCountry(std::vector<std::string>& values, std::string_view text) {
  const std::string cleaned = CleanField(text);
  if (cleaned.empty()) return;
  AddUnique(values, OfficialCountryCode(cleaned).value_or(cleaned));
}

bool ApplyName(std::string_view item, Entity& entity) {
  static constexpr std::pair<std::string_view, NameKind> kNamePrefixes[] = {
      {"a.k.a.", NameKind::kWeakAlias},  // OFAC prints its weak a.k.a.s in the remarks
      {"f.k.a.", NameKind::kPrevious},
      {"n.k.a.", NameKind::kAlias},
  };
  for (const auto& [prefix, kind] : kNamePrefixes) {
    if (auto name = QuotedName(item, prefix)) {
      AddName(entity, CleanField(*name), kind);
      return true;
    }
  }
  return false;
}

void ApplyItem(std::string_view item, Entity& entity) {
  if (item.starts_with("alt. ")) item = Trim(item.substr(5));
  if (ApplyName(item, entity)) return;
  if (item.starts_with("DOB ")) {
    for (std::string& date : OfacDates(item.substr(4))) {
      AddUnique(entity.birth_dates, std::move(date));
    }
    return;
  }
  for (std::string_view prefix : {"nationality ", "citizen "}) {
    if (item.starts_with(prefix))
      return AddCountry(entity.nationalities, item.substr(prefix.size()));
  }
  if (auto imo = ImoNumber(item)) {
    entity.identifiers.push_back(Identifier{"imo", std::move(*imo), ""});
    return;
  }
  for (const auto& [prefix, type] : kIdentifierPrefixes) {
    if (!item.starts_with(prefix)) continue;
    Identifier id = ParseIdentifier(type, item.substr(prefix.size()));
    if (!id.value.empty()) entity.identifiers.push_back(std::move(id));
    return;
  }
}

}  // namespace

std::vector<std::string> OfacDates(std::string_view text) {
  text = Trim(text);
  std::vector<std::string> dates;
  const size_t to = text.find(" to ");
  if (to == std::string_view::npos) {
    if (auto date = OfacDate(text)) dates.push_back(std::move(*date));
    return dates;
  }
  const auto from_date = OfacDate(text.substr(0, to));
  const auto to_date = OfacDate(text.substr(to + 4));
  if (!from_date || !to_date) return dates;
  // A range is kept as its years: matchers compare birth years when the day is unknown.
  const int from_year = std::stoi(from_date->substr(0, 4));
  const int to_year = std::stoi(to_date->substr(0, 4));
  constexpr int kMaxSpan = 10;
  if (to_year >= from_year && to_year - from_year <= kMaxSpan) {
    for (int year = from_year; year <= to_year; ++year) dates.push_back(std::to_string(year));
  } else {
    dates.push_back(from_date->substr(0, 4));
    dates.push_back(to_date->substr(0, 4));
  }
  return dates;
}

std::vector<std::string_view> SplitOfacRemarks(std::string_view remarks) {
  std::vector<std::string_view> items;
  bool quoted = false;
  size_t start = 0;
  for (size_t i = 0; i < remarks.size(); ++i) {
    // An apostrophe opens a quoted name only after a space ("a.k.a. 'X'") and closes it only
    // before ';', '.' or the end, so that "O'NEIL" inside a name does not end the quote.
    if (remarks[i] == '\'') {
      const bool opens = !quoted && i > 0 && remarks[i - 1] == ' ';
      const bool closes =
          quoted && (i + 1 == remarks.size() || remarks[i + 1] == ';' || remarks[i + 1] == '.');
      if (opens || closes) quoted = !quoted;
    }
    if (remarks[i] == ';' && !quoted) {
      items.push_back(Trim(remarks.substr(start, i - start)));
      start = i + 1;
    }
  }
  std::string_view last = Trim(remarks.substr(start));
  if (last.ends_with('.')) last.remove_suffix(1);  // the remarks end with a full stop
  items.push_back(last);
  return items;
}

void ApplyOfacRemarks(std::string_view remarks, Entity& entity) {
  for (std::string_view item : SplitOfacRemarks(remarks)) {
    if (!item.empty()) ApplyItem(item, entity);
  }
}

}  // namespace catchall
