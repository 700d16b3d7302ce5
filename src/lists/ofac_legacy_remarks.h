// The structured items of an OFAC legacy Remarks field ("DOB 15 Apr 1960; nationality Korea,
// North; Passport 123 (Korea, North); a.k.a. 'KOMID'; Vessel Registration Identification IMO
// 8987890") into the entity's birth dates, nationalities, identifiers and weak aliases.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/entity.h"

namespace catchall {

// "15 Apr 1960" -> "1960-04-15", "Apr 1960" -> "1960-04", "circa 1947" / "1947" -> "1947";
// "1960 to 1962" and "01 Jan 1960 to 31 Dec 1962" -> the years; empty when not a date.
std::vector<std::string> OfacDates(std::string_view text);

// Splits the remarks into items at "; " (the text inside quotes is kept whole).
std::vector<std::string_view> SplitOfacRemarks(std::string_view remarks);

// Adds what the items of `remarks` say to `entity`; items it does not understand stay in
// Entity::remarks only.
void ApplyOfacRemarks(std::string_view remarks, Entity& entity);

}  // namespace catchall
