#include "registry/registry_yaml.h"

#include <cstdio>
#include <utility>

#include "io/yaml_fields.h"

namespace catchall {
namespace {

Status ReadListings(const YAML::Node& entry, const std::string& what, const std::string& file,
                    std::vector<InstitutionListing>& out) {
  const YAML::Node lists = entry["lists"];
  if (!lists) return Ok{};
  if (!lists.IsSequence()) return YamlError(file, YamlLine(lists), what + ": lists must be a list");
  for (const auto& item : lists) {
    if (!item.IsMap()) return YamlError(file, YamlLine(item), what + ": a listing is not a map");
    InstitutionListing listing;
    for (auto [key, target] : {std::pair<const char*, std::string*>{"list", &listing.list},
                               {"version", &listing.version},
                               {"reference", &listing.reference},
                               {"name", &listing.name}}) {
      Result<std::string> value = YamlScalar(item, key, false, what, file);
      if (!value.ok()) return value.error();
      *target = *value;
    }
    out.push_back(std::move(listing));
  }
  return Ok{};
}

Result<RegistryEntry> ReadEntry(const YAML::Node& node, const std::string& file) {
  if (!node.IsMap()) return YamlError(file, YamlLine(node), "entry is not a mapping");
  RegistryEntry entry;
  const std::string what = "an institution entry";
  for (auto [key, target, required] :
       {std::tuple<const char*, std::string*, bool>{"id", &entry.id, true},
        {"name", &entry.name, true},
        {"country", &entry.country, true},
        {"type", &entry.type, false},
        {"city", &entry.city, false},
        {"source", &entry.source, false},
        {"risk_level", &entry.risk_level, false}}) {
    Result<std::string> value = YamlScalar(node, key, required, what, file);
    if (!value.ok()) return value.error();
    *target = *value;
  }
  for (auto [key, target] :
       {std::pair<const char*, std::vector<std::string>*>{"aliases", &entry.aliases},
        {"tags", &entry.tags},
        {"sub_units", &entry.sub_units}}) {
    Result<std::vector<std::string>> values = YamlList(node, key, "entry '" + entry.id + "'", file);
    if (!values.ok()) return values.error();
    *target = std::move(values).value();
  }
  if (Status listings = ReadListings(node, "entry '" + entry.id + "'", file, entry.lists);
      !listings.ok())
    return listings.error();
  return entry;
}

// A YAML double-quoted scalar.
std::string Quote(const std::string& text) {
  std::string out = "\"";
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out.push_back('\\');
      out.push_back(c);
    } else if (byte < 0x20 || byte == 0x7f) {
      char escaped[8];
      std::snprintf(escaped, sizeof(escaped), "\\x%02x", byte);
      out += escaped;
    } else {
      out.push_back(c);
    }
  }
  return out + "\"";
}

void WriteList(std::string& out, const char* key, const std::vector<std::string>& values) {
  if (values.empty()) return;
  out.append("  ").append(key).append(":\n");
  for (const std::string& value : values) out.append("    - ").append(Quote(value)).append("\n");
}

}  // namespace

Result<std::vector<RegistryEntry>> ReadRegistryFile(const std::string& path) {
  Result<YAML::Node> loaded = LoadYamlFile(path, "the base registry");
  if (!loaded.ok()) return loaded.error();
  if (!loaded->IsSequence()) return YamlError(path, 1, "expected a list of institutions");
  std::vector<RegistryEntry> entries;
  try {
    for (const auto& node : *loaded) {
      Result<RegistryEntry> entry = ReadEntry(node, path);
      if (!entry.ok()) return entry.error();
      entries.push_back(std::move(entry).value());
    }
  } catch (const YAML::Exception& e) {
    return YamlError(path, static_cast<unsigned long long>(e.mark.line) + 1, e.msg);
  }
  return entries;
}

std::string RegistryYaml(const std::vector<RegistryEntry>& entries,
                         const std::vector<std::string>& header) {
  std::string out;
  for (const std::string& line : header) out.append("# ").append(line).append("\n");
  if (!header.empty()) out.append("\n");
  if (entries.empty()) out.append("[]\n");
  for (const RegistryEntry& entry : entries) {
    out.append("- id: ").append(entry.id).append("\n");
    out.append("  name: ").append(Quote(entry.name)).append("\n");
    out.append("  country: ").append(entry.country).append("\n");
    out.append("  type: ").append(entry.type.empty() ? "institute" : entry.type).append("\n");
    if (!entry.tags.empty()) {
      out.append("  tags: [");
      for (size_t i = 0; i < entry.tags.size(); ++i) {
        out.append(i ? ", " : "").append(entry.tags[i]);
      }
      out.append("]\n");
    }
    if (!entry.city.empty()) out.append("  city: ").append(Quote(entry.city)).append("\n");
    out.append("  source: ").append(Quote(entry.source)).append("\n");
    if (!entry.risk_level.empty())
      out.append("  risk_level: ").append(entry.risk_level).append("\n");
    WriteList(out, "aliases", entry.aliases);
    WriteList(out, "sub_units", entry.sub_units);
    if (!entry.lists.empty()) out.append("  lists:\n");
    for (const InstitutionListing& listing : entry.lists) {
      out.append("    - list: ").append(Quote(listing.list)).append("\n");
      out.append("      version: ").append(Quote(listing.version)).append("\n");
      out.append("      reference: ").append(Quote(listing.reference)).append("\n");
      out.append("      name: ").append(Quote(listing.name)).append("\n");
    }
  }
  return out;
}

}  // namespace catchall
