// OpenAlex JSON Lines reader: splitter framing, QuickCheck, and the decoding of realistic works
// (tests/readers/openalex_data/*.json, pretty-printed; each is flattened to one line here).
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "model/publication.h"
#include "readers/formats.h"
#include "readers/reader.h"

namespace catchall {
namespace {

constexpr const char* kFile = "works.jsonl";

// Abstracts the inverted indexes of the fixture works were built from.
constexpr std::string_view kAbstractKisuHit =
    "Ni-based alloy coatings reinforced with in situ TiC were deposited on 45 steel by laser "
    "cladding. The phase composition, microstructure and microhardness of the coatings were "
    "studied by XRD, SEM and EDS. Results show that the coating consists of \xCE\xB3-Ni, Cr23C6 "
    "and TiC, and that the \"fine dendrites\" near the interface grow epitaxially. The "
    "microhardness reaches 850 HV0.2, about 3.5 times that of the substrate, and the wear rate of "
    "the coating is 38% of that of the substrate.";

struct SplitRecord {
  std::string text;
  uint64_t line = 0;
};

class CollectingSink : public SplitSink {
 public:
  void Record(std::string_view text, uint64_t first_line) override {
    records.push_back({std::string(text), first_line});
  }
  void Issue(RecordIssue issue) override { issues.push_back(std::move(issue)); }

