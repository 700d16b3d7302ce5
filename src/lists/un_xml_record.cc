#include "lists/un_xml_record.h"

#include <cctype>
#include <string_view>
#include <vector>

#include "lists/un_xml_countries.h"

namespace catchall {
namespace {

// A DOB range wider than this is kept as its two end years, not every year in between.
constexpr int kMaxBirthYearSpan = 10;

std::string_view NodeName(const xmlNode* node) { return reinterpret_cast<const char*>(node->name); }

// The element's own text. Only text and CDATA children count: entity references are never
// expanded here, so a document declaring entities cannot blow up in memory.
std::string NodeText(const xmlNode* node) {
  std::string text;
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if ((child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) &&
        child->content != nullptr) {
      text += reinterpret_cast<const char*>(child->content);
    }
  }
  return CleanField(text);
}

std::vector<const xmlNode*> Children(const xmlNode* node) {
  std::vector<const xmlNode*> children;
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type == XML_ELEMENT_NODE) children.push_back(child);
  }
  return children;
}

// The text of the first child element called `name`, or "".
std::string ChildText(const xmlNode* node, std::string_view name) {
  for (const xmlNode* child : Children(node)) {
    if (NodeName(child) == name) return NodeText(child);
  }
  return "";
}

bool IsPlaceholder(std::string_view text) {
  return text.empty() || text == "na" || text == "n/a" || text == "N/A" || text == "NA";
}

// ISO code when known, else the text as printed.
std::string CountryOrText(const std::string& text) {
  if (auto code = OfficialCountryCode(text)) return *code;
  return text;
}

NameKind AliasKind(std::string_view quality) {
  if (quality == "Low") return NameKind::kWeakAlias;
  if (quality == "f.k.a.") return NameKind::kPrevious;
  return NameKind::kAlias;  // "Good", "a.k.a." and unspecified
}

void ReadAlias(const xmlNode* alias, Entity& entity) {
  std::string name = ChildText(alias, "ALIAS_NAME");
  if (name.empty()) return;  // the list's empty placeholder <ALIAS_NAME/>
  AddName(entity, std::move(name), AliasKind(ChildText(alias, "QUALITY")));
}

void ReadAddress(const xmlNode* address, Entity& entity) {
  std::string text;
  std::string country;
  for (const xmlNode* part : Children(address)) {
    const std::string_view name = NodeName(part);
    if (name == "NOTE") continue;
    std::string value = NodeText(part);
    if (value.empty()) continue;
    if (name == "COUNTRY") country = value;
    if (!text.empty()) text += ", ";
    text += value;
  }
  AddUnique(entity.addresses, std::move(text));
  if (!IsPlaceholder(country)) AddUnique(entity.countries, CountryOrText(country));
}

int YearOf(std::string_view text) {
  if (text.size() != 4) return 0;
  int year = 0;
  for (const char c : text) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return 0;
    year = year * 10 + (c - '0');
  }
  return year;
}

void ReadBirthDate(const xmlNode* birth, Entity& entity) {
  const std::string date = ChildText(birth, "DATE");
  if (!date.empty()) AddUnique(entity.birth_dates, IsoDatePrefix(date).value_or(date));
  const std::string year = ChildText(birth, "YEAR");
  if (!year.empty()) AddUnique(entity.birth_dates, year);
  const int from = YearOf(ChildText(birth, "FROM_YEAR"));
  const int to = YearOf(ChildText(birth, "TO_YEAR"));
  if (from > 0 && to >= from && to - from <= kMaxBirthYearSpan) {
    for (int y = from; y <= to; ++y) AddUnique(entity.birth_dates, std::to_string(y));
  } else {
    if (from > 0) AddUnique(entity.birth_dates, std::to_string(from));
    if (to > 0) AddUnique(entity.birth_dates, std::to_string(to));
  }
}

std::string DocumentType(std::string_view printed) {
  std::string lower;
  for (const char c : printed)
    lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  if (lower.find("passport") != std::string::npos || lower.find("pasaporte") != std::string::npos ||
      lower.find("passeport") != std::string::npos) {
    return "passport";
  }
  if (lower.starts_with("national identification")) return "national_id";
  std::string type = Slug(printed);
  for (char& c : type) {
    if (c == '-') c = '_';
  }
  return type.empty() ? "document" : type;
}

void ReadDocument(const xmlNode* document, Entity& entity) {
  Identifier id;
  id.value = ChildText(document, "NUMBER");
  if (id.value.empty()) return;
  id.type = DocumentType(ChildText(document, "TYPE_OF_DOCUMENT"));
  id.country = ChildText(document, "ISSUING_COUNTRY");
  if (id.country.empty()) id.country = ChildText(document, "COUNTRY_OF_ISSUE");
  entity.identifiers.push_back(std::move(id));
}

