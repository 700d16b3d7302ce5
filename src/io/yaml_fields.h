// Reading the YAML files users may edit (taxonomy, rules, registries) with every mistake
// reported as an Error that names the file and the line: unknown fields, wrong types, missing
// values. yaml-cpp does the parsing; these helpers only turn its nodes and exceptions into
// located errors, so each loader states its schema and nothing else.
#pragma once

#include <yaml-cpp/yaml.h>

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace catchall {

// 1-based line of a node (yaml-cpp counts from 0).
unsigned long long YamlLine(const YAML::Node& node);

Error YamlError(const std::string& file, unsigned long long line, std::string reason);

// Parses a whole file or text; a syntax error is reported at its line, a missing file at line 0
// with `what` ("the taxonomy file") in the message.
Result<YAML::Node> LoadYamlFile(const std::string& file, const std::string& what);
Result<YAML::Node> ParseYaml(std::string_view text, const std::string& file);

// Every key of `map` must be in `allowed`; the error points at the offending key and lists the
// allowed ones. `what` names the map in messages ("rule 'x'").
Status CheckYamlFields(const YAML::Node& map, const std::set<std::string>& allowed,
                       const std::string& what, const std::string& file);

// A scalar field. Absent: "" when optional, an error when required (as is an empty value).
Result<std::string> YamlScalar(const YAML::Node& map, const char* key, bool required,
                               const std::string& what, const std::string& file);

// A list of non-empty scalars; absent is an empty list. With `allow_scalar` a single scalar is
// taken as a list of one.
Result<std::vector<std::string>> YamlList(const YAML::Node& map, const char* key,
                                          const std::string& what, const std::string& file,
                                          bool allow_scalar = false);

// A number in [low, high].
Result<double> YamlNumber(const YAML::Node& map, const char* key, double low, double high,
                          const std::string& what, const std::string& file);

// true/false only; absent gives `fallback`.
Result<bool> YamlBool(const YAML::Node& map, const char* key, bool fallback,
                      const std::string& what, const std::string& file);

}  // namespace catchall