  std::vector<SplitRecord> records;
  std::vector<RecordIssue> issues;
};

// Feeds `input` in chunks of the given sizes (cycled), then finishes.
CollectingSink SplitInChunks(std::string_view input, const std::vector<size_t>& chunk_sizes,
                             ReaderOptions options = {}) {
  auto splitter = MakeOpenAlexSplitter(kFile, options);
  CollectingSink sink;
  size_t next = 0;
  while (!input.empty()) {
    const size_t size = std::min(input.size(), chunk_sizes[next++ % chunk_sizes.size()]);
    splitter->Feed(input.substr(0, size), sink);
    input.remove_prefix(size);
  }
  splitter->Finish(sink);
  return sink;
}

CollectingSink Split(std::string_view input, ReaderOptions options = {}) {
  return SplitInChunks(input, {input.size() + 1}, options);
}

std::shared_ptr<const RecordParser> Parser() {
  static const auto splitter = MakeOpenAlexSplitter(kFile, {});
  return splitter->Parser();
}

ParseOutcome ParseLine(std::string_view line, uint64_t line_number = 1) {
  return Parser()->Parse(line, SourcePosition{kFile, line_number, 1});
}

Publication ParseOk(std::string_view line) {
  ParseOutcome outcome = ParseLine(line);
  EXPECT_TRUE(outcome.record.has_value())
      << (outcome.issues.empty() ? "" : outcome.issues.front().reason);
  return outcome.record.value_or(Publication{});
}

// A fixture work as one JSON line: pretty-printed JSON has no raw newline inside strings, so
// replacing newlines by spaces keeps it the same document.
std::string WorkLine(const std::string& name) {
  std::ifstream in(std::string(CATCHALL_SOURCE_DIR) + "/tests/readers/openalex_data/" + name +
                   ".json");
  EXPECT_TRUE(in.good()) << "missing fixture " << name;
  std::stringstream content;
  content << in.rdbuf();
  std::string line = content.str();
  std::replace(line.begin(), line.end(), '\n', ' ');
  return line;
}

std::vector<std::string> AllWorkLines() {
  return {WorkLine("kisu_hit_2024"), WorkLine("korea_univ_legacy_2019"),
          WorkLine("raw_only_dprk_2020"), WorkLine("api_nulls_2022")};
}

const Affiliation& AffiliationOf(const Publication& pub, size_t author, size_t k) {
  return pub.affiliations.at(pub.authors.at(author).affiliations.at(k));
}

std::vector<std::string> InstitutionNames(const Affiliation& affiliation) {
  std::vector<std::string> names;
  for (const SourceInstitution& i : affiliation.source_institutions) {
    names.push_back(i.display_name.empty() ? "country:" + i.country_code : i.display_name);
  }
  return names;
}

// ---------------------------------------------------------------- realistic works

TEST(OpenAlexWork, DprkChinaCollaborationNewSnapshotShape) {
  const Publication pub = ParseOk(WorkLine("kisu_hit_2024"));
  EXPECT_EQ(pub.format, InputFormat::kOpenAlexJsonl);
  EXPECT_EQ(pub.id, "https://openalex.org/W4390172345");
  EXPECT_EQ(pub.doi, "10.1016/j.jallcom.2023.172345");
  EXPECT_EQ(
      pub.title,
      "Microstructure and wear resistance of laser-cladded TiC/Ni-based coatings on 45 steel");
  EXPECT_EQ(pub.abstract, kAbstractKisuHit);
  EXPECT_EQ(pub.date.ToIso(), "2024-01-15");
  EXPECT_EQ(pub.date.precision, DatePrecision::kDay);
  EXPECT_EQ(pub.document_type, "article");
  EXPECT_EQ(pub.source_title, "Journal of Alloys and Compounds");
  EXPECT_EQ(pub.author_keywords, (std::vector<std::string>{"Laser cladding", "Microhardness"}));
  // primary_topic first, its repetition in topics dropped, then the concepts.
  EXPECT_EQ(pub.topics,
            (std::vector<std::string>{"Laser Cladding and Surface Engineering",
                                      "Wear and Tribology of Metal Coatings",
                                      "High-Entropy Alloys and Superalloys", "Materials science",
                                      "Cladding (metalworking)", "Metallurgy", "Microhardness"}));
  ASSERT_EQ(pub.references.size(), 24u);
  EXPECT_TRUE(pub.references.front().starts_with("https://openalex.org/W"));
  ASSERT_EQ(pub.funders.size(), 2u);
  EXPECT_EQ(pub.funders[0].name, "National Natural Science Foundation of China");
  EXPECT_EQ(pub.funders[0].award_id, "52075123");
  EXPECT_EQ(pub.funders[0].source_id, "https://openalex.org/F4320321001");
  EXPECT_TRUE(pub.warnings.empty()) << pub.warnings.front();

  ASSERT_EQ(pub.authors.size(), 3u);
  EXPECT_EQ(pub.authors[0].name, "Chol Ho Kim");
  EXPECT_EQ(pub.authors[0].full_name, "Kim Chol Ho");
  EXPECT_EQ(pub.authors[0].source_id, "https://openalex.org/A5091234567");
  EXPECT_EQ(pub.authors[0].orcid, "");
  EXPECT_EQ(pub.authors[1].orcid, "0000-0002-1825-0097");

  // Three distinct raw strings, shared by the authors who list them.
  ASSERT_EQ(pub.affiliations.size(), 3u);
  const Affiliation& kisu = AffiliationOf(pub, 0, 0);
  EXPECT_TRUE(kisu.raw.starts_with("Faculty of Materials Science and Technology, Kim Il Sung"));
  ASSERT_EQ(kisu.source_institutions.size(), 1u);
  EXPECT_EQ(kisu.source_institutions[0].display_name, "Kim Il Sung University");
  EXPECT_EQ(kisu.source_institutions[0].country_code, "KP");
  EXPECT_EQ(kisu.source_institutions[0].id, "https://openalex.org/I4210119208");
  EXPECT_EQ(kisu.source_institutions[0].ror, "https://ror.org/05mzhz025");
  EXPECT_EQ(kisu.source_institutions[0].type, "education");
  EXPECT_EQ(pub.authors[1].affiliations, (std::vector<uint32_t>{1, 2}));
  // The last author's two strings each get only the institution the mapping names.
  EXPECT_EQ(pub.authors[2].affiliations, (std::vector<uint32_t>{0, 1}));
  EXPECT_EQ(InstitutionNames(pub.affiliations[0]),
            (std::vector<std::string>{"Kim Il Sung University"}));
  EXPECT_EQ(InstitutionNames(pub.affiliations[1]),
            (std::vector<std::string>{"Harbin Institute of Technology"}));
}

TEST(OpenAlexWork, KoreaUniversityLegacySnapshotShape) {
  const Publication pub = ParseOk(WorkLine("korea_univ_legacy_2019"));
  EXPECT_EQ(pub.doi, "10.1016/j.apsusc.2019.02.123");
  EXPECT_EQ(pub.source_title, "Applied Surface Science");  // host_venue
  EXPECT_EQ(pub.document_type, "journal-article");
  EXPECT_EQ(pub.date.ToIso(), "2019-06-01");
  EXPECT_EQ(pub.author_keywords, (std::vector<std::string>{"graphene oxide", "suzuki coupling"}));
  EXPECT_EQ(pub.index_keywords, (std::vector<std::string>{"Graphite", "Palladium"}));
  EXPECT_EQ(pub.topics.front(), "Chemistry");
  EXPECT_EQ(pub.references.size(), 35u);
  EXPECT_TRUE(pub.funders.empty());
  EXPECT_TRUE(pub.abstract.starts_with("Graphene oxide (GO) sheets functionalised"));

  ASSERT_EQ(pub.authors.size(), 3u);
  ASSERT_EQ(pub.affiliations.size(), 2u);
  // raw_affiliation_string (one string): all the authorship's institutions belong to it.
  const Affiliation& joint = AffiliationOf(pub, 1, 0);
  EXPECT_EQ(InstitutionNames(joint),
            (std::vector<std::string>{"Korea University", "Yanbian University"}));
  EXPECT_EQ(joint.source_institutions[0].country_code, "KR");  // "kr" in the data
  EXPECT_EQ(pub.authors[0].affiliations, pub.authors[2].affiliations);
  for (const Affiliation& a : pub.affiliations) {
    for (const SourceInstitution& i : a.source_institutions) EXPECT_NE(i.country_code, "KP");
  }
}

TEST(OpenAlexWork, DprkOnlyInRawAffiliationStrings) {
  const Publication pub = ParseOk(WorkLine("raw_only_dprk_2020"));
  ASSERT_EQ(pub.authors.size(), 3u);
  const Affiliation& academy = AffiliationOf(pub, 0, 0);
  EXPECT_EQ(academy.raw,
            "Institute of Mathematics, State Academy of Sciences, Pyongyang, DPR Korea");
  EXPECT_TRUE(academy.source_institutions.empty());

  // Two strings, two institutions, no mapping: each institution goes where its name appears.
  ASSERT_EQ(pub.authors[1].affiliations.size(), 2u);
  EXPECT_EQ(InstitutionNames(AffiliationOf(pub, 1, 0)),
            (std::vector<std::string>{"Northeast Normal University"}));
  EXPECT_EQ(InstitutionNames(AffiliationOf(pub, 1, 1)),
            (std::vector<std::string>{"Jilin University"}));

  // No institution but countries ["KP"]: the country is kept on the author's only string.
  const Affiliation& pyongyang = AffiliationOf(pub, 2, 0);
  EXPECT_EQ(pyongyang.raw, "Pyongyang, Korea");
  EXPECT_EQ(InstitutionNames(pyongyang), (std::vector<std::string>{"country:KP"}));
  EXPECT_EQ(pub.source_title, "Advances in Difference Equations");
  EXPECT_TRUE(pub.warnings.empty());
}

TEST(OpenAlexWork, ApiShapeWithNullsAndNoRawStrings) {
  const Publication pub = ParseOk(WorkLine("api_nulls_2022"));
  EXPECT_EQ(pub.doi, "");
  EXPECT_EQ(pub.title, "Design of a low-power wireless sensor node for greenhouse monitoring");
  EXPECT_EQ(pub.source_title, "");
  EXPECT_EQ(pub.abstract, "");
  EXPECT_TRUE(pub.topics.empty());
  EXPECT_TRUE(pub.warnings.empty()) << pub.warnings.front();

  ASSERT_EQ(pub.authors.size(), 2u);
  // An institution without any raw string becomes an affiliation named after it.
  const Affiliation& kcut = AffiliationOf(pub, 0, 0);
  EXPECT_EQ(kcut.raw, "Kim Chaek University of Technology");
  ASSERT_EQ(kcut.source_institutions.size(), 1u);
  EXPECT_EQ(kcut.source_institutions[0].country_code, "KP");
  // Only a country: an affiliation with an empty raw string carries it.
  const Affiliation& country_only = AffiliationOf(pub, 1, 0);
  EXPECT_EQ(country_only.raw, "");
  EXPECT_EQ(InstitutionNames(country_only), (std::vector<std::string>{"country:KP"}));

  // awards (with award ids) first, then funders not already named.
  ASSERT_EQ(pub.funders.size(), 2u);
  EXPECT_EQ(pub.funders[0].name, "State Commission of Science and Technology");
  EXPECT_EQ(pub.funders[0].award_id, "21-4-07");
  EXPECT_EQ(pub.funders[1].name, "Ministry of Higher Education");
  EXPECT_EQ(pub.funders[1].award_id, "");
}

TEST(OpenAlexWork, SourcePositionIsKept) {
  const ParseOutcome outcome = Parser()->Parse(R"({"id":"W1"})", SourcePosition{"a.jsonl", 42, 7});
  ASSERT_TRUE(outcome.record);
  EXPECT_EQ(outcome.record->source.file, "a.jsonl");
  EXPECT_EQ(outcome.record->source.line, 42u);
  EXPECT_EQ(outcome.record->source.record, 7u);
  EXPECT_TRUE(outcome.issues.empty());
}

TEST(OpenAlexWork, HugeWorkOverOneMebibyteIsRead) {
  std::string line = R"({"id":"W-big","authorships":[)";
  for (int i = 0; i < 12000; ++i) {
    line += (i ? "," : "") + std::string(R"({"author":{"display_name":"Author )") +
            std::to_string(i) + R"("},"raw_affiliation_strings":["CERN, Geneva, Switzerland",)" +
            R"("Institute )" + std::to_string(i % 500) + R"("]})";
  }
  line += "]}";
  ASSERT_GT(line.size(), size_t{1} << 20);
  const Publication pub = ParseOk(line);
  EXPECT_EQ(pub.authors.size(), 12000u);
  EXPECT_EQ(pub.affiliations.size(), 501u);
  EXPECT_EQ(ParseOk(WorkLine("raw_only_dprk_2020")).authors.size(),
            3u);  // back to the reused parser
}

// Parse runs on worker threads: each thread must get the same answer as a lone one.
TEST(OpenAlexWork, ConcurrentParsesAgree) {
  const std::vector<std::string> lines = AllWorkLines();
  std::vector<std::string> expected;
  for (const std::string& line : lines) {
    const Publication pub = ParseOk(line);
    expected.push_back(pub.title + "|" + pub.abstract + "|" + std::to_string(pub.authors.size()) +
                       "|" + std::to_string(pub.affiliations.size()));
  }
  std::atomic<int> mismatches = 0;
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 50; ++round) {
        const size_t i = (round + t) % lines.size();
        const ParseOutcome outcome = ParseLine(lines[i]);
        if (!outcome.record) {
          ++mismatches;
          continue;
        }
        const Publication& pub = *outcome.record;
        const std::string got = pub.title + "|" + pub.abstract + "|" +
                                std::to_string(pub.authors.size()) + "|" +
                                std::to_string(pub.affiliations.size());
        if (got != expected[i]) ++mismatches;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(mismatches.load(), 0);
}

// ---------------------------------------------------------------- field details

TEST(OpenAlexFields, AbstractIsRebuiltInPositionOrder) {
  const Publication pub =
      ParseOk(R"({"abstract_inverted_index":{"world":[1],"Hello":[0,4],"again,":[3],"hello":[2],)"
              R"("\"quoted\"":[5],"caf\u00e9":[7],"gap":[6]}})");
  EXPECT_EQ(pub.abstract, "Hello world hello again, Hello \"quoted\" gap caf\xC3\xA9");
}

