// The pair file of `catchall compare --pairs FILE.csv`: a header with the columns `name1` and
// `name2` (required) and `schema` (optional), in any order, other columns ignored (so the
// OpenSanctions cases.csv works as it is); RFC 4180 quoting, CRLF or LF, a UTF-8 BOM allowed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "model/entity.h"
#include "model/publication.h"

namespace catchall {

struct CsvRecord {
  std::vector<std::string> fields;
  uint64_t line = 0;  // 1-based line where the record starts
};

// Splits CSV text into records. An error (with line) only for a quote left open at the end.
Result<std::vector<CsvRecord>> SplitCsvRecords(const std::string& path, std::string_view bytes);

struct NamePair {
  std::string name1;
  std::string name2;
  EntitySchema schema = EntitySchema::kUnknown;
  uint64_t line = 0;
  std::vector<std::string> fields;  // every field of the record, by header position
};

struct PairFile {
  std::vector<std::string> header;
  std::vector<NamePair> pairs;  // file order
  std::vector<RecordIssue> rejects;
};

// A missing header or column is an Error (file:line); a record with the wrong number of fields,
// an empty name or an unknown schema is a rejected RecordIssue and reading goes on.
Result<PairFile> ParsePairsCsv(const std::string& path, std::string_view bytes);

}  // namespace catchall
