#include "resolve/reference_data.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "io/yaml_fields.h"

namespace catchall::resolve {
namespace {

namespace fs = std::filesystem;

Error FileError(const std::string& file, unsigned long long line, std::string message) {
  return Error{std::move(message), Location{file, line}};
}

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> fields;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string::npos ? tab : tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  for (auto& field : fields) {
    while (!field.empty() && (field.back() == ' ' || field.back() == '\r')) field.pop_back();
    while (!field.empty() && field.front() == ' ') field.erase(field.begin());
  }
  return fields;
}

// Calls `row(fields, line_number)` for every non-comment line; stops at the first Error.
template <typename Fn>
Status ReadTsv(const std::string& file, size_t columns, Fn&& row) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return FileError(file, 0, "cannot open file");
  std::string line;
  unsigned long long number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line == "\r" || line[0] == '#') continue;
    std::vector<std::string> fields = SplitTabs(line);
    if (fields.size() != columns) {
      return FileError(file, number,
                       "expected " + std::to_string(columns) + " tab-separated columns, found " +
                           std::to_string(fields.size()));
    }
    for (size_t i = 0; i < fields.size(); ++i) {
      if (fields[i].empty()) {
        return FileError(file, number, "column " + std::to_string(i + 1) + " is empty");
      }
    }
    Status status = row(fields, number);
    if (!status.ok()) return status;
  }
  return Ok{};
}

bool IsAlpha2(const std::string& code) {
  return code.size() == 2 && std::isupper(static_cast<unsigned char>(code[0])) &&
         std::isupper(static_cast<unsigned char>(code[1]));
}

// Adds a phrase, and when it holds optional words ("of", "the") also the phrase without them,
// since Web of Science drops them ("Kim Chaek Univ Technol").
void AddPhrase(ReferenceData& data, const std::vector<NormToken>& tokens, PhraseTarget target) {
  if (tokens.empty()) return;
  std::vector<std::string> texts;
  std::vector<NormToken> kept;
  for (const auto& token : tokens) {
    texts.push_back(token.text);
    if (!data.canonicalizer.IsOptional(token.text)) kept.push_back(token);
  }
  data.index.Add(texts, target);
  data.phrases.emplace_back(tokens, target);
  if (!kept.empty() && kept.size() != tokens.size()) {
    std::vector<std::string> kept_texts;
    kept_texts.reserve(kept.size());
    for (const auto& token : kept) kept_texts.push_back(token.text);
    data.index.Add(kept_texts, target);
    data.phrases.emplace_back(kept, target);
  }
}

Status LoadAbbreviations(const std::string& file, ReferenceData& data) {
  std::unordered_map<std::string, unsigned long long> seen;
  Status status =
      ReadTsv(file, 3, [&](const std::vector<std::string>& f, unsigned long long line) -> Status {
        const std::string variant = NormalizeText(f[0]);
        if (variant.empty() || variant.find(' ') != std::string::npos) {
          return FileError(file, line, "variant '" + f[0] + "' must be one word");
        }
        if (seen.count(variant)) {
          return FileError(
              file, line,
              "variant '" + f[0] + "' already defined on line " + std::to_string(seen[variant]));
        }
        seen[variant] = line;
        if (f[1] == "-") {
          data.canonicalizer.AddOptional(variant);
          return Ok{};
        }
        const std::string canonical = NormalizeText(f[1]);
        if (canonical.empty() || canonical.find(' ') != std::string::npos) {
          return FileError(file, line, "canonical form '" + f[1] + "' must be one word");
        }
        data.canonicalizer.Add(variant, canonical);
        return Ok{};
      });
  if (!status.ok()) return status;
  // Canonical forms must be fixed points, or the registry and the input could disagree.
  for (const auto& [variant, canonical] : data.canonicalizer.table()) {
    if (data.canonicalizer.Canonical(canonical) != canonical) {
      std::string message = "canonical form '";
      message.append(canonical).append("' (of '").append(variant);
      message.append("') is itself a variant of '");
      message.append(data.canonicalizer.Canonical(canonical)).append("'");
      return FileError(file, 0, message);
    }
  }
  return Ok{};
}