TEST(OpenAlexFields, AbstractWithBadPositionsKeepsTheRest) {
  const Publication pub =
      ParseOk(R"({"abstract_inverted_index":{"b":[1],"x":[-1],"y":"2","a":[0]}})");
  EXPECT_EQ(pub.abstract, "a b");
  ASSERT_EQ(pub.warnings.size(), 1u);
  EXPECT_NE(pub.warnings[0].find("abstract_inverted_index.x"), std::string::npos);
}

TEST(OpenAlexFields, DatePrecisionAndFallbacks) {
  EXPECT_EQ(ParseOk(R"({"publication_date":"2017-03-09"})").date.ToIso(), "2017-03-09");
  EXPECT_EQ(ParseOk(R"({"publication_year":2017})").date.ToIso(), "2017");
  EXPECT_EQ(ParseOk(R"({"publication_year":2017})").date.precision, DatePrecision::kYear);
  const Publication bad_date =
      ParseOk(R"({"publication_date":"2019-02-30","publication_year":2019})");
  EXPECT_EQ(bad_date.date.ToIso(), "2019");
  ASSERT_EQ(bad_date.warnings.size(), 1u);
  EXPECT_NE(bad_date.warnings[0].find("publication_date"), std::string::npos);
  EXPECT_EQ(ParseOk(R"({"publication_date":null,"publication_year":null})").date.precision,
            DatePrecision::kNone);
  EXPECT_EQ(ParseOk(R"({"publication_date":"2020-02-29"})").date.ToIso(), "2020-02-29");
}

