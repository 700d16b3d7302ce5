// OpenSanctions FollowTheMoney entities, one JSON object per line (entities.ftm.json).
//
// An export holds the screening entities (Person, Company, Vessel, ...) and the helper entities
// that describe them (Address, Sanction, Ownership, ...). The helpers are not entities to screen
// against, but two of them carry facts of their target: an Address entity its printed address,
// a Sanction entity the programme and listing date. The file is read in two passes: the first
// parses every line and keeps those facts by the id they point to; the second builds the
// screening entities and attaches them.
#include <simdjson.h>

#include <algorithm>
#include <deque>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "lists/list_fields.h"
#include "lists/readers.h"
#include "text/utf8.h"

namespace catchall {
namespace {

namespace dom = simdjson::dom;

constexpr std::string_view kList = "opensanctions";

struct SchemaMapping {
  std::string_view ftm;
  EntitySchema schema;
};
constexpr SchemaMapping kScreeningSchemas[] = {
    {"Person", EntitySchema::kPerson},           {"Organization", EntitySchema::kOrganization},
    {"Company", EntitySchema::kCompany},         {"LegalEntity", EntitySchema::kLegalEntity},
    {"Vessel", EntitySchema::kVessel},           {"Airplane", EntitySchema::kAircraft},
    {"PublicBody", EntitySchema::kOrganization},
};

std::optional<EntitySchema> ScreeningSchema(std::string_view ftm) {
  for (const auto& mapping : kScreeningSchemas) {
    if (mapping.ftm == ftm) return mapping.schema;
  }
  return std::nullopt;
}

constexpr std::pair<std::string_view, std::string_view> kIdentifierProperties[] = {
    {"imoNumber", "imo"}, {"passportNumber", "passport"}, {"registrationNumber", "registration"},
    {"innCode", "inn"},   {"ogrnCode", "ogrn"},           {"swiftBic", "swift"},
    {"taxNumber", "tax"}, {"idNumber", "national_id"},    {"leiCode", "lei"},
    {"mmsi", "mmsi"},
};

// One code point at `text[i]`, advancing i; invalid input never reaches here (repaired first).
uint32_t NextCodePoint(std::string_view text, size_t& i) {
  const auto lead = static_cast<unsigned char>(text[i++]);
  if (lead < 0x80) return lead;
  const int extra = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1;
  uint32_t cp = lead & (0x3F >> extra);
  for (int k = 0; k < extra && i < text.size(); ++k) {
    cp = (cp << 6) | (static_cast<unsigned char>(text[i++]) & 0x3F);
  }
  return cp;
}

// True when the name holds letters of a script other than Latin (Cyrillic, Greek, Han, Hangul,
// Arabic, ...). Punctuation such as the quotes of "LLC “Inter Tobacco”" does not count.
bool HasNonLatinLetters(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    const uint32_t cp = NextCodePoint(text, i);
    if (cp < 0x370) continue;                    // Latin, IPA, combining marks
    if (cp >= 0x1E00 && cp <= 0x1EFF) continue;  // Latin Extended Additional
    if (cp >= 0x2000 && cp <= 0x2BFF) continue;  // punctuation, symbols
    if (cp >= 0xFE00 && cp <= 0xFE6F) continue;  // variation selectors, small forms
    return true;
  }
  return false;
}

std::vector<std::string> Strings(dom::object properties, std::string_view key) {
  std::vector<std::string> out;
  dom::array values;
  if (properties[key].get_array().get(values)) return out;
  for (dom::element value : values) {
    std::string_view text;
    if (value.get_string().get(text)) continue;
    std::string cleaned = CleanField(text);
    if (!cleaned.empty()) out.push_back(std::move(cleaned));
  }
  return out;
}

std::string StringField(dom::object object, std::string_view key) {
  std::string_view text;
  if (object[key].get_string().get(text)) return {};
  return CleanField(text);
}

std::string Upper(std::string text) {
  for (char& c : text) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
  return text;
}

// Facts helper entities give about the entity they point to.
struct HelperFacts {
  std::unordered_map<std::string, std::string> addresses;  // Address id -> full address
  struct Sanction {
    std::vector<std::string> programs;
    std::string start;
  };
  std::unordered_map<std::string, std::vector<Sanction>> sanctions;  // target id -> sanctions
  std::map<std::string, size_t> skipped;                             // schema -> count
};

void CollectHelper(std::string_view schema, dom::object object, dom::object properties,
                   HelperFacts& facts) {
  if (schema == "Address") {
    const std::vector<std::string> full = Strings(properties, "full");
    if (!full.empty()) facts.addresses[StringField(object, "id")] = full[0];
  } else if (schema == "Sanction") {
    HelperFacts::Sanction sanction;
    sanction.programs = Strings(properties, "program");
    for (const std::string& date : Strings(properties, "startDate")) {
      if (const auto iso = IsoDatePrefix(date)) sanction.start = *iso;
    }
    for (const std::string& target : Strings(properties, "entity")) {
      facts.sanctions[target].push_back(sanction);
    }
  }
}

void AddNames(Entity& entity, dom::object object, dom::object properties) {
  const std::string caption = StringField(object, "caption");
  std::vector<std::string> names = Strings(properties, "name");
  // The caption is OpenSanctions' display name, one of `name`; it leads when it is there.
  if (!caption.empty() && std::find(names.begin(), names.end(), caption) != names.end()) {
    AddName(entity, caption, NameKind::kPrimary);
  }
  auto add_all = [&](const std::vector<std::string>& texts, NameKind latin_kind) {
    for (const std::string& text : texts) {
      const bool other_script = HasNonLatinLetters(text);
      const NameKind kind = entity.names.empty() && latin_kind == NameKind::kAlias
                                ? NameKind::kPrimary
                                : (other_script ? NameKind::kOriginalScript : latin_kind);
      AddName(entity, text, kind);
    }
  };
  add_all(names, NameKind::kAlias);
  add_all(Strings(properties, "alias"), NameKind::kAlias);
  add_all(Strings(properties, "weakAlias"), NameKind::kWeakAlias);
  add_all(Strings(properties, "previousName"), NameKind::kPrevious);
  add_all(Strings(properties, "abbreviation"), NameKind::kAcronym);
}

void AddFacts(Entity& entity, dom::object properties, const HelperFacts& facts) {
  for (std::string& date : Strings(properties, "birthDate")) {
    AddUnique(entity.birth_dates, IsoDatePrefix(date).value_or(std::move(date)));
  }
  for (const char* key : {"nationality", "citizenship"}) {
    for (std::string& country : Strings(properties, key)) {
      AddUnique(entity.nationalities, Upper(std::move(country)));
    }
  }
  for (const char* key : {"country", "jurisdiction"}) {
    for (std::string& country : Strings(properties, key)) {
      AddUnique(entity.countries, Upper(std::move(country)));
    }
  }
  for (std::string& address : Strings(properties, "address")) {
    AddUnique(entity.addresses, std::move(address));
  }
  for (const std::string& ref : Strings(properties, "addressEntity")) {
    const auto found = facts.addresses.find(ref);
    if (found != facts.addresses.end()) AddUnique(entity.addresses, found->second);
  }
  for (const auto& [property, type] : kIdentifierProperties) {
    for (std::string& value : Strings(properties, property)) {
      entity.identifiers.push_back(Identifier{std::string(type), std::move(value), {}});
    }
  }
  for (std::string& topic : Strings(properties, "topics")) AddUnique(entity.tags, std::move(topic));
  for (std::string& program : Strings(properties, "program")) {
    AddUnique(entity.programs, std::move(program));
  }
  std::string remarks;
  for (const std::string& note : Strings(properties, "notes")) {
    remarks += (remarks.empty() ? "" : "; ") + note;
  }
  entity.remarks = std::move(remarks);
}

void AddSanctions(Entity& entity, const HelperFacts& facts) {
  const auto found = facts.sanctions.find(entity.reference);
  if (found == facts.sanctions.end()) return;
  for (const auto& sanction : found->second) {
    for (const std::string& program : sanction.programs) AddUnique(entity.programs, program);
    if (!sanction.start.empty() &&
        (entity.listed_on.empty() || sanction.start < entity.listed_on)) {
      entity.listed_on = sanction.start;
    }
  }
}

// One line that parsed as a JSON object with an id and a schema. Only its place is kept: the
// second pass parses it again, so that one parser serves the whole file whatever its size.
struct ParsedLine {
  uint64_t line = 0;
  std::string_view text;
};

class FtmReader {
 public:
  explicit FtmReader(const ListFile& file) : file_(file) {
    out_.source =
        MakeSource(file, std::string(kList), "OpenSanctions (FollowTheMoney)", "ftm_jsonl");
  }

