// Internal to the OpenAlex reader: turns one parsed OpenAlex work object into a Publication.
#pragma once

#include <simdjson.h>

#include "model/publication.h"
#include "readers/openalex_json.h"

namespace catchall::openalex {

// Fills `pub` from `work` (snapshot and API shape, old and new field names). Never fails: fields
// of an unexpected type are skipped with a warning in pub.warnings.
void DecodeWork(simdjson::dom::object work, Publication& pub);

// authorships[] -> pub.authors and pub.affiliations (openalex_authorships.cc).
void DecodeAuthorships(simdjson::dom::array authorships, const JsonPath& path, FieldReader& reader,
                       Publication& pub);

}  // namespace catchall::openalex