TEST(OpenAlexFields, DoiForms) {
  EXPECT_EQ(ParseOk(R"({"doi":"https://doi.org/10.1000/ABC.def"})").doi, "10.1000/abc.def");
  EXPECT_EQ(ParseOk(R"({"doi":"HTTP://DX.DOI.ORG/10.1/X"})").doi, "10.1/x");
  EXPECT_EQ(ParseOk(R"({"doi":"10.5555/Plain"})").doi, "10.5555/plain");
  EXPECT_EQ(ParseOk(R"({"doi":null})").doi, "");
}

TEST(OpenAlexFields, TitleFallsBackToDisplayName) {
  EXPECT_EQ(ParseOk(R"({"display_name":"D","title":"T"})").title, "T");
  EXPECT_EQ(ParseOk(R"({"title":null,"display_name":"D"})").title, "D");
}

TEST(OpenAlexFields, PrimaryLocationWinsOverHostVenue) {
  EXPECT_EQ(ParseOk(R"({"host_venue":{"display_name":"Old"},)"
                    R"("primary_location":{"source":{"display_name":"New"}}})")
                .source_title,
            "New");
  EXPECT_EQ(ParseOk(R"({"primary_location":{"source":null},"host_venue":{"display_name":"Old"}})")
                .source_title,
            "Old");
}

TEST(OpenAlexFields, AffiliationStringsAreDeduplicatedAcrossAuthors) {
  const Publication pub = ParseOk(
      R"({"authorships":[)"
      R"({"author":{"display_name":"A"},"raw_affiliation_strings":["X Univ, Pyongyang"],)"
      R"("institutions":[{"id":"I1","display_name":"X Univ","country_code":"kp"}]},)"
      R"({"author":{"display_name":"B"},"raw_affiliation_strings":["X Univ, Pyongyang", " "],)"
      R"("institutions":[{"id":"I1","display_name":"X Univ","country_code":"KP"},)"
      R"({"id":"I2","display_name":"Other","country_code":"CN"}]}]})");
  ASSERT_EQ(pub.affiliations.size(), 1u);
  EXPECT_EQ(InstitutionNames(pub.affiliations[0]), (std::vector<std::string>{"X Univ", "Other"}));
  EXPECT_EQ(pub.affiliations[0].source_institutions[0].country_code, "KP");
  EXPECT_EQ(pub.authors[0].affiliations, pub.authors[1].affiliations);
}

TEST(OpenAlexFields, MappedAffiliationsAttachPrecisely) {
  const Publication pub = ParseOk(
      R"({"authorships":[{"author":{"display_name":"A"},)"
      R"("raw_affiliation_strings":["S1","S2","S3"],)"
      R"("institutions":[{"id":"I1","display_name":"One"},{"id":"I2","display_name":"Two"},)"
      R"({"id":"I3","display_name":"Three"}],)"
      R"("affiliations":[{"raw_affiliation_string":"S1","institution_ids":["I2"]},)"
      R"({"raw_affiliation_string":"S2","institution_ids":["I1","I9"]}]}]})");
  ASSERT_EQ(pub.authors.size(), 1u);
  // S1, S2, S3 in order, then "Three" which no string names.
  ASSERT_EQ(pub.affiliations.size(), 4u);
  EXPECT_EQ(InstitutionNames(pub.affiliations[0]), (std::vector<std::string>{"Two"}));
  ASSERT_EQ(pub.affiliations[1].source_institutions.size(), 2u);
  EXPECT_EQ(pub.affiliations[1].source_institutions[1].id, "I9");  // unknown id kept
  EXPECT_TRUE(pub.affiliations[2].source_institutions.empty());
  EXPECT_EQ(pub.affiliations[3].raw, "Three");
  EXPECT_EQ(pub.authors[0].affiliations, (std::vector<uint32_t>{0, 1, 2, 3}));
}

TEST(OpenAlexFields, CountryNotCoveredByAnInstitutionIsKept) {
  const Publication pub = ParseOk(
      R"({"authorships":[{"author":{"display_name":"A"},"raw_affiliation_strings":["S1","S2"],)"
      R"("institutions":[{"id":"I1","display_name":"S1","country_code":"CN"}],)"
      R"("countries":["CN","KP"]}]})");
  // Two strings: nobody can say which one the KP came from, so it gets its own entry.
  ASSERT_EQ(pub.affiliations.size(), 3u);
  EXPECT_EQ(pub.affiliations[2].raw, "");
  EXPECT_EQ(InstitutionNames(pub.affiliations[2]), (std::vector<std::string>{"country:KP"}));
}

TEST(OpenAlexFields, LegacyKeywordsAndNewFunders) {
  const Publication pub = ParseOk(
      R"({"keywords":[{"keyword":"k1"},"k2",{"display_name":"k3"},{"score":1}],)"
      R"("grants":[{"funder":"F1","funder_display_name":"Fund","award_id":"A-1"}],)"
      R"("awards":[{"funder_id":"F1","funder_display_name":"Fund","funder_award_id":"A-1"},)"
      R"({"funder_id":"F1","funder_display_name":"Fund","funder_award_id":"A-2"}],)"
      R"("funders":[{"id":"F1","display_name":"Fund"},{"id":"F2","display_name":"Other"}]})");
  EXPECT_EQ(pub.author_keywords, (std::vector<std::string>{"k1", "k2", "k3"}));
  ASSERT_EQ(pub.funders.size(), 3u);
  EXPECT_EQ(pub.funders[0].award_id, "A-1");
  EXPECT_EQ(pub.funders[1].award_id, "A-2");
  EXPECT_EQ(pub.funders[2].name, "Other");
}

TEST(OpenAlexFields, WrongTypesAreSkippedWithWarnings) {
  const ParseOutcome outcome = ParseLine(
      R"({"id":"https://openalex.org/W1","title":["not","a","string"],"authorships":"oops",)"
      R"("doi":42,"referenced_works":{"a":1},"publication_year":"2019"})");
  ASSERT_TRUE(outcome.record);
  EXPECT_TRUE(outcome.issues.empty());
  const Publication& pub = *outcome.record;
  EXPECT_EQ(pub.id, "https://openalex.org/W1");
  EXPECT_TRUE(pub.authors.empty());
  ASSERT_EQ(pub.warnings.size(), 5u);
  EXPECT_EQ(pub.warnings[0], "title: expected string, found array; field ignored");
  EXPECT_EQ(pub.warnings[1], "authorships: expected array, found string; field ignored");
}

TEST(OpenAlexFields, WrongTypesInsideAuthorshipsNameThePath) {
  const Publication pub =
      ParseOk(R"({"authorships":[{"author":{"display_name":"A"}},{"author":"B","institutions":[)"
              R"({"display_name":"X","country_code":7}],"raw_affiliation_strings":"S"},3]})");
  ASSERT_EQ(pub.authors.size(), 2u);
  EXPECT_EQ(pub.authors[0].name, "A");
  ASSERT_EQ(pub.warnings.size(), 4u);
  EXPECT_EQ(pub.warnings[0], "authorships[1].author: expected object, found string; field ignored");
  EXPECT_EQ(pub.warnings[1],
            "authorships[1].institutions[0].country_code: expected string, found integer; "
            "field ignored");
  EXPECT_EQ(pub.warnings[2],
            "authorships[1].raw_affiliation_strings: expected array, found string; field ignored");
  EXPECT_EQ(pub.warnings[3], "authorships[2]: expected object, found integer; field ignored");
  // The institution still counts, under its own name.
  ASSERT_EQ(pub.affiliations.size(), 1u);
  EXPECT_EQ(pub.affiliations[0].raw, "X");
}

TEST(OpenAlexFields, WarningsAreCapped) {
  std::string line = R"({"authorships":[)";
  for (int i = 0; i < 100; ++i) line += (i ? "," : "") + std::string("1");
  line += "]}";
  const Publication pub = ParseOk(line);
  ASSERT_EQ(pub.warnings.size(), 21u);
  EXPECT_EQ(pub.warnings.back(), "80 more warnings not listed");
}

// ---------------------------------------------------------------- bad lines

void ExpectRejected(std::string_view line, std::string_view reason_prefix) {
  const ParseOutcome outcome = ParseLine(line, 9);
  EXPECT_FALSE(outcome.record) << line;
  ASSERT_EQ(outcome.issues.size(), 1u) << line;
  EXPECT_EQ(outcome.issues[0].kind, RecordIssue::Kind::kRejected);
  EXPECT_TRUE(outcome.issues[0].reason.starts_with(reason_prefix))
      << line << " -> " << outcome.issues[0].reason;
  EXPECT_EQ(outcome.issues[0].where.line, 9u);
  EXPECT_FALSE(outcome.issues[0].excerpt.empty());
}

TEST(OpenAlexBadInput, RejectedWithReasons) {
  ExpectRejected("[1,2,3]", "not a JSON object");
  ExpectRejected("\"work\"", "not a JSON object");
  ExpectRejected("42", "not a JSON object");
  ExpectRejected(R"({"id":"W1","title":"cut here)", "truncated JSON object");
  ExpectRejected(R"({"id":"W1","authorships":[{"author":{)", "truncated JSON object");
  ExpectRejected(R"({"id":"W1" "title":"T"})", "invalid JSON");
  ExpectRejected(R"({"id":"W1","a":[1,2}})", "invalid JSON");
  ExpectRejected(R"({"id":"W1",})", "invalid JSON");
  ExpectRejected(R"({"id":"W1"} {"id":"W2"})", "invalid JSON");
  ExpectRejected(R"({"id":NaN})", "invalid JSON");
  ExpectRejected("{\"id\":\"W1\x01\"}", "invalid JSON");
}

std::string RejectReason(std::string_view line) {
  const ParseOutcome outcome = ParseLine(line);
  return outcome.issues.empty() ? "" : outcome.issues.front().reason;
}

TEST(OpenAlexBadInput, RejectionSaysWhere) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {R"({"id":"W1","authorships":[{"author":{"display_name":tru}}]})",
       "invalid JSON at authorships[0].author.display_name (byte 52): "},
      {R"({"id":"W1","a":[1,2}})", "invalid JSON at a[2] (byte 19): "},
      {R"({"id":"W1"} {"id":"W2"})", "invalid JSON after the object (byte 12): "},
      {R"({"id":"W1","authorships":[{"author":{"display_name":"Kim)", "truncated JSON object"},
  };
  for (const auto& [line, prefix] : cases) {
    const std::string reason = RejectReason(line);
    EXPECT_TRUE(reason.starts_with(prefix)) << line << " -> " << reason;
  }
}

TEST(OpenAlexBadInput, DeepNestingIsRejectedNotRecursedInto) {
  const std::string deep = "{\"a\":" + std::string(100000, '[') + "}";
  const ParseOutcome outcome = ParseLine(deep);
  EXPECT_FALSE(outcome.record);
  ASSERT_EQ(outcome.issues.size(), 1u);
  const std::string valid_but_deep =
      "{\"a\":" + std::string(5000, '[') + std::string(5000, ']') + "}";
  EXPECT_FALSE(ParseLine(valid_but_deep).record);  // simdjson's depth limit is 1024
}

TEST(OpenAlexBadInput, InvalidUtf8IsRepairedAndReported) {
  // "Universit\xE9" is Latin-1: decoded as Windows-1252 it is "Université".
  const ParseOutcome outcome = ParseLine("{\"id\":\"W1\",\"title\":\"Universit\xE9 de Paris\"}", 4);
  ASSERT_TRUE(outcome.record);
  EXPECT_EQ(outcome.record->title, "Universit\xC3\xA9 de Paris");
  ASSERT_EQ(outcome.issues.size(), 1u);
  EXPECT_EQ(outcome.issues[0].kind, RecordIssue::Kind::kRepaired);
  EXPECT_EQ(outcome.issues[0].where.line, 4u);
  EXPECT_EQ(outcome.issues[0].reason, "invalid UTF-8 decoded as Windows-1252");
  ASSERT_FALSE(outcome.record->warnings.empty());
  EXPECT_EQ(outcome.record->warnings[0], "invalid UTF-8 decoded as Windows-1252");
}

TEST(OpenAlexBadInput, LoneSurrogateEscapeIsRepaired) {
  const ParseOutcome outcome =
      ParseLine(R"({"title":"x \ud835 y","abstract_inverted_index":{"\ud835\udc00":[0]}})");
  ASSERT_TRUE(outcome.record) << outcome.issues.front().reason;
  EXPECT_EQ(outcome.record->title, "x \xEF\xBF\xBD y");
  EXPECT_EQ(outcome.record->abstract, "\xF0\x9D\x90\x80");  // the valid pair is untouched
  ASSERT_EQ(outcome.issues.size(), 1u);
  EXPECT_EQ(outcome.issues[0].kind, RecordIssue::Kind::kRepaired);
}

TEST(OpenAlexBadInput, BothRepairsAreReportedInOrder) {
  const ParseOutcome outcome = ParseLine("{\"title\":\"Universit\xE9 \\udc00\"}");
  ASSERT_TRUE(outcome.record);
  EXPECT_EQ(outcome.record->title, "Universit\xC3\xA9 \xEF\xBF\xBD");
  ASSERT_EQ(outcome.issues.size(), 2u);
  EXPECT_EQ(outcome.record->warnings,
            (std::vector<std::string>{outcome.issues[0].reason, outcome.issues[1].reason}));
  EXPECT_EQ(outcome.issues[0].reason, "invalid UTF-8 decoded as Windows-1252");
}

TEST(OpenAlexBadInput, EscapedBackslashBeforeUIsNotASurrogate) {
  const Publication pub = ParseOk(R"({"title":"C:\\ud835"})");
  EXPECT_EQ(pub.title, "C:\\ud835");
}

// ---------------------------------------------------------------- QuickCheck

TEST(OpenAlexQuickCheck, AcceptsValidWorks) {
  for (const std::string& line : AllWorkLines()) {
    EXPECT_FALSE(Parser()->QuickCheck(line, {kFile, 1, 1}));
  }
  EXPECT_FALSE(Parser()->QuickCheck("  {\"id\":\"W1\"}  \r", {kFile, 1, 1}));
}

TEST(OpenAlexQuickCheck, RejectsWhatCannotBeAWork) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"[1]", "not a JSON object"},
      {"", "not a JSON object"},
      {"hello", "not a JSON object"},
      {"{", "truncated JSON object"},
      {R"({"id":"W1","title":"cut)", "truncated JSON object"},
  };
  for (const auto& [line, reason] : cases) {
    const auto issue = Parser()->QuickCheck(line, {kFile, 3, 2});
    ASSERT_TRUE(issue) << line;
    EXPECT_EQ(issue->reason, reason);
    EXPECT_EQ(issue->kind, RecordIssue::Kind::kRejected);
    EXPECT_EQ(issue->where.line, 3u);
  }
}

