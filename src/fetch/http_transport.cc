#include "fetch/http_transport.h"

#include <httplib.h>

#include <csignal>

namespace catchall {
namespace {

// httplib names its errors ("Read", "Connection"); these say what happened.
std::string Describe(httplib::Error error) {
  switch (error) {
    case httplib::Error::Connection:
      return "could not connect";
    case httplib::Error::ConnectionTimeout:
      return "timed out connecting";
    case httplib::Error::Read:
      return "the connection broke or timed out before the whole reply arrived";
    case httplib::Error::Write:
      return "could not send the request";
    case httplib::Error::SSLConnection:
      return "the TLS handshake failed";
    case httplib::Error::SSLLoadingCerts:
      return "could not load the system's CA certificates";
    case httplib::Error::SSLServerVerification:
      return "the server's TLS certificate is not trusted";
    case httplib::Error::Compression:
      return "the compressed reply is damaged";
    default:
      return httplib::to_string(error);
  }
}

class HttplibTransport final : public HttpTransport {
 public:
  HttplibTransport(const BaseUrl& base, const HttpClientOptions& options)
      : origin_(base.origin), client_(base.origin) {
    client_.set_connection_timeout(options.connect_timeout_seconds, 0);
    client_.set_read_timeout(options.read_timeout_seconds, 0);
    client_.set_write_timeout(options.read_timeout_seconds, 0);
    client_.set_keep_alive(true);
    client_.set_follow_location(true);
    // The harvester encodes every query value itself; httplib's own pass would re-encode some
    // characters and leave others, so it is turned off.
    client_.set_url_encode(false);
    // Said explicitly: a harvest must not silently accept a forged api.openalex.org. The CA
    // store is OpenSSL's default (the system's, or $SSL_CERT_FILE / $SSL_CERT_DIR).
    client_.enable_server_certificate_verification(true);
    // Pages are JSON and compress about tenfold; httplib inflates the reply.
    headers_.emplace("Accept-Encoding", "gzip");
    if (!options.accept.empty()) headers_.emplace("Accept", options.accept);
    if (!options.user_agent.empty()) headers_.emplace("User-Agent", options.user_agent);
  }

  bool valid() const { return client_.is_valid(); }

  Result<HttpReply> Get(const std::string& target) override {
    httplib::Result result = client_.Get(target, headers_);
    if (!result) {
      return Error{origin_ + ": " + Describe(result.error()), {}};
    }
    HttpReply reply;
    reply.status = result->status;
    reply.body = std::move(result->body);
    reply.retry_after = result->get_header_value("Retry-After");
    return reply;
  }

 private:
  std::string origin_;
  httplib::Client client_;
  httplib::Headers headers_;
};

}  // namespace

Result<std::unique_ptr<HttpTransport>> MakeHttpTransport(const BaseUrl& base,
                                                         const HttpClientOptions& options) {
  // A server that closes a connection while a request is being written raises SIGPIPE, which
  // would kill the process instead of giving the write error the retry logic handles. httplib's
  // Server ignores SIGPIPE, its Client does not.
  std::signal(SIGPIPE, SIG_IGN);
  auto transport = std::make_unique<HttplibTransport>(base, options);
  if (!transport->valid()) return Error{"cannot make an HTTP client for " + base.origin, {}};
  return std::unique_ptr<HttpTransport>(std::move(transport));
}

}  // namespace catchall
