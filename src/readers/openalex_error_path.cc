// Where a line that the DOM parser refused goes wrong. The DOM parser only says *what* is wrong;
// re-walking the line with the On-Demand API, which stops at the first bad token, tells *where*
// (field path and byte). Runs only for rejected lines, so its speed does not matter.
#include <fmt/format.h>
#include <simdjson.h>

#include <string>
#include <string_view>
#include <vector>

#include "readers/openalex_json.h"

namespace catchall::openalex {
namespace {

namespace od = simdjson::ondemand;
using simdjson::error_code;

// On-Demand checks nesting depth only in development builds; the walk recurses, so it bounds
// the depth itself (deeper than any real work, far below what could exhaust the stack).
constexpr int kMaxWalkDepth = 256;

class ErrorWalker {
 public:
  error_code Walk(od::value value, int depth) {
    if (depth > kMaxWalkDepth) return simdjson::DEPTH_ERROR;
    od::json_type type;
    if (const auto error = value.type().get(type)) return error;
    switch (type) {
      case od::json_type::array:
        return WalkArray(value, depth);
      case od::json_type::object:
        return WalkObject(value, depth);
      case od::json_type::string: {
        std::string_view text;
        return value.get_string().get(text);
      }
      case od::json_type::number: {
        od::number number;
        return value.get_number().get(number);
      }
      case od::json_type::boolean: {
        bool flag = false;
        return value.get_bool().get(flag);
      }
      case od::json_type::null: {
        bool is_null = false;
        if (const auto error = value.is_null().get(is_null)) return error;
        return is_null ? simdjson::SUCCESS : simdjson::N_ATOM_ERROR;
      }
    }
    return simdjson::SUCCESS;
  }

  // The path to the value being walked when the walk stopped.
  std::string Path() const {
    std::string out;
    for (const std::string& part : path_) {
      if (!out.empty() && part.front() != '[') out.push_back('.');
      out += part;
    }
    return out;
  }

 private:
  error_code WalkArray(od::value value, int depth) {
    od::array array;
    if (const auto error = value.get_array().get(array)) return error;
    size_t index = 0;
    for (auto element : array) {
      path_.push_back(fmt::format("[{}]", index++));
      od::value child;
      if (const auto error = element.get(child)) return error;
      if (const auto error = Walk(child, depth + 1)) return error;
      path_.pop_back();
    }
    return simdjson::SUCCESS;
  }

  error_code WalkObject(od::value value, int depth) {
    od::object object;
    if (const auto error = value.get_object().get(object)) return error;
    for (auto field_result : object) {
      od::field field;
      if (const auto error = std::move(field_result).get(field)) return error;
      std::string_view key;
      if (const auto error = field.unescaped_key().get(key)) return error;
      path_.emplace_back(key.empty() ? "\"\"" : key);
      if (const auto error = Walk(field.value(), depth + 1)) return error;
      path_.pop_back();
    }
    return simdjson::SUCCESS;
  }

  std::vector<std::string> path_;
};

}  // namespace

std::string LocateJsonError(std::string_view text) {
  const simdjson::padded_string padded(text);
  od::parser parser;
  od::document document;
  if (parser.iterate(padded).get(document)) return "";
  od::value root;
  ErrorWalker walker;
  error_code error = document.get_value().get(root);
  if (!error) error = walker.Walk(root, 0);
  const char* location = nullptr;
  const bool in_bounds = !document.current_location().get(location) && location != nullptr;
  if (!error) {
    // The whole value was fine: what follows it is the problem.
    return in_bounds ? fmt::format(" after the object (byte {})", location - padded.data()) : "";
  }
  const std::string path = walker.Path();
  std::string where = path.empty() ? "" : " at " + path;
  if (in_bounds) where += fmt::format(" (byte {})", location - padded.data());
  return where;
}

}  // namespace catchall::openalex