// Parse repairs such a line, so QuickCheck reports the same repair rather than a rejection.
TEST(OpenAlexQuickCheck, InvalidUtf8IsReportedAsParseWouldReportIt) {
  const std::string line = "{\"id\":\"W1\",\"title\":\"Universit\xE9\"}";
  const auto issue = Parser()->QuickCheck(line, {kFile, 3, 2});
  ASSERT_TRUE(issue);
  const ParseOutcome outcome = ParseLine(line, 3);
  ASSERT_TRUE(outcome.record);
  ASSERT_EQ(outcome.issues.size(), 1u);
  EXPECT_EQ(issue->kind, outcome.issues[0].kind);
  EXPECT_EQ(issue->kind, RecordIssue::Kind::kRepaired);
  EXPECT_EQ(issue->reason, outcome.issues[0].reason);
  EXPECT_EQ(issue->excerpt, outcome.issues[0].excerpt);
}

// What QuickCheck rejects for its shape, Parse rejects too (the prefilter must not change counts).
TEST(OpenAlexQuickCheck, AgreesWithParseOnShape) {
  for (const std::string line :
       {"[1]", "{", "{\"a\":1", "x{}", "{}x", "{\"a\":[}", "\"{}\"", "{} ", "{\"a\":1}}"}) {
    const auto issue = Parser()->QuickCheck(line, {kFile, 1, 1});
    if (issue) {
      EXPECT_FALSE(ParseLine(line).record) << line;
    }
  }
}

