#include "io/input_stream.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace catchall {
namespace {

namespace fs = std::filesystem;

class InputStreamTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("catchall_input_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& bytes) {
    const fs::path path = dir_ / name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path.string();
  }
  std::string Gzip(const std::string& path) {
    const std::string command = "gzip -c '" + path + "' > '" + path + ".gz'";
    EXPECT_EQ(std::system(command.c_str()), 0);
    return path + ".gz";
  }
  static std::string ReadAll(InputStream& stream, size_t block, std::string* error = nullptr) {
    std::string out;
    std::string buffer(block, '\0');
    while (true) {
      auto n = stream.Read(buffer.data(), buffer.size());
      if (!n.ok()) {
        if (error) *error = n.error().ToString();
        break;
      }
      if (*n == 0) break;
      out.append(buffer.data(), *n);
    }
    return out;
  }
  static std::string SampleText(size_t bytes) {
    std::mt19937 rng(42);
    std::string text;
    while (text.size() < bytes) {
      text += "{\"id\":\"W" + std::to_string(rng()) + "\",\"title\":\"Crack analysis\"}\n";
    }
    return text;
  }

  fs::path dir_;
};

TEST_F(InputStreamTest, PlainFileIsReadAsIs) {
  const std::string text = SampleText(3 << 20);
  auto stream = InputStream::Open(Write("plain.jsonl", text));
  ASSERT_TRUE(stream.ok()) << stream.error().ToString();
  EXPECT_FALSE((*stream)->compressed());
  EXPECT_EQ(ReadAll(**stream, 1 << 16), text);
}

TEST_F(InputStreamTest, FirstReadFillsTheBufferFromThePlainFile) {
  // Callers sniff the format from one Read: it must not stop at the bytes read to look for the
  // gzip magic.
  auto stream = InputStream::Open(Write("head.csv", std::string(5000, 'x')));
  ASSERT_TRUE(stream.ok());
  std::string buffer(4096, '\0');
  auto n = (*stream)->Read(buffer.data(), buffer.size());
  ASSERT_TRUE(n.ok());
  EXPECT_EQ(*n, 4096u);
}

TEST_F(InputStreamTest, GzipIsDetectedByContentAndInflated) {
  const std::string text = SampleText(5 << 20);
  const std::string gz = Gzip(Write("works.jsonl", text));
  const std::string renamed = (dir_ / "no_suffix").string();
  fs::rename(gz, renamed);
  auto stream = InputStream::Open(renamed);
  ASSERT_TRUE(stream.ok());
  EXPECT_TRUE((*stream)->compressed());
  std::string error;
  EXPECT_EQ(ReadAll(**stream, 7777, &error), text);
  EXPECT_EQ(error, "");
}

TEST_F(InputStreamTest, ConcatenatedGzipMembersAreAllRead) {
  const std::string a = SampleText(100000);
  const std::string b = "{\"id\":\"second member\"}\n";
  const std::string gz_a = Gzip(Write("a.jsonl", a));
  const std::string gz_b = Gzip(Write("b.jsonl", b));
  std::ifstream in_a(gz_a, std::ios::binary), in_b(gz_b, std::ios::binary);
  const std::string joined = std::string(std::istreambuf_iterator<char>(in_a), {}) +
                             std::string(std::istreambuf_iterator<char>(in_b), {});
  auto stream = InputStream::Open(Write("joined.gz", joined));
  ASSERT_TRUE(stream.ok());
  EXPECT_EQ(ReadAll(**stream, 4096), a + b);
}

TEST_F(InputStreamTest, TruncatedGzipGivesTheGoodBytesThenAnError) {
  const std::string text = SampleText(2 << 20);
  const std::string gz = Gzip(Write("t.jsonl", text));
  std::ifstream in(gz, std::ios::binary);
  std::string bytes(std::istreambuf_iterator<char>(in), {});
  bytes.resize(bytes.size() / 2);
  const std::string path = Write("truncated.jsonl.gz", bytes);
  auto stream = InputStream::Open(path);
  ASSERT_TRUE(stream.ok());
  std::string error;
  const std::string got = ReadAll(**stream, 1 << 16, &error);
  EXPECT_GT(got.size(), 0u);
  EXPECT_LT(got.size(), text.size());
  EXPECT_EQ(got, text.substr(0, got.size()));
  EXPECT_NE(error.find("truncated gzip"), std::string::npos) << error;
  EXPECT_NE(error.find(path), std::string::npos) << error;
}

TEST_F(InputStreamTest, CorruptGzipIsAnErrorNotACrash) {
  std::string bytes = "\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03";
  bytes += std::string(1000, '\xff');
  auto stream = InputStream::Open(Write("corrupt.gz", bytes));
  ASSERT_TRUE(stream.ok());
  std::string error;
  ReadAll(**stream, 4096, &error);
  EXPECT_FALSE(error.empty());
}

TEST_F(InputStreamTest, MissingFileAndDirectoryAreErrorsNamingThePath) {
  auto missing = InputStream::Open((dir_ / "nope.csv").string());
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().ToString().find("nope.csv"), std::string::npos);
  auto directory = InputStream::Open(dir_.string());
  ASSERT_FALSE(directory.ok());
  EXPECT_NE(directory.error().message.find("directory"), std::string::npos);
}

TEST_F(InputStreamTest, EmptyAndOneByteFiles) {
  auto empty = InputStream::Open(Write("empty", ""));
  ASSERT_TRUE(empty.ok());
  EXPECT_EQ(ReadAll(**empty, 10), "");
  auto one = InputStream::Open(Write("one", "\x1f"));
  ASSERT_TRUE(one.ok());
  EXPECT_EQ(ReadAll(**one, 10), "\x1f");
}

}  // namespace
}  // namespace catchall
