// Country names in the long official forms the UN Consolidated List and OFAC's legacy files print
// ("Iran (Islamic Republic of)", "Congo, Democratic Republic of the"), on top of CountryCode().
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace catchall {

// ISO 3166-1 alpha-2 code for `text` (CountryCode() first, then the official long forms);
// nullopt when unknown. A trailing '.' (OFAC remarks end items with one) is ignored.
std::optional<std::string> OfficialCountryCode(std::string_view text);

}  // namespace catchall
