// The decision: gathered evidence (+ the source's own country codes) -> one country, with
// the evidence that decided, the evidence overruled and warnings. Internal to src/resolve/;
// the rules are written down in src/resolve/README.md.
#pragma once

#include <vector>

#include "model/publication.h"
#include "resolve/evidence.h"

namespace catchall::resolve {

AffiliationResolution Decide(const ReferenceData& data, std::vector<Evidence> text_evidence,
                             const std::vector<SourceInstitution>& sources);

}  // namespace catchall::resolve