Status LoadCountries(const std::string& file, ReferenceData& data) {
  // First pass: the ISO rows define the valid codes, so a typo elsewhere is caught.
  Status status =
      ReadTsv(file, 4, [&](const std::vector<std::string>& f, unsigned long long) -> Status {
        if (f[3].rfind("ISO 3166-1", 0) == 0 && IsAlpha2(f[0])) data.country_codes.insert(f[0]);
        return Ok{};
      });
  if (!status.ok()) return status;
  return ReadTsv(
      file, 4, [&](const std::vector<std::string>& f, unsigned long long line) -> Status {
        Place place;
        place.name = f[1];
        if (f[0] == "-") {
          place.kind = PlaceKind::kBlocker;
        } else if (data.country_codes.count(f[0])) {
          place.kind = PlaceKind::kCountry;
          place.country = f[0];
        } else {
          return FileError(file, line,
                           "unknown country code '" + f[0] +
                               "' (every code needs a row whose source is ISO 3166-1)");
        }
        for (const std::string& flag : {f[2]}) {
          if (flag == "weak") {
            place.weak = true;
          } else if (flag == "korea") {
            place.bare_korea = true;
          } else if (flag != "-") {
            return FileError(file, line, "unknown flag '" + flag + "' (use -, weak or korea)");
          }
        }
        std::vector<NormToken> tokens = CanonicalTokens(data.canonicalizer, place.name);
        if (tokens.empty()) return FileError(file, line, "name '" + f[1] + "' has no words");
        data.places.push_back(place);
        AddPhrase(data, tokens, {false, static_cast<uint32_t>(data.places.size() - 1)});
        return Ok{};
      });
}

Status LoadCities(const std::string& file, ReferenceData& data) {
  static const std::unordered_map<std::string, PlaceKind> kKinds = {
      {"city", PlaceKind::kCity},
      {"region", PlaceKind::kRegion},
      {"us_state", PlaceKind::kUsState},
      {"us_state_code", PlaceKind::kUsStateCode},
      {"hint", PlaceKind::kHint}};
  return ReadTsv(
      file, 5, [&](const std::vector<std::string>& f, unsigned long long line) -> Status {
        Place place;
        place.name = f[0];
        place.country = f[1];
        if (!data.country_codes.count(place.country)) {
          return FileError(file, line, "unknown country code '" + f[1] + "'");
        }
        auto kind = kKinds.find(f[2]);
        if (kind == kKinds.end()) {
          return FileError(
              file, line,
              "unknown kind '" + f[2] + "' (city, region, us_state, us_state_code, hint)");
        }
        place.kind = kind->second;
        if (f[3] == "weak") {
          place.weak = true;
        } else if (f[3] != "-") {
          return FileError(file, line, "unknown flag '" + f[3] + "' (use - or weak)");
        }
        std::vector<NormToken> tokens = CanonicalTokens(data.canonicalizer, place.name);
        if (tokens.empty()) return FileError(file, line, "name '" + f[0] + "' has no words");
        data.places.push_back(place);
        AddPhrase(data, tokens, {false, static_cast<uint32_t>(data.places.size() - 1)});
        return Ok{};
      });
}

