#include "model/publication.h"

#include <fmt/format.h>

namespace catchall {

const char* FormatName(InputFormat format) {
  switch (format) {
    case InputFormat::kScopusCsv:
      return "scopus";
    case InputFormat::kWosText:
      return "wos";
    case InputFormat::kOpenAlexJsonl:
      return "openalex";
    case InputFormat::kUnknown:
      break;
  }
  return "unknown";
}

std::optional<InputFormat> ParseFormatName(std::string_view name) {
  if (name == "scopus") return InputFormat::kScopusCsv;
  if (name == "wos") return InputFormat::kWosText;
  if (name == "openalex") return InputFormat::kOpenAlexJsonl;
  return std::nullopt;
}

std::string PartialDate::ToIso() const {
  switch (precision) {
    case DatePrecision::kYear:
      return fmt::format("{:04d}", year);
    case DatePrecision::kMonth:
      return fmt::format("{:04d}-{:02d}", year, month);
    case DatePrecision::kDay:
      return fmt::format("{:04d}-{:02d}-{:02d}", year, month, day);
    case DatePrecision::kNone:
      break;
  }
  return "";
}

std::string JoinKeywords(const std::vector<std::string>& keywords) {
  std::string out;
  for (const auto& keyword : keywords) {
    if (!out.empty()) out += "; ";
    out += keyword;
  }
  return out;
}

}  // namespace catchall
