// Locating the authorships array inside one OpenAlex work line without parsing the line.
#pragma once

#include <string_view>

namespace catchall {

// The bytes of the value of the work's "authorships" key, from '[' to the matching ']'. Returns
// the whole `line` whenever that cannot be told for certain (no such key, the key more than once,
// brackets or strings that do not balance), so a caller that only looks at the result never
// misses anything the full parse would see.
std::string_view AuthorshipsRegion(std::string_view line);

}  // namespace catchall