// ---------------------------------------------------------------- splitter

TEST(OpenAlexSplitter, LinesCrlfBlankLinesAndLastLineWithoutNewline) {
  const CollectingSink sink = Split("{\"a\":1}\r\n\r\n   \n{\"b\":2}\n\n{\"c\":3}");
  ASSERT_EQ(sink.records.size(), 3u);
  EXPECT_EQ(sink.records[0].text, "{\"a\":1}");
  EXPECT_EQ(sink.records[0].line, 1u);
  EXPECT_EQ(sink.records[1].text, "{\"b\":2}");
  EXPECT_EQ(sink.records[1].line, 4u);
  EXPECT_EQ(sink.records[2].text, "{\"c\":3}");
  EXPECT_EQ(sink.records[2].line, 6u);
  EXPECT_TRUE(sink.issues.empty());
}

TEST(OpenAlexSplitter, ByteOrderMarkIsDropped) {
  const CollectingSink sink = Split("\xEF\xBB\xBF{\"a\":1}\n");
  ASSERT_EQ(sink.records.size(), 1u);
  EXPECT_EQ(sink.records[0].text, "{\"a\":1}");
}

TEST(OpenAlexSplitter, EmptyFileIsAnIssue) {
  for (const std::string input : {"", "\n\n", " \r\n"}) {
    const CollectingSink sink = Split(input);
    EXPECT_TRUE(sink.records.empty());
    ASSERT_EQ(sink.issues.size(), 1u);
    EXPECT_EQ(sink.issues[0].reason, "empty file: no records");
    EXPECT_EQ(sink.issues[0].where.file, kFile);
  }
}

