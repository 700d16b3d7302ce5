#include "report/csv.h"

#include <fmt/format.h>

namespace catchall::report {
namespace {

std::string Quoted(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

}  // namespace

std::string TextField(std::string_view text) {
  if (!text.empty() && std::string_view("=+-@\t\r").find(text[0]) != std::string_view::npos) {
    return Quoted("'" + std::string(text));
  }
  return Quoted(text);
}

std::string NumberField(std::string_view digits) { return Quoted(digits); }

std::string CsvRow(const std::vector<std::string>& fields) {
  std::string out;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out.push_back(',');
    out += fields[i];
  }
  out += "\r\n";
  return out;
}

std::string ShareField(uint64_t part, uint64_t whole) {
  if (whole == 0) return "";
  return fmt::format("{:.4f}", static_cast<double>(part) / static_cast<double>(whole));
}

}  // namespace catchall::report
