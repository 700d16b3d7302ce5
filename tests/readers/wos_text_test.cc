// Tests of the Web of Science field-tagged reader: real exports, field values, author-address
// linking, chunking independence and bad input.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "readers/formats.h"
#include "readers/wos_fields.h"

namespace catchall {
namespace {

const std::string kDataDir = std::string(CATCHALL_SHARED_DATA_DIR) + "/wos-plaintext-export";

struct SplitRecord {
  std::string text;
  uint64_t first_line = 0;
  bool operator==(const SplitRecord&) const = default;
};

class CollectingSink final : public SplitSink {
 public:
  void Record(std::string_view text, uint64_t first_line) override {
    records.push_back(SplitRecord{std::string(text), first_line});
  }
  void Issue(RecordIssue issue) override { issues.push_back(std::move(issue)); }

  std::vector<SplitRecord> records;
  std::vector<RecordIssue> issues;
};

struct ReadResult {
  std::vector<SplitRecord> split;
  std::vector<Publication> records;
  std::vector<RecordIssue> issues;  // splitter and parser issues, in order of discovery

  size_t rejected() const {
    return std::count_if(issues.begin(), issues.end(), [](const RecordIssue& issue) {
      return issue.kind == RecordIssue::Kind::kRejected;
    });
  }
  const Publication* FindByTitle(std::string_view title) const {
    for (const Publication& record : records) {
      if (record.title == title) return &record;
    }
    return nullptr;
  }
};

// Feeds `bytes` in chunks of the sizes `next_chunk` returns, then parses every record.
template <typename ChunkSize>
ReadResult ReadWith(std::string_view bytes, ChunkSize next_chunk, ReaderOptions options = {}) {
  auto splitter = MakeWosSplitter("test.txt", options);
  CollectingSink sink;
  while (!bytes.empty()) {
    const size_t size = std::min(bytes.size(), std::max<size_t>(1, next_chunk()));
    splitter->Feed(bytes.substr(0, size), sink);
    bytes.remove_prefix(size);
  }
  splitter->Finish(sink);
  ReadResult result;
  result.split = sink.records;
  result.issues = sink.issues;
  uint64_t number = 0;
  for (const SplitRecord& split : sink.records) {
    const SourcePosition where{"test.txt", split.first_line, ++number};
    ParseOutcome outcome = splitter->Parser()->Parse(split.text, where);
    for (RecordIssue& issue : outcome.issues) result.issues.push_back(std::move(issue));
    if (outcome.record) result.records.push_back(std::move(*outcome.record));
  }
  return result;
}

ReadResult Read(std::string_view bytes, ReaderOptions options = {}) {
  return ReadWith(
      bytes, [] { return size_t{1} << 16; }, options);
}

std::string ReadDataFile(const std::string& name) {
  std::ifstream in(kDataDir + "/" + name, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

#define SKIP_WITHOUT_DATA()                                             \
  if (!std::filesystem::exists(kDataDir + "/ManyAuthors.isi")) {        \
    GTEST_SKIP() << "shared WoS sample data not found at " << kDataDir; \
  }

std::vector<std::string> AffiliationsOf(const Publication& record, const Author& author) {
  std::vector<std::string> raws;
  for (uint32_t index : author.affiliations) raws.push_back(record.affiliations.at(index).raw);
  return raws;
}

const Author* FindAuthor(const Publication& record, std::string_view full_name) {
  for (const Author& author : record.authors) {
    if (author.full_name == full_name) return &author;
  }
  return nullptr;
}

// --- Real exports ---------------------------------------------------------------------------

TEST(WosRealExport, SavedRecsReadsWhole) {
  SKIP_WITHOUT_DATA();
  const ReadResult result = Read(ReadDataFile("savedrecs.txt"));
  EXPECT_EQ(result.records.size(), 32u);
  EXPECT_EQ(result.rejected(), 0u);
  EXPECT_TRUE(result.issues.empty());

  const Publication& first = result.records.at(0);
  EXPECT_EQ(first.source.line, 3u);
  EXPECT_EQ(first.format, InputFormat::kWosText);
  EXPECT_EQ(first.id, "WOS:A1979GV55600001");
  EXPECT_EQ(first.doi, "10.1016/0370-1573(79)90074-7");
  EXPECT_EQ(first.title,
            "EXPERIMENTS IN PHENOMENOLOGICAL ELECTRODYNAMICS AND THE ELECTROMAGNETIC "
            "ENERGY-MOMENTUM TENSOR");
  EXPECT_EQ(first.source_title, "PHYSICS REPORTS-REVIEW SECTION OF PHYSICS LETTERS");
  EXPECT_EQ(first.document_type, "Review");
  EXPECT_EQ(first.date.ToIso(), "1979");
  ASSERT_EQ(first.authors.size(), 1u);
  EXPECT_EQ(first.authors[0].name, "BREVIK, I");
  EXPECT_EQ(first.authors[0].full_name, "BREVIK, I");
  // Old C1 without brackets: every address kept, none linked, no warning.
  ASSERT_EQ(first.affiliations.size(), 2u);
  EXPECT_EQ(first.affiliations[0].raw, "UNIV TRONDHEIM,INST THEORET PHYS,N-7034 TRONDHEIM,NORWAY");
  EXPECT_EQ(first.affiliations[1].raw, "LUFTKRIGSSKOLEN,TRONDHEIM MIL 7000,NORWAY");
  EXPECT_TRUE(first.authors[0].affiliations.empty());
  EXPECT_TRUE(first.warnings.empty());
  EXPECT_EQ(first.references.size(), 104u);  // NR 104
  EXPECT_EQ(first.references.front(), "Abraham M., 1909, RC CIRC MAT PALERMO, V28, P1");
  EXPECT_EQ(first.topics, std::vector<std::string>{"Physics, Multidisciplinary"});
}

TEST(WosRealExport, SavedRecsReprintAddressAddedAndLinked) {
  SKIP_WITHOUT_DATA();
  const ReadResult result = Read(ReadDataFile("savedrecs.txt"));
  const Publication* record =
      result.FindByTitle("Longitudinal and transverse effects of nonspecular reflection");
  ASSERT_NE(record, nullptr);
  EXPECT_EQ(record->source_title,
            "JOURNAL OF THE OPTICAL SOCIETY OF AMERICA A-OPTICS IMAGE SCIENCE AND VISION");
  ASSERT_GE(record->index_keywords.size(), 3u);
  EXPECT_EQ(record->index_keywords[0], "TOTAL-INTERNAL-REFLECTION");
  EXPECT_EQ(record->index_keywords.back(), "LIGHT BEAM");
  ASSERT_EQ(record->authors.size(), 1u);  // the RP name is not an extra author
  ASSERT_EQ(record->affiliations.size(), 1u);
  EXPECT_EQ(record->affiliations[0].raw,
            "POLISH ACAD SCI,INST FUNDAMENTAL TECHNOL RES,SWIETOKRZYSKA 21,PL-00049 WARSAW,POLAND");
  EXPECT_EQ(record->authors[0].affiliations, std::vector<uint32_t>{0});
}

TEST(WosRealExport, ManyAuthorsReadsWhole) {
  SKIP_WITHOUT_DATA();
  const ReadResult result = Read(ReadDataFile("ManyAuthors.isi"));
  EXPECT_EQ(result.records.size(), 500u);
  EXPECT_EQ(result.rejected(), 0u);
  for (const Publication& record : result.records) {
    EXPECT_TRUE(record.id.starts_with("WOS:")) << record.source.line;
    EXPECT_FALSE(record.authors.empty()) << record.id;
    EXPECT_NE(record.date.precision, DatePrecision::kNone) << record.id;
  }
}

TEST(WosRealExport, ManyAuthorsLinksAuthorsToAddresses) {
  SKIP_WITHOUT_DATA();
  const ReadResult result = Read(ReadDataFile("ManyAuthors.isi"));
  const Publication* record =
      result.FindByTitle("Off-Pump or On-Pump Coronary-Artery Bypass Grafting at 30 Days");
  ASSERT_NE(record, nullptr);
  EXPECT_EQ(record->source.line, 12839u);
  EXPECT_EQ(record->id, "WOS:000302934800006");
  EXPECT_EQ(record->doi, "10.1056/nejmoa1200388");
  EXPECT_EQ(record->date.ToIso(), "2012-04-19");
  EXPECT_EQ(record->authors.front().name, "Lamy, A");
  EXPECT_EQ(record->authors.front().full_name, "Lamy, Andre");

  const Author* hu = FindAuthor(*record, "Hu, Shengshou");
  ASSERT_NE(hu, nullptr);
  EXPECT_EQ(AffiliationsOf(*record, *hu),
            std::vector<std::string>{"Fu Wai Cardiovasc Hosp, Beijing, Peoples R China"});
  const Author* tao = FindAuthor(*record, "Tao, Liang");
  ASSERT_NE(tao, nullptr);
  EXPECT_EQ(AffiliationsOf(*record, *tao),
            std::vector<std::string>{"Wuhan Asia Heart Hosp, Wuhan, Peoples R China"});
  const Author* taggart = FindAuthor(*record, "Taggart, David P.");
  ASSERT_NE(taggart, nullptr);
  EXPECT_EQ(AffiliationsOf(*record, *taggart),
            (std::vector<std::string>{"Ctr Chron Dis Control, New Delhi, India",
                                      "Univ Oxford, Oxford, England"}));
  const Author* lamy = FindAuthor(*record, "Lamy, Andre");
  ASSERT_NE(lamy, nullptr);
  EXPECT_EQ(AffiliationsOf(*record, *lamy),
            std::vector<std::string>{
                "McMaster Univ, Populat Hlth Res Inst, Hamilton, ON L8L 2X2, Canada"});

  // An address without brackets in a modern record is kept, linked to nobody.
  const auto ankara = std::find_if(
      record->affiliations.begin(), record->affiliations.end(), [](const Affiliation& a) {
        return a.raw == "Ankara Univ, Sch Med, TR-06100 Ankara, Turkey";
      });
  ASSERT_NE(ankara, record->affiliations.end());
  const uint32_t ankara_index = static_cast<uint32_t>(ankara - record->affiliations.begin());
  for (const Author& author : record->authors) {
    EXPECT_EQ(std::count(author.affiliations.begin(), author.affiliations.end(), ankara_index), 0);
  }
  // The RP address equals a C1 one: not added again.
  EXPECT_EQ(record->affiliations.size(), 19u);

  ASSERT_EQ(record->funders.size(), 1u);
  EXPECT_EQ(record->funders[0].name, "Canadian Institutes of Health Research");
  EXPECT_EQ(record->funding_text,
            "Supported by the Canadian Institutes of Health Research.Funded by the Canadian "
            "Institutes of Health Research; CORONARY ClinicalTrials.gov number, NCT00463294.");
  ASSERT_EQ(record->index_keywords.size(), 8u);
  EXPECT_EQ(record->index_keywords[3], "OUTCOMES");
  EXPECT_EQ(record->index_keywords[4], "MORBIDITY");
  EXPECT_TRUE(record->abstract.starts_with("Background The relative benefits"));
  EXPECT_EQ(record->references.size(), 24u);
}

TEST(WosRealExport, ManyAuthorsOrcidsAndGrants) {
  SKIP_WITHOUT_DATA();
  const ReadResult result = Read(ReadDataFile("ManyAuthors.isi"));
  size_t with_orcid = 0;
  bool found_grobbee = false;
  bool found_grant = false;
  for (const Publication& record : result.records) {
    for (const Author& author : record.authors) {
      if (author.orcid.empty()) continue;
      ++with_orcid;
      EXPECT_TRUE(wos::IsOrcid(author.orcid)) << author.orcid;
      if (author.full_name == "Grobbee, Diederick E.") {
        EXPECT_EQ(author.orcid, "0000-0003-4472-4468");
        found_grobbee = true;
      }
    }
    for (const Funder& funder : record.funders) {
      if (funder.name == "National Institutes of Health" && funder.award_id == "HL-072771") {
        found_grant = true;
      }
    }
  }
  EXPECT_GE(with_orcid, 30u);
  EXPECT_TRUE(found_grobbee);
  EXPECT_TRUE(found_grant);
}

// --- Chunking ---------------------------------------------------------------------------------

TEST(WosChunking, OneByteAndRandomChunksGiveIdenticalRecords) {
  SKIP_WITHOUT_DATA();
  for (const char* name : {"savedrecs.txt", "ManyAuthors.isi"}) {
    const std::string bytes = ReadDataFile(name);
    const ReadResult whole = Read(bytes);
    const ReadResult single = ReadWith(bytes, [] { return size_t{1}; });
    std::mt19937 random(42);
    std::uniform_int_distribution<size_t> size(1, 5000);
    const ReadResult chunked = ReadWith(bytes, [&] { return size(random); });
    EXPECT_EQ(single.split, whole.split) << name;
    EXPECT_EQ(chunked.split, whole.split) << name;
    EXPECT_EQ(single.issues.size(), whole.issues.size()) << name;
  }
}

// --- Synthetic records -------------------------------------------------------------------------

constexpr std::string_view kDprkRecord =
    "PT J\n"
    "AU Kim, CN\n"
    "   Li, W\n"
    "   Pak, SH\n"
    "AF Kim, Chol Nam\n"
    "   Li, Wei\n"
    "   Pak, Song Hui\n"
    "TI Thermal conductivity of\n"
    "   doped graphene\n"
    "SO CARBON\n"
    "DT Article\n"
    "DE graphene; thermal conductivity;\n"
    "   doping\n"
    "AB First line.\n"
    "   Second line.\n"
    "C1 [Kim, Chol Nam; Pak, Song Hui] Kim Il Sung Univ, Fac Phys, Pyongyang, North Korea.\n"
    "   [Li, Wei] Harbin Inst Technol, Sch Mat Sci & Engn, Harbin 150001, Peoples R China.\n"
    "   [Kim, Chol Nam] State Acad Sci, Inst Phys, Pyongyang, DPR Korea.\n"
    "RP Li, W (corresponding author), Harbin Inst Technol, Sch Mat Sci & Engn, Harbin 150001, "
    "Peoples R China.; Kim, CN (corresponding author), Kim Chaek Univ Technol, Pyongyang, DPR "
    "Korea.\n"
    "EM liwei@hit.edu.cn\n"
    "OI Li, Wei/0000-0002-1825-009X; Kim, Chol Nam/J-1234-2015\n"
    "FU National Natural Science Foundation of China [51772001, 51872002]; Fundamental\n"
    "   Research Funds [HIT.2019]; Anonymous donor\n"
    "FX Thanks to all.\n"
    "CR Novoselov KS, 2004, SCIENCE, V306, P666\n"
    "   Geim AK, 2007, NAT MATER, V6, P183\n"
    "PD MAR 15\n"
    "PY 2020\n"
    "DI 10.1016/J.CARBON.2020.01.001\n"
    "UT WOS:000512345600001\n"
    "ER\n";

TEST(WosSynthetic, DprkRecordFieldsAndLinks) {
  const std::string file =
      "FN Clarivate Analytics Web of Science\nVR 1.0\n" + std::string(kDprkRecord) + "\nEF\n";
  const ReadResult result = Read(file);
  ASSERT_EQ(result.records.size(), 1u);
  EXPECT_TRUE(result.issues.empty());
  const Publication& record = result.records[0];
  EXPECT_EQ(record.source.line, 3u);
  EXPECT_EQ(record.id, "WOS:000512345600001");
  EXPECT_EQ(record.doi, "10.1016/j.carbon.2020.01.001");
  EXPECT_EQ(record.title, "Thermal conductivity of doped graphene");
  EXPECT_EQ(record.abstract, "First line. Second line.");
  EXPECT_EQ(record.author_keywords,
            (std::vector<std::string>{"graphene", "thermal conductivity", "doping"}));
  EXPECT_EQ(record.date.ToIso(), "2020-03-15");
  EXPECT_EQ(record.date.precision, DatePrecision::kDay);
  ASSERT_EQ(record.authors.size(), 3u);
  EXPECT_EQ(record.authors[1].name, "Li, W");
  EXPECT_EQ(record.authors[1].full_name, "Li, Wei");
  EXPECT_EQ(record.authors[1].orcid, "0000-0002-1825-009X");
  EXPECT_EQ(record.authors[0].orcid, "");  // a ResearcherID is not an ORCID

  ASSERT_EQ(record.affiliations.size(), 4u);
  EXPECT_EQ(record.affiliations[0].raw, "Kim Il Sung Univ, Fac Phys, Pyongyang, North Korea");
  EXPECT_EQ(record.affiliations[1].raw,
            "Harbin Inst Technol, Sch Mat Sci & Engn, Harbin 150001, Peoples R China");
  EXPECT_EQ(record.affiliations[2].raw, "State Acad Sci, Inst Phys, Pyongyang, DPR Korea");
  EXPECT_EQ(record.affiliations[3].raw, "Kim Chaek Univ Technol, Pyongyang, DPR Korea");
  EXPECT_EQ(record.authors[0].affiliations, (std::vector<uint32_t>{0, 2, 3}));
  EXPECT_EQ(record.authors[1].affiliations, (std::vector<uint32_t>{1}));
  EXPECT_EQ(record.authors[2].affiliations, (std::vector<uint32_t>{0}));

  ASSERT_EQ(record.funders.size(), 4u);
  EXPECT_EQ(record.funders[0].name, "National Natural Science Foundation of China");
  EXPECT_EQ(record.funders[0].award_id, "51772001");
  EXPECT_EQ(record.funders[1].award_id, "51872002");
  EXPECT_EQ(record.funders[2].name, "Fundamental Research Funds");
  EXPECT_EQ(record.funders[2].award_id, "HIT.2019");
  EXPECT_EQ(record.funders[3].name, "Anonymous donor");
  EXPECT_EQ(record.funders[3].award_id, "");
  EXPECT_EQ(record.funding_text, "Thanks to all.");
  EXPECT_EQ(record.references.size(), 2u);
  EXPECT_TRUE(record.warnings.empty());
}

TEST(WosSynthetic, UnknownBracketNameWarnsAndKeepsAddress) {
  const std::string file =
      "PT J\nAU Kim, CN\nAF Kim, Chol Nam\nTI T\n"
      "C1 [Ri, Myong Il] Kim Il Sung Univ, Pyongyang, North Korea.\nUT WOS:1\nER\n";
  const ReadResult result = Read(file);
  ASSERT_EQ(result.records.size(), 1u);
  const Publication& record = result.records[0];
  ASSERT_EQ(record.affiliations.size(), 1u);
  EXPECT_TRUE(record.authors[0].affiliations.empty());
  ASSERT_EQ(record.warnings.size(), 1u);
  EXPECT_NE(record.warnings[0].find("Ri, Myong Il"), std::string::npos);
}

// --- Bad input ---------------------------------------------------------------------------------

std::string Record(std::string_view ut, std::string_view title = "A title") {
  return "PT J\nAU Kim, CN\nTI " + std::string(title) + "\nUT " + std::string(ut) + "\nER\n";
}

TEST(WosBadInput, MissingErBeforeNextPt) {
  const std::string file =
      "FN x\nVR 1.0\n"                      // lines 1-2
      "PT J\nAU A, B\nTI Lost\nUT WOS:1\n"  // lines 3-6, no ER
      + Record("WOS:2")                     // lines 7-11
      + "EF\n";
  const ReadResult result = Read(file);
  ASSERT_EQ(result.records.size(), 1u);
  EXPECT_EQ(result.records[0].id, "WOS:2");
  EXPECT_EQ(result.records[0].source.line, 7u);
  ASSERT_EQ(result.issues.size(), 1u);
  EXPECT_EQ(result.issues[0].reason, "record starting at line 3 has no ER");
  EXPECT_EQ(result.issues[0].where.line, 3u);
  EXPECT_EQ(result.issues[0].kind, RecordIssue::Kind::kRejected);
  EXPECT_TRUE(result.issues[0].excerpt.starts_with("PT J\nAU A, B"));
}

TEST(WosBadInput, MissingErAtEfAndAtEndOfFile) {
  const std::string at_ef = Record("WOS:1") + "PT J\nTI Cut\nEF\n";
  ReadResult result = Read(at_ef);
  ASSERT_EQ(result.records.size(), 1u);
  ASSERT_EQ(result.issues.size(), 1u);
  EXPECT_EQ(result.issues[0].reason, "record starting at line 6 has no ER");

  const std::string at_end = Record("WOS:1") + "PT J\nTI Cut\nUT WOS:2";  // no final newline
  result = Read(at_end);
  ASSERT_EQ(result.records.size(), 1u);
  ASSERT_EQ(result.issues.size(), 1u);
  EXPECT_EQ(result.issues[0].reason, "record starting at line 6 has no ER");
}

TEST(WosBadInput, GarbageRunsRejectedOnceEach) {
  const std::string file =
      "FN x\n"
      "this is not\n"  // 2: garbage run 2-4 (blank inside)
      "\n"
      "WoS at all\n" +
      Record("WOS:1")    // 5-9
      + "<html>\n"       // 10: garbage run 10
      + Record("WOS:2")  // 11-15
      + "EF\n";
  const ReadResult result = Read(file);
  ASSERT_EQ(result.records.size(), 2u);
  EXPECT_EQ(result.records[1].source.line, 11u);
  ASSERT_EQ(result.issues.size(), 2u);
  EXPECT_EQ(result.issues[0].where.line, 2u);
  EXPECT_NE(result.issues[0].reason.find("lines 2-4"), std::string::npos);
  EXPECT_EQ(result.issues[0].excerpt, "this is not");
  EXPECT_EQ(result.issues[1].where.line, 10u);
  EXPECT_NE(result.issues[1].reason.find("line 10 "), std::string::npos);
}

TEST(WosBadInput, NotWosAtAll) {
  const ReadResult result = Read("Authors,Title,Year\n\"Kim\",\"X\",2020\n");
  EXPECT_TRUE(result.records.empty());
  ASSERT_EQ(result.issues.size(), 1u);
  EXPECT_EQ(result.issues[0].where.line, 1u);
}

TEST(WosBadInput, Latin1BytesRepaired) {
  const std::string file = Record("WOS:1", "Caf\xE9 in M\xFCnchen") + Record("WOS:2");
  const ReadResult result = Read(file);
  ASSERT_EQ(result.records.size(), 2u);
  EXPECT_EQ(result.records[0].title, "Caf\xC3\xA9 in M\xC3\xBCnchen");
  ASSERT_EQ(result.records[0].warnings.size(), 1u);
  ASSERT_EQ(result.issues.size(), 1u);
  EXPECT_EQ(result.issues[0].kind, RecordIssue::Kind::kRepaired);
  EXPECT_EQ(result.issues[0].where.line, 1u);
  EXPECT_EQ(result.rejected(), 0u);
  EXPECT_TRUE(result.records[1].warnings.empty());
}

TEST(WosBadInput, OversizeRecordSkippedNextRecordRead) {
  std::string big = "PT J\nAU Kim, CN\nAB ";
  big.append(500, 'x');
  big.append("\nUT WOS:BIG\nER\n");  // lines 1-5
  const std::string file = big + Record("WOS:2") + "EF\n";
  ReaderOptions options;
  options.max_record_bytes = 200;
  for (size_t chunk : {size_t{1}, size_t{7}, size_t{4096}}) {
    const ReadResult result = ReadWith(
        file, [&] { return chunk; }, options);
    ASSERT_EQ(result.records.size(), 1u) << chunk;
    EXPECT_EQ(result.records[0].id, "WOS:2");
    EXPECT_EQ(result.records[0].source.line, 6u);
    ASSERT_EQ(result.issues.size(), 1u);
    EXPECT_EQ(result.issues[0].reason, "record exceeds 200 bytes");
    EXPECT_EQ(result.issues[0].where.line, 1u);
    EXPECT_LE(result.issues[0].excerpt.size(), 200u);
  }
}

TEST(WosBadInput, CrlfAndBomAndBlankLines) {
  std::string file =
      "\xEF\xBB\xBF"
      "FN x\r\nVR 1.0\r\n\r\n";
  for (const std::string& record : {std::string(kDprkRecord), Record("WOS:2")}) {
    for (char c : record) {
      if (c == '\n') file.push_back('\r');
      file.push_back(c);
    }
    file.append("\r\n\r\n");
  }
  file.append("EF\r\n");
  const ReadResult crlf = Read(file);
  const ReadResult lf =
      Read("FN x\nVR 1.0\n\n" + std::string(kDprkRecord) + "\n\n" + Record("WOS:2") + "\n\nEF\n");
  ASSERT_EQ(crlf.records.size(), 2u);
  EXPECT_TRUE(crlf.issues.empty());
  EXPECT_EQ(crlf.split, lf.split);
  EXPECT_EQ(crlf.records[0].title, "Thermal conductivity of doped graphene");
  EXPECT_EQ(crlf.records[1].source.line, lf.records[1].source.line);
}

TEST(WosBadInput, EmptyFile) {
  ReadResult result = Read("");
  ASSERT_EQ(result.issues.size(), 1u);
  EXPECT_EQ(result.issues[0].reason, "empty file");
  result = Read("\xEF\xBB\xBF\n  \n");
  ASSERT_EQ(result.issues.size(), 1u);
  EXPECT_EQ(result.issues[0].reason, "empty file");
  result = Read("FN x\nVR 1.0\nEF\n");
  ASSERT_EQ(result.issues.size(), 1u);
  EXPECT_TRUE(result.records.empty());
}

TEST(WosBadInput, StrayLineInsideRecordKeptWithWarning) {
  const std::string file = "PT J\nAU Kim, CN\nTI Title\n  wrapped by an editor\nUT WOS:1\nER\n";
  const ReadResult result = Read(file);
  ASSERT_EQ(result.records.size(), 1u);
  EXPECT_EQ(result.records[0].title, "Title wrapped by an editor");
  ASSERT_EQ(result.records[0].warnings.size(), 1u);
  EXPECT_TRUE(result.records[0].warnings[0].starts_with("line 4:"));
}

TEST(WosBadInput, ParserRejectsTextThatIsNotARecord) {
  auto splitter = MakeWosSplitter("x", {});
  const SourcePosition where{"x", 1, 1};
  EXPECT_FALSE(splitter->Parser()->Parse("AU Kim\nER\n", where).record);
  EXPECT_FALSE(splitter->Parser()->Parse("PT J\nTI x\n", where).record);
  EXPECT_FALSE(splitter->Parser()->Parse("PT J\nER\n", where).record);
  EXPECT_FALSE(splitter->Parser()->Parse("", where).record);
}

// --- Field helpers ----------------------------------------------------------------------------

TEST(WosFields, Dates) {
  EXPECT_EQ(wos::ParseWosDate("2006", "DEC", "").ToIso(), "2006-12");
  EXPECT_EQ(wos::ParseWosDate("2007", "FEB 21", "").ToIso(), "2007-02-21");
  EXPECT_EQ(wos::ParseWosDate("2007", "FEB 30", "").ToIso(), "2007-02");
  EXPECT_EQ(wos::ParseWosDate("2008", "JAN-FEB", "").ToIso(), "2008-01");
  EXPECT_EQ(wos::ParseWosDate("2008", "SPR", "").ToIso(), "2008");
  EXPECT_EQ(wos::ParseWosDate("", "", "MAR 2021").ToIso(), "2021-03");
  EXPECT_EQ(wos::ParseWosDate("", "", "").precision, DatePrecision::kNone);
  EXPECT_EQ(wos::ParseWosDate("20x6", "DEC", "").precision, DatePrecision::kNone);
}

TEST(WosFields, Reprint) {
  bool has_marker = false;
  auto entries = wos::ParseReprint(
      "Kim, CN (reprint author), Kim Il Sung Univ, Pyongyang, North Korea.", has_marker);
  EXPECT_TRUE(has_marker);
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].names, std::vector<std::string>{"Kim, CN"});
  EXPECT_EQ(entries[0].address, "Kim Il Sung Univ, Pyongyang, North Korea");

  const std::string joined = wos::JoinReprintLines(
      {"Li, W (corresponding author), Harbin Inst Technol, Harbin, Peoples R China.",
       "Kim, CN; Pak, SH (corresponding author), Kim Il Sung Univ, Pyongyang, North Korea."});
  entries = wos::ParseReprint(joined, has_marker);
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].address, "Harbin Inst Technol, Harbin, Peoples R China");
  EXPECT_EQ(entries[1].names, (std::vector<std::string>{"Kim, CN", "Pak, SH"}));
  EXPECT_EQ(entries[1].address, "Kim Il Sung Univ, Pyongyang, North Korea");

