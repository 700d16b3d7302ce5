#include "fetch/url.h"

namespace catchall {

std::string PercentEncode(std::string_view value) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(value.size() * 3);
  for (const char c : value) {
    const auto byte = static_cast<unsigned char>(c);
    const bool unreserved = (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') ||
                            (byte >= '0' && byte <= '9') || byte == '-' || byte == '.' ||
                            byte == '_' || byte == '~';
    if (unreserved) {
      out += c;
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 0xF];
    }
  }
  return out;
}

Result<BaseUrl> ParseBaseUrl(std::string_view url) {
  const auto bad = [&](const std::string& why) {
    return Error{"bad base URL \"" + std::string(url) + "\": " + why, {}};
  };
  size_t scheme_end = 0;
  if (url.starts_with("http://")) {
    scheme_end = 7;
  } else if (url.starts_with("https://")) {
    scheme_end = 8;
  } else {
    return bad("it must start with http:// or https://");
  }
  if (url.find_first_of("?#") != std::string_view::npos) {
    return bad("it must not have a query or fragment");
  }
  if (url.find_first_of(" \t\r\n") != std::string_view::npos) return bad("it contains spaces");
  const size_t path_start = url.find('/', scheme_end);
  const std::string_view authority = url.substr(scheme_end, path_start - scheme_end);
  if (authority.empty() || authority.front() == ':') return bad("it has no host");
  BaseUrl base;
  base.origin = std::string(url.substr(0, scheme_end)) + std::string(authority);
  if (path_start != std::string_view::npos) {
    std::string_view path = url.substr(path_start);
    while (!path.empty() && path.back() == '/') path.remove_suffix(1);
    base.path_prefix = std::string(path);
  }
  return base;
}

}  // namespace catchall
