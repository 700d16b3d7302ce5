// Defence-institution risk table (the CN_FIGs.csv layout: Risk Rating, Country Code,
// Institution, Kind, Security credentials, End-user lists, Espionage or misconduct). Kind is
// either a category (Military, Seven Sons, Civilian, Defence industry conglomerate, Security,
// State-owned enterprise) or, in the rows of subordinate institutes, the parent's name.
#include <cctype>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lists/institution_tags.h"
#include "lists/list_fields.h"
#include "lists/readers.h"

namespace catchall {
namespace {

constexpr std::string_view kList = "cn_defence_risk";

constexpr std::pair<std::string_view, std::string_view> kKindTags[] = {
    {"military", "military"},
    {"seven sons", "seven_sons"},
    {"civilian", "civilian"},
    {"defence industry conglomerate", "defence_industry"},
    {"defense industry conglomerate", "defence_industry"},
    {"security", "security"},
    {"state-owned enterprise", "state_owned"},
};

std::string Lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// "HIGH" -> "high", "VERY HIGH" -> "very_high"; empty when not a known grade.
std::string RiskLevel(const std::string& rating) {
  const std::string lower = Lower(rating);
  for (const std::string_view level : {"very high", "high", "medium", "low"}) {
    if (lower == level) return Slug(level) == "very-high" ? "very_high" : std::string(level);
  }
  return {};
}

// An upper-case short form in brackets ("China Aerospace Science and Industry Corporation (CASIC)
// 3rd Academy" -> "CASIC"); "(Hong Kong)" or "(Shenzhen)" are places, not short forms.
bool IsAcronym(std::string_view text) {
  if (text.size() < 2 || text.size() > 12) return false;
  size_t upper = 0;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isupper(byte)) {
      ++upper;
    } else if (!std::isdigit(byte) && c != '-' && c != '&') {
      return false;
    }
  }
  return upper >= 2;
}

void AddNames(Entity& entity, const std::string& institution) {
  AddName(entity, institution, NameKind::kPrimary);
  const size_t open = institution.find('(');
  const size_t close = institution.find(')', open == std::string::npos ? 0 : open);
  if (open == std::string::npos || close == std::string::npos) return;
  const std::string inside = institution.substr(open + 1, close - open - 1);
  if (!IsAcronym(inside)) return;
  // At the end the short form is the institution's own; inside ("Corporation (CASIC) 3rd
  // Academy") it is the parent's, so only the name without it is added.
  if (close + 1 == institution.size()) AddName(entity, inside, NameKind::kAcronym);
  AddName(entity, CleanField(institution.substr(0, open) + " " + institution.substr(close + 1)),
          NameKind::kAlias);
}

void AddKind(Entity& entity, const std::string& kind) {
  if (kind.empty() || Lower(kind) == "none") return;
  for (const auto& [printed, tag] : kKindTags) {
    if (Lower(kind) == printed) {
      AddUnique(entity.tags, std::string(tag));
      return;
    }
  }
  entity.parent = kind;  // subordinate institute: Kind names its parent ("CSSC", "Huawei")
}

void AddFlags(Entity& entity, const TableRow& row) {
  std::string remarks;
  const std::string credentials = row.Get("security credentials");
  if (!credentials.empty() && Lower(credentials) != "none") {
    AddUnique(entity.tags, "security_credentials_" + Slug(credentials));
    remarks += "Security credentials: " + credentials + ".";
  }
  const std::string end_user = row.Get("end-user lists");
  if (Lower(end_user) == "yes") {
    AddUnique(entity.tags, "end_user_listed");
    remarks += std::string(remarks.empty() ? "" : " ") + "On end-user lists.";
  }
  const std::string espionage = row.Get("espionage or misconduct");
  if (Lower(espionage) == "yes") {
    AddUnique(entity.tags, "espionage");
    remarks += std::string(remarks.empty() ? "" : " ") + "Espionage or misconduct reported.";
  }
  entity.remarks = std::move(remarks);
}

Entity RiskEntity(const TableRow& row) {
  Entity entity;
  entity.list = std::string(kList);
  entity.schema = EntitySchema::kInstitution;
  AddNames(entity, row.Get("institution"));
  entity.reference = entity.names.empty() ? std::string() : Slug(entity.names[0].text);
  const std::string country = row.Get("country code");
  if (!country.empty()) entity.countries.push_back(CountryCode(country).value_or(country));
  entity.risk_level = RiskLevel(row.Get("risk rating"));
  AddUnique(entity.tags, "cn_defence_risk");
  if (!entity.risk_level.empty()) AddUnique(entity.tags, "risk_" + entity.risk_level);
  AddKind(entity, row.Get("kind"));
  AddFlags(entity, row);
  AddInstitutionTags(entity);
  entity.source_line = row.line();
  return entity;
}

}  // namespace

Result<EntityList> ReadRiskTableCsv(const ListFile& file) {
  EntityList out;
  out.source =
      MakeSource(file, std::string(kList), "Defence-institution risk table", "risk_table_csv");
  const TableSpec spec{"risk_table_csv", ',', {"risk rating", "institution"}};
  auto read = ReadEntityPerRow(file, spec, out, RiskEntity);
  if (!read) return read.error();
  return out;
}

}  // namespace catchall
