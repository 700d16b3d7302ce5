// Files replaced whole: the target holds the old bytes or the new ones, and no temporary file
// is left behind whether the write is committed or abandoned.
#include "io/atomic_file.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/command_support.h"

namespace catchall {
namespace {

namespace fs = std::filesystem;

size_t FilesIn(const fs::path& dir) {
  return static_cast<size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

TEST(AtomicFile, ReplacesTheTargetAndLeavesNoTemporary) {
  testing::TempDir dir("atomic");
  const std::string path = dir.Write("report.html", "old");
  ASSERT_TRUE(WriteFileAtomically(path, "new bytes").ok());
  EXPECT_EQ(testing::ReadFile(path), "new bytes");
  EXPECT_EQ(FilesIn(dir.path()), 1u);
}

TEST(AtomicFile, AnAbandonedWriteKeepsTheOldFile) {
  testing::TempDir dir("atomic");
  const std::string path = dir.Write("findings.csv", "old");
  {
    Result<AtomicFile> file = AtomicFile::Create(path);
    ASSERT_TRUE(file.ok());
    file->Write("half a file");
  }  // not committed
  EXPECT_EQ(testing::ReadFile(path), "old");
  EXPECT_EQ(FilesIn(dir.path()), 1u);
}

TEST(AtomicFile, StreamedWritesArriveInOrder) {
  testing::TempDir dir("atomic");
  const std::string path = dir.File("a.csv");
  Result<AtomicFile> file = AtomicFile::Create(path);
  ASSERT_TRUE(file.ok());
  for (int i = 0; i < 1000; ++i) file->Write(std::to_string(i) + "\n");
  ASSERT_TRUE(file->Commit().ok());
  std::istringstream lines(testing::ReadFile(path));
  std::string line;
  int expected = 0;
  while (std::getline(lines, line)) EXPECT_EQ(line, std::to_string(expected++));
  EXPECT_EQ(expected, 1000);
}

TEST(AtomicFile, AMissingFolderIsAnErrorWithThePath) {
  Status written = WriteFileAtomically("/nonexistent-dir/x/report.html", "x");
  ASSERT_FALSE(written.ok());
  EXPECT_NE(written.error().where.file.find("/nonexistent-dir/x/report.html"), std::string::npos);
  EXPECT_NE(written.error().message.find("cannot create"), std::string::npos);
}

}  // namespace
}  // namespace catchall
