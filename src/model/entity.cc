#include "model/entity.h"

#include <array>
#include <utility>


namespace catchall {
namespace {

bool EqualsIgnoreAsciiCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

constexpr std::array<std::pair<EntitySchema, std::string_view>, 8> kSchemaNames{{
    {EntitySchema::kUnknown, "Unknown"},
    {EntitySchema::kPerson, "Person"},
    {EntitySchema::kOrganization, "Organization"},
    {EntitySchema::kCompany, "Company"},
    {EntitySchema::kLegalEntity, "LegalEntity"},
    {EntitySchema::kVessel, "Vessel"},
    {EntitySchema::kAircraft, "Aircraft"},
    {EntitySchema::kInstitution, "Institution"},
}};

constexpr std::array<std::pair<std::string_view, EntitySchema>, 7> kSchemaSynonyms{{
    {"individual", EntitySchema::kPerson},
    {"entity", EntitySchema::kOrganization},
    {"org", EntitySchema::kOrganization},
    {"organisation", EntitySchema::kOrganization},
    {"university", EntitySchema::kInstitution},
    {"ship", EntitySchema::kVessel},
    {"business", EntitySchema::kCompany},
}};

}  // namespace

std::string_view SchemaName(EntitySchema schema) {
  for (const auto& [value, name] : kSchemaNames) {
    if (value == schema) return name;
  }
  return "Unknown";
}

std::optional<EntitySchema> ParseSchema(std::string_view text) {
  for (const auto& [value, name] : kSchemaNames) {
    if (value != EntitySchema::kUnknown && EqualsIgnoreAsciiCase(text, name)) return value;
  }
  for (const auto& [name, value] : kSchemaSynonyms) {
    if (EqualsIgnoreAsciiCase(text, name)) return value;
  }
  return std::nullopt;
}

std::string_view NameKindName(NameKind kind) {
  switch (kind) {
    case NameKind::kPrimary: return "primary";
    case NameKind::kAlias: return "alias";
    case NameKind::kWeakAlias: return "weak_alias";
    case NameKind::kOriginalScript: return "original_script";
    case NameKind::kPrevious: return "previous";
    case NameKind::kAcronym: return "acronym";
  }
  return "alias";
}

int RiskLevelRank(std::string_view level) {
  if (level == "very_high") return 4;
  if (level == "high") return 3;
  if (level == "medium") return 2;
  return level == "low" ? 1 : 0;
}

}  // namespace catchall
