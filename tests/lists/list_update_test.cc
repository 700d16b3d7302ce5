// `catchall lists update` against a real local HTTP server (cpp-httplib on 127.0.0.1) whose
// replies each test scripts: a first download, a changed list, a truncated body, an HTML error
// page, a 404.
#include "lists/list_update.h"

#include <gtest/gtest.h>
#include <httplib.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <mutex>
#include <thread>

#include "common/command_support.h"
#include "lists/list_loader.h"

namespace catchall {
namespace {

using testing::ReadFile;
using testing::ReadJson;
using testing::RunCatchall;
using testing::TempDir;

std::string Fixture(const std::string& name) {
  return std::string(CATCHALL_SOURCE_DIR) + "/tests/lists/data/" + name;
}

// Serves GET <path> with the status and body set for it (404 for anything not set).
class FileServer {
 public:
  FileServer() {
    server_.Get(".*", [this](const httplib::Request& request, httplib::Response& response) {
      std::lock_guard lock(mutex_);
      accept_ = request.get_header_value("Accept");
      const auto found = replies_.find(request.path);
      if (found == replies_.end()) {
        response.status = 404;
        response.set_content("<html><body>404 Not Found</body></html>", "text/html");
        return;
      }
      response.status = found->second.first;
      response.set_content(found->second.second, "application/octet-stream");
    });
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    while (!server_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  ~FileServer() {
    server_.stop();
    thread_.join();
  }
  void Serve(const std::string& path, std::string body, int status = 200) {
    std::lock_guard lock(mutex_);
    replies_[path] = {status, std::move(body)};
  }
  std::string LastAccept() {
    std::lock_guard lock(mutex_);
    return accept_;
  }
  std::string Url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(port_) + path;
  }

 private:
  httplib::Server server_;
  std::thread thread_;
  int port_ = 0;
  std::mutex mutex_;
  std::map<std::string, std::pair<int, std::string>> replies_;
  std::string accept_;
};

class ListUpdateTest : public ::testing::Test {
 protected:
  ListUpdateTest() : dir_("list-update") {
    config_ = dir_.Write("sources.yaml", "sources:\n  - key: un_sc\n    url: " +
                                             server_.Url("/resources/consolidated.xml") +
                                             "\n    file: UN_consolidated.xml\n"
                                             "  - key: watch\n    url: " +
                                             server_.Url("/watch.csv") + "\n    file: watch.csv\n");
    lists_ = dir_.File("lists");
  }
  testing::CommandResult Update() {
    return RunCatchall({"lists", "update", "--config", config_, "--dir", lists_});
  }
  std::string Current(const std::string& name) const { return ReadFile(lists_ + "/" + name); }

