#include "match/un_list_support.h"

#include <fstream>
#include <sstream>

#include "common/command_support.h"
#include "lists/readers.h"
#include "readers/csv_tokenizer.h"
#include "text/normalize.h"

namespace catchall::testing {

bool LoadUnList(EntityList& list, std::string& why) {
  const std::string data = SharedData();
  const std::string path = data + "/un-consolidated/UN_consolidated.xml";
  if (data.empty() || !std::ifstream(path)) {
    why = "UN Consolidated List not found at " + path;
    return false;
  }
  auto read = ReadUnXml(ListFile{path, ReadFile(path)});
  if (!read.ok()) {
    why = read.error().ToString();
    return false;
  }
  list = std::move(read).value();
  return true;
}

std::vector<std::map<std::string, std::string>> ReadCsvRows(const std::string& path) {
  return CsvRowsByHeader(ReadFile(path));
}

std::string LooseKey(const std::string& name) {
  std::string spaced;
  for (char c : name) spaced += (c == '-' || c == '\'' || c == '.' || c == ',') ? ' ' : c;
  return NormalizeText(spaced);
}

namespace {

bool SameBirth(const Entity& entity, const std::string& date_of_birth) {
  if (date_of_birth.empty()) return false;
  for (const std::string& date : entity.birth_dates) {
    if (date.rfind(date_of_birth, 0) == 0 || date_of_birth.rfind(date, 0) == 0) return true;
  }
  return false;
}

}  // namespace

std::vector<const Entity*> ExpectedEntities(const EntityList& list, const std::string& full_name,
                                            const std::string& date_of_birth,
                                            size_t* name_matches) {
  const std::string key = LooseKey(full_name);
  std::vector<const Entity*> found;
  for (const Entity& entity : list.entities) {
    for (const EntityName& name : entity.names) {
      if (LooseKey(name.text) == key) {
        found.push_back(&entity);
        break;
      }
    }
  }
  if (name_matches != nullptr) *name_matches = found.size();
  if (found.size() <= 1) return found;
  std::vector<const Entity*> by_birth;
  for (const Entity* entity : found) {
    if (SameBirth(*entity, date_of_birth)) by_birth.push_back(entity);
  }
  return by_birth.empty() ? found : by_birth;
}

}  // namespace catchall::testing
