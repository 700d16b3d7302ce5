// Entities of sanctions and export-control lists in one model, whatever file they came from:
// the UN Consolidated List, OFAC's legacy CSV sets, the US Consolidated Screening List, the BIS
// Denied Persons List, OpenSanctions FollowTheMoney, the institution lists (DoD 1286 / 1260H, the
// EU DPRK annexes, the defence-institution risk table) and users' own lists.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/publication.h"

namespace catchall {

enum class EntitySchema {
  kUnknown,
  kPerson,
  kOrganization,
  kCompany,
  kLegalEntity,
  kVessel,
  kAircraft,
  kInstitution,
};

// "Person", "Organization", ... (FollowTheMoney spelling); "Unknown" for kUnknown.
std::string_view SchemaName(EntitySchema schema);
// Case-insensitive; also accepts "Individual", "Entity", "Org", "University". nullopt if unknown.
std::optional<EntitySchema> ParseSchema(std::string_view text);
// Persons are matched with person rules (name order, initials); everything else as a body.
inline bool IsPersonSchema(EntitySchema schema) { return schema == EntitySchema::kPerson; }

enum class NameKind {
  kPrimary,         // the list's main name
  kAlias,           // a.k.a., strong alias
  kWeakAlias,       // UN "Low" quality alias, OFAC "weak aka", FtM weakAlias
  kOriginalScript,  // Hangul, Han, Cyrillic, Arabic as the list prints it
  kPrevious,        // f.k.a., previous name
  kAcronym,         // a short form the list itself gives ("NUDT")
};
std::string_view NameKindName(NameKind kind);  // "primary", "alias", "weak_alias", ...

struct EntityName {
  std::string text;  // as the list prints it (valid UTF-8)
  NameKind kind = NameKind::kPrimary;
};

struct Identifier {
  std::string type;  // "passport", "imo", "national_id", "registration", "swift", ...
  std::string value;
  std::string country;  // issuing country as printed, may be empty
};

// One loaded list file (or file set, e.g. OFAC's sdn/add/alt/comments).
struct ListSource {
  std::string list;     // key used in filters and findings: "un_sc", "ofac_sdn", "us_csl", ...
  std::string title;    // "UN Security Council Consolidated List"
  std::string format;   // "un_xml", "ofac_legacy_csv", "csl_csv", "dpl_tsv", "ftm_jsonl", ...
  std::string version;  // publication date / dateGenerated / file date; may be empty
  std::vector<std::string> files;  // paths read
  std::string sha256;              // of the (first) file's bytes, lower-case hex; may be empty
};

struct Entity {
  std::string id;         // unique across all loaded lists: "<list>:<reference or row>"
  std::string list;       // ListSource::list
  std::string reference;  // the list's own number: UN "KPi.001", OFAC ent_num "12345", CSL _id
  EntitySchema schema = EntitySchema::kUnknown;
  std::vector<EntityName> names;         // names[0] is the primary name when the list has one
  std::vector<std::string> birth_dates;  // as printed or ISO "1960-04-15" / "1960"
  std::vector<std::string> countries;    // ISO 3166-1 alpha-2 upper case where known, else text
  std::vector<std::string> nationalities;
  std::vector<std::string> addresses;
  std::vector<Identifier> identifiers;
  std::vector<std::string> programs;  // "DPRK", "DPRK3", "1718", "Entity List", ...
  std::vector<std::string> tags;      // "seven_sons", "pla", "dod_1286", "risk_high", ...
  std::string listed_on;              // ISO date where known
  std::string remarks;
  std::string risk_level;    // institution lists: "very_high", "high", "medium", "low"; else empty
  std::string parent;        // institution lists: parent organisation name, may be empty
  uint64_t source_line = 0;  // 1-based line of the record in its file (0 if unknown)
  std::string source_file;
};

// Rank of an institution list's risk level: 4 "very_high", 3 "high", 2 "medium", 1 "low", 0 for
// anything else (no level).
int RiskLevelRank(std::string_view level);

// One listing of an institution in a registry built from the lists (`catchall registry build`):
// the list key, the list's version, the entry's reference and the name the list gives.
struct InstitutionListing {
  std::string list;
  std::string version;
  std::string reference;
  std::string name;
};

// What a list reader gives back: the entities, the list's identity, and every record it had to
// reject or repair (file, line, reason) so that nothing is lost silently.
struct EntityList {
  ListSource source;
  std::vector<Entity> entities;
  std::vector<RecordIssue> issues;
};

}  // namespace catchall