  FileServer server_;
  TempDir dir_;
  std::string config_;
  std::string lists_;
};

nlohmann::json LineFor(const std::string& stdout_text, const std::string& key) {
  size_t start = 0;
  while (start < stdout_text.size()) {
    const size_t end = stdout_text.find('\n', start);
    const auto line = nlohmann::json::parse(stdout_text.substr(start, end - start));
    if (line["key"] == key) return line;
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return nullptr;
}

TEST_F(ListUpdateTest, DownloadsKeepsThePreviousVersionAndRefusesBadDownloads) {
  const std::string v1 = ReadFile(Fixture("un_dprk_v1.xml"));
  const std::string v2 = ReadFile(Fixture("un_dprk_v2.xml"));
  server_.Serve("/resources/consolidated.xml", v1);
  server_.Serve("/watch.csv", ReadFile(Fixture("user_watch_v1.csv")));

  // 1. First download.
  auto first = Update();
  ASSERT_EQ(first.exit_code, 0) << first.stderr_text;
  EXPECT_EQ(LineFor(first.stdout_text, "un_sc")["status"], "new");
  EXPECT_EQ(LineFor(first.stdout_text, "watch")["status"], "new");
  EXPECT_EQ(server_.LastAccept(), "*/*");  // a list file, not an API's JSON
  EXPECT_EQ(Current("UN_consolidated.xml"), v1);
  auto manifest = ReadJson(lists_ + "/manifest.json");
  EXPECT_EQ(manifest["sources"]["un_sc"]["sha256"], Sha256Hex(v1));
  EXPECT_EQ(manifest["sources"]["un_sc"]["version"].get<std::string>().substr(0, 10), "2026-01-05");
  EXPECT_EQ(manifest["sources"]["un_sc"]["version_from"], "list");
  EXPECT_EQ(manifest["sources"]["un_sc"]["entities"], 3);
  EXPECT_FALSE(manifest["sources"]["un_sc"]["downloaded_at"].get<std::string>().empty());
  EXPECT_FALSE(std::filesystem::exists(lists_ + "/previous/UN_consolidated.xml"));

  // 2. A new version: the old one goes to previous/, the changes are counted.
  server_.Serve("/resources/consolidated.xml", v2);
  auto second = Update();
  ASSERT_EQ(second.exit_code, 0) << second.stderr_text;
  const auto un = LineFor(second.stdout_text, "un_sc");
  EXPECT_EQ(un["status"], "updated");
  EXPECT_EQ(un["added"], 1);
  EXPECT_EQ(un["removed"], 1);
  EXPECT_EQ(un["changed"], 1);
  EXPECT_EQ(LineFor(second.stdout_text, "watch")["status"], "unchanged");
  EXPECT_EQ(Current("UN_consolidated.xml"), v2);
  EXPECT_EQ(Current("previous/UN_consolidated.xml"), v1);
  manifest = ReadJson(lists_ + "/manifest.json");
  EXPECT_EQ(manifest["sources"]["un_sc"]["sha256"], Sha256Hex(v2));
  EXPECT_EQ(manifest["sources"]["un_sc"]["previous"]["sha256"], Sha256Hex(v1));
  EXPECT_NE(second.stderr_text.find("1 added, 1 removed, 1 changed"), std::string::npos);

  // 3. A truncated body (a complete HTTP reply, half the XML): refused, current kept.
  server_.Serve("/resources/consolidated.xml", v2.substr(0, v2.size() / 2));
  auto third = Update();
  EXPECT_EQ(third.exit_code, 6) << third.stderr_text;
  EXPECT_EQ(LineFor(third.stdout_text, "un_sc")["status"], "refused");
  EXPECT_EQ(Current("UN_consolidated.xml"), v2);
  EXPECT_EQ(Current("previous/UN_consolidated.xml"), v1);
  manifest = ReadJson(lists_ + "/manifest.json");
  EXPECT_EQ(manifest["sources"]["un_sc"]["sha256"], Sha256Hex(v2));
  EXPECT_EQ(manifest["sources"]["un_sc"]["last_status"], "refused");

  // 4. An HTML error page sent with status 200.
  server_.Serve("/resources/consolidated.xml", "<!DOCTYPE html><html>Maintenance</html>");
  auto fourth = Update();
  EXPECT_EQ(fourth.exit_code, 6);
  EXPECT_EQ(LineFor(fourth.stdout_text, "un_sc")["status"], "refused");
  EXPECT_EQ(Current("UN_consolidated.xml"), v2);
}

// An OFAC set is read as one list: updating only its alt.csv reads it with the sdn.csv already
// on disk (not downloaded again, not reported).
TEST_F(ListUpdateTest, OnlyOneFileOfAnOfacSet) {
  const std::string sdn =
      "17614,\"KIM, Yong Chol\",\"individual\",\"DPRK2\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- "
      "\r\n"
      "9345,\"KOREA MINING DEVELOPMENT TRADING CORPORATION\",-0- ,\"DPRK2\",-0- ,-0- ,-0- ,-0- "
      ",-0- ,-0- ,-0- ,-0- \r\n\x1a";
  const std::string alt_v1 = "17614,30001,\"aka\",\"KIM, Young-chol\",-0- \r\n\x1a";
  const std::string alt_v2 =
      "17614,30001,\"aka\",\"KIM, Young-chol\",-0- \r\n"
      "9345,30002,\"aka\",\"KOMID\",-0- \r\n\x1a";
  const std::string config =
      dir_.Write("ofac.yaml", "sources:\n  - key: ofac_sdn\n    url: " + server_.Url("/sdn.csv") +
                                  "\n    file: sdn.csv\n  - key: ofac_sdn_alt\n    url: " +
                                  server_.Url("/alt.csv") + "\n    file: alt.csv\n");
  server_.Serve("/sdn.csv", sdn);
  server_.Serve("/alt.csv", alt_v1);
  auto first = RunCatchall({"lists", "update", "--config", config, "--dir", lists_});
  ASSERT_EQ(first.exit_code, 0) << first.stderr_text;
  EXPECT_EQ(LineFor(first.stdout_text, "ofac_sdn_alt")["status"], "new");

  server_.Serve("/sdn.csv", "not served again", 500);
  server_.Serve("/alt.csv", alt_v2);
  auto only = RunCatchall(
      {"lists", "update", "--config", config, "--dir", lists_, "--only", "ofac_sdn_alt"});
  ASSERT_EQ(only.exit_code, 0) << only.stdout_text << only.stderr_text;
  const auto alt = LineFor(only.stdout_text, "ofac_sdn_alt");
  EXPECT_EQ(alt["status"], "updated") << only.stdout_text;
  EXPECT_EQ(alt["entities"], 2);
  EXPECT_EQ(LineFor(only.stdout_text, "ofac_sdn"), nullptr);
  EXPECT_EQ(Current("alt.csv"), alt_v2);
  EXPECT_EQ(Current("sdn.csv"), sdn);
  const auto manifest = ReadJson(lists_ + "/manifest.json");
  EXPECT_EQ(manifest["sources"]["ofac_sdn"]["last_status"], "new");
}

TEST_F(ListUpdateTest, NotFoundIsARemoteFailure) {
  server_.Serve("/watch.csv", ReadFile(Fixture("user_watch_v1.csv")));
  auto result = Update();  // consolidated.xml is not served: 404
  EXPECT_EQ(result.exit_code, 6) << result.stderr_text;
  const auto un = LineFor(result.stdout_text, "un_sc");
  EXPECT_EQ(un["status"], "failed");
  EXPECT_NE(un["message"].get<std::string>().find("404"), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(lists_ + "/UN_consolidated.xml"));
  // The other source is still updated.
  EXPECT_EQ(LineFor(result.stdout_text, "watch")["status"], "new");
  EXPECT_EQ(ReadJson(lists_ + "/manifest.json")["sources"]["un_sc"]["last_status"], "failed");
}

TEST_F(ListUpdateTest, RefusesAListThatShrankTooMuch) {
  const std::string full = ReadFile(Fixture("user_watch_v1.csv"));
  server_.Serve("/resources/consolidated.xml", ReadFile(Fixture("un_dprk_v1.xml")));
  server_.Serve("/watch.csv", full);
  ASSERT_EQ(Update().exit_code, 0);
  // One row of three left: still parses, but looks like a cut download.
  server_.Serve("/watch.csv", full.substr(0, full.find('\n', full.find('\n') + 1) + 1));
  auto shrunk = Update();
  EXPECT_EQ(shrunk.exit_code, 6);
  EXPECT_EQ(LineFor(shrunk.stdout_text, "watch")["status"], "refused");
  EXPECT_EQ(Current("watch.csv"), full);
  auto accepted =
      RunCatchall({"lists", "update", "--config", config_, "--dir", lists_, "--min-ratio", "0"});
  EXPECT_EQ(accepted.exit_code, 0) << accepted.stderr_text;
  EXPECT_EQ(LineFor(accepted.stdout_text, "watch")["removed"], 2);
}

TEST_F(ListUpdateTest, BadConfigIsAnInputError) {
  const std::string bad = dir_.Write("bad.yaml",
                                     "sources:\n  - key: x\n    url: ftp://x/y\n"
                                     "    file: y.xml\n");
  auto result = RunCatchall({"lists", "update", "--config", bad, "--dir", lists_});
  EXPECT_EQ(result.exit_code, 3);
  EXPECT_NE(result.stderr_text.find("bad.yaml:2"), std::string::npos) << result.stderr_text;
}

TEST(ListUpdateConfigTest, TheShippedConfigIsValid) {
  auto config = LoadUpdateConfig(std::string(CATCHALL_SOURCE_DIR) + "/data/list_sources.yaml");
  ASSERT_TRUE(config.ok()) << config.error().ToString();
  std::set<std::string> keys;
  for (const ListSourceConfig& source : config->sources) {
    keys.insert(source.key);
    EXPECT_TRUE(source.url.starts_with("https://")) << source.key;
    EXPECT_FALSE(source.publisher.empty()) << source.key;
  }
  for (const char* key : {"un_sc", "ofac_sdn", "ofac_sdn_alt", "us_csl"}) {
    EXPECT_EQ(keys.count(key), 1u) << key;
  }
}

TEST(ListUpdateConfigTest, RefusesPathsAndDuplicates) {
  const TempDir dir("list-update-config");
  const auto load = [&](const std::string& text) {
    return LoadUpdateConfig(dir.Write("c.yaml", text));
  };
  EXPECT_FALSE(load("sources:\n  - {key: a, url: 'https://x/a', file: ../a.xml}\n").ok());
  EXPECT_FALSE(load("sources:\n  - {key: a, url: 'https://x/a', file: a.xml}\n"
                    "  - {key: a, url: 'https://x/b', file: b.xml}\n")
                   .ok());
  EXPECT_FALSE(load("sources:\n  - {key: a, url: 'https://x/a', file: a.xml, mirror: y}\n").ok());
  EXPECT_FALSE(load("lists: []\n").ok());
  EXPECT_TRUE(load("sources:\n  - {key: a, url: 'https://x/a', file: a.xml}\n").ok());
}

}  // namespace
}  // namespace catchall