TEST(OpenAlexSplitter, OverlongLineIsRejectedAndSkipped) {
  ReaderOptions options;
  options.max_record_bytes = 16;
  // The third line is exactly 16 bytes before its CR LF.
  const std::string input = "{\"a\":1}\n{\"long\":\"0123456789abcdef\"}\n{\"exactly16\":12}\r\n{}";
  for (const size_t chunk : {size_t{1}, size_t{3}, size_t{7}, input.size()}) {
    const CollectingSink sink = SplitInChunks(input, {chunk}, options);
    ASSERT_EQ(sink.records.size(), 3u) << chunk;
    EXPECT_EQ(sink.records[1].text, "{\"exactly16\":12}");
    EXPECT_EQ(sink.records[2].line, 4u);
    ASSERT_EQ(sink.issues.size(), 1u);
    EXPECT_EQ(sink.issues[0].reason, "record exceeds 16 bytes");
    EXPECT_EQ(sink.issues[0].where.line, 2u);
    EXPECT_TRUE(sink.issues[0].excerpt.starts_with("{\"long\":\"0123456"));
  }
}

// The zero-copy path (whole line in one chunk) and the assembling path must judge alike.
TEST(OpenAlexSplitter, CapIgnoresCrAndByteOrderMarkOnBothPaths) {
  ReaderOptions options;
  options.max_record_bytes = 8;
  const std::string input = "\xEF\xBB\xBF{\"a\":12}\r\n          \n{\"b\":12}\r\n";
  for (const size_t chunk : {size_t{1}, size_t{2}, input.size()}) {
    const CollectingSink sink = SplitInChunks(input, {chunk}, options);
    ASSERT_EQ(sink.records.size(), 2u) << chunk;
    EXPECT_EQ(sink.records[0].text, "{\"a\":12}");
    EXPECT_EQ(sink.records[1].line, 3u);
    // A blank line over the cap is reported like any other line over the cap.
    ASSERT_EQ(sink.issues.size(), 1u) << chunk;
    EXPECT_EQ(sink.issues[0].where.line, 2u);
  }
}

