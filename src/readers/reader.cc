#include "readers/reader.h"

#include <string_view>

#include "readers/formats.h"

namespace catchall {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

std::string_view SkipBomAndBlank(std::string_view head) {
  if (head.starts_with(kUtf8Bom)) head.remove_prefix(kUtf8Bom.size());
  while (!head.empty() && (head.front() == ' ' || head.front() == '\t' || head.front() == '\r' ||
                           head.front() == '\n')) {
    head.remove_prefix(1);
  }
  return head;
}

bool LooksLikeWos(std::string_view head) {
  // Field-tagged text starts with the FN/VR file header or directly with a record's PT tag.
  return head.starts_with("FN ") || head.starts_with("VR ") || head.starts_with("PT ");
}

bool LooksLikeScopusHeader(std::string_view head) {
  const std::string_view first_line = head.substr(0, head.find('\n'));
  const bool has_title = first_line.find("Title") != std::string_view::npos;
  const bool has_scopus_column =
      first_line.find("EID") != std::string_view::npos ||
      first_line.find("Source title") != std::string_view::npos ||
      first_line.find("Author(s) ID") != std::string_view::npos ||
      first_line.find("Authors with affiliations") != std::string_view::npos;
  return has_title && has_scopus_column;
}

}  // namespace

InputFormat DetectFormat(std::string_view head) {
  head = SkipBomAndBlank(head);
  if (head.empty()) return InputFormat::kUnknown;
  if (head.front() == '{') return InputFormat::kOpenAlexJsonl;
  if (LooksLikeWos(head)) return InputFormat::kWosText;
  if (LooksLikeScopusHeader(head)) return InputFormat::kScopusCsv;
  return InputFormat::kUnknown;
}

std::unique_ptr<Splitter> MakeSplitter(InputFormat format, const std::string& file,
                                       const ReaderOptions& options) {
  switch (format) {
    case InputFormat::kScopusCsv:
      return MakeScopusSplitter(file, options);
    case InputFormat::kWosText:
      return MakeWosSplitter(file, options);
    case InputFormat::kOpenAlexJsonl:
      return MakeOpenAlexSplitter(file, options);
    case InputFormat::kUnknown:
      break;
  }
  return nullptr;
}

}  // namespace catchall
