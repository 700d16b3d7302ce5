#include "io/yaml_fields.h"

#include <cstdio>

namespace catchall {
namespace {

std::string Quoted(const char* key) { return std::string("'") + key + "'"; }

std::string FormatNumber(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", value);
  return text;
}

std::string AllowedList(const std::set<std::string>& allowed) {
  std::string list;
  for (const auto& key : allowed) {
    if (!list.empty()) list += ", ";
    list += key;
  }
  return list;
}

}  // namespace

unsigned long long YamlLine(const YAML::Node& node) {
  return static_cast<unsigned long long>(node.Mark().line) + 1;
}

Error YamlError(const std::string& file, unsigned long long line, std::string reason) {
  return Error{std::move(reason), Location{file, line}};
}

Result<YAML::Node> LoadYamlFile(const std::string& file, const std::string& what) {
  try {
    return YAML::LoadFile(file);
  } catch (const YAML::BadFile&) {
    return YamlError(file, 0, "cannot open " + what);
  } catch (const YAML::Exception& e) {
    return YamlError(file, static_cast<unsigned long long>(e.mark.line) + 1,
                     "invalid YAML: " + e.msg);
  }
}

Result<YAML::Node> ParseYaml(std::string_view text, const std::string& file) {
  try {
    return YAML::Load(std::string(text));
  } catch (const YAML::Exception& e) {
    return YamlError(file, static_cast<unsigned long long>(e.mark.line) + 1,
                     "invalid YAML: " + e.msg);
  }
}

Status CheckYamlFields(const YAML::Node& map, const std::set<std::string>& allowed,
                       const std::string& what, const std::string& file) {
  for (const auto& entry : map) {
    const std::string key = entry.first.IsScalar() ? entry.first.Scalar() : "?";
    if (!allowed.count(key)) {
      std::string reason = "unknown field '" + key + "' in ";
      reason += what;
      reason += " (allowed: ";
      reason += AllowedList(allowed);
      reason += ")";
      return YamlError(file, YamlLine(entry.first), std::move(reason));
    }
  }
  return Ok{};
}

Result<std::string> YamlScalar(const YAML::Node& map, const char* key, bool required,
                               const std::string& what, const std::string& file) {
  const YAML::Node value = map[key];
  if (!value) {
    if (required) return YamlError(file, YamlLine(map), what + " lacks " + Quoted(key));
    return std::string();
  }
  if (!value.IsScalar() || (required && value.Scalar().empty())) {
    return YamlError(file, YamlLine(value), Quoted(key) + " of " + what + " must be text");
  }
  return value.Scalar();
}

Result<std::vector<std::string>> YamlList(const YAML::Node& map, const char* key,
                                          const std::string& what, const std::string& file,
                                          bool allow_scalar) {
  std::vector<std::string> out;
  const YAML::Node value = map[key];
  if (!value) return out;
  if (allow_scalar && value.IsScalar() && !value.Scalar().empty()) {
    out.push_back(value.Scalar());
    return out;
  }
  if (!value.IsSequence()) {
    return YamlError(file, YamlLine(value), Quoted(key) + " of " + what + " must be a list");
  }
  for (const auto& item : value) {
    if (!item.IsScalar() || item.Scalar().empty()) {
      return YamlError(file, YamlLine(item), "empty item in " + Quoted(key) + " of " + what);
    }
    out.push_back(item.Scalar());
  }
  return out;
}

Result<double> YamlNumber(const YAML::Node& map, const char* key, double low, double high,
                          const std::string& what, const std::string& file) {
  const YAML::Node value = map[key];
  const auto bad = [&]() {
    return YamlError(file, value ? YamlLine(value) : YamlLine(map),
                     std::string("bad ") + key + " in " + what + ": must be a number from " +
                         FormatNumber(low) + " to " + FormatNumber(high));
  };
  if (!value || !value.IsScalar()) return bad();
  double number = 0;
  try {
    number = value.as<double>();
  } catch (const YAML::Exception&) {
    return bad();
  }
  if (!(number >= low && number <= high)) return bad();
  return number;
}

Result<bool> YamlBool(const YAML::Node& map, const char* key, bool fallback,
                      const std::string& what, const std::string& file) {
  const YAML::Node value = map[key];
  if (!value) return fallback;
  if (!value.IsScalar() || (value.Scalar() != "true" && value.Scalar() != "false")) {
    return YamlError(file, YamlLine(value), Quoted(key) + " of " + what + " must be true or false");
  }
  return value.Scalar() == "true";
}

}  // namespace catchall
