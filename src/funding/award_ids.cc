#include "funding/award_ids.h"

#include <algorithm>

namespace catchall::funding {
namespace {

bool IsIdChar(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '/' || c == '_' || c == '-';
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// "No.11772103", "Nos.123" and "no.123" lose their prefix.
size_t NumberPrefixLength(std::string_view run) {
  for (std::string_view prefix : {"Nos.", "NOS.", "nos.", "No.", "NO.", "no."}) {
    if (run.substr(0, prefix.size()) == prefix) return prefix.size();
  }
  return 0;
}

bool LooksLikeAwardId(std::string_view id) {
  const auto digits = std::count_if(id.begin(), id.end(), IsDigit);
  const auto letters = std::count_if(id.begin(), id.end(), IsAlpha);
  if (id.size() < 5 || digits < 3) return false;
  if (letters == 0 && digits < 5) return false;  // a year or a page number
  return true;
}

}  // namespace

std::vector<AwardSpan> FindAwardIds(std::string_view text) {
  std::vector<AwardSpan> spans;
  size_t i = 0;
  while (i < text.size()) {
    if (!IsIdChar(text[i])) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < text.size() && IsIdChar(text[end])) ++end;
    size_t begin = i + NumberPrefixLength(text.substr(i, end - i));
    while (begin < end && !IsAlpha(text[begin]) && !IsDigit(text[begin])) ++begin;
    size_t stop = end;
    while (stop > begin && !IsAlpha(text[stop - 1]) && !IsDigit(text[stop - 1])) --stop;
    const std::string_view id = text.substr(begin, stop - begin);
    if (LooksLikeAwardId(id)) {
      spans.push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(stop), std::string(id)});
    }
    i = end;
  }
  return spans;
}

std::vector<std::string> SplitAwardField(std::string_view field) {
  std::vector<std::string> ids;
  size_t start = 0;
  while (start <= field.size()) {
    size_t stop = field.find_first_of(",;", start);
    if (stop == std::string_view::npos) stop = field.size();
    std::string_view part = field.substr(start, stop - start);
    while (!part.empty() && (part.front() == ' ' || part.front() == '\t')) part.remove_prefix(1);
    while (!part.empty() && (part.back() == ' ' || part.back() == '\t')) part.remove_suffix(1);
    if (!part.empty()) ids.emplace_back(part);
    start = stop + 1;
  }
  return ids;
}

}  // namespace catchall::funding
