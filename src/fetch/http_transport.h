// The one thing the harvester asks of the network: GET a path, get a status and a body back. An
// interface so the paging, retry and resume logic can be tested against scripted replies; the
// real implementation wraps cpp-httplib (kept out of this header so only one file includes it).
#pragma once

#include <memory>
#include <string>

#include "base/result.h"
#include "fetch/url.h"

namespace catchall {

struct HttpReply {
  int status = 0;
  std::string body;
  std::string retry_after;  // the Retry-After header as sent, "" when absent
};

class HttpTransport {
 public:
  virtual ~HttpTransport() = default;
  // `target` is the path and query ("/works?filter=..."). An Error means no complete reply
  // arrived: no connection, a timeout, or a connection cut before the advertised body length.
  virtual Result<HttpReply> Get(const std::string& target) = 0;
};

struct HttpClientOptions {
  int connect_timeout_seconds = 10;
  // Between bytes, not for the whole reply: a page of 200 works can take OpenAlex several
  // seconds to start sending.
  int read_timeout_seconds = 60;
  std::string user_agent;
  // The Accept header: OpenAlex pages are JSON; list files are XML, CSV or JSON lines ("*/*").
  std::string accept = "application/json";
};

// A keep-alive client for `base.origin` (http or https; https verifies the server certificate
// against the system CA store).
Result<std::unique_ptr<HttpTransport>> MakeHttpTransport(const BaseUrl& base,
                                                         const HttpClientOptions& options);

}  // namespace catchall
