#include "report/context.h"

#include <fmt/format.h>

#include <cmath>

#include "report/html_text.h"
#include "report/labels.h"

namespace catchall::report {

std::string ReportContext::CountryName(const std::string& code) const {
  const auto it = country_names.find(code);
  return it == country_names.end() ? code : it->second;
}

std::string ReportContext::Label(const std::string& token) const {
  const std::string value = TokenValue(token);
  const std::string ns = token.substr(0, token.find(':'));
  if (ns == "country" || ns == "gov") return CountryName(value);
  if (ns == "tier") return StyleOfTier(value).label;
  if (ns == "tag") return TagLabel(value);
  if (ns == "dprk" && value == "unknown") return "(institution not in the registry)";
  std::string name = tally->NameOf(token);
  if (name.empty() && ns == "funder") {
    const auto it = summary->funder_names.find(value);
    if (it != summary->funder_names.end()) name = it->second;
  }
  return name.empty() ? value : name;
}

std::vector<std::string> ReportContext::TiersPresent() const {
  std::vector<std::string> present;
  for (const auto& tier : tiers) {
    if (tally->Of(Token("tier", tier)).in[kShown] > 0) present.push_back(tier);
  }
  return present;
}

std::string Percent(uint64_t part, uint64_t whole) {
  if (whole == 0) return "–";
  const double share = 100.0 * static_cast<double>(part) / static_cast<double>(whole);
  if (part > 0 && share < 1.0) return "<1%";
  return fmt::format("{:.0f}%", std::floor(share + 0.5));
}

std::string Thousands(uint64_t n) {
  std::string digits = std::to_string(n);
  for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(i, ",");
  return digits;
}

std::string FilterLink(const std::string& filter, uint64_t count, const std::string& label,
                       const std::string& inner_html, const std::string& css_class) {
  return fmt::format(
      "<a class=\"{}\" href=\"#findings\" data-filter=\"{}\" data-count=\"{}\" "
      "data-label=\"{}\">{}</a>",
      css_class, Html(filter), count, Html(label), inner_html);
}

}  // namespace catchall::report
