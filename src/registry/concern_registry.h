// The institution registry of concern (`catchall registry build`): the entries of the official
// lists that name institutions (DoD 1286 and 1260H, BIS MIEU, the defence-institution risk
// table, the CSL's Entity List and MEU institutes, the UN and OFAC DPRK bodies) merged into one
// entry per institution, sub-units rolled up into their parent, in the layout of
// data/institutions.yaml plus risk_level, lists and sub_units. Rules: src/registry/README.md.
#pragma once

#include <string>
#include <vector>

#include "model/entity.h"

namespace catchall {

class AffiliationResolver;
class InstitutionAliasKeys;

// An entry of a registry file (data/institutions.yaml layout plus the fields of built files).
struct RegistryEntry {
  std::string id;
  std::string name;
  std::string country;
  std::string type;
  std::string city;
  std::string source;
  std::vector<std::string> aliases;  // without the name
  std::vector<std::string> tags;
  std::string risk_level;                 // "very_high", "high", "medium", "low" or ""
  std::vector<InstitutionListing> lists;  // model/entity.h
  std::vector<std::string> sub_units;
};

struct RegistryCounts {
  size_t list_entries = 0;     // list entries taking part
  size_t entries = 0;          // entries written
  size_t base_entries = 0;     // of which keep the id of a base entry
  size_t merged_entries = 0;   // entries naming more than one list entry (sub-units aside)
  size_t merged_away = 0;      // list entries that became part of another one's entry
  size_t sub_units = 0;        // sub-unit names rolled up into a parent
  size_t aliases = 0;          // aliases written
  size_t aliases_dropped = 0;  // names left out (claimed by another entry, a place, too short)
};

struct ConcernRegistry {
  std::vector<RegistryEntry> entries;
  RegistryCounts counts;
  std::vector<std::string> notes;  // for stderr: entries left out, names renamed
};

// Whether an entry of `list` takes part in the registry (README: which entries take part).
bool TakesPart(const EntityList& list, const Entity& entity);

// Merges the lists into the registry. `base` is the registry whose ids merged entries keep (the
// data directory's institutions.yaml); `resolver` and `keys` are loaded from the data directory.
ConcernRegistry BuildConcernRegistry(const std::vector<EntityList>& lists,
                                     const std::vector<RegistryEntry>& base,
                                     const AffiliationResolver& resolver,
                                     const InstitutionAliasKeys& keys);

}  // namespace catchall