TEST(OpenAlexSplitter, ChunkingDoesNotChangeRecords) {
  std::string input;
  for (const std::string& line : AllWorkLines()) input += line + "\n\r\n" + line + "\r\n";
  input += "{\"tail\":true}";
  const CollectingSink whole = Split(input);
  ASSERT_EQ(whole.records.size(), 9u);
  std::mt19937 random(20261122);
  std::vector<std::vector<size_t>> chunkings = {{1}, {2}, {4096}, {1, 5000, 3}};
  for (int i = 0; i < 5; ++i) {
    std::vector<size_t> sizes;
    for (int k = 0; k < 50; ++k) sizes.push_back(1 + random() % 9000);
    chunkings.push_back(sizes);
  }
  for (const auto& sizes : chunkings) {
    const CollectingSink chunked = SplitInChunks(input, sizes);
    ASSERT_EQ(chunked.records.size(), whole.records.size());
    for (size_t r = 0; r < whole.records.size(); ++r) {
      EXPECT_EQ(chunked.records[r].text, whole.records[r].text);
      EXPECT_EQ(chunked.records[r].line, whole.records[r].line);
    }
    EXPECT_TRUE(chunked.issues.empty());
  }
}

TEST(OpenAlexSplitter, BadLinesKeepTheirLineNumbersAndTheRestIsRead) {
  const std::string good = WorkLine("raw_only_dprk_2020");
  const std::string input = good + "\n" + "{\"id\":\"W2\",\"title\":\"cut\n" + "not json\n\n" +
                            good + "\n" + "{\"title\":\"Universit\xE9\"}\n" + good + "\n";
  const CollectingSink sink = SplitInChunks(input, {777});
  ASSERT_EQ(sink.records.size(), 6u);
  std::vector<uint64_t> lines;
  std::vector<bool> read;
  for (const SplitRecord& record : sink.records) {
    const ParseOutcome outcome = Parser()->Parse(record.text, {kFile, record.line, 0});
    lines.push_back(record.line);
    read.push_back(outcome.record.has_value());
    for (const RecordIssue& issue : outcome.issues) EXPECT_EQ(issue.where.line, record.line);
  }
  EXPECT_EQ(lines, (std::vector<uint64_t>{1, 2, 3, 5, 6, 7}));
  EXPECT_EQ(read, (std::vector<bool>{true, false, false, true, true, true}));
}

}  // namespace
}  // namespace catchall

namespace catchall {
namespace {

// The prefilter reads only the first top-level authorships array, so the parser must too.
TEST(OpenAlexBadInput, OnlyTheFirstAuthorshipsArrayIsRead) {
  const Publication pub = ParseOk(
      R"({"id":"W1","authorships":[{"author":{"display_name":"A"},"raw_affiliation_strings":["X"]}],)"
      R"("authorships":[{"author":{"display_name":"B"},"raw_affiliation_strings":["Pyongyang"]}]})");
  ASSERT_EQ(pub.authors.size(), 1u);
  EXPECT_EQ(pub.authors[0].name, "A");
  ASSERT_EQ(pub.affiliations.size(), 1u);
  EXPECT_EQ(pub.affiliations[0].raw, "X");
  ASSERT_FALSE(pub.warnings.empty());
  EXPECT_NE(pub.warnings.back().find("duplicate"), std::string::npos);
}

}  // namespace
}  // namespace catchall
