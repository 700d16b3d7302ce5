// The publication record every reader produces, whatever the input format. Plain values: no
// I/O, no globals. Field meanings are documented in docs/record-model.md.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace catchall {

enum class InputFormat { kUnknown, kScopusCsv, kWosText, kOpenAlexJsonl };

// "scopus", "wos", "openalex", "unknown": the names used on the command line and in outputs.
const char* FormatName(InputFormat format);
std::optional<InputFormat> ParseFormatName(std::string_view name);

enum class DatePrecision { kNone, kYear, kMonth, kDay };

struct PartialDate {
  int year = 0;   // 0 when unknown
  int month = 0;  // 1-12 when precision >= kMonth
  int day = 0;    // 1-31 when precision == kDay
  DatePrecision precision = DatePrecision::kNone;

  // "2017", "2017-03", "2017-03-09" or "" by precision.
  std::string ToIso() const;
};

// Where a record came from: the file, the 1-based line its text starts on, and its 1-based
// position among the file's records.
struct SourcePosition {
  std::string file;
  uint64_t line = 0;
  uint64_t record = 0;
};

// An institution as the *source database* gave it (OpenAlex authorships[].institutions[]).
// Kept beside the raw affiliation string so the resolver can compare the two.
struct SourceInstitution {
  std::string id;  // OpenAlex id, e.g. "https://openalex.org/I123"
  std::string display_name;
  std::string ror;
  std::string country_code;  // ISO 3166-1 alpha-2 as given by the source, upper case
  std::string type;
};

// One affiliation of the record: the raw address text as printed on the paper.
struct Affiliation {
  std::string raw;
  std::vector<SourceInstitution> source_institutions;
};

struct Author {
  std::string name;       // as listed ("Kim C.", "Kim, CN")
  std::string full_name;  // where the source gives it ("Kim, Chol Nam")
  std::string source_id;  // Scopus author id, OpenAlex author id; empty if none
  std::string orcid;
  // Indices into Publication::affiliations, in the order the source lists them.
  std::vector<uint32_t> affiliations;
};

struct Funder {
  std::string name;       // as given
  std::string award_id;   // grant number where given
  std::string source_id;  // e.g. OpenAlex funder id
};

struct Publication {
  std::string id;   // Scopus EID, WoS UT ("WOS:..."), or OpenAlex work id
  std::string doi;  // bare, lower case, without "https://doi.org/"
  std::string title;
  std::string abstract;
  std::vector<std::string> author_keywords;
  std::vector<std::string> index_keywords;
  PartialDate date;
  std::string source_title;
  std::string document_type;
  std::vector<Author> authors;            // in byline order
  std::vector<Affiliation> affiliations;  // distinct affiliation strings of the record
  std::string funding_text;
  std::vector<Funder> funders;
  std::vector<std::string> references;
  std::vector<std::string> topics;
  // What the reader had to repair or could not link (e.g. "invalid UTF-8 decoded as Latin-1").
  std::vector<std::string> warnings;
  InputFormat format = InputFormat::kUnknown;
  SourcePosition source;
};

// The keywords as one text, joined with "; ": the field the classifier scans, so evidence offsets
// in keyword fields refer to this text.
std::string JoinKeywords(const std::vector<std::string>& keywords);

// A record that could not be read (kind "rejected") or was read only after a repair (kind
// "repaired"), or a problem with a file as a whole (kind "file_error": empty file, truncated
// gzip; the records it cost are reported as rejected on their own). All are written to
// rejects.jsonl; only rejected records are dropped.
struct RecordIssue {
  enum class Kind { kRejected, kRepaired, kFileError };
  Kind kind = Kind::kRejected;
  SourcePosition where;
  std::string reason;
  std::string excerpt;  // the first bytes of the record text, valid UTF-8, at most 200 bytes
};

}  // namespace catchall
