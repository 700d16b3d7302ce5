// Web of Science field-tagged record text (PT ... ER) -> Publication.
//
// Each line is "XX value" (a two-character tag) or "   value" (a continuation of the last tag).
// For multi-valued tags (AU, AF, C1, CR, ...) every line is one value; for the others the lines
// are one value wrapped and are joined with a space.
#include "readers/wos_parser.h"

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "readers/wos_fields.h"
#include "text/utf8.h"

namespace catchall {
namespace {

using wos::Trim;

struct Field {
  std::string tag;
  std::vector<std::string> lines;  // the tag line's value and each continuation, trimmed
};

class Fields {
 public:
  // Lines of a tag (repeated tags are merged); empty when absent.
  const std::vector<std::string>& Lines(std::string_view tag) const {
    static const std::vector<std::string> kNoLines;
    for (const Field& field : fields_) {
      if (field.tag == tag) return field.lines;
    }
    return kNoLines;
  }
  // Non-empty lines of a multi-valued tag.
  std::vector<std::string> Values(std::string_view tag) const {
    std::vector<std::string> values;
    for (const std::string& line : Lines(tag)) {
      if (!line.empty()) values.push_back(line);
    }
    return values;
  }
  // A wrapped single value.
  std::string Joined(std::string_view tag) const {
    std::string joined;
    for (const std::string& line : Lines(tag)) {
      if (line.empty()) continue;
      if (!joined.empty()) joined.push_back(' ');
      joined.append(line);
    }
    return joined;
  }
  // Starts (or resumes, for a repeated tag) the field `tag`; returns its lines.
  std::vector<std::string>& Open(std::string_view tag) {
    for (Field& field : fields_) {
      if (field.tag == tag) return field.lines;
    }
    fields_.push_back(Field{std::string(tag), {}});
    return fields_.back().lines;
  }

