// Evidence gathering: one affiliation string -> the places, institutions and country names it
// mentions, each with where it stands and how much it weighs. Internal to src/resolve/.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "resolve/affiliation_resolver.h"
#include "resolve/reference_data.h"

namespace catchall::resolve {

struct Evidence {
  CountryEvidence public_view;  // kind, text (quoted from the raw string), country
  int weight = 0;               // votes when no explicit country decides
  size_t order = 0;             // token position, for "leftmost wins" ties
  bool dprk_unique = false;     // DPRK institution, DPRK city or explicit DPRK country name
  bool rok = false;             // anything pointing to the Republic of Korea
  bool tail = false;            // the country name ending the address
  bool strong_tail = false;     // ... and written where a country is written (decides alone)
  bool bare_korea = false;      // "Korea" without saying which
  bool weak = false;            // ambiguous name (Cambridge, Georgia, Kusong)
  int institution = -1;         // registry index for kind "institution"
  uint32_t span_begin = 0;      // byte span in the raw string
  uint32_t span_end = 0;
};

// All evidence the text of `raw` holds, in text order, the tail country (if any) included.
std::vector<Evidence> GatherTextEvidence(const ReferenceData& data, std::string_view raw);

}  // namespace catchall::resolve
