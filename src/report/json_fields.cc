#include "report/json_fields.h"

namespace catchall::report {

JsonFields::JsonFields(simdjson::dom::object object, std::string path, std::string* error)
    : object_(object), path_(std::move(path)), error_(error) {}

bool JsonFields::Find(std::string_view key, simdjson::dom::element& value) {
  if (!error_->empty()) return false;
  if (object_.at_key(key).get(value)) return false;
  return !value.is_null();
}

std::string JsonFields::Join(std::string_view key) const {
  return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

void JsonFields::Fail(std::string_view key, const char* expected) { FailAt(Join(key), expected); }

void JsonFields::FailAt(const std::string& path, const char* expected) {
  if (error_->empty()) *error_ = "field " + path + ": expected " + expected;
}

void JsonFields::String(std::string_view key, std::string& out) {
  simdjson::dom::element value;
  if (!Find(key, value)) return;
  std::string_view text;
  if (value.get_string().get(text)) return Fail(key, "a string");
  out.assign(text);
}

void JsonFields::Bool(std::string_view key, bool& out) {
  simdjson::dom::element value;
  if (!Find(key, value)) return;
  if (value.get_bool().get(out)) Fail(key, "true or false");
}

void JsonFields::Uint(std::string_view key, uint64_t& out) {
  simdjson::dom::element value;
  if (!Find(key, value)) return;
  if (value.get_uint64().get(out)) Fail(key, "a non-negative integer");
}

void JsonFields::Int(std::string_view key, int64_t& out) {
  simdjson::dom::element value;
  if (!Find(key, value)) return;
  if (value.get_int64().get(out)) Fail(key, "an integer");
}

void JsonFields::Double(std::string_view key, double& out) {
  simdjson::dom::element value;
  if (!Find(key, value)) return;
  if (value.get_double().get(out)) Fail(key, "a number");
}

void JsonFields::Strings(std::string_view key, std::vector<std::string>& out) {
  simdjson::dom::element value;
  if (!Find(key, value)) return;
  simdjson::dom::array array;
  if (value.get_array().get(array)) return Fail(key, "an array of strings");
  out.clear();
  for (simdjson::dom::element item : array) {
    std::string_view text;
    if (item.get_string().get(text)) return Fail(key, "an array of strings");
    out.emplace_back(text);
  }
}

void JsonFields::Counts(std::string_view key, std::map<std::string, uint64_t>& out) {
  simdjson::dom::element value;
  if (!Find(key, value)) return;
  simdjson::dom::object object;
  if (value.get_object().get(object)) return Fail(key, "an object of counts");
  for (auto [member, item] : object) {
    uint64_t n = 0;
    if (item.get_uint64().get(n)) return Fail(key, "an object of counts");
    out[std::string(member)] = n;
  }
}

void JsonFields::Texts(std::string_view key, std::map<std::string, std::string>& out) {
  simdjson::dom::element value;
  if (!Find(key, value)) return;
  simdjson::dom::object object;
  if (value.get_object().get(object)) return Fail(key, "an object of strings");
  for (auto [member, item] : object) {
    std::string_view text;
    if (item.get_string().get(text)) return Fail(key, "an object of strings");
    out[std::string(member)] = std::string(text);
  }
}

}  // namespace catchall::report
