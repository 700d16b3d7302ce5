#include "readers/openalex_json.h"

#include <fmt/format.h>

namespace catchall::openalex {
namespace {

namespace dom = simdjson::dom;

constexpr size_t kMaxWarningsPerRecord = 20;

std::string_view TypeName(dom::element_type type) {
  switch (type) {
    case dom::element_type::ARRAY:
      return "array";
    case dom::element_type::OBJECT:
      return "object";
    case dom::element_type::INT64:
    case dom::element_type::UINT64:
      return "integer";
    case dom::element_type::DOUBLE:
      return "number";
    case dom::element_type::STRING:
      return "string";
    case dom::element_type::BOOL:
      return "boolean";
    case dom::element_type::NULL_VALUE:
      return "null";
  }
  return "unknown";
}

void AppendPath(const JsonPath* path, std::string& out) {
  if (path == nullptr) return;
  AppendPath(path->parent, out);
  if (path->is_index) {
    fmt::format_to(std::back_inserter(out), "[{}]", path->index);
    return;
  }
  if (path->key.empty()) return;  // the root
  if (!out.empty()) out.push_back('.');
  out.append(path->key);
}

}  // namespace

std::string JsonPath::ToString() const {
  std::string out;
  AppendPath(this, out);
  return out;
}

bool FieldReader::String(dom::element value, const JsonPath& path, std::string_view& out) {
  if (value.type() == dom::element_type::STRING) return !value.get_string().get(out);
  if (!value.is_null()) WarnType(path, "string", value);
  return false;
}

bool FieldReader::Array(dom::element value, const JsonPath& path, dom::array& out) {
  if (value.type() == dom::element_type::ARRAY) return !value.get_array().get(out);
  if (!value.is_null()) WarnType(path, "array", value);
  return false;
}

bool FieldReader::Object(dom::element value, const JsonPath& path, dom::object& out) {
  if (value.type() == dom::element_type::OBJECT) return !value.get_object().get(out);
  if (!value.is_null()) WarnType(path, "object", value);
  return false;
}

bool FieldReader::Integer(dom::element value, const JsonPath& path, int64_t& out) {
  if (value.type() == dom::element_type::INT64) return !value.get_int64().get(out);
  if (!value.is_null()) WarnType(path, "integer", value);
  return false;
}

void FieldReader::CopyString(dom::element value, const JsonPath& path, std::string& out) {
  std::string_view text;
  if (String(value, path, text)) out.assign(text);
}

void FieldReader::Warn(const JsonPath& path, std::string_view message) {
  if (warnings_.size() >= kMaxWarningsPerRecord) {
    ++dropped_warnings_;
    return;
  }
  warnings_.push_back(fmt::format("{}: {}", path.ToString(), message));
}

void FieldReader::Finish() {
  if (dropped_warnings_ == 0) return;
  warnings_.push_back(fmt::format("{} more warnings not listed", dropped_warnings_));
  dropped_warnings_ = 0;
}

void FieldReader::WarnType(const JsonPath& path, std::string_view expected, dom::element found) {
  Warn(path, fmt::format("expected {}, found {}; field ignored", expected, TypeName(found.type())));
}

void AsciiUpper(std::string& text) {
  for (char& c : text) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
}

void AsciiLower(std::string& text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
}

std::string_view TrimAsciiSpace(std::string_view text) {
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

}  // namespace catchall::openalex
