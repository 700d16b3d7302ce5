// Internal to the OpenAlex reader: typed, warning-emitting access to simdjson DOM values.
//
// OpenAlex records are valid JSON far more often than they have the expected shape (null for
// absent values, older snapshots with other field types), so a field of the wrong type is not a
// reason to drop the work: it is skipped and noted in Publication::warnings with its path.
#pragma once

#include <simdjson.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace catchall::openalex {

// A path into the JSON document, built on the stack as the decoder descends and rendered only
// when a warning needs it, so a well-formed work pays nothing for it.
struct JsonPath {
  const JsonPath* parent = nullptr;
  std::string_view key;
  size_t index = 0;
  bool is_index = false;

  JsonPath Key(std::string_view child) const { return JsonPath{this, child, 0, false}; }
  JsonPath Index(size_t i) const { return JsonPath{this, {}, i, true}; }
  // "authorships[2].institutions[0].country_code"
  std::string ToString() const;
};

class FieldReader {
 public:
  explicit FieldReader(std::vector<std::string>& warnings) : warnings_(warnings) {}

  // Each accessor returns false for null (silently: null means absent in OpenAlex) and for a
  // value of another type (with a warning naming `path`).
  bool String(simdjson::dom::element value, const JsonPath& path, std::string_view& out);
  bool Array(simdjson::dom::element value, const JsonPath& path, simdjson::dom::array& out);
  bool Object(simdjson::dom::element value, const JsonPath& path, simdjson::dom::object& out);
  bool Integer(simdjson::dom::element value, const JsonPath& path, int64_t& out);

  // Copies a string value into `out` (unchanged when the value is null or not a string).
  void CopyString(simdjson::dom::element value, const JsonPath& path, std::string& out);

  // Calls visit(object, item_path) for each object of an array value; other items are skipped
  // with a warning, a value that is not an array with one.
  template <typename Visit>
  void ForEachObject(simdjson::dom::element value, const JsonPath& path, Visit visit) {
    simdjson::dom::array items;
    if (!Array(value, path, items)) return;
    size_t i = 0;
    for (simdjson::dom::element item : items) {
      const JsonPath item_path = path.Index(i++);
      simdjson::dom::object object;
      if (Object(item, item_path, object)) visit(object, item_path);
    }
  }

  // Calls visit(text) for each string of an array value, the same way.
  template <typename Visit>
  void ForEachString(simdjson::dom::element value, const JsonPath& path, Visit visit) {
    simdjson::dom::array items;
    if (!Array(value, path, items)) return;
    size_t i = 0;
    for (simdjson::dom::element item : items) {
      std::string_view text;
      if (String(item, path.Index(i++), text)) visit(text);
    }
  }

  // Capped so that one pathological record cannot grow an unbounded warning list.
  void Warn(const JsonPath& path, std::string_view message);
  // Adds a last warning counting those dropped by the cap, if any.
  void Finish();

 private:
  void WarnType(const JsonPath& path, std::string_view expected, simdjson::dom::element found);

  std::vector<std::string>& warnings_;
  size_t dropped_warnings_ = 0;
};

// For a line simdjson's DOM parser refused: where the first bad token is, as " at <field path>
// (byte N)", " (byte N)", " after the object (byte N)" or "" when it cannot tell
// (openalex_error_path.cc).
std::string LocateJsonError(std::string_view text);

// Upper-cases ASCII letters in place (ISO country codes).
void AsciiUpper(std::string& text);
// Lower-cases ASCII letters in place (DOIs).
void AsciiLower(std::string& text);
// `text` without leading and trailing ASCII spaces, tabs, CR and LF.
std::string_view TrimAsciiSpace(std::string_view text);

}  // namespace catchall::openalex
