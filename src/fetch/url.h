// URL pieces the harvester needs: percent-encoding of query values and splitting a base URL
// ("https://api.openalex.org", "http://127.0.0.1:8080/mirror") into the origin an HTTP client
// connects to and the path prefix requests go under.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"

namespace catchall {

// Percent-encodes every byte outside RFC 3986's unreserved set (A-Z a-z 0-9 - . _ ~), so ':' and
// ',' in an OpenAlex filter and '@' in an e-mail address reach the server as data.
std::string PercentEncode(std::string_view value);

struct BaseUrl {
  std::string origin;       // "https://api.openalex.org" or "http://127.0.0.1:8080"
  std::string path_prefix;  // "" or "/mirror" (no trailing slash)
};

// An Error when the URL is not http:// or https:// followed by a host, or carries a query or
// fragment (those belong to the harvester, not to the base).
Result<BaseUrl> ParseBaseUrl(std::string_view url);

}  // namespace catchall
