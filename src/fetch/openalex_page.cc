#include "fetch/openalex_page.h"

#include <simdjson.h>

#include <utility>

namespace catchall {
namespace {

namespace od = simdjson::ondemand;

Error PageError(const std::string& what, simdjson::error_code code) {
  return Error{"unreadable page: " + what + " (" + simdjson::error_message(code) + ")", {}};
}

// One work as a single line. JSON strings cannot hold a raw line break, so any '\n' or '\r' in
// the text is whitespace between tokens, and minifying removes exactly that.
Result<std::string> OneLine(std::string_view raw) {
  if (raw.find_first_of("\r\n") == std::string_view::npos) return std::string(raw);
  std::string out(raw.size(), '\0');
  size_t length = 0;
  const auto code = simdjson::minify(raw.data(), raw.size(), out.data(), length);
  if (code != simdjson::SUCCESS) return PageError("a work cannot be minified", code);
  out.resize(length);
  return out;
}

Status ReadMeta(od::object meta, OpenAlexPage& page) {
  for (auto member : meta) {
    od::field field;
    std::string_view key;
    if (auto code = std::move(member).get(field); code) return PageError("meta", code);
    if (auto code = field.unescaped_key().get(key); code) return PageError("meta", code);
    od::value& value = field.value();
    if (key == "count") {
      uint64_t count = 0;
      if (value.get_uint64().get(count) == simdjson::SUCCESS) page.count = count;
    } else if (key == "next_cursor") {
      bool is_null = false;
      if (auto code = value.is_null().get(is_null); code) return PageError("next_cursor", code);
      if (!is_null) {
        std::string_view cursor;
        if (auto code = value.get_string().get(cursor); code) {
          return PageError("next_cursor is not a string", code);
        }
        page.next_cursor = std::string(cursor);
      }
    }
  }
  return Ok{};
}

Status ReadResults(od::array results, OpenAlexPage& page) {
  for (auto element : results) {
    od::object work;
    if (auto code = element.get_object().get(work); code) {
      return PageError("result " + std::to_string(page.works.size() + 1) + " is not an object",
                       code);
    }
    std::string_view raw;
    if (auto code = work.raw_json().get(raw); code) {
      return PageError("result " + std::to_string(page.works.size() + 1), code);
    }
    auto line = OneLine(raw);
    if (!line.ok()) return line.error();
    page.works.push_back(std::move(line).value());
  }
  return Ok{};
}

Status ReadPage(od::document& doc, OpenAlexPage& page) {
  od::object top;
  if (auto code = doc.get_object().get(top); code) return PageError("not a JSON object", code);
  bool saw_results = false;
  for (auto member : top) {
    od::field field;
    std::string_view key;
    if (auto code = std::move(member).get(field); code) return PageError("top level", code);
    if (auto code = field.unescaped_key().get(key); code) return PageError("top level", code);
    if (key == "meta") {
      od::object meta;
      if (auto code = field.value().get_object().get(meta); code) return PageError("meta", code);
      if (auto status = ReadMeta(meta, page); !status.ok()) return status;
    } else if (key == "results") {
      od::array results;
      if (auto code = field.value().get_array().get(results); code) {
        return PageError("results is not an array", code);
      }
      if (auto status = ReadResults(results, page); !status.ok()) return status;
      saw_results = true;
    }
    // Other members (group_by, ...) are skipped by the iteration; skipping checks their
    // brackets balance, so a truncated tail is still caught.
  }
  if (!saw_results) return Error{"unreadable page: no \"results\" array", {}};
  // In bounds after the top-level object means more text follows it.
  const char* rest = nullptr;
  if (doc.current_location().get(rest) == simdjson::SUCCESS) {
    return Error{"unreadable page: text after the JSON object", {}};
  }
  return Ok{};
}

}  // namespace

Result<OpenAlexPage> ParseOpenAlexPage(std::string_view body) {
  const simdjson::padded_string padded(body);
  // On-Demand checks only what it reads, and raw_json() skips over a work, so the whole page is
  // first validated by the DOM parser: a damaged byte anywhere (not just a truncated tail) is
  // caught and asked for again rather than written. It costs a few milliseconds a page.
  {
    simdjson::dom::parser validator;
    simdjson::dom::element root;
    if (auto code = validator.parse(padded).get(root); code) return PageError("not JSON", code);
  }
  od::parser parser;
  od::document doc;
  if (auto code = parser.iterate(padded).get(doc); code) return PageError("not JSON", code);
  OpenAlexPage page;
  if (auto status = ReadPage(doc, page); !status.ok()) return status.error();
  return page;
}

std::string OpenAlexErrorMessage(std::string_view body) {
  constexpr size_t kMaxBytes = 500;
  const simdjson::padded_string padded(body);
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (parser.parse(padded).get(root) == simdjson::SUCCESS && root.is_object()) {
    std::string message;
    for (const char* key : {"error", "message"}) {
      std::string_view text;
      if (root[key].get_string().get(text) != simdjson::SUCCESS || text.empty()) continue;
      if (!message.empty()) message += ": ";
      message += text;
    }
    if (!message.empty()) return message.substr(0, kMaxBytes);
  }
  std::string start(body.substr(0, kMaxBytes));
  for (char& c : start) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  while (!start.empty() && start.back() == ' ') start.pop_back();
  return start;
}

}  // namespace catchall
