// Shared by the name-index evaluations: the UN Consolidated List and the OpenSanctions query
// fixtures from the shared data directory, and the expected UN entry of a fixture row.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "match/name_index.h"
#include "model/entity.h"

namespace catchall::testing {

// ../shared/data/un-consolidated/UN_consolidated.xml read with ReadUnXml, or an empty list (and
// a message in `why`) when the file is absent or unreadable.
bool LoadUnList(EntityList& list, std::string& why);

// A CSV file with a header as rows of column -> value (quoted fields, no newlines inside).
std::vector<std::map<std::string, std::string>> ReadCsvRows(const std::string& path);

// NormalizeText of a name with punctuation and hyphens gone: "AL-JAWLANI" == "al jawlani".
std::string LooseKey(const std::string& name);

// Entities of `list` one of whose names has the LooseKey of `full_name`; when several do, those
// whose birth dates agree with `date_of_birth` (same year or date), if any. `name_matches` (may
// be null) gets the number of entities the name alone gave.
std::vector<const Entity*> ExpectedEntities(const EntityList& list, const std::string& full_name,
                                            const std::string& date_of_birth,
                                            size_t* name_matches = nullptr);

}  // namespace catchall::testing
