// Helpers of the report tests: running the built catchall and headless Chromium, temporary
// directories, synthetic findings lines, and reading back what the report wrote.
#pragma once

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "common/command_support.h"

namespace catchall::report::testing {

inline const std::string kSource = CATCHALL_SOURCE_DIR;

using catchall::testing::CommandResult;
using catchall::testing::ReadFile;
using catchall::testing::RunCatchall;
using catchall::testing::RunShell;
using catchall::testing::TempDir;

size_t Count(const std::string& haystack, const std::string& needle);

// Screens the shipped samples into DIR (report included); returns the command's result.
CommandResult ScreenSamples(const std::string& dir);

// A findings.jsonl line in the shape `catchall screen` writes, with the given id and tier.
nlohmann::ordered_json SyntheticFinding(int index, const std::string& tier);
// summary.json text matching a findings file made of SyntheticFinding lines.
std::string SyntheticSummary(const std::vector<nlohmann::ordered_json>& findings);

// RFC 4180 parsing (BOM stripped), for checking the CSV files.
std::vector<std::vector<std::string>> ParseCsv(const std::string& text);
// A by_*.csv as key -> {column -> value}.
std::map<std::string, std::map<std::string, std::string>> CsvByKey(const std::string& text);

using catchall::testing::ChromiumPath;
using catchall::testing::DumpDom;

}  // namespace catchall::report::testing
