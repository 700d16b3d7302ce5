#include "fetch_support.h"

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <random>
#include <sstream>

#include "io/input_stream.h"

namespace catchall::testing {
namespace {

struct Affiliation {
  const char* institution_id;
  const char* institution;
  const char* country_code;
  const char* raw;
};

constexpr Affiliation kKimIlSung = {
    "I796787365", "Kim Il Sung University", "KP",
    "Kim Il Sung University, Pyongyang, Democratic People's Republic of Korea"};
constexpr Affiliation kHarbin = {
    "I332654207", "Harbin Institute of Technology", "CN",
    "School of Materials Science, Harbin Institute of Technology, Harbin 150001, China"};
constexpr Affiliation kOxford = {"I40120149", "University of Oxford", "GB",
                                 "Department of Physics, University of Oxford, Oxford, UK"};
constexpr Affiliation kZurich = {"I35440088", "ETH Zurich", "CH",
                                 "Institut für Baustatik, ETH Zürich, 8093 Zürich, Switzerland"};
constexpr Affiliation kKoreaUniversity = {
    "I197347611", "Korea University", "KR",
    "Department of Chemistry, Korea University, Seoul, Republic of Korea"};

std::string Authorship(size_t work, size_t position, const Affiliation& where) {
  const std::string author =
      "https://openalex.org/A" + std::to_string(5000000 + work * 10 + position);
  const std::string institution = std::string("https://openalex.org/") + where.institution_id;
  std::ostringstream out;
  out << R"({"author_position":")" << (position == 0 ? "first" : "last") << R"(","author":{"id":")"
      << author << R"(","display_name":"Author )" << work << "-" << position
      << R"(","orcid":null},"institutions":[{"id":")" << institution << R"(","display_name":")"
      << where.institution << R"(","ror":null,"country_code":")" << where.country_code
      << R"(","type":"education","lineage":[")" << institution << R"("]}],"countries":[")"
      << where.country_code << R"("],"is_corresponding":false,"raw_author_name":"Author )" << work
      << "-" << position << R"(","raw_affiliation_strings":[")" << where.raw
      << R"("],"affiliations":[{"raw_affiliation_string":")" << where.raw
      << R"(","institution_ids":[")" << institution << R"("]}]})";
  return out.str();
}

std::string Work(size_t i) {
  const Affiliation* first = &kOxford;
  const Affiliation* second = &kZurich;
  if (IsDprkForeignWork(i)) {
    first = &kKimIlSung;
    second = &kHarbin;
  } else if (i == 7) {
    first = &kKoreaUniversity;
    second = &kKoreaUniversity;
  }
  std::ostringstream out;
  out << R"({"id":")" << WorkId(i) << R"(","doi":"https://doi.org/10.5555/catchall.fetch.)" << i
      << R"(","title":"Caf\u00e9 \"study\" )" << i << R"( of composite plates — Zürich",)"
      << R"("publication_year":)" << 2017 + i % 7 << R"(,"publication_date":")" << 2017 + i % 7
      << R"(-03-14","type":"article","authorships":[)" << Authorship(i, 0, *first) << ","
      << Authorship(i, 1, *second) << R"(],"cited_by_count":)" << i * 3 << "}";
  return out.str();
}

std::string PrettyPrinted(const std::string& work) {
  // Line breaks and indentation between tokens only (never inside strings), as a pretty
  // printer would put them.
  std::string out;
  bool in_string = false;
  bool escaped = false;
  for (const char c : work) {
    out += c;
    if (in_string) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == ',' || c == '{' || c == '[') {
      out += "\n    ";
    }
  }
  return out;
}

}  // namespace

bool IsDprkForeignWork(size_t i) { return i % 9 == 4; }

std::string WorkId(size_t i) { return "https://openalex.org/W" + std::to_string(1000000 + i); }

std::vector<std::string> SyntheticWorks(size_t n) {
  std::vector<std::string> works;
  for (size_t i = 0; i < n; ++i) works.push_back(Work(i));
  return works;
}

Fault Status(int status, std::string retry_after) {
  Fault fault;
  fault.status = status;
  fault.retry_after = std::move(retry_after);
  fault.body = "<html><body>" + std::to_string(status) + " Service Trouble</body></html>";
  return fault;
}

Fault BadFilter() {
  Fault fault;
  fault.status = 400;
  fault.body =
      R"({"error":"Invalid query parameters error.","message":"authorships.institutions.)"
      R"(country_codex is not a valid field. Valid fields are underscore or hyphenated versions )"
      R"(of the following fields: ..."})";
  return fault;
}

FakeOpenAlex::FakeOpenAlex(std::vector<std::string> works)
    : works_(std::move(works)), server_(std::make_unique<httplib::Server>()) {
  Start();
}

FakeOpenAlex::FakeOpenAlex(std::vector<std::string> works, const std::string& cert_pem,
                           const std::string& key_pem)
    : works_(std::move(works)),
      tls_(true),
      server_(std::make_unique<httplib::SSLServer>(cert_pem.c_str(), key_pem.c_str())) {
  EXPECT_TRUE(server_->is_valid()) << "cannot load " << cert_pem << " and " << key_pem;
  Start();
}

