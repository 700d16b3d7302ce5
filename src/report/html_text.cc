#include "report/html_text.h"

#include <algorithm>

namespace catchall::report {
namespace {

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// A span is usable when it is non-empty, inside the text, and starts and ends on character
// boundaries (so a mark never cuts a multi-byte character in two).
bool Usable(std::string_view text, const Span& span) {
  if (span.length == 0 || span.offset > text.size() || span.length > text.size() - span.offset) {
    return false;
  }
  const uint64_t end = span.offset + span.length;
  if (IsContinuationByte(text[span.offset])) return false;
  return end == text.size() || !IsContinuationByte(text[end]);
}

void AppendNote(std::string& notes, const std::string& note) {
  if (note.empty() || notes.find(note) != std::string::npos) return;
  if (!notes.empty()) notes += "; ";
  notes += note;
}

}  // namespace

void AppendHtml(std::string& out, std::string_view text) {
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') {
          out += "\xEF\xBF\xBD";
        } else {
          out.push_back(c);
        }
    }
  }
}

std::string Html(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  AppendHtml(out, text);
  return out;
}

Highlighted Highlight(std::string_view text, std::vector<Span> spans) {
  Highlighted result;
  std::vector<Span> valid;
  for (auto& span : spans) {
    if (Usable(text, span)) {
      valid.push_back(std::move(span));
    } else {
      ++result.rejected;
    }
  }
  std::sort(valid.begin(), valid.end(), [](const Span& a, const Span& b) {
    return a.offset != b.offset ? a.offset < b.offset : a.length > b.length;
  });
  uint64_t at = 0;
  for (size_t i = 0; i < valid.size();) {
    uint64_t end = valid[i].offset + valid[i].length;
    std::string notes;
    AppendNote(notes, valid[i].note);
    size_t j = i + 1;
    for (; j < valid.size() && valid[j].offset <= end; ++j) {
      end = std::max(end, valid[j].offset + valid[j].length);
      AppendNote(notes, valid[j].note);
    }
    AppendHtml(result.html, text.substr(at, valid[i].offset - at));
    result.html += notes.empty() ? "<mark>" : "<mark title=\"" + Html(notes) + "\">";
    AppendHtml(result.html, text.substr(valid[i].offset, end - valid[i].offset));
    result.html += "</mark>";
    result.marked += j - i;
    at = end;
    i = j;
  }
  AppendHtml(result.html, text.substr(at));
  return result;
}

std::vector<Span> EvidenceSpans(const Finding& finding, std::string_view field,
                                std::string_view text) {
  std::vector<Span> spans;
  for (const auto& category : finding.categories) {
    for (const auto& hit : category.evidence) {
      if (hit.field != field || hit.text.empty()) continue;
      if (hit.offset > text.size() || text.substr(hit.offset, hit.text.size()) != hit.text)
        continue;
      spans.push_back({hit.offset, hit.text.size(), category.label + ": " + hit.term});
    }
  }
  return spans;
}

std::string Ellipsis(std::string_view text, size_t max_chars) {
  size_t chars = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (IsContinuationByte(text[i])) continue;
    if (chars == max_chars) return std::string(text.substr(0, i)) + "…";
    ++chars;
  }
  return std::string(text);
}

}  // namespace catchall::report