bool IsValidId(const std::string& id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

bool IsValidTag(const std::string& tag) {
  return !tag.empty() && std::all_of(tag.begin(), tag.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

// What the loading of the registry files remembers across entries and files.
struct RegistryLoad {
  std::unordered_map<std::string, std::string> alias_owner;             // alias key -> id
  std::unordered_map<std::string, std::pair<size_t, std::string>> ids;  // id -> (index, file)
};

// The fields of built registries: risk_level, lists (maps of list, version, reference, name) and
// sub_units.
Status ReadListingFields(const YAML::Node& entry, const std::string& file, Institution& inst) {
  const std::string what = "institution '" + inst.id + "'";
  Result<std::string> risk = YamlScalar(entry, "risk_level", false, what, file);
  if (!risk.ok()) return risk.error();
  if (!risk->empty() && RiskLevelRank(*risk) == 0) {
    return FileError(file, YamlLine(entry["risk_level"]),
                     "entry '" + inst.id + "': risk_level '" + *risk +
                         "' must be very_high, high, medium or low");
  }
  inst.risk_level = *risk;
  Result<std::vector<std::string>> sub_units = YamlList(entry, "sub_units", what, file);
  if (!sub_units.ok()) return sub_units.error();
  inst.sub_units = std::move(sub_units).value();
  const YAML::Node lists = entry["lists"];
  if (!lists) return Ok{};
  if (!lists.IsSequence()) {
    return FileError(file, YamlLine(lists), "entry '" + inst.id + "': lists must be a list");
  }
  static const std::set<std::string> kListingFields = {"list", "version", "reference", "name"};
  for (const auto& item : lists) {
    if (!item.IsMap()) {
      return FileError(file, YamlLine(item), "entry '" + inst.id + "': a listing is not a mapping");
    }
    if (Status fields = CheckYamlFields(item, kListingFields, "a listing of " + what, file);
        !fields.ok())
      return fields;
    InstitutionListing listing;
    for (auto [key, target] : {std::pair<const char*, std::string*>{"list", &listing.list},
                               {"version", &listing.version},
                               {"reference", &listing.reference},
                               {"name", &listing.name}}) {
      Result<std::string> value = YamlScalar(item, key, key == std::string("list"), what, file);
      if (!value.ok()) return value.error();
      *target = *value;
    }
    inst.lists.push_back(std::move(listing));
  }
  return Ok{};
}

// An entry whose id an earlier file defined supplements that entry (a registry built by
// `catchall registry build` next to the shipped one): its aliases, tags, listings and sub-units
// are added and the higher risk level kept; name, type, city and source stay the first file's.
Status Supplement(const Institution& inst, const std::string& file, const std::string& first_file,
                  unsigned long long line, Institution& existing) {
  if (first_file == file) return FileError(file, line, "duplicate id '" + inst.id + "'");
  if (existing.country != inst.country) {
    return FileError(file, line,
                     "entry '" + inst.id + "' supplements the entry of " + first_file +
                         " but its country is " + inst.country + ", not " + existing.country);
  }
  for (const auto& tag : inst.tags) {
    if (std::find(existing.tags.begin(), existing.tags.end(), tag) == existing.tags.end()) {
      existing.tags.push_back(tag);
    }
  }
  if (RiskLevelRank(inst.risk_level) > RiskLevelRank(existing.risk_level)) {
    existing.risk_level = inst.risk_level;
  }
  existing.lists.insert(existing.lists.end(), inst.lists.begin(), inst.lists.end());
  existing.sub_units.insert(existing.sub_units.end(), inst.sub_units.begin(), inst.sub_units.end());
  return Ok{};
}

Status LoadInstitutionEntry(const YAML::Node& entry, const std::string& file, RegistryLoad& load,
                            ReferenceData& data) {
  if (!entry.IsMap()) return FileError(file, YamlLine(entry), "entry is not a mapping");
  static const std::set<std::string> kFields = {"id",         "name",   "country",  "type",
                                                "city",       "source", "aliases",  "tags",
                                                "risk_level", "lists",  "sub_units"};
  if (Status fields = CheckYamlFields(entry, kFields, "an institution entry", file); !fields.ok())
    return fields;
  Institution inst;
  for (auto [key, target] : {std::pair<const char*, std::string*>{"id", &inst.id},
                             {"name", &inst.name},
                             {"country", &inst.country},
                             {"type", &inst.type},
                             {"source", &inst.source}}) {
    Result<std::string> value = YamlScalar(entry, key, true, "an institution entry", file);
    if (!value.ok()) return value.error();
    *target = *value;
  }
  if (entry["city"] && entry["city"].IsScalar()) inst.city = entry["city"].Scalar();
  Result<std::vector<std::string>> tags =
      YamlList(entry, "tags", "institution '" + inst.id + "'", file);
  if (!tags.ok()) return tags.error();
  for (const auto& tag : *tags) {
    if (!IsValidTag(tag)) {
      return FileError(file, YamlLine(entry["tags"]),
                       "entry '" + inst.id + "': tag '" + tag + "' must be lower-case a-z0-9_");
    }
  }
  inst.tags = std::move(tags).value();
  if (!IsValidId(inst.id)) {
    return FileError(file, YamlLine(entry), "id '" + inst.id + "' must be lower-case a-z0-9-");
  }
  if (!data.country_codes.count(inst.country)) {
    return FileError(file, YamlLine(entry),
                     "entry '" + inst.id + "': unknown country code '" + inst.country + "'");
  }
  if (Status listing = ReadListingFields(entry, file, inst); !listing.ok()) return listing;
  std::vector<std::string> aliases = {inst.name};
  const YAML::Node list = entry["aliases"];
  if (list) {
    if (!list.IsSequence()) {
      return FileError(file, YamlLine(list), "entry '" + inst.id + "': aliases must be a list");
    }
    for (const auto& alias : list) {
      if (!alias.IsScalar() || alias.Scalar().empty()) {
        return FileError(file, YamlLine(alias), "entry '" + inst.id + "': empty alias");
      }
      aliases.push_back(alias.Scalar());
    }
  }
  uint32_t index = 0;
  if (auto known = load.ids.find(inst.id); known != load.ids.end()) {
    Status supplemented = Supplement(inst, file, known->second.second, YamlLine(entry),
                                     data.institutions[known->second.first]);
    if (!supplemented.ok()) return supplemented;
    index = static_cast<uint32_t>(known->second.first);
  } else {
    data.institutions.push_back(inst);
    index = static_cast<uint32_t>(data.institutions.size() - 1);
    load.ids.emplace(inst.id, std::make_pair(static_cast<size_t>(index), file));
  }
  for (const auto& alias : aliases) {
    std::vector<NormToken> tokens = CanonicalTokens(data.canonicalizer, alias);
    if (tokens.empty()) {
      return FileError(file, YamlLine(entry),
                       "entry '" + inst.id + "': alias '" + alias + "' has no words");
    }
    const std::string key = JoinTokens(tokens, 0, tokens.size());
    auto [it, fresh] = load.alias_owner.emplace(key, inst.id);
    if (!fresh && it->second != inst.id) {
      return FileError(file, YamlLine(entry),
                       "entry '" + inst.id + "': alias '" + alias + "' is already an alias of '" +
                           it->second + "'");
    }
    if (fresh) AddPhrase(data, tokens, {true, index});
  }
  return Ok{};
}

Status LoadInstitutionFile(const std::string& file, RegistryLoad& load, ReferenceData& data) {
  Result<YAML::Node> loaded = LoadYamlFile(file, "the institution registry");
  if (!loaded.ok()) return loaded.error();
  const YAML::Node& root = *loaded;
  if (!root.IsSequence()) return FileError(file, 1, "expected a list of institutions");
  try {
    for (const auto& entry : root) {
      Status status = LoadInstitutionEntry(entry, file, load, data);
      if (!status.ok()) return status;
    }
  } catch (const YAML::Exception& e) {
    return FileError(file, static_cast<unsigned long long>(e.mark.line) + 1, e.msg);
  }
  return Ok{};
}

Status LoadInstitutions(const std::string& data_dir, ReferenceData& data) {
  std::vector<std::string> files;
  const fs::path single = fs::path(data_dir) / "institutions.yaml";
  const fs::path folder = fs::path(data_dir) / "institutions";
  std::error_code ec;
  if (fs::is_directory(folder, ec)) {
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
      if (entry.path().extension() == ".yaml") files.push_back(entry.path().string());
    }
  }
  // institutions.yaml first, then the folder's files in name order: a later file may supplement
  // an entry of an earlier one.
  std::sort(files.begin(), files.end());
  if (fs::is_regular_file(single, ec)) files.insert(files.begin(), single.string());
  if (files.empty()) {
    return FileError(single.string(), 0, "no institution registry (institutions.yaml)");
  }
  RegistryLoad load;
  for (const auto& file : files) {
    Status status = LoadInstitutionFile(file, load, data);
    if (!status.ok()) return status;
  }
  return Ok{};
}

}  // namespace

void PhraseIndex::Add(const std::vector<std::string>& tokens, PhraseTarget target) {
  std::string key;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (i > 0) {
      entries_[key].has_longer = true;
      key += ' ';
    }
    key += tokens[i];
  }
  auto& targets = entries_[key].targets;
  const bool present = std::any_of(targets.begin(), targets.end(), [&](const PhraseTarget& t) {
    return t.is_institution == target.is_institution && t.index == target.index;
  });
  if (!present) targets.push_back(target);
  max_tokens_ = std::max(max_tokens_, tokens.size());
}