  entries = wos::ParseReprint("KIM CN, KIM IL SUNG UNIV, PYONGYANG, NORTH KOREA", has_marker);
  EXPECT_FALSE(has_marker);
  ASSERT_EQ(entries.size(), 1u);
}

TEST(WosFields, FundersOrcidsDoi) {
  const auto funders = wos::ParseFunders("A [1; 2, 3]; B;; [orphan]");
  ASSERT_EQ(funders.size(), 4u);
  EXPECT_EQ(funders[0].award_id, "1; 2");
  EXPECT_EQ(funders[1].award_id, "3");
  EXPECT_EQ(funders[2].name, "B");
  EXPECT_EQ(funders[3].name, "");
  EXPECT_EQ(funders[3].award_id, "orphan");

  const auto orcids = wos::ParseOrcids(
      "Branje, Susan/0000-0002-9999-5313; X/Y/0000-0001-2345-678x; "
      "Alitalo, Kari/J-5013-2014");
  ASSERT_EQ(orcids.size(), 2u);
  EXPECT_EQ(orcids[0].name, "Branje, Susan");
  EXPECT_EQ(orcids[1].name, "X/Y");
  EXPECT_EQ(orcids[1].orcid, "0000-0001-2345-678X");

  EXPECT_EQ(wos::NormalizeDoi(" https://doi.org/10.1038/SJ.X "), "10.1038/sj.x");
  EXPECT_EQ(wos::CleanAddress("  Univ X, Seoul, South Korea. "), "Univ X, Seoul, South Korea");
}

}  // namespace
}  // namespace catchall
