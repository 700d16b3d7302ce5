// Typed access to the fields of one simdjson DOM object, for files catchall itself wrote but a
// user may have edited or cut short. A missing or null field leaves the target unchanged (fields
// are only ever added, so an older file lacks some); a field of the wrong type is an error,
// recorded once with its path, so that one bad line is skipped whole instead of half-read.
#pragma once

#include <simdjson.h>

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace catchall::report {

class JsonFields {
 public:
  // `path` names the object in messages ("" for the top level, "categories[2]" below it).
  JsonFields(simdjson::dom::object object, std::string path, std::string* error);

  void String(std::string_view key, std::string& out);
  void Bool(std::string_view key, bool& out);
  void Uint(std::string_view key, uint64_t& out);
  void Int(std::string_view key, int64_t& out);
  void Double(std::string_view key, double& out);
  void Strings(std::string_view key, std::vector<std::string>& out);
  // An object of counts ({"CN": 24}) or of strings ({"cn-nsfc": "National ..."}).
  void Counts(std::string_view key, std::map<std::string, uint64_t>& out);
  void Texts(std::string_view key, std::map<std::string, std::string>& out);

  // Calls visit(member_key, JsonFields&) for each member of the object at `key` whose value is
  // an object ({"2017": {...}, "2018": {...}}).
  template <typename Visit>
  void Members(std::string_view key, Visit visit) {
    simdjson::dom::element value;
    if (!Find(key, value)) return;
    simdjson::dom::object object;
    if (value.get_object().get(object)) return Fail(key, "an object");
    for (auto [member, item] : object) {
      simdjson::dom::object inner;
      const std::string item_path = Join(key) + "." + std::string(member);
      if (item.get_object().get(inner)) return FailAt(item_path, "an object");
      JsonFields fields(inner, item_path, error_);
      visit(std::string(member), fields);
      if (!error_->empty()) return;
    }
  }

  // Calls visit(JsonFields&) for the object at `key`.
  template <typename Visit>
  void Object(std::string_view key, Visit visit) {
    simdjson::dom::element value;
    if (!Find(key, value)) return;
    simdjson::dom::object object;
    if (value.get_object().get(object)) return Fail(key, "an object");
    JsonFields fields(object, Join(key), error_);
    visit(fields);
  }

  // Calls visit(JsonFields&) for each object of the array at `key`.
  template <typename Visit>
  void Objects(std::string_view key, Visit visit) {
    simdjson::dom::element value;
    if (!Find(key, value)) return;
    simdjson::dom::array array;
    if (value.get_array().get(array)) return Fail(key, "an array");
    size_t index = 0;
    for (simdjson::dom::element item : array) {
      simdjson::dom::object object;
      const std::string item_path = Join(key) + "[" + std::to_string(index++) + "]";
      if (item.get_object().get(object)) return FailAt(item_path, "an object");
      JsonFields fields(object, item_path, error_);
      visit(fields);
      if (!error_->empty()) return;
    }
  }

  bool ok() const { return error_->empty(); }

 private:
  // True when `key` holds a non-null value (and no error was recorded before).
  bool Find(std::string_view key, simdjson::dom::element& value);
  std::string Join(std::string_view key) const;
  void Fail(std::string_view key, const char* expected);
  void FailAt(const std::string& path, const char* expected);

  simdjson::dom::object object_;
  std::string path_;
  std::string* error_;
};

}  // namespace catchall::report
