#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "readers/csv_tokenizer.h"
#include "readers/formats.h"
#include "readers/scopus_fields.h"

namespace catchall {
namespace {

struct SplitRecord {
  std::string text;
  uint64_t line = 0;
  uint64_t number = 0;
};

class CollectingSink : public SplitSink {
 public:
  void Record(std::string_view text, uint64_t first_line) override {
    records.push_back(SplitRecord{std::string(text), first_line, ++count_});
  }
  void Issue(RecordIssue issue) override {
    if (issue.where.record > 0) ++count_;
    issues.push_back(std::move(issue));
  }
  std::vector<SplitRecord> records;
  std::vector<RecordIssue> issues;

 private:
  uint64_t count_ = 0;
};

// Everything a run produced: parsed records, and issues from splitter and parser in order.
struct ReadResult {
  std::vector<SplitRecord> texts;
  std::vector<Publication> records;
  std::vector<RecordIssue> issues;
  bool has_parser = false;

  size_t Rejected() const {
    return std::count_if(issues.begin(), issues.end(), [](const RecordIssue& issue) {
      return issue.kind == RecordIssue::Kind::kRejected;
    });
  }
};

// Feeds `bytes` in chunks of the sizes `next_chunk` returns, then parses every record.
template <typename ChunkSize>
ReadResult Read(std::string_view bytes, ChunkSize next_chunk, ReaderOptions options = {},
                const std::string& file = "test.csv") {
  auto splitter = MakeScopusSplitter(file, options);
  CollectingSink sink;
  while (!bytes.empty()) {
    const size_t n = std::min(bytes.size(), std::max<size_t>(1, next_chunk()));
    splitter->Feed(bytes.substr(0, n), sink);
    bytes.remove_prefix(n);
  }
  splitter->Finish(sink);
  ReadResult result;
  result.texts = sink.records;
  result.issues = sink.issues;
  const auto parser = splitter->Parser();
  result.has_parser = parser != nullptr;
  for (const SplitRecord& record : sink.records) {
    if (!parser) break;
    ParseOutcome outcome =
        parser->Parse(record.text, SourcePosition{file, record.line, record.number});
    if (outcome.record) result.records.push_back(std::move(*outcome.record));
    for (auto& issue : outcome.issues) result.issues.push_back(std::move(issue));
  }
  return result;
}

ReadResult ReadWhole(std::string_view bytes, ReaderOptions options = {}) {
  return Read(
      bytes, [&] { return bytes.size(); }, options);
}

std::string SharedFile(const std::string& name) {
  const std::string path = std::string(CATCHALL_SHARED_DATA_DIR) + "/scopus-csv-export/" + name;
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

#define LOAD_SHARED_OR_SKIP(var, name)                                         \
  const std::string var = SharedFile(name);                                    \
  if (var.empty())                                                             \
  GTEST_SKIP() << "shared sample data not found: " << CATCHALL_SHARED_DATA_DIR \
               << "/scopus-csv-export/" << name

const Publication* FindById(const ReadResult& result, std::string_view id) {
  for (const Publication& record : result.records) {
    if (record.id == id) return &record;
  }
  return nullptr;
}

std::vector<std::string> AffiliationsOf(const Publication& record, const Author& author) {
  std::vector<std::string> out;
  for (const uint32_t index : author.affiliations) out.push_back(record.affiliations.at(index).raw);
  return out;
}

size_t CountWarningsContaining(const ReadResult& result, std::string_view part) {
  size_t count = 0;
  for (const auto& record : result.records) {
    for (const auto& warning : record.warnings) count += warning.find(part) != std::string::npos;
  }
  return count;
}

// ---- Tokenizer ----------------------------------------------------------------------------------

TEST(CsvTokenizer, QuotedFieldsEscapesAndLeniency) {
  std::vector<std::string> fields;
  ASSERT_EQ(TokenizeCsvRecord(R"(a,"b,c","d""e",,f"g,"h"i)", fields), CsvRecordStatus::kOk);
  EXPECT_EQ(fields, (std::vector<std::string>{"a", "b,c", "d\"e", "", "f\"g", "hi"}));
  EXPECT_EQ(TokenizeCsvRecord("\"open", fields), CsvRecordStatus::kUnterminatedQuote);
  EXPECT_EQ(TokenizeCsvRecord("a\nb", fields), CsvRecordStatus::kEmbeddedNewline);
  ASSERT_EQ(TokenizeCsvRecord("\"multi\nline\",x", fields), CsvRecordStatus::kOk);
  EXPECT_EQ(fields, (std::vector<std::string>{"multi\nline", "x"}));
  EXPECT_EQ(CountCsvFields(R"(a,"b,c",d)"), 3u);
}

// ---- Field parsing --------------------------------------------------------------------------

TEST(ScopusFields, FundingDetailsBothLayouts) {
  const auto legacy = ParseScopusFundingDetails(
      "81601515;\xC2\xA0National Natural Science Foundation of China,\xC2\xA0NSFC: 32030063,"
      "\xC2\xA0"
      "32070662;\xC2\xA0Politecnico di Torino,\xC2\xA0POLITO");
  ASSERT_EQ(legacy.size(), 4u);
  EXPECT_EQ(legacy[0].name, "");
  EXPECT_EQ(legacy[0].award_id, "81601515");
  EXPECT_EQ(legacy[1].name, "National Natural Science Foundation of China, NSFC");
  EXPECT_EQ(legacy[1].award_id, "32030063");
  EXPECT_EQ(legacy[2].award_id, "32070662");
  EXPECT_EQ(legacy[3].name, "Politecnico di Torino, POLITO");
  EXPECT_EQ(legacy[3].award_id, "");

  const auto current = ParseScopusFundingDetails(
      "Ministry of Science, ICT and Future Planning, MSIP, (2021R1A2C2006359); National Research "
      "Foundation of Korea, NRF; Wannan Medical College, WNMC, (2020jyxm76, 2021jyxm03)");
  ASSERT_EQ(current.size(), 4u);
  EXPECT_EQ(current[0].name, "Ministry of Science, ICT and Future Planning, MSIP");
  EXPECT_EQ(current[0].award_id, "2021R1A2C2006359");
  EXPECT_EQ(current[1].name, "National Research Foundation of Korea, NRF");
  EXPECT_EQ(current[2].award_id, "2020jyxm76");
  EXPECT_EQ(current[3].award_id, "2021jyxm03");
}

TEST(ScopusFields, DoiNormalised) {
  EXPECT_EQ(NormalizeDoi(" https://doi.org/10.1002/JCC.20289 "), "10.1002/jcc.20289");
  EXPECT_EQ(NormalizeDoi("doi:10.1/AbC"), "10.1/abc");
  EXPECT_EQ(NormalizeDoi(""), "");
}

TEST(ScopusFields, JoinedAffiliationsAreSegmented) {
  Publication record;
  ReadScopusAuthors(
      ScopusAuthorFields{
          "Kim C.; Wang L.", "", "",
          "Faculty of Physics, Kim Il Sung University, Pyongyang, Democratic People's Republic of "
          "Korea; Harbin Institute of Technology, Harbin, China",
          "Kim C., Faculty of Physics, Kim Il Sung University, Pyongyang, Democratic People's "
          "Republic of Korea, Harbin Institute of Technology, Harbin, China; Wang L., Harbin "
          "Institute of Technology, Harbin, China, School of Physics, Unlisted Lab, Harbin, China"},
      record);
  ASSERT_EQ(record.authors.size(), 2u);
  EXPECT_EQ(record.authors[0].affiliations, (std::vector<uint32_t>{0, 1}));
  ASSERT_EQ(record.affiliations.size(), 3u);
  EXPECT_EQ(record.affiliations[2].raw, "School of Physics, Unlisted Lab, Harbin, China");
  EXPECT_EQ(record.authors[1].affiliations, (std::vector<uint32_t>{1, 2}));
  EXPECT_TRUE(record.warnings.empty());
}

// Scopus leaves a ';' inside some addresses ("...China;, Email: x@y.cn", seen in the v2 sample).
TEST(ScopusFields, SemicolonInsideAnAddressDoesNotSplitIt) {
  Publication record;
  ReadScopusAuthors(ScopusAuthorFields{"Dou C.; Ji Y.", "", "",
                                       "School of Nursing, Jinan University, Guangzhou, China;, "
                                       "Email: a@b.cn; Other Lab, Guangzhou, China",
                                       "Dou C., School of Nursing, Jinan University, Guangzhou, "
                                       "China;, Email: a@b.cn; Ji Y., Other Lab, Guangzhou, China"},
                    record);
  ASSERT_EQ(record.affiliations.size(), 2u);
  EXPECT_EQ(record.affiliations[0].raw,
            "School of Nursing, Jinan University, Guangzhou, China;, Email: a@b.cn");
  EXPECT_EQ(record.authors[0].affiliations, (std::vector<uint32_t>{0}));
  EXPECT_EQ(record.authors[1].affiliations, (std::vector<uint32_t>{1}));
  EXPECT_TRUE(record.warnings.empty());
}

// Entries no author matches still give up their address text, never losing one.
TEST(ScopusFields, UnlinkedEntriesKeepTheirAddresses) {
  Publication no_column;
  ReadScopusAuthors(ScopusAuthorFields{"Pak S.", "", "", "",
                                       "Pak, Song-Il, Kim Il Sung University, Pyongyang, DPRK"},
                    no_column);
  ASSERT_EQ(no_column.affiliations.size(), 1u);
  EXPECT_EQ(no_column.affiliations[0].raw, "Pak, Song-Il, Kim Il Sung University, Pyongyang, DPRK");
  ASSERT_EQ(no_column.warnings.size(), 1u);

  Publication partial;
  ReadScopusAuthors(ScopusAuthorFields{"Pak S.", "", "", "Harbin Institute of Technology, China",
                                       "Other P., Harbin Institute of Technology, China, Kim "
                                       "Chaek University of Technology, Pyongyang, DPR Korea"},
                    partial);
  ASSERT_EQ(partial.affiliations.size(), 2u);
  EXPECT_EQ(partial.affiliations[1].raw,
            "Kim Chaek University of Technology, Pyongyang, DPR Korea");
  EXPECT_TRUE(partial.authors[0].affiliations.empty());
}

// Legacy entries repeat an author once per affiliation; same-named authors keep byline order.
TEST(ScopusFields, RepeatedAndSameNamedAuthors) {
  Publication record;
  ReadScopusAuthors(ScopusAuthorFields{"Kim C., Kim C., Ri J.", "", "1;2;3;", "A, X; B, Y; C, Z",
                                       "Kim, C., A, X; Kim, C., B, Y; Ri, J., C, Z; Ri, J., A, X"},
                    record);
  ASSERT_EQ(record.authors.size(), 3u);
  EXPECT_EQ(record.authors[0].affiliations, (std::vector<uint32_t>{0}));
  EXPECT_EQ(record.authors[1].affiliations, (std::vector<uint32_t>{1}));
  EXPECT_EQ(record.authors[2].affiliations, (std::vector<uint32_t>{2, 0}));
  EXPECT_EQ(record.authors[2].source_id, "3");
}

// ---- Real exports ---------------------------------------------------------------------------

TEST(ScopusCsv, LegacyExportReadsWhole) {
  LOAD_SHARED_OR_SKIP(bytes, "scopus_legacy_format.csv");
  const ReadResult result = ReadWhole(bytes);
  EXPECT_EQ(result.records.size(), 58u);
  EXPECT_EQ(result.Rejected(), 0u);
  EXPECT_TRUE(result.issues.empty());

  const Publication* namd = FindById(result, "2-s2.0-27344436659");
  ASSERT_NE(namd, nullptr);
  EXPECT_EQ(namd->title, "Scalable molecular dynamics with NAMD");
  EXPECT_EQ(namd->doi, "10.1002/jcc.20289");
  EXPECT_EQ(namd->date.ToIso(), "2005");
  EXPECT_EQ(namd->document_type, "Review");
  EXPECT_EQ(namd->source_title, "Journal of Computational Chemistry");
  ASSERT_EQ(namd->authors.size(), 10u);
  EXPECT_EQ(namd->authors[0].name, "Phillips J.C.");
  EXPECT_EQ(namd->authors[0].source_id, "57202138757");
  EXPECT_EQ(namd->authors[8].name, "Kalé L.");
  EXPECT_EQ(namd->author_keywords.front(), "Biomolecular simulation");
  ASSERT_FALSE(namd->funders.empty());
  EXPECT_EQ(namd->funders[0].name, "National Center for Research Resources, NCRR");
  EXPECT_EQ(namd->funders[0].award_id, "P41RR005969");
  EXPECT_EQ(AffiliationsOf(*namd, namd->authors[0]),
            (std::vector<std::string>{"Beckman Institute, University of Illinois at "
                                      "Urbana-Champaign, Urbana, IL 61801, United States"}));
  EXPECT_EQ(namd->source.line, 2u);

  // A row with one field more than the header: a second funding text.
  const Publication* petri = FindById(result, "2-s2.0-85123480963");
  ASSERT_NE(petri, nullptr);
  EXPECT_EQ(petri->document_type, "Article");
  EXPECT_EQ(petri->funding_text.rfind("The presented work was partially supported", 0), 0u);
  ASSERT_EQ(petri->authors.size(), 6u);
  // Kardynska M. has two affiliations joined by ", " in "Authors with affiliations".
  EXPECT_EQ(petri->authors[2].name, "Kardynska M.");
  EXPECT_EQ(AffiliationsOf(*petri, petri->authors[2]).size(), 2u);
  EXPECT_EQ(petri->affiliations.size(), 4u);

  // Records without authors are still records.
  EXPECT_GE(std::count_if(result.records.begin(), result.records.end(),
                          [](const Publication& p) { return p.authors.empty(); }),
            9);
  EXPECT_EQ(CountWarningsContaining(result, "could not link"), 0u);
}

TEST(ScopusCsv, CurrentExportReadsWhole) {
  LOAD_SHARED_OR_SKIP(bytes, "scopus_v2_format.csv");
  const ReadResult result = ReadWhole(bytes);
  EXPECT_EQ(result.records.size(), 88u);
  EXPECT_EQ(result.Rejected(), 0u);
  EXPECT_TRUE(result.issues.empty());

  const Publication& first = result.records.front();
  EXPECT_EQ(first.id, "2-s2.0-85136453267");
  EXPECT_EQ(first.doi, "10.1080/00140139.2022.2113152");
  ASSERT_EQ(first.authors.size(), 3u);
  EXPECT_EQ(first.authors[0].name, "Hao J.");
  EXPECT_EQ(first.authors[0].full_name, "Hao, Jie");
  EXPECT_EQ(first.authors[0].source_id, "57221302630");
  EXPECT_EQ(first.funding_text,
            "This study was supported by the NASA Nebraska Space Grant & EPSCoR (NNX15AK50A)");
  ASSERT_EQ(first.funders.size(), 1u);
  EXPECT_EQ(first.funders[0].name, "NASA Nebraska Space Grant & EPSCoR");
  EXPECT_EQ(first.funders[0].award_id, "NNX15AK50A");
  EXPECT_EQ(first.authors[1].affiliations, (std::vector<uint32_t>{1}));

  const Publication& second = result.records[1];
  ASSERT_EQ(second.authors.size(), 5u);
  EXPECT_EQ(second.authors[1].name, "Kaufman E.M.");
  EXPECT_EQ(AffiliationsOf(second, second.authors[1]),
            (std::vector<std::string>{
                "The Kinsey Institute, Indiana University, United States",
                "Luddy School of Informatics, Computing, and Engineering, Indiana University, "
                "United States"}));

  const size_t with_funding_text =
      std::count_if(result.records.begin(), result.records.end(),
                    [](const Publication& p) { return !p.funding_text.empty(); });
  EXPECT_GT(with_funding_text, 20u);
  EXPECT_EQ(CountWarningsContaining(result, "could not link"), 0u);
}

// Every linked affiliation index is valid, and every "Affiliations" string is kept.
TEST(ScopusCsv, RealExportsLinkEveryAuthorWithAffiliations) {
  for (const char* name : {"scopus_legacy_format.csv", "scopus_v2_format.csv"}) {
    LOAD_SHARED_OR_SKIP(bytes, name);
    const ReadResult result = ReadWhole(bytes);
    size_t linked = 0;
    size_t authors = 0;
    for (const Publication& record : result.records) {
      for (const Author& author : record.authors) {
        ++authors;
        linked += !author.affiliations.empty();
        for (const uint32_t index : author.affiliations) {
          EXPECT_LT(index, record.affiliations.size()) << record.id;
        }
      }
    }
    EXPECT_GT(authors, 0u);
    EXPECT_GE(linked * 100, authors * 95) << name << ": " << linked << " of " << authors;
  }
}

TEST(ScopusCsv, ChunkingDoesNotChangeTheResult) {
  for (const char* name : {"scopus_legacy_format.csv", "scopus_v2_format.csv"}) {
    LOAD_SHARED_OR_SKIP(bytes, name);
    const ReadResult whole = ReadWhole(bytes);
    const ReadResult bytewise = Read(bytes, [] { return 1; });
    std::mt19937 random(42);
    std::uniform_int_distribution<size_t> size(1, 5000);
    const ReadResult random_chunks = Read(bytes, [&] { return size(random); });
    for (const ReadResult* other : {&bytewise, &random_chunks}) {
      ASSERT_EQ(other->texts.size(), whole.texts.size()) << name;
      for (size_t i = 0; i < whole.texts.size(); ++i) {
        EXPECT_EQ(other->texts[i].text, whole.texts[i].text) << name << " record " << i;
        EXPECT_EQ(other->texts[i].line, whole.texts[i].line) << name << " record " << i;
      }
      EXPECT_EQ(other->issues.size(), whole.issues.size());
    }
  }
}

// ---- Synthetic exports ----------------------------------------------------------------------

constexpr std::string_view kHeader =
    "\xEF\xBB\xBF\"Authors\",\"Author full names\",\"Author(s) ID\",\"Title\",\"Year\","
    "\"Affiliations\",\"Authors with affiliations\",\"Funding Details\",\"Funding Texts\","
    "\"DOI\",\"EID\"\n";

// DPRK-style rows: a Kim Il Sung University author with a Chinese co-author, an author with two
// affiliations, and a row whose "Authors with affiliations" cannot be linked.
std::string DprkExport() {
  std::string csv(kHeader);
  csv +=
      "\"Ri C.; Wang H.; Kim J.\",\"Ri, Chol (57000000001); Wang, Hui (57000000002); Kim, Jong "
      "(57000000003)\",\"57000000001; 57000000002; 57000000003\",\"Crack analysis of composite "
      "laminates\",\"2018\",\"Faculty of Mechanics, Kim Il Sung University, Pyongyang, Democratic "
      "People's Republic of Korea; Harbin Institute of Technology, Harbin, China\",\"Ri C., "
      "Faculty of Mechanics, Kim Il Sung University, Pyongyang, Democratic People's Republic of "
      "Korea; Wang H., Harbin Institute of Technology, Harbin, China; Kim J., Faculty of "
      "Mechanics, Kim Il Sung University, Pyongyang, Democratic People's Republic of Korea, "
      "Harbin Institute of Technology, Harbin, China\",\"National Natural Science Foundation of "
      "China, NSFC, (11872001)\",\"Supported by NSFC.\",\"10.1016/J.X.2018.01\","
      "\"2-s2.0-85000000001\"\n";
  csv +=
      "\"Pak S.\",\"\",\"\",\"No link\",\"2019\",\"Kim Chaek University of Technology, "
      "Pyongyang, DPR Korea\",\"Someone Else X., Kim Chaek University of Technology, Pyongyang, "
      "DPR Korea\",\"\",\"\",\"\",\"2-s2.0-85000000002\"\n";
  csv += "\"\",\"\",\"\",\"No authors\",\"2020\",\"\",\"\",\"\",\"\",\"\",\"\"\n";
  return csv;
}

TEST(ScopusCsv, DprkRowsLinkAuthorsToAffiliations) {
  const ReadResult result = ReadWhole(DprkExport());
  ASSERT_EQ(result.records.size(), 3u);
  EXPECT_TRUE(result.issues.empty());
  const Publication& paper = result.records[0];
  EXPECT_EQ(paper.date.year, 2018);
  EXPECT_EQ(paper.doi, "10.1016/j.x.2018.01");
  ASSERT_EQ(paper.affiliations.size(), 2u);
  const std::string kisu =
      "Faculty of Mechanics, Kim Il Sung University, Pyongyang, "
      "Democratic People's Republic of Korea";
  const std::string hit = "Harbin Institute of Technology, Harbin, China";
  EXPECT_EQ(AffiliationsOf(paper, paper.authors[0]), (std::vector<std::string>{kisu}));
  EXPECT_EQ(AffiliationsOf(paper, paper.authors[1]), (std::vector<std::string>{hit}));
  EXPECT_EQ(AffiliationsOf(paper, paper.authors[2]), (std::vector<std::string>{kisu, hit}));
  EXPECT_EQ(paper.authors[2].full_name, "Kim, Jong");
  EXPECT_EQ(paper.authors[2].source_id, "57000000003");
  EXPECT_EQ(paper.funding_text, "Supported by NSFC.");
  ASSERT_EQ(paper.funders.size(), 1u);
  EXPECT_EQ(paper.funders[0].award_id, "11872001");
  EXPECT_TRUE(paper.warnings.empty());

  const Publication& unlinked = result.records[1];
  ASSERT_EQ(unlinked.affiliations.size(), 1u);
  EXPECT_EQ(unlinked.affiliations[0].raw,
            "Kim Chaek University of Technology, Pyongyang, DPR Korea");
  EXPECT_TRUE(unlinked.authors.at(0).affiliations.empty());
  ASSERT_EQ(unlinked.warnings.size(), 1u);
  EXPECT_NE(unlinked.warnings[0].find("could not link 1 of 1"), std::string::npos);

  const Publication& bare = result.records[2];
  EXPECT_TRUE(bare.authors.empty());
  EXPECT_TRUE(bare.affiliations.empty());
  EXPECT_EQ(bare.id, "scopus:test.csv:3");
}

TEST(ScopusCsv, ColumnsFoundByNameInAnyOrder) {
  const std::string csv =
      "EID,Title,Authors,Funding Text 2,Year,Funding Text 1,Abstract,References,Author Keywords\n"
      "2-s2.0-1,A title,\"Kim C., Ri J.\",second,2017,first,[No abstract available],"
      "\"Ref A, (2001); Ref B;still B, (2002)\",k1; k2\n";
  const ReadResult result = ReadWhole(csv);
  ASSERT_EQ(result.records.size(), 1u);
  const Publication& record = result.records[0];
  EXPECT_EQ(record.id, "2-s2.0-1");
  EXPECT_EQ(record.title, "A title");
  ASSERT_EQ(record.authors.size(), 2u);
  EXPECT_EQ(record.authors[1].name, "Ri J.");
  EXPECT_EQ(record.funding_text, "second\nfirst");
  EXPECT_EQ(record.abstract, "");
  EXPECT_EQ(record.references,
            (std::vector<std::string>{"Ref A, (2001)", "Ref B;still B, (2002)"}));
  EXPECT_EQ(record.author_keywords, (std::vector<std::string>{"k1", "k2"}));
  EXPECT_EQ(record.date.precision, DatePrecision::kYear);
}

TEST(ScopusCsv, CrlfAndMultilineFieldsKeepLineNumbers) {
  const std::string csv =
      "Title,Abstract,EID\r\n"
      "One,\"line 1\r\nline 2\r\nline 3\",2-s2.0-1\r\n"
      "\r\n"
      "Two,plain,2-s2.0-2\r\n";
  for (size_t chunk : {size_t{1}, size_t{2}, size_t{3}, csv.size()}) {
    const ReadResult result = Read(csv, [&] { return chunk; });
    ASSERT_EQ(result.records.size(), 2u) << chunk;
    EXPECT_EQ(result.records[0].abstract, "line 1\r\nline 2\r\nline 3");
    EXPECT_EQ(result.records[0].source.line, 2u);
    EXPECT_EQ(result.records[1].id, "2-s2.0-2");
    EXPECT_EQ(result.records[1].source.line, 6u);
    EXPECT_TRUE(result.issues.empty());
  }
}

TEST(ScopusCsv, LastRowWithoutNewline) {
  const std::string csv = "Title,EID\nOne,2-s2.0-1\n\"Two\nlines\",2-s2.0-2";
  for (size_t chunk : {size_t{1}, size_t{4}, csv.size()}) {
    const ReadResult result = Read(csv, [&] { return chunk; });
    ASSERT_EQ(result.texts.size(), 2u) << chunk;
    EXPECT_EQ(result.texts[1].text, "\"Two\nlines\",2-s2.0-2");
    EXPECT_EQ(result.texts[1].line, 3u);
    ASSERT_EQ(result.records.size(), 2u);
    EXPECT_EQ(result.records[1].title, "Two\nlines");
    EXPECT_TRUE(result.issues.empty());
  }
}

TEST(ScopusCsv, WrongFieldCountRejectsOnlyThatRow) {
  const std::string csv =
      "Title,Year,EID\n"
      "Good one,2017,2-s2.0-1\n"
      "Too few,2017\n"
      "Too,many,fields,here\n"
      "Good two,2018,2-s2.0-2\n";
  const ReadResult result = ReadWhole(csv);
  ASSERT_EQ(result.records.size(), 2u);
  EXPECT_EQ(result.records[1].id, "2-s2.0-2");
  EXPECT_EQ(result.records[1].source.line, 5u);
  ASSERT_EQ(result.issues.size(), 2u);
  EXPECT_EQ(result.issues[0].kind, RecordIssue::Kind::kRejected);
  EXPECT_EQ(result.issues[0].where.line, 3u);
  EXPECT_EQ(result.issues[0].where.record, 2u);
  EXPECT_EQ(result.issues[0].reason, "expected 3 fields (as in the header), found 2");
  EXPECT_EQ(result.issues[1].where.line, 4u);
  EXPECT_EQ(result.issues[1].reason, "expected 3 fields (as in the header), found 4");
  EXPECT_EQ(result.issues[1].excerpt, "Too,many,fields,here");
}

TEST(ScopusCsv, UnbalancedQuoteAtEndRejectsLastRecord) {
  const std::string csv =
      "Title,EID\n"
      "Fine,2-s2.0-1\n"
      "\"Never closed,2-s2.0-2\n"
      "more text\n";
  for (size_t chunk : {size_t{1}, size_t{7}, csv.size()}) {
    const ReadResult result = Read(csv, [&] { return chunk; });
    ASSERT_EQ(result.records.size(), 1u);
    ASSERT_EQ(result.issues.size(), 1u);
    EXPECT_EQ(result.issues[0].kind, RecordIssue::Kind::kRejected);
    EXPECT_EQ(result.issues[0].reason, "unterminated quoted field starting at line 3");
    EXPECT_EQ(result.issues[0].where.line, 3u);
    EXPECT_EQ(result.issues[0].where.record, 2u);
  }
}

TEST(ScopusCsv, NotAScopusHeaderGivesOneIssueAndNoRecords) {
  const ReadResult result = ReadWhole("Name,Age\nKim,40\nRi,50\n");
  EXPECT_FALSE(result.has_parser);
  EXPECT_TRUE(result.texts.empty());
  ASSERT_EQ(result.issues.size(), 1u);
  EXPECT_EQ(result.issues[0].kind, RecordIssue::Kind::kRejected);
  EXPECT_EQ(result.issues[0].where.line, 1u);
  EXPECT_NE(result.issues[0].reason.find("not a Scopus CSV export"), std::string::npos);
}

TEST(ScopusCsv, EmptyFileAndHeaderOnly) {
  for (const std::string_view empty :
       {std::string_view(""), std::string_view("\xEF\xBB\xBF"), std::string_view("\n\n")}) {
    const ReadResult result = ReadWhole(empty);
    ASSERT_EQ(result.issues.size(), 1u);
    EXPECT_EQ(result.issues[0].reason, "empty file: no header");
    EXPECT_EQ(result.issues[0].kind, RecordIssue::Kind::kRejected);
    EXPECT_EQ(result.issues[0].where.line, 1u);
  }
  const ReadResult header_only = ReadWhole(kHeader);
  EXPECT_TRUE(header_only.has_parser);
  EXPECT_TRUE(header_only.issues.empty());
  EXPECT_TRUE(header_only.records.empty());
}

TEST(ScopusCsv, Latin1BytesAreRepairedAndKept) {
  const std::string csv =
      "Title,Authors,EID\n"
      "Caf\xE9 study,\"M\xFCller K., Kim C.\",2-s2.0-1\n"
      "Next,\"Ri J.\",2-s2.0-2\n";
  const ReadResult result = ReadWhole(csv);
  ASSERT_EQ(result.records.size(), 2u);
  EXPECT_EQ(result.records[0].title, "Caf\xC3\xA9 study");
  EXPECT_EQ(result.records[0].authors[0].name, "M\xC3\xBCller K.");
  ASSERT_EQ(result.records[0].warnings.size(), 1u);
  ASSERT_EQ(result.issues.size(), 1u);
  EXPECT_EQ(result.issues[0].kind, RecordIssue::Kind::kRepaired);
  EXPECT_EQ(result.issues[0].where.line, 2u);
  EXPECT_EQ(result.Rejected(), 0u);
}

TEST(ScopusCsv, OversizedRecordIsRejectedAndSkipped) {
  const std::string big(5000, 'x');
  const std::string csv =
      "Title,Abstract,EID\n"
      "Small,short,2-s2.0-1\n"
      "Big,\"" +
      big + "\n" + big +
      "\",2-s2.0-2\n"
      "After,short,2-s2.0-3\n";
  ReaderOptions options;
  options.max_record_bytes = 1000;
  for (size_t chunk : {size_t{1}, size_t{333}, csv.size()}) {
    const ReadResult result = Read(
        csv, [&] { return chunk; }, options);
    ASSERT_EQ(result.records.size(), 2u) << chunk;
    EXPECT_EQ(result.records[1].id, "2-s2.0-3");
    EXPECT_EQ(result.records[1].source.line, 5u);
    EXPECT_EQ(result.records[1].source.record, 3u);
    ASSERT_EQ(result.issues.size(), 1u);
    EXPECT_EQ(result.issues[0].reason, "record exceeds 1000 bytes");
    EXPECT_EQ(result.issues[0].where.line, 3u);
    EXPECT_EQ(result.issues[0].where.record, 2u);
    EXPECT_EQ(result.issues[0].excerpt, "Big,\"" + big.substr(0, 195));
  }
}

// The excerpt is the record's first 200 bytes even when the cap is smaller, however it is fed.
TEST(ScopusCsv, OversizedExcerptDoesNotDependOnChunking) {
  const std::string field(300, 'q');
  const std::string csv = "Title,EID\n\"" + field + "\",2-s2.0-1\nNext,2-s2.0-2\n";
  ReaderOptions options;
  options.max_record_bytes = 50;
  for (size_t chunk : {size_t{1}, size_t{60}, csv.size()}) {
    const ReadResult result = Read(
        csv, [&] { return chunk; }, options);
    ASSERT_EQ(result.issues.size(), 1u) << chunk;
    EXPECT_EQ(result.issues[0].excerpt, "\"" + field.substr(0, 199)) << chunk;
    ASSERT_EQ(result.records.size(), 1u);
    EXPECT_EQ(result.records[0].source.line, 3u);
  }
}

TEST(ScopusCsv, QuickCheckRefusesOnlyMisshapenRows) {
  const ReadResult result = ReadWhole(std::string("Title,EID\nA,2-s2.0-1\n"));
  auto splitter = MakeScopusSplitter("q.csv", {});
  CollectingSink sink;
  splitter->Feed("Title,EID\n", sink);
  const auto parser = splitter->Parser();
  ASSERT_NE(parser, nullptr);
  EXPECT_FALSE(parser->QuickCheck("A,2-s2.0-1", {"q.csv", 2, 1}).has_value());
  EXPECT_TRUE(parser->QuickCheck("A,B,C", {"q.csv", 3, 2}).has_value());
}

}  // namespace
}  // namespace catchall
