// OFAC legacy CSV set reader: the primary file (sdn.csv or cons_prim.csv) gives the entities;
// the address, alias and comment files attach to them by ent_num. The files have no header,
// print null as "-0-", end lines with CRLF and the file with 0x1A, and are Latin-1 at heart.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lists/list_fields.h"
#include "lists/ofac_legacy_remarks.h"
#include "lists/readers.h"
#include "lists/un_xml_countries.h"
#include "text/utf8.h"

namespace catchall {
namespace {

constexpr size_t kPrimaryColumns = 12;
constexpr size_t kAddressColumns = 6;
constexpr size_t kAliasColumns = 5;
constexpr size_t kCommentColumns = 2;

enum PrimaryColumn : size_t {
  kEntNum,
  kName,
  kType,
  kProgram,
  kTitle,
  kCallSign,
  kVesselType,
  kTonnage,
  kGrt,
  kVesselFlag,
  kVesselOwner,
  kRemarks
};

// One data row: fields with "-0-" turned into "" and bytes repaired to UTF-8, but not yet
// cleaned (the remarks of sdn.csv continue in sdn_comments.csv mid-word, so they are joined raw).
struct OfacRow {
  std::vector<std::string> fields;
  uint64_t line = 0;
};

std::string_view FileName(const std::string& path) {
  const size_t slash = path.find_last_of("/\\");
  return slash == std::string::npos ? std::string_view(path)
                                    : std::string_view(path).substr(slash + 1);
}

bool IsNull(std::string_view field) {
  while (!field.empty() && (field.back() == ' ' || field.back() == '\t')) field.remove_suffix(1);
  while (!field.empty() && field.front() == ' ') field.remove_prefix(1);
  return field == "-0-";
}

// Splits and tokenizes one file of the set; rows with the wrong number of fields or an open
// quote become rejected issues, repaired encodings repaired issues.
std::vector<OfacRow> ReadRows(const ListFile& file, size_t columns, EntityList& out) {
  std::string_view bytes = file.bytes;
  // The DOS end-of-file byte OFAC still writes; trailing, it is not a record.
  while (!bytes.empty() &&
         (bytes.back() == '\x1A' || bytes.back() == '\n' || bytes.back() == '\r')) {
    bytes.remove_suffix(1);
  }
  std::vector<OfacRow> rows;
  std::vector<std::string> fields;
  for (const TableRecord& record : SplitTableRecords(bytes, ',')) {
    if (record.text.find_first_not_of(" \t\x1A") == std::string_view::npos) continue;
    const std::string excerpt = Utf8Excerpt(record.text);
    if (!TokenizeTableRecord(record.text, ',', fields)) {
      out.issues.push_back(MakeListIssue(RecordIssue::Kind::kRejected, file.path, record.line,
                                         "unterminated quoted field", excerpt));
      continue;
    }
    if (fields.size() != columns) {
      out.issues.push_back(MakeListIssue(
          RecordIssue::Kind::kRejected, file.path, record.line,
          std::to_string(fields.size()) + " fields, expected " + std::to_string(columns), excerpt));
      continue;
    }
    bool repaired = false;
    for (std::string& field : fields) {
      if (IsNull(field)) {
        field.clear();
      } else if (!IsValidUtf8(field)) {
        field = RepairUtf8(field);
        repaired = true;
      }
    }
    if (repaired) {
      out.issues.push_back(MakeListIssue(RecordIssue::Kind::kRepaired, file.path, record.line,
                                         "invalid UTF-8 decoded as Windows-1252", excerpt));
    }
    rows.push_back(OfacRow{fields, record.line});
  }
  return rows;
}

EntitySchema SchemaOf(std::string_view type) {
  const std::string cleaned = CleanField(type);
  if (cleaned == "individual") return EntitySchema::kPerson;
  if (cleaned == "vessel") return EntitySchema::kVessel;
  if (cleaned == "aircraft") return EntitySchema::kAircraft;
  return EntitySchema::kOrganization;  // "-0-": an entity
}

// "NPWMD] [DPRK2" (the file strips the outer brackets of "[NPWMD] [DPRK2]") -> NPWMD, DPRK2.
std::vector<std::string> SplitPrograms(std::string_view text) {
  std::vector<std::string> programs;
  std::string current;
  auto flush = [&] {
    AddUnique(programs, CleanField(current));
    current.clear();
  };
  for (const char c : text) {
    if (c == '[' || c == ']') {
      flush();
    } else {
      current.push_back(c);
    }
  }
  flush();
  return programs;
}

struct Primary {
  EntityList& out;
  std::unordered_map<std::string, size_t> by_ent_num;
  std::vector<std::string> raw_remarks;  // per entity, joined with the comment files
};

void AddPrimaryRow(const OfacRow& row, const std::string& path, const std::string& list,
                   EntityIdAssigner& ids, Primary& primary) {
  const std::vector<std::string>& f = row.fields;
  Entity entity;
  entity.list = list;
  entity.reference = CleanField(f[kEntNum]);
  entity.schema = SchemaOf(f[kType]);
  entity.source_file = path;
  entity.source_line = row.line;
  AddName(entity, CleanField(f[kName]), NameKind::kPrimary);
  entity.programs = SplitPrograms(f[kProgram]);
  if (const std::string call_sign = CleanField(f[kCallSign]); !call_sign.empty()) {
    entity.identifiers.push_back(Identifier{"call_sign", call_sign, ""});
  }
  if (const std::string flag = CleanField(f[kVesselFlag]); !flag.empty()) {
    AddUnique(entity.countries, OfficialCountryCode(flag).value_or(flag));
  }
  std::optional<std::string> problem;
  if (entity.reference.empty()) {
    problem = "no ent_num";
  } else if (primary.by_ent_num.count(entity.reference) != 0) {
    problem = "ent_num " + entity.reference + " repeats an earlier row";
  } else {
    problem = CheckNames(entity);
  }
  if (problem) {
    primary.out.issues.push_back(MakeListIssue(RecordIssue::Kind::kRejected, path, row.line,
                                               *problem, f[kEntNum] + "," + f[kName]));
    return;
  }
  entity.id = ids.Assign(entity.reference);
  primary.by_ent_num.emplace(entity.reference, primary.out.entities.size());
  primary.raw_remarks.push_back(f[kRemarks]);
  primary.out.entities.push_back(std::move(entity));
}

// The entity a secondary row belongs to, or nullptr after recording an issue.
Entity* Owner(const OfacRow& row, const std::string& path, Primary& primary, size_t* index) {
  const std::string ent_num = CleanField(row.fields[0]);
  const auto found = primary.by_ent_num.find(ent_num);
  if (found == primary.by_ent_num.end()) {
    primary.out.issues.push_back(MakeListIssue(RecordIssue::Kind::kRejected, path, row.line,
                                               "ent_num " + ent_num + " is not in the primary file",
                                               row.fields[0] + "," + row.fields[1]));
    return nullptr;
  }
  if (index != nullptr) *index = found->second;
  return &primary.out.entities[found->second];
}

void AttachAddresses(const ListFile& file, Primary& primary) {
  for (const OfacRow& row : ReadRows(file, kAddressColumns, primary.out)) {
    Entity* entity = Owner(row, file.path, primary, nullptr);
    if (entity == nullptr) continue;
    std::string text;
    for (size_t column : {2, 3, 4}) {
      const std::string part = CleanField(row.fields[column]);
      if (part.empty()) continue;
      if (!text.empty()) text += ", ";
      text += part;
    }
    AddUnique(entity->addresses, std::move(text));
    const std::string country = CleanField(row.fields[4]);
    if (!country.empty()) {
      AddUnique(entity->countries, OfficialCountryCode(country).value_or(country));
    }
  }
}

NameKind AliasKind(std::string_view type, std::string_view remarks) {
  // The legacy files mark no weak aliases in alt.csv today (they sit in the remarks), but the
  // SDN.XML vocabulary ("weak aka") may turn up in the type or the remarks.
  if (type.find("weak") != std::string_view::npos ||
      remarks.find("weak") != std::string_view::npos) {
    return NameKind::kWeakAlias;
  }
  if (type == "fka") return NameKind::kPrevious;
  return NameKind::kAlias;  // "aka", "nka"
}

void AttachAliases(const ListFile& file, Primary& primary) {
  for (const OfacRow& row : ReadRows(file, kAliasColumns, primary.out)) {
    Entity* entity = Owner(row, file.path, primary, nullptr);
    if (entity == nullptr) continue;
    std::string name = CleanField(row.fields[3]);
    if (name.size() > kMaxListNameBytes) {
      primary.out.issues.push_back(MakeListIssue(RecordIssue::Kind::kRejected, file.path, row.line,
                                                 "alias of " + std::to_string(name.size()) +
                                                     " bytes (more than " +
                                                     std::to_string(kMaxListNameBytes) + ")",
                                                 name));
      continue;
    }
    const std::string type = CleanField(row.fields[2]);
    AddName(*entity, std::move(name), AliasKind(type, CleanField(row.fields[4])));
  }
}

void AttachComments(const ListFile& file, Primary& primary) {
  for (const OfacRow& row : ReadRows(file, kCommentColumns, primary.out)) {
    size_t index = 0;
    if (Owner(row, file.path, primary, &index) == nullptr) continue;
    primary.raw_remarks[index] += row.fields[1];  // the continuation of a cut Remarks field
  }
}

}  // namespace

Result<EntityList> ReadOfacLegacy(const OfacFileSet& files) {
  if (files.primary == nullptr) {
    return Error{"OFAC legacy CSV: no primary file (sdn.csv or cons_prim.csv)", Location{}};
  }
  const ListFile& primary_file = *files.primary;
  const bool consolidated = FileName(primary_file.path).starts_with("cons");
  const std::string list = consolidated ? "ofac_cons" : "ofac_sdn";
  EntityList out;
  out.source = MakeSource(primary_file, list,
                          consolidated ? "OFAC Consolidated (non-SDN) List" : "OFAC SDN List",
                          "ofac_legacy_csv");
  for (const ListFile* extra : {files.addresses, files.aliases, files.comments}) {
    if (extra != nullptr) out.source.files.push_back(extra->path);
  }
  Primary primary{out, {}, {}};
  EntityIdAssigner ids(list);
  for (const OfacRow& row : ReadRows(primary_file, kPrimaryColumns, out)) {
    AddPrimaryRow(row, primary_file.path, list, ids, primary);
  }
  if (out.entities.empty() && !primary_file.bytes.empty() && !out.issues.empty()) {
    return Error{"not an OFAC legacy CSV file: no row has the " + std::to_string(kPrimaryColumns) +
                     " columns of sdn.csv",
                 Location{primary_file.path, out.issues.front().where.line}};
  }
  if (files.addresses != nullptr) AttachAddresses(*files.addresses, primary);
  if (files.aliases != nullptr) AttachAliases(*files.aliases, primary);
  if (files.comments != nullptr) AttachComments(*files.comments, primary);
  for (size_t i = 0; i < out.entities.size(); ++i) {
    Entity& entity = out.entities[i];
    entity.remarks = CleanField(primary.raw_remarks[i]);
    ApplyOfacRemarks(entity.remarks, entity);
  }
  return out;
}

}  // namespace catchall