 private:
  std::vector<Field> fields_;
};

bool IsTagLine(std::string_view line) {
  const auto tag_start = [](char c) { return c >= 'A' && c <= 'Z'; };
  const auto tag_char = [&](char c) { return tag_start(c) || (c >= '0' && c <= '9'); };
  return line.size() >= 2 && tag_start(line[0]) && tag_char(line[1]) &&
         (line.size() == 2 || line[2] == ' ');
}

std::string_view NextLine(std::string_view& text) {
  const size_t newline = text.find('\n');
  std::string_view line = text.substr(0, newline);
  text.remove_prefix(newline == std::string_view::npos ? text.size() : newline + 1);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

// Reads the tagged lines. Returns an error message when the text is not one PT ... ER record.
std::string ReadFields(std::string_view text, uint64_t first_line, Fields& fields,
                       std::vector<std::string>& warnings) {
  std::vector<std::string>* current = nullptr;
  bool started = false;
  bool ended = false;
  for (uint64_t line_number = first_line; !text.empty(); ++line_number) {
    std::string_view line = NextLine(text);
    if (line_number == first_line && line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);
    if (Trim(line).empty()) continue;
    if (ended) {
      warnings.push_back(fmt::format("line {}: text after ER ignored", line_number));
      break;
    }
    if (!started) {
      if (!line.starts_with("PT") || !IsTagLine(line)) return "record does not start with PT";
      started = true;
    }
    if (IsTagLine(line)) {
      const std::string_view tag = line.substr(0, 2);
      if (tag == "ER") {
        ended = true;
        continue;
      }
      current = &fields.Open(tag);
      current->emplace_back(Trim(line.substr(2)));
      continue;
    }
    if (!line.starts_with("   ")) {
      // Not a tag and not a proper continuation (an editor re-indented or re-wrapped it):
      // keep the text rather than lose it, and say so.
      warnings.push_back(
          fmt::format("line {}: neither a field nor a continuation line; kept as "
                      "a continuation",
                      line_number));
    }
    current->emplace_back(Trim(line));
  }
  if (!started) return "record does not start with PT";
  if (!ended) return "record has no ER line";
  return "";
}

void LinkAuthor(Author& author, uint32_t affiliation) {
  if (std::find(author.affiliations.begin(), author.affiliations.end(), affiliation) ==
      author.affiliations.end()) {
    author.affiliations.push_back(affiliation);
  }
}

class RecordBuilder {
 public:
  RecordBuilder(const Fields& fields, Publication& record) : fields_(fields), record_(record) {}

  void Build() {
    ReadScalars();
    ReadAuthors();
    const wos::AuthorMatcher matcher(record_.authors);
    ReadOrcids(matcher);
    ReadAddresses(matcher);
    ReadReprintAddresses(matcher);
  }

 private:
  void ReadScalars() {
    record_.id = fields_.Joined("UT");
    record_.doi = wos::NormalizeDoi(fields_.Joined("DI"));
    record_.title = fields_.Joined("TI");
    record_.abstract = fields_.Joined("AB");
    record_.author_keywords = wos::SplitList(fields_.Joined("DE"));
    record_.index_keywords = wos::SplitList(fields_.Joined("ID"));
    record_.date =
        wos::ParseWosDate(fields_.Joined("PY"), fields_.Joined("PD"), fields_.Joined("EA"));
    record_.source_title = fields_.Joined("SO");
    record_.document_type = fields_.Joined("DT");
    record_.topics = wos::SplitList(fields_.Joined("WC"));
    record_.funding_text = fields_.Joined("FX");
    record_.funders = wos::ParseFunders(fields_.Joined("FU"));
    record_.references = fields_.Values("CR");
    if (record_.id.empty()) record_.warnings.emplace_back("no UT (accession number)");
  }

  void ReadAuthors() {
    const std::vector<std::string> names = fields_.Values("AU");
    const std::vector<std::string> full_names = fields_.Values("AF");
    if (!names.empty() && !full_names.empty() && names.size() != full_names.size()) {
      record_.warnings.push_back(fmt::format("AU lists {} authors but AF {}; paired by position",
                                             names.size(), full_names.size()));
    }
    const size_t count = std::max(names.size(), full_names.size());
    record_.authors.resize(count);
    for (size_t i = 0; i < count; ++i) {
      Author& author = record_.authors[i];
      if (i < full_names.size()) author.full_name = full_names[i];
      author.name = i < names.size() ? names[i] : author.full_name;
    }
  }

  void ReadOrcids(const wos::AuthorMatcher& matcher) {
    for (std::string_view tag : {"OI", "RI"}) {
      for (const wos::NamedOrcid& entry : wos::ParseOrcids(fields_.Joined(tag))) {
        const std::vector<uint32_t> found = matcher.Find(entry.name);
        if (found.size() != 1) continue;  // unknown or ambiguous name: no guess
        Author& author = record_.authors[found.front()];
        if (author.orcid.empty()) author.orcid = entry.orcid;
      }
    }
  }

  // C1: "[Surname, Given; Other, Name] Address" links those authors to the address; the older
  // form without brackets gives the addresses only.
  void ReadAddresses(const wos::AuthorMatcher& matcher) {
    for (const std::string& line : fields_.Values("C1")) {
      std::string_view address = line;
      std::vector<std::string> names;
      if (line.starts_with('[')) {
        const size_t close = line.find(']');
        if (close != std::string::npos) {
          names = wos::SplitList(std::string_view(line).substr(1, close - 1));
          address = std::string_view(line).substr(close + 1);
        }
      }
      const std::string cleaned = wos::CleanAddress(address);
      if (cleaned.empty()) continue;
      const uint32_t affiliation = AddAffiliation(cleaned);
      for (const std::string& name : names) {
        const std::vector<uint32_t> found = matcher.Find(name);
        if (found.empty()) {
          record_.warnings.push_back(
              fmt::format("C1 author \"{}\" is not in AU/AF; address kept unlinked", name));
        }
        for (uint32_t author : found) LinkAuthor(record_.authors[author], affiliation);
      }
    }
  }

  // RP: the reprint/corresponding author's address, added when C1 does not have it already.
  // Its names are authors of the byline, never new ones.
  void ReadReprintAddresses(const wos::AuthorMatcher& matcher) {
    const std::vector<std::string> lines = fields_.Values("RP");
    if (lines.empty()) return;
    const std::string text = wos::JoinReprintLines(lines);
    bool has_marker = true;
    for (const wos::ReprintEntry& entry : wos::ParseReprint(text, has_marker)) {
      if (entry.address.empty()) continue;
      if (!has_marker) {
        if (FindAffiliationSuffix(entry.address)) continue;
        record_.warnings.emplace_back(
            "RP has no \"(reprint author)\" marker; kept whole as an address");
      }
      const uint32_t affiliation = FindOrAddAffiliation(entry.address);
      for (const std::string& name : entry.names) {
        const std::vector<uint32_t> found = matcher.Find(name);
        if (found.size() == 1) LinkAuthor(record_.authors[found.front()], affiliation);
      }
    }
  }

  uint32_t AddAffiliation(const std::string& raw) {
    for (uint32_t i = 0; i < record_.affiliations.size(); ++i) {
      if (record_.affiliations[i].raw == raw) return i;
    }
    record_.affiliations.push_back(Affiliation{raw, {}});
    return static_cast<uint32_t>(record_.affiliations.size() - 1);
  }

  // Case and spacing differ between C1 and RP of the same record, so compare loosely.
  uint32_t FindOrAddAffiliation(const std::string& raw) {
    const std::string key = wos::AuthorMatcher::ExactKey(raw);
    for (uint32_t i = 0; i < record_.affiliations.size(); ++i) {
      if (wos::AuthorMatcher::ExactKey(record_.affiliations[i].raw) == key) return i;
    }
    return AddAffiliation(raw);
  }

  // For an RP without marker ("Name, Address"): is some known address its tail?
  bool FindAffiliationSuffix(const std::string& raw) const {
    const std::string key = wos::AuthorMatcher::ExactKey(raw);
    return std::any_of(record_.affiliations.begin(), record_.affiliations.end(),
                       [&](const Affiliation& affiliation) {
                         return key.ends_with(wos::AuthorMatcher::ExactKey(affiliation.raw));
                       });
  }

  const Fields& fields_;
  Publication& record_;
};

RecordIssue MakeIssue(RecordIssue::Kind kind, const SourcePosition& where, std::string reason,
                      std::string_view text) {
  return RecordIssue{kind, where, std::move(reason), Utf8Excerpt(text)};
}

class WosRecordParser final : public RecordParser {
 public:
  ParseOutcome Parse(std::string_view text, const SourcePosition& where) const override {
    ParseOutcome outcome;
    std::string repaired;
    std::vector<std::string> warnings;
    if (!IsValidUtf8(text)) {
      repaired = RepairUtf8(text);
      text = repaired;
      outcome.issues.push_back(MakeIssue(RecordIssue::Kind::kRepaired, where,
                                         "invalid UTF-8 decoded as Windows-1252", text));
      warnings.emplace_back("invalid UTF-8 decoded as Windows-1252");
    }
    Fields fields;
    const std::string error = ReadFields(text, where.line, fields, warnings);
    if (!error.empty()) return Rejected(std::move(outcome), where, error, text);
    if (fields.Joined("UT").empty() && fields.Joined("TI").empty() && fields.Joined("AU").empty() &&
        fields.Joined("AF").empty()) {
      return Rejected(std::move(outcome), where, "record has no UT, TI, AU or AF", text);
    }
    Publication record;
    record.format = InputFormat::kWosText;
    record.source = where;
    record.warnings = std::move(warnings);
    RecordBuilder(fields, record).Build();
    outcome.record = std::move(record);
    return outcome;
  }

 private:
  static ParseOutcome Rejected(ParseOutcome outcome, const SourcePosition& where,
                               std::string reason, std::string_view text) {
    outcome.issues.clear();  // a repair note is moot once the record is dropped
    outcome.issues.push_back(
        MakeIssue(RecordIssue::Kind::kRejected, where, std::move(reason), text));
    return outcome;
  }
};

}  // namespace

std::shared_ptr<const RecordParser> MakeWosRecordParser() {
  return std::make_shared<const WosRecordParser>();
}

}  // namespace catchall
