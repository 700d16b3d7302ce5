#include "rules/message.h"

#include <fmt/format.h>

#include <algorithm>

namespace catchall {
namespace {

std::string Join(const std::vector<std::string>& items, const char* empty) {
  if (items.empty()) return empty;
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

void AddUnique(std::vector<std::string>& items, const std::string& item) {
  if (std::find(items.begin(), items.end(), item) == items.end()) items.push_back(item);
}

std::string Categories(const RecordFacts& facts) {
  std::vector<std::string> items;
  for (const auto& c : facts.categories) {
    if (c.assigned) items.push_back(fmt::format("{} ({:.2f})", c.label, c.score));
  }
  return Join(items, "no category");
}

std::string Institutions(const RecordFacts& facts, bool dprk) {
  std::vector<std::string> items;
  for (const auto& i : facts.institutions) {
    if (i.dprk == dprk) AddUnique(items, i.name);
  }
  return Join(items, "none in the registry");
}

std::string Funders(const RecordFacts& facts, bool government_only) {
  std::vector<std::string> items;
  for (const auto& f : facts.funders) {
    if (government_only && !f.government) continue;
    if (!f.name.empty())
      AddUnique(items, f.country.empty() ? f.name : f.name + " (" + f.country + ")");
  }
  return Join(items, "none named");
}

std::string GovernmentCountries(const RecordFacts& facts) {
  std::vector<std::string> items;
  for (const auto& f : facts.funders) {
    if (f.government && !f.country.empty()) AddUnique(items, f.country);
  }
  return Join(items, "none");
}

std::string Tags(const RecordFacts& facts) {
  std::vector<std::string> items;
  for (const auto& i : facts.institutions) {
    for (const auto& tag : i.tags) AddUnique(items, tag + " (" + i.name + ")");
  }
  return Join(items, "none");
}

// "KPe.001 KOREA MINING DEVELOPMENT TRADING CORPORATION (un_sc)" per distinct list entry.
std::string ListHits(const RecordFacts& facts) {
  std::vector<std::string> items;
  for (const auto& hit : facts.list_hits) {
    AddUnique(items, hit.reference + " " + hit.name + " (" + hit.list + ")");
  }
  return Join(items, "none");
}

std::string Evidence(const std::vector<FactEvidence>& evidence) {
  std::vector<std::string> items;
  items.reserve(evidence.size());
  for (const auto& e : evidence) items.push_back(e.fact + " " + e.test + ": " + e.value);
  return Join(items, "");
}

std::string DateText(const RecordFacts& facts) {
  if (facts.date.year <= 0 || facts.date.precision == DatePrecision::kNone) {
    return "without a publication date";
  }
  return facts.date.ToIso();
}

std::string Precision(const RecordFacts& facts) {
  switch (facts.date.year > 0 ? facts.date.precision : DatePrecision::kNone) {
    case DatePrecision::kDay:
      return "day";
    case DatePrecision::kMonth:
      return "month only";
    case DatePrecision::kYear:
      return "year only";
    case DatePrecision::kNone:
      break;
  }
  return "no date";
}

std::string Value(const std::string& name, const RecordFacts& facts,
                  const std::vector<FactEvidence>& evidence) {
  if (name == "date") return DateText(facts);
  if (name == "date_precision") return Precision(facts);
  if (name == "year") return facts.date.year > 0 ? std::to_string(facts.date.year) : "unknown";
  if (name == "categories") return Categories(facts);
  if (name == "coauthor_countries") return Join(facts.coauthor_countries, "none");
  if (name == "dprk_institutions") return Institutions(facts, true);
  if (name == "foreign_institutions") return Institutions(facts, false);
  if (name == "institution_tags") return Tags(facts);
  if (name == "funders") return Funders(facts, false);
  if (name == "list_hits") return ListHits(facts);
  if (name == "government_funders") return Funders(facts, true);
  if (name == "government_funder_countries") return GovernmentCountries(facts);
  return Evidence(evidence);  // "evidence"
}

bool Known(const std::string& name) {
  const auto& all = MessagePlaceholders();
  return std::any_of(all.begin(), all.end(), [&](const Placeholder& p) { return name == p.name; });
}

}  // namespace

const std::vector<Placeholder>& MessagePlaceholders() {
  static const std::vector<Placeholder> kPlaceholders = {
      {"date", "publication date at its precision (2017, 2017-03, 2017-03-09)"},
      {"date_precision", "day, month only, year only, no date"},
      {"year", "publication year"},
      {"categories", "assigned technology categories with scores"},
      {"coauthor_countries", "countries of the non-DPRK affiliations"},
      {"dprk_institutions", "registry institutions of the DPRK affiliations"},
      {"foreign_institutions", "registry institutions of the other affiliations"},
      {"institution_tags", "registry tags of the record's institutions"},
      {"funders", "normalised funders"},
      {"list_hits", "entries of the loaded lists that the record's parties matched"},
      {"government_funders", "government funders"},
      {"government_funder_countries", "countries whose governments funded the work"},
      {"evidence", "the tests the rule's condition rests on, with the record's values"},
  };
  return kPlaceholders;
}

Status CheckMessage(const std::string& message) {
  size_t i = 0;
  while ((i = message.find_first_of("{}", i)) != std::string::npos) {
    if (message[i] == '}') return Error{"unmatched '}' in message", {}};
    const size_t close = message.find('}', i);
    if (close == std::string::npos) return Error{"unmatched '{' in message", {}};
    const std::string name = message.substr(i + 1, close - i - 1);
    if (!Known(name)) {
      std::string known;
      for (const auto& p : MessagePlaceholders()) {
        if (!known.empty()) known += ", ";
        known += p.name;
      }
      std::string reason = "unknown placeholder {" + name + "} in message (known: ";
      reason += known;
      reason += ")";
      return Error{std::move(reason), {}};
    }
    i = close + 1;
  }
  return Ok{};
}

std::string RenderMessage(const std::string& message, const RecordFacts& facts,
                          const std::vector<FactEvidence>& evidence) {
  std::string out;
  size_t i = 0;
  while (true) {
    const size_t open = message.find('{', i);
    if (open == std::string::npos) break;
    const size_t close = message.find('}', open);
    if (close == std::string::npos) break;
    out.append(message, i, open - i);
    out += Value(message.substr(open + 1, close - open - 1), facts, evidence);
    i = close + 1;
  }
  out.append(message, i, std::string::npos);
  return out;
}

}  // namespace catchall
