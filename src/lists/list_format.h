// Which list format a file holds, decided from its content (the first bytes, gzip inflated), not
// from its name: list files are renamed by every mirror and download script. The rules are in
// docs/lists.md ("Format detection"); the one place a name matters is the OFAC legacy set, where
// the content says "this is an OFAC file and which part" and the name only tells the SDN set
// (sdn.csv, add.csv, ...) from the non-SDN one (cons_*.csv) when files are grouped.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/result.h"

namespace catchall {

enum class ListFormat {
  kUnXml,
  kOfacLegacyCsv,
  kCslCsv,
  kDplTsv,
  kFtmJsonl,
  kDod1286Csv,
  kDod1260hCsv,
  kEuAnnexCsv,
  kRiskTableCsv,
  kBisMieuCsv,
  kUserCsv,
  kUserYaml,
};

// The part of an OFAC legacy set a file is, told by its column count and shape.
enum class OfacPart { kNone, kPrimary, kAddresses, kAliases, kComments };

struct DetectedFormat {
  ListFormat format = ListFormat::kUserCsv;
  OfacPart ofac_part = OfacPart::kNone;  // only for kOfacLegacyCsv
};

// "un_xml", "ofac_legacy_csv", ... (the names of src/lists/readers.h and ListSource::format).
std::string_view ListFormatName(ListFormat format);
std::optional<ListFormat> ParseListFormatName(std::string_view name);
// "primary", "addresses", "aliases", "comments" ("" for kNone).
std::string_view OfacPartName(OfacPart part);
// Every format name, comma-separated, for messages.
std::string KnownListFormatNames();

// How many leading bytes detection looks at.
inline constexpr size_t kDetectionBytes = 64 * 1024;

// Decides from the first bytes of the (inflated) content. nullopt when no rule matches.
std::optional<DetectedFormat> DetectListFormat(std::string_view head);

// Reads the first kDetectionBytes of `path` (gzip inflated) and detects; an Error naming the file
// when it cannot be read, is empty or matches no known format (the message lists the formats).
Result<DetectedFormat> DetectListFileFormat(const std::string& path);

// As DetectListFileFormat, for bytes already in memory (a download); `path` is for the message.
Result<DetectedFormat> DetectListBytesFormat(std::string_view bytes, const std::string& path);

}  // namespace catchall