void FakeOpenAlex::Start() {
  server_->set_keep_alive_timeout(1);
  server_->Get("/works", [this](const httplib::Request& request, httplib::Response& response) {
    Handle(request, response);
  });
  port_ = server_->bind_to_any_port("127.0.0.1");
  thread_ = std::thread([this] { server_->listen_after_bind(); });
  // Connections made before the loop runs would wait in the listen backlog, but stop() does
  // nothing until the loop runs, so a server stopped at once would never finish.
  while (!server_->is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

FakeOpenAlex::~FakeOpenAlex() {
  server_->stop();
  thread_.join();
}

void FakeOpenAlex::Script(std::vector<Fault> faults) {
  std::lock_guard lock(mutex_);
  script_.insert(script_.end(), faults.begin(), faults.end());
}

void FakeOpenAlex::FailFrom(size_t offset, Fault fault) {
  std::lock_guard lock(mutex_);
  failing_ = true;
  fail_from_ = offset;
  fail_with_ = std::move(fault);
}

void FakeOpenAlex::Heal() {
  std::lock_guard lock(mutex_);
  failing_ = false;
  script_.clear();
}

void FakeOpenAlex::set_null_cursor_on_last_page(bool on) {
  std::lock_guard lock(mutex_);
  null_cursor_on_last_page_ = on;
}

void FakeOpenAlex::set_pretty(bool on) {
  std::lock_guard lock(mutex_);
  pretty_ = on;
}

std::vector<SeenRequest> FakeOpenAlex::requests() const {
  std::lock_guard lock(mutex_);
  return seen_;
}

size_t FakeOpenAlex::request_count() const {
  std::lock_guard lock(mutex_);
  return seen_.size();
}

std::string FakeOpenAlex::CursorFor(size_t offset) {
  if (offset == 0) return "*";
  return "Ils+" + std::to_string(offset) + "/IlcxMDA=";
}

std::string FakeOpenAlex::Page(size_t offset, size_t per_page) const {
  const size_t end = std::min(works_.size(), offset + per_page);
  const bool last = end >= works_.size();
  std::string next = "\"" + CursorFor(end) + "\"";
  if (offset >= works_.size() || (last && null_cursor_on_last_page_)) next = "null";
  const char* gap = pretty_ ? "\n  " : "";
  std::string page =
      std::string("{") + gap + R"("meta":{"count":)" + std::to_string(works_.size()) +
      R"(,"db_response_time_ms":12,"page":null,"per_page":)" + std::to_string(per_page) +
      R"(,"next_cursor":)" + next + "}," + gap + R"("results":[)";
  for (size_t i = offset; i < end; ++i) {
    if (i > offset) page += ",";
    page += pretty_ ? "\n  " + PrettyPrinted(works_[i]) : works_[i];
  }
  page += std::string("],") + gap + R"("group_by":[]})" + (pretty_ ? "\n" : "");
  return page;
}

void FakeOpenAlex::Handle(const httplib::Request& request, httplib::Response& response) {
  SeenRequest seen{request.target,
                   request.get_param_value("filter"),
                   request.get_param_value("per-page"),
                   request.get_param_value("cursor"),
                   request.get_param_value("mailto"),
                   request.get_header_value("User-Agent")};
  std::unique_lock lock(mutex_);
  seen_.push_back(seen);
  // Decode the cursor back into an offset; one the server never issued is a 400, as OpenAlex
  // answers a mangled cursor.
  size_t offset = 0;
  if (seen.cursor != "*") {
    const size_t plus = seen.cursor.find('+');
    const size_t slash = seen.cursor.find('/');
    if (seen.cursor.rfind("Ils+", 0) != 0 || slash == std::string::npos ||
        CursorFor(std::stoul(seen.cursor.substr(plus + 1, slash - plus - 1))) != seen.cursor) {
      response.status = 400;
      response.set_content(R"({"error":"Invalid cursor","message":"cannot decode cursor"})",
                           "application/json");
      return;
    }
    offset = std::stoul(seen.cursor.substr(plus + 1, slash - plus - 1));
  }
  const size_t per_page = seen.per_page.empty() ? 25 : std::stoul(seen.per_page);
  Fault fault;
  if (!script_.empty()) {
    fault = script_.front();
    script_.erase(script_.begin());
  } else if (failing_ && offset >= fail_from_) {
    fault = fail_with_;
  }
  const std::string page = Page(offset, per_page);
  lock.unlock();

  if (fault.status != 200) {
    response.status = fault.status;
    if (!fault.retry_after.empty()) response.set_header("Retry-After", fault.retry_after);
    response.set_content(fault.body,
                         fault.body.starts_with("{") ? "application/json" : "text/html");
  } else if (fault.garbage) {
    response.set_content("<html><body>Bad gateway, try later</body></html>", "text/html");
  } else if (fault.truncated) {
    response.set_content(page.substr(0, page.size() / 2), "application/json");
  } else if (fault.cut) {
    // The headers promise the whole page; the provider sends half and then fails, which makes
    // httplib close the connection mid-body.
    response.set_content_provider(page.size(), "application/json",
                                  [page](size_t, size_t, httplib::DataSink& sink) {
                                    sink.write(page.data(), page.size() / 2);
                                    return false;
                                  });
  } else {
    response.set_content(page, "application/json");
  }
}

ScratchDir::ScratchDir() {
  std::random_device device;
  path_ = std::filesystem::temp_directory_path() /
          ("catchall_fetch_" + std::to_string(device()) + std::to_string(device()));
  std::filesystem::create_directories(path_);
}

ScratchDir::~ScratchDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

std::vector<std::string> ReadLines(const std::string& path) {
  std::vector<std::string> lines;
  auto stream = InputStream::Open(path);
  if (!stream.ok()) {
    ADD_FAILURE() << stream.error().ToString();
    return lines;
  }
  std::string text;
  std::string buffer(1 << 16, '\0');
  while (true) {
    auto n = (*stream)->Read(buffer.data(), buffer.size());
    if (!n.ok()) {
      ADD_FAILURE() << n.error().ToString();
      break;
    }
    if (*n == 0) break;
    text.append(buffer.data(), *n);
  }
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) lines.push_back(line);
  return lines;
}

std::string ReadBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace catchall::testing