  Result<EntityList> Read() {
    std::vector<ParsedLine> lines = ParseLines();
    if (lines.empty() && !out_.issues.empty()) {
      return Error{"not a ftm_jsonl file: no line is a FollowTheMoney JSON object",
                   {file_.path, out_.issues.front().where.line}};
    }
    for (const ParsedLine& line : lines) {
      dom::element root;
      if (!parser_.parse(line.text.data(), line.text.size()).get(root)) Build(line, root);
    }
    NoteSkipped();
    return std::move(out_);
  }

 private:
  std::vector<ParsedLine> ParseLines() {
    std::vector<ParsedLine> lines;
    std::string_view bytes = file_.bytes;
    uint64_t number = 0;
    while (!bytes.empty()) {
      ++number;
      const size_t end = bytes.find('\n');
      std::string_view text = bytes.substr(0, end);
      bytes.remove_prefix(end == std::string_view::npos ? bytes.size() : end + 1);
      if (text.ends_with('\r')) text.remove_suffix(1);
      if (text.find_first_not_of(" \t") == std::string_view::npos) continue;
      if (auto parsed = ParseLine(text, number)) lines.push_back(*parsed);
    }
    return lines;
  }

  std::optional<ParsedLine> ParseLine(std::string_view text, uint64_t number) {
    if (!IsValidUtf8(text)) {
      texts_.push_back(RepairUtf8(text));
      text = texts_.back();
      Issue(RecordIssue::Kind::kRepaired, number, "invalid UTF-8 decoded as Windows-1252", text);
    }
    dom::element root;
    if (const auto error = parser_.parse(text.data(), text.size()).get(root)) {
      Issue(RecordIssue::Kind::kRejected, number,
            std::string("not valid JSON: ") + simdjson::error_message(error), text);
      return std::nullopt;
    }
    dom::object object;
    std::string_view id;
    std::string_view schema;
    if (root.get_object().get(object) || object["id"].get_string().get(id) || id.empty() ||
        object["schema"].get_string().get(schema)) {
      Issue(RecordIssue::Kind::kRejected, number, "not a FollowTheMoney entity (no id or schema)",
            text);
      return std::nullopt;
    }
    Collect(root);
    return ParsedLine{number, text};
  }

