#include "lists/entity_json.h"

namespace catchall {

using Json = nlohmann::ordered_json;

Json EntityJson(const Entity& entity) {
  Json names = Json::array();
  for (const EntityName& name : entity.names) {
    names.push_back({{"text", name.text}, {"kind", NameKindName(name.kind)}});
  }
  Json identifiers = Json::array();
  for (const Identifier& id : entity.identifiers) {
    identifiers.push_back({{"type", id.type}, {"value", id.value}, {"country", id.country}});
  }
  return Json{{"id", entity.id},
              {"list", entity.list},
              {"reference", entity.reference},
              {"schema", SchemaName(entity.schema)},
              {"names", std::move(names)},
              {"birth_dates", entity.birth_dates},
              {"countries", entity.countries},
              {"nationalities", entity.nationalities},
              {"addresses", entity.addresses},
              {"identifiers", std::move(identifiers)},
              {"programs", entity.programs},
              {"tags", entity.tags},
              {"listed_on", entity.listed_on},
              {"remarks", entity.remarks},
              {"risk_level", entity.risk_level},
              {"parent", entity.parent},
              {"source_file", entity.source_file},
              {"source_line", entity.source_line}};
}

Json ListSourceJson(const ListSource& source) {
  return Json{{"list", source.list},       {"title", source.title}, {"format", source.format},
              {"version", source.version}, {"files", source.files}, {"sha256", source.sha256}};
}

std::string JsonLine(const Json& value) {
  return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string EntityJsonLine(const Entity& entity) { return JsonLine(EntityJson(entity)); }

}  // namespace catchall
