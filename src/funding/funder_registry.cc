#include "funding/funder_registry.h"

#include <unicode/uloc.h>

#include <algorithm>
#include <cstdio>
#include <set>
#include <unordered_map>

#include "io/yaml_fields.h"
#include "text/normalize.h"

namespace catchall {
namespace {

Error FileError(const std::string& file, unsigned long long line, std::string message) {
  return YamlError(file, line, std::move(message));
}

bool IsValidId(const std::string& id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

// ISO 3166-1 alpha-2 codes as ICU knows them, plus "EU": the European Union's bodies fund
// research as one funder, and ISO reserves that code for it.
bool IsKnownCountry(const std::string& code) {
  if (code == "EU") return true;
  if (code.size() != 2) return false;
  for (const char* const* it = uloc_getISOCountries(); *it != nullptr; ++it) {
    if (code == *it) return true;
  }
  return false;
}

const std::set<std::string>& KnownFields() {
  static const std::set<std::string> kFields = {"id",   "name",    "country", "government",
                                                "type", "aliases", "source"};
  return kFields;
}

Result<FunderInfo> ReadEntry(const YAML::Node& entry, const std::string& file) {
  if (!entry.IsMap()) return FileError(file, YamlLine(entry), "entry is not a mapping");
  if (Status fields = CheckYamlFields(entry, KnownFields(), "a funder entry", file); !fields.ok())
    return fields.error();
  FunderInfo info;
  info.line = YamlLine(entry);
  for (auto [key, target] : {std::pair<const char*, std::string*>{"id", &info.id},
                             {"name", &info.name},
                             {"country", &info.country},
                             {"type", &info.type},
                             {"source", &info.source}}) {
    Result<std::string> value = YamlScalar(entry, key, true, "a funder entry", file);
    if (!value.ok()) return value.error();
    *target = *value;
  }
  const std::string where = "entry '" + info.id + "': ";
  if (!IsValidId(info.id)) {
    return FileError(file, info.line, "id '" + info.id + "' must be lower-case a-z0-9-");
  }
  if (!IsKnownCountry(info.country)) {
    return FileError(file, YamlLine(entry["country"]),
                     where + "unknown country code '" + info.country + "'");
  }
  const auto& types = FunderTypes();
  if (std::find(types.begin(), types.end(), info.type) == types.end()) {
    return FileError(file, YamlLine(entry["type"]), where + "unknown type '" + info.type + "'");
  }
  const YAML::Node government = entry["government"];
  if (!government || !government.IsScalar() ||
      (government.Scalar() != "true" && government.Scalar() != "false")) {
    return FileError(file, government ? YamlLine(government) : info.line,
                     where + "'government' must be true or false");
  }
  info.government = government.Scalar() == "true";
  const YAML::Node list = entry["aliases"];
  if (list) {
    if (!list.IsSequence())
      return FileError(file, YamlLine(list), where + "aliases must be a list");
    for (const auto& alias : list) {
      if (!alias.IsScalar() || alias.Scalar().empty()) {
        return FileError(file, YamlLine(alias), where + "empty alias");
      }
      info.aliases.push_back(alias.Scalar());
    }
  }
  return info;
}

// Two entries may not claim the same name (after normalisation): a match must be unambiguous.
Status CheckAliases(const FunderInfo& info, const std::string& file,
                    std::unordered_map<std::string, std::string>& owner) {
  std::vector<std::string> names = info.aliases;
  names.push_back(info.name);
  for (const auto& name : names) {
    const std::string key = NormalizeText(name);
    if (key.empty()) {
      return FileError(file, info.line,
                       "entry '" + info.id + "': alias '" + name + "' has no words");
    }
    auto [it, fresh] = owner.emplace(key, info.id);
    if (!fresh && it->second != info.id) {
      return FileError(file, info.line,
                       "entry '" + info.id + "': alias '" + name + "' is already a name of '" +
                           it->second + "'");
    }
  }
  return Ok{};
}

Result<FunderRegistry> FromRoot(const YAML::Node& root, const std::string& file,
                                std::vector<FunderInfo>& out) {
  if (!root.IsSequence()) return FileError(file, 1, "expected a list of funders");
  std::unordered_map<std::string, std::string> alias_owner;
  for (const auto& entry : root) {
    Result<FunderInfo> info = ReadEntry(entry, file);
    if (!info.ok()) return info.error();
    for (const auto& other : out) {
      if (other.id == info->id) {
        return FileError(
            file, info->line,
            "duplicate id '" + info->id + "' (first on line " + std::to_string(other.line) + ")");
      }
    }
    if (Status aliases = CheckAliases(*info, file, alias_owner); !aliases.ok()) {
      return aliases.error();
    }
    out.push_back(std::move(info).value());
  }
  return FunderRegistry{};
}

}  // namespace

const std::vector<std::string>& FunderTypes() {
  static const std::vector<std::string> kTypes = {"national science foundation",
                                                  "regional science foundation",
                                                  "research council",
                                                  "ministry",
                                                  "ministry programme",
                                                  "government agency",
                                                  "national academy",
                                                  "national academy programme",
                                                  "scholarship council",
                                                  "intergovernmental",
                                                  "university fund",
                                                  "private foundation",
                                                  "company foundation",
                                                  "company"};
  return kTypes;
}

std::string FundersFile(const std::string& data_dir) { return data_dir + "/funders.yaml"; }

Result<FunderRegistry> FunderRegistry::Parse(std::string_view yaml, const std::string& file) {
  FunderRegistry registry;
  Result<YAML::Node> root = ParseYaml(yaml, file);
  if (!root.ok()) return root.error();
  try {
    Result<FunderRegistry> status = FromRoot(*root, file, registry.funders_);
    if (!status.ok()) return status.error();
  } catch (const YAML::Exception& e) {  // a node of an unexpected kind deep inside
    return FileError(file, static_cast<unsigned long long>(e.mark.line) + 1,
                     "invalid YAML: " + e.msg);
  }
  return registry;
}

Result<FunderRegistry> FunderRegistry::Load(const std::string& file) {
  std::string text;
  {
    FILE* in = std::fopen(file.c_str(), "rb");
    if (in == nullptr) return FileError(file, 0, "cannot open the funder registry");
    char buffer[65536];
    size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, in)) > 0) text.append(buffer, n);
    std::fclose(in);
  }
  return Parse(text, file);
}

const FunderInfo* FunderRegistry::Find(std::string_view id) const {
  for (const auto& info : funders_) {
    if (info.id == id) return &info;
  }
  return nullptr;
}

}  // namespace catchall