  static bool IsTarget(dom::object object) {
    bool target = true;  // exports without the flag hold targets only
    if (object["target"].get_bool().get(target)) return true;
    return target;
  }

  // First pass: the facts of helper entities (and of non-target ones, which are not screened
  // either: OpenSanctions marks as non-target the owners and relatives that are not listed).
  void Collect(dom::element root) {
    const dom::object object = root.get_object().value_unsafe();
    const std::string schema = StringField(object, "schema");
    const bool screening = ScreeningSchema(schema).has_value();
    if (screening && IsTarget(object)) return;
    ++facts_.skipped[screening ? schema + " (non-target)" : schema];
    dom::object properties;
    if (!object["properties"].get_object().get(properties)) {
      CollectHelper(schema, object, properties, facts_);
    }
  }

  void Build(const ParsedLine& line, dom::element root) {
    const dom::object object = root.get_object().value_unsafe();
    const auto schema = ScreeningSchema(StringField(object, "schema"));
    if (!schema || !IsTarget(object)) return;
    dom::object properties;
    if (object["properties"].get_object().get(properties)) {
      Issue(RecordIssue::Kind::kRejected, line.line, "no 'properties' object", line.text);
      return;
    }
    Entity entity;
    entity.list = std::string(kList);
    entity.reference = StringField(object, "id");
    entity.schema = *schema;
    AddNames(entity, object, properties);
    if (auto reason = CheckNames(entity)) {
      Issue(RecordIssue::Kind::kRejected, line.line, *reason, line.text);
      return;
    }
    AddFacts(entity, properties, facts_);
    for (std::string& dataset : Strings(object, "datasets")) {
      AddUnique(entity.programs, std::move(dataset));
    }
    AddSanctions(entity, facts_);
    if (entity.listed_on.empty()) {
      entity.listed_on = IsoDatePrefix(StringField(object, "first_seen")).value_or("");
    }
    const std::string last_change = StringField(object, "last_change");
    if (last_change > out_.source.version) out_.source.version = last_change;
    entity.id = ids_.Assign(entity.reference);
    entity.source_line = line.line;
    entity.source_file = file_.path;
    out_.entities.push_back(std::move(entity));
  }

  // Skipped helper entities are no loss (their facts went to their targets), but how many there
  // were is worth one line, so that the counts of a load add up.
  void NoteSkipped() {
    if (facts_.skipped.empty()) return;
    size_t total = 0;
    std::string detail;
    for (const auto& [schema, count] : facts_.skipped) {
      total += count;
      detail += (detail.empty() ? "" : ", ") + schema + " " + std::to_string(count);
    }
    out_.issues.push_back(MakeListIssue(RecordIssue::Kind::kRepaired, file_.path, 0,
                                        "skipped " + std::to_string(total) +
                                            " helper entities that are not screened (" + detail +
                                            ")",
                                        {}));
  }

  void Issue(RecordIssue::Kind kind, uint64_t line, std::string reason, std::string_view text) {
    out_.issues.push_back(MakeListIssue(kind, file_.path, line, std::move(reason), text));
  }

  const ListFile& file_;
  EntityList out_;
  EntityIdAssigner ids_{std::string(kList)};
  HelperFacts facts_;
  dom::parser parser_;
  std::deque<std::string> texts_;  // repaired lines; a deque never moves them, so views stay valid
};

}  // namespace

Result<EntityList> ReadFtmJsonl(const ListFile& file) { return FtmReader(file).Read(); }

}  // namespace catchall
