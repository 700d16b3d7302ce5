// Test doubles for the OpenAlex harvester: synthetic works, and a real local HTTP server on
// 127.0.0.1 that pages them like the OpenAlex list API and fails on request in scripted ways.
#pragma once

#include <httplib.h>

#include <cstddef>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace catchall::testing {

// `n` works as compact OpenAlex JSON, ids https://openalex.org/W1000000 + i. Works with
// IsDprkForeignWork(i) have a Kim Il Sung University author and a Harbin co-author; one work has
// only a South Korean (Korea University) affiliation; titles hold escapes and non-ASCII text so
// a re-serialised copy would not compare equal.
std::vector<std::string> SyntheticWorks(size_t n);
bool IsDprkForeignWork(size_t i);
std::string WorkId(size_t i);

// What the server answers instead of a page.
struct Fault {
  int status = 200;
  std::string body;         // for a status other than 200
  std::string retry_after;  // Retry-After header, "" for none
  bool cut = false;         // advertise the page's length, send half of it, drop the connection
  bool garbage = false;     // 200 with an HTML body
  bool truncated = false;   // 200 with the first half of the page as a complete reply
};
Fault Status(int status, std::string retry_after = "");
Fault BadFilter();  // 400 with OpenAlex's error JSON

struct SeenRequest {
  std::string target;  // path and query as sent
  std::string filter, per_page, cursor, mailto, user_agent;
};

class FakeOpenAlex {
 public:
  explicit FakeOpenAlex(std::vector<std::string> works);
  // Serves https with this certificate and key (PEM files) instead of http.
  FakeOpenAlex(std::vector<std::string> works, const std::string& cert_pem,
               const std::string& key_pem);
  ~FakeOpenAlex();
  FakeOpenAlex(const FakeOpenAlex&) = delete;
  FakeOpenAlex& operator=(const FakeOpenAlex&) = delete;

  std::string base_url() const {
    return (tls_ ? "https://127.0.0.1:" : "http://127.0.0.1:") + std::to_string(port_);
  }

  // The next requests get these answers, one each, before pages are served again.
  void Script(std::vector<Fault> faults);
  // Every request for the page starting at work `offset` or later gets `fault` until Heal().
  void FailFrom(size_t offset, Fault fault);
  void Heal();
  // End with next_cursor null on the last page with works, not with an extra empty page.
  void set_null_cursor_on_last_page(bool on);
  void set_pretty(bool on);

  std::vector<SeenRequest> requests() const;
  size_t request_count() const;

  // The cursor the server hands out for the page starting at `offset` ("*" for 0). It holds
  // '+', '/' and '=' as base64 cursors do, so a client that does not encode it is caught.
  static std::string CursorFor(size_t offset);

 private:
  void Handle(const httplib::Request& request, httplib::Response& response);
  std::string Page(size_t offset, size_t per_page) const;

  void Start();

  std::vector<std::string> works_;
  bool tls_ = false;
  std::unique_ptr<httplib::Server> server_;
  std::thread thread_;
  int port_ = 0;
  mutable std::mutex mutex_;
  std::vector<Fault> script_;
  bool failing_ = false;
  size_t fail_from_ = 0;
  Fault fail_with_;
  bool null_cursor_on_last_page_ = false;
  bool pretty_ = false;
  std::vector<SeenRequest> seen_;
};

// A fresh temporary directory, removed when the object goes away.
class ScratchDir {
 public:
  ScratchDir();
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  std::string File(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

// The lines of a JSONL file, gzipped (any number of members) or not, read with catchall's own
// InputStream; a failure to read fails the calling test.
std::vector<std::string> ReadLines(const std::string& path);
std::string ReadBytes(const std::string& path);

}  // namespace catchall::testing
