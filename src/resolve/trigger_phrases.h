// The DPRK trigger phrases: for every phrase that can make a text-based KP decision (DPRK
// institution aliases, DPRK country names, DPRK cities and provinces), a set of normalised
// strings one of which must occur in the normalised text whenever the phrase matched.
#pragma once

#include <string>
#include <vector>

#include "resolve/reference_data.h"

namespace catchall::resolve {

std::vector<std::string> BuildDprkTriggerPhrases(const ReferenceData& data);

}  // namespace catchall::resolve