// "IMO number: 5342883", "IMO Number: ...", "Company Number IMO 5434358": the seven digits
// after an "IMO" word, with an optional "number" and ':' between.
std::vector<std::string> FindImoNumbers(std::string_view text) {
  std::vector<std::string> numbers;
  for (size_t at = text.find("IMO"); at != std::string_view::npos; at = text.find("IMO", at + 3)) {
    size_t i = at + 3;
    auto skip_spaces = [&] {
      while (i < text.size() && (text[i] == ' ' || text[i] == ':')) ++i;
    };
    skip_spaces();
    for (std::string_view word : {"number", "Number", "No."}) {
      if (text.substr(i).starts_with(word)) i += word.size();
    }
    skip_spaces();
    size_t end = i;
    while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end]))) ++end;
    if (end - i == 7) numbers.emplace_back(text.substr(i, end - i));
  }
  return numbers;
}

void ReadField(const xmlNode* field, Entity& entity, std::string primary_parts[4]) {
  const std::string_view name = NodeName(field);
  static constexpr std::string_view kNameParts[] = {"FIRST_NAME", "SECOND_NAME", "THIRD_NAME",
                                                    "FOURTH_NAME"};
  for (int i = 0; i < 4; ++i) {
    if (name == kNameParts[i]) primary_parts[i] = NodeText(field);
  }
  if (name == "REFERENCE_NUMBER") {
    entity.reference = NodeText(field);
  } else if (name == "UN_LIST_TYPE") {
    AddUnique(entity.programs, NodeText(field));
  } else if (name == "LISTED_ON") {
    const std::string text = NodeText(field);
    entity.listed_on = IsoDatePrefix(text).value_or(text);
  } else if (name == "COMMENTS1") {
    entity.remarks = NodeText(field);
  } else if (name == "NAME_ORIGINAL_SCRIPT") {
    AddName(entity, NodeText(field), NameKind::kOriginalScript);
  } else if (name == "NATIONALITY") {
    for (const xmlNode* value : Children(field)) {
      const std::string text = NodeText(value);
      if (!IsPlaceholder(text)) AddUnique(entity.nationalities, CountryOrText(text));
    }
  } else if (name == "INDIVIDUAL_ALIAS" || name == "ENTITY_ALIAS") {
    ReadAlias(field, entity);
  } else if (name == "INDIVIDUAL_ADDRESS" || name == "ENTITY_ADDRESS") {
    ReadAddress(field, entity);
  } else if (name == "INDIVIDUAL_DATE_OF_BIRTH") {
    ReadBirthDate(field, entity);
  } else if (name == "INDIVIDUAL_DOCUMENT") {
    ReadDocument(field, entity);
  }
}

std::string JoinNameParts(const std::string parts[4]) {
  std::string name;
  for (int i = 0; i < 4; ++i) {
    if (parts[i].empty()) continue;
    if (!name.empty()) name += ' ';
    name += parts[i];
  }
  return name;
}

}  // namespace

void ReadUnRecord(const xmlNode* record, const std::string& path, EntityList& out,
                  EntityIdAssigner& ids) {
  Entity entity;
  entity.list = "un_sc";
  entity.schema =
      NodeName(record) == "INDIVIDUAL" ? EntitySchema::kPerson : EntitySchema::kOrganization;
  entity.source_file = path;
  entity.source_line = static_cast<uint64_t>(xmlGetLineNo(record) > 0 ? xmlGetLineNo(record) : 0);
  std::string primary_parts[4];
  // The primary name goes first; the other names are collected apart and appended after it.
  Entity others;
  for (const xmlNode* field : Children(record)) ReadField(field, others, primary_parts);
  entity.reference = std::move(others.reference);
  AddName(entity, JoinNameParts(primary_parts), NameKind::kPrimary);
  for (EntityName& name : others.names) AddName(entity, std::move(name.text), name.kind);
  entity.birth_dates = std::move(others.birth_dates);
  entity.countries = std::move(others.countries);
  entity.nationalities = std::move(others.nationalities);
  entity.addresses = std::move(others.addresses);
  entity.identifiers = std::move(others.identifiers);
  entity.programs = std::move(others.programs);
  entity.listed_on = std::move(others.listed_on);
  entity.remarks = std::move(others.remarks);
  for (std::string& imo : FindImoNumbers(entity.remarks)) {
    entity.identifiers.push_back(Identifier{"imo", std::move(imo), ""});
  }

  const std::string excerpt = entity.reference + " " + JoinNameParts(primary_parts);
  std::optional<std::string> problem;
  if (entity.reference.empty()) {
    problem = "the record has no REFERENCE_NUMBER";
  } else if (entity.names.empty() || entity.names.front().kind != NameKind::kPrimary) {
    problem = "the record has no name (FIRST_NAME .. FOURTH_NAME are empty)";
  } else {
    problem = CheckNames(entity);
  }
  if (problem) {
    out.issues.push_back(MakeListIssue(RecordIssue::Kind::kRejected, path, entity.source_line,
                                       "UN " + std::string(NodeName(record)) + ": " + *problem,
                                       excerpt));
    return;
  }
  entity.id = ids.Assign(entity.reference);
  out.entities.push_back(std::move(entity));
}

}  // namespace catchall
