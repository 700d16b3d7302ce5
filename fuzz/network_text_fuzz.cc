// Fuzzes the text the collaboration network reads from records: DOIs found in free-text
// references (DoisInText) and author name keys (AuthorNameKey). Any bytes give results, never a
// crash; every DOI starts with "10.", has a registrant of at least four digits, a "/" and
// something after it, and is lower case; a name key is empty or holds exactly one '|'
// separating a non-empty family name from the given names.
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "network/author_identity.h"
#include "network/network_record.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (const std::string& doi : catchall::DoisInText(text)) {
    if (!doi.starts_with("10.")) std::abort();
    const size_t slash = doi.find('/');
    if (slash == std::string::npos || slash < 7 || slash + 1 >= doi.size()) std::abort();
    for (char c : doi) {
      if (std::isupper(static_cast<unsigned char>(c))) std::abort();
    }
  }
  for (bool given_first : {false, true}) {
    const std::string key = catchall::AuthorNameKey(text, given_first);
    if (key.empty()) continue;
    const size_t bar = key.find('|');
    if (bar == std::string::npos || bar == 0 || key.find('|', bar + 1) != std::string::npos) {
      std::abort();
    }
  }
  return 0;
}
