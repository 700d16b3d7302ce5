#include "lists/un_xml_countries.h"

#include <cctype>
#include <utility>

#include "lists/list_fields.h"

namespace catchall {
namespace {

// Lower case; only names CountryCode() does not know (checked against both lists' spellings).
constexpr std::pair<std::string_view, std::string_view> kOfficialNames[] = {
    {"iran (islamic republic of)", "IR"},
    {"united republic of tanzania", "TZ"},
    {"tanzania", "TZ"},
    {"united kingdom of great britain and northern ireland", "GB"},
    {"u.k.", "GB"},
    {"democratic republic of the congo", "CD"},
    {"congo, democratic republic of the", "CD"},
    {"congo", "CG"},
    {"congo, republic of the", "CG"},
    {"china, hong kong special administrative region", "HK"},
    {"macau", "MO"},
    {"state of palestine", "PS"},
    {"west bank", "PS"},
    {"british virgin islands", "VG"},
    {"virgin islands, british", "VG"},
    {"bosnia and herzegovina", "BA"},
    {"central african republic", "CF"},
    {"guinea-bissau", "GW"},
    {"trinidad and tobago", "TT"},
    {"marshall islands", "MH"},
    {"albania", "AL"},
    {"bangladesh", "BD"},
    {"chad", "TD"},
    {"comoros", "KM"},
    {"ethiopia", "ET"},
    {"gabon", "GA"},
    {"haiti", "HT"},
    {"kenya", "KE"},
    {"liechtenstein", "LI"},
    {"mali", "ML"},
    {"mauritania", "MR"},
    {"morocco", "MA"},
    {"niger", "NE"},
    {"norway", "NO"},
    {"rwanda", "RW"},
    {"senegal", "SN"},
    {"tunisia", "TN"},
    {"colombia", "CO"},
    {"peru", "PE"},
    {"guatemala", "GT"},
    {"honduras", "HN"},
    {"argentina", "AR"},
    {"dominican republic", "DO"},
    {"ecuador", "EC"},
    {"el salvador", "SV"},
    {"costa rica", "CR"},
    {"bolivia", "BO"},
    {"paraguay", "PY"},
    {"uruguay", "UY"},
    {"chile", "CL"},
    {"jamaica", "JM"},
    {"barbados", "BB"},
    {"belize", "BZ"},
    {"australia", "AU"},
    {"new zealand", "NZ"},
    {"slovenia", "SI"},
    {"slovakia", "SK"},
    {"croatia", "HR"},
    {"montenegro", "ME"},
    {"kosovo", "XK"},
    {"luxembourg", "LU"},
    {"denmark", "DK"},
    {"the gambia", "GM"},
    {"gambia", "GM"},
    {"mozambique", "MZ"},
    {"burundi", "BI"},
    {"sierra leone", "SL"},
    {"liberia", "LR"},
    {"angola", "AO"},
    {"benin", "BJ"},
    {"sri lanka", "LK"},
    {"seychelles", "SC"},
    {"saint kitts and nevis", "KN"},
    {"namibia", "NA"},
    {"gibraltar", "GI"},
    {"jersey", "JE"},
    {"cayman islands", "KY"},
    {"ghana", "GH"},
    {"guinea", "GN"},
    {"cote d ivoire", "CI"},
    {"côte d'ivoire", "CI"},
    {"maldives", "MV"},
    {"equatorial guinea", "GQ"},
    {"vanuatu", "VU"},
    {"burkina faso", "BF"},
    {"portugal", "PT"},
    {"hungary", "HU"},
};

}  // namespace

std::optional<std::string> OfficialCountryCode(std::string_view text) {
  while (!text.empty() &&
         (text.back() == '.' || std::isspace(static_cast<unsigned char>(text.back())))) {
    text.remove_suffix(1);
  }
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
    text.remove_prefix(1);
  }
  if (text.empty()) return std::nullopt;
  if (auto code = CountryCode(text)) return code;
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const auto& [name, code] : kOfficialNames) {
    if (lower == name) return std::string(code);
  }
  return std::nullopt;
}

}  // namespace catchall