const std::vector<PhraseTarget>* PhraseIndex::Probe(const std::string& key,
                                                    bool* has_longer) const {
  auto it = entries_.find(key);
  *has_longer = it != entries_.end() && it->second.has_longer;
  if (it == entries_.end() || it->second.targets.empty()) return nullptr;
  return &it->second.targets;
}

std::vector<std::string> Canonicalizer::SurfaceForms(const std::string& canonical) const {
  std::vector<std::string> forms = {canonical};
  auto it = variants_.find(canonical);
  if (it != variants_.end()) forms.insert(forms.end(), it->second.begin(), it->second.end());
  std::sort(forms.begin() + 1, forms.end());
  return forms;
}

std::vector<NormToken> CanonicalTokens(const Canonicalizer& canonicalizer, std::string_view name) {
  std::vector<NormToken> tokens = NormalizeTokens(name);
  for (auto& token : tokens) token.text = canonicalizer.Canonical(token.text);
  return tokens;
}

std::string AliasKey(const Canonicalizer& canonicalizer, std::string_view alias) {
  const std::vector<NormToken> tokens = CanonicalTokens(canonicalizer, alias);
  return JoinTokens(tokens, 0, tokens.size());
}

Result<ReferenceData> LoadReferenceData(const std::string& data_dir) {
  ReferenceData data;
  const fs::path dir(data_dir);
  Status status = LoadAbbreviations((dir / "abbreviations.tsv").string(), data);
  if (status.ok()) status = LoadCountries((dir / "countries.tsv").string(), data);
  if (status.ok()) status = LoadCities((dir / "cities.tsv").string(), data);
  if (status.ok()) status = LoadInstitutions(data_dir, data);
  if (!status.ok()) return status.error();
  return data;
}

}  // namespace catchall::resolve
