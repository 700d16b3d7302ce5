// The query file of `catchall match --queries FILE.csv`: a header with the columns `query_id` and
// `name` (required) and `schema`, `country` (optional), in any order, other columns ignored; one
// query per record (RFC 4180 quoting, CRLF or LF, a UTF-8 byte-order mark allowed).
//
// A file that cannot be a query file (no header, a required column missing, a quote left open
// at the end) is an Error with file and line. A record that cannot be a query (wrong number of
// fields, an empty name, an unknown schema, invalid UTF-8) is a rejected RecordIssue and the
// reading goes on.
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

struct MatchQuery {
  std::string id;
  std::string name;
  std::optional<EntitySchema> schema;  // from the schema column; nullopt when empty or absent
  std::string country;                 // from the country column, upper-cased; may be empty
  uint64_t line = 0;                   // 1-based line of the record
};

struct QueryFile {
  std::vector<MatchQuery> queries;  // file order
  std::vector<RecordIssue> rejects;
};

Result<QueryFile> ParseQueryCsv(const std::string& path, std::string_view bytes);

}  // namespace catchall
