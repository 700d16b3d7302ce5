// The real transport over https against a local TLS server with a throw-away certificate: the
// harvest works once the certificate is trusted, and is refused while it is not.
#include <gtest/gtest.h>

#include <cstdlib>

#include "fetch/openalex_harvester.h"
#include "fetch_support.h"

namespace catchall {
namespace {

class HttpsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    cert_ = dir_.File("cert.pem");
    key_ = dir_.File("key.pem");
    // A self-signed certificate for the address the test server listens on.
    const std::string command =
        "openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1 "
        "-addext subjectAltName=IP:127.0.0.1 -keyout '" +
        key_ + "' -out '" + cert_ + "' >/dev/null 2>&1";
    ASSERT_EQ(std::system(command.c_str()), 0) << "openssl(1) is needed: apt-get install openssl";
    works_ = testing::SyntheticWorks(12);
    server_ = std::make_unique<testing::FakeOpenAlex>(works_, cert_, key_);
  }
  void TearDown() override {
    server_.reset();
    unsetenv("SSL_CERT_FILE");
  }

  HarvestOutcome Harvest() {
    options_.filter = "authorships.institutions.country_code:KP";
    options_.out_path = dir_.File("works.jsonl.gz");
    options_.base_url = server_->base_url();
    options_.per_page = 5;
    options_.retry.retries = 0;
    options_.log = nullptr;
    HttpClientOptions http;
    http.read_timeout_seconds = 5;
    return HarvestOpenAlex(options_, http);
  }

  testing::ScratchDir dir_;
  std::string cert_;
  std::string key_;
  std::vector<std::string> works_;
  std::unique_ptr<testing::FakeOpenAlex> server_;
  HarvestOptions options_;
};

TEST_F(HttpsTest, HarvestsOverTlsWithATrustedCertificate) {
  ASSERT_EQ(server_->base_url().rfind("https://", 0), 0u);
  // OpenSSL's default verify paths honour SSL_CERT_FILE, so the test CA is the only one trusted.
  setenv("SSL_CERT_FILE", cert_.c_str(), 1);
  const HarvestOutcome outcome = Harvest();
  ASSERT_TRUE(outcome.ok()) << outcome.error.ToString();
  EXPECT_EQ(testing::ReadLines(options_.out_path), works_);
  EXPECT_EQ(server_->request_count(), 4u);  // 5 + 5 + 2 works, then the empty page
}

TEST_F(HttpsTest, RefusesAnUntrustedCertificate) {
  setenv("SSL_CERT_FILE", dir_.File("no-such-ca.pem").c_str(), 1);
  const HarvestOutcome outcome = Harvest();
  ASSERT_FALSE(outcome.ok());
  EXPECT_EQ(outcome.failure, HarvestFailure::kUnavailable);
  EXPECT_NE(outcome.error.message.find("not trusted"), std::string::npos) << outcome.error.message;
  EXPECT_EQ(server_->request_count(), 0u);
}

}  // namespace
}  // namespace catchall
