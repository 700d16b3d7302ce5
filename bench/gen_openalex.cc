// gen_openalex: writes deterministic, realistic OpenAlex works (JSON Lines, 5-10 KB per work) for
// the screening benchmark, plus the ids the benchmark must find.
//
//   gen_openalex SEED SIZE_MB OUT.jsonl
//
// Writes OUT.jsonl (stops after the first work that reaches SIZE_MB * 10^6 bytes) and, next to
// it, one id per line:
//   OUT.jsonl.dprk_foreign.ids  DPRK-foreign co-authored works (what catchall must all find)
//   OUT.jsonl.kp_code.ids       works with an institution whose country_code is "KP"
//                               (what jq / DuckDB select; includes DPRK-only works with a code)
//   OUT.jsonl.dprk_only.ids     works whose authors are all DPRK (a tie, not co-authored)
// About 0.5% of works are DPRK-foreign: half carry a KP institution, half show the DPRK author
// only through a raw affiliation string (no institution, so no country code anywhere).
// Statistics go to stderr. Same seed and size give byte-identical output on any platform
// (own PRNG, no std distributions, no unordered containers).

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "gen_openalex_data.h"
#include "json_writer.h"
#include "splitmix64.h"

namespace catchall::bench {
namespace {

uint64_t Fnv1a(std::string_view text) {
  uint64_t hash = 0xcbf29ce484222325ull;
  for (char c : text) hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
  return hash;
}

std::string OpenAlexUrl(char kind, uint64_t number) {
  return "https://openalex.org/" + std::string(1, kind) + std::to_string(number);
}

std::string InstitutionId(const InstitutionRow& row) {
  return OpenAlexUrl('I', 100000000 + Fnv1a(row.name) % 4000000000ull);
}

// ROR ids are 0 + 6 Crockford base32 characters + 2 check digits.
std::string RorId(const InstitutionRow& row) {
  static constexpr std::string_view kAlphabet = "0123456789abcdefghjkmnpqrstvwxyz";
  uint64_t hash = Fnv1a(row.name) * 31 + 7;
  std::string ror = "https://ror.org/0";
  for (int i = 0; i < 6; ++i, hash >>= 5) ror.push_back(kAlphabet[hash & 31]);
  ror += std::to_string(10 + hash % 90);
  return ror;
}

std::string Digits(Rng& rng, int count) {
  std::string text;
  for (int i = 0; i < count; ++i) text.push_back(static_cast<char>('0' + rng.Below(10)));
  return text;
}

std::string Orcid(Rng& rng) {
  return "https://orcid.org/0000-000" + Digits(rng, 1) + "-" + Digits(rng, 4) + "-" +
         Digits(rng, 3) + (rng.Chance(0.1) ? "X" : Digits(rng, 1));
}

std::string_view CountryName(Rng& rng, std::string_view code) {
  std::vector<std::string_view> names;
  for (const auto& row : kCountryNames) {
    if (row.code == code) names.push_back(row.name);
  }
  return names.empty() ? code : names[rng.Below(names.size())];
}

// ---------------------------------------------------------------------------------------------
// The plan of a work: who wrote it and where they were. Rendering to JSON comes after.

enum class WorkKind { kOrdinary, kDprkForeignCoded, kDprkForeignRawOnly, kDprkOnly };

struct AuthorPlan {
  std::string name;
  std::vector<const InstitutionRow*> institutions;  // empty: raw string only, or nothing
  std::vector<std::string> raw_affiliations;
};

struct InstitutionPools {
  std::vector<const InstitutionRow*> korea, china, northeast_china, japan, usa, rest;

  InstitutionPools() {
    for (const auto& row : kInstitutions) {
      if (row.country_code == "KR")
        korea.push_back(&row);
      else if (row.country_code == "CN")
        china.push_back(&row);
      else if (row.country_code == "JP")
        japan.push_back(&row);
      else if (row.country_code == "US")
        usa.push_back(&row);
      else
        rest.push_back(&row);
      if (row.city == "Changchun" || row.city == "Yanji" || row.city == "Harbin" ||
          row.city == "Shenyang" || row.city == "Dalian") {
        northeast_china.push_back(&row);
      }
    }
  }

  const InstitutionRow* Ordinary(Rng& rng) const {
    double u = rng.Unit();
    if (u < 0.18) return rng.Pick(korea);
    if (u < 0.48) return rng.Pick(china);
    if (u < 0.56) return rng.Pick(japan);
    if (u < 0.74) return rng.Pick(usa);
    return rng.Pick(rest);
  }
  // Foreign partners of DPRK authors: mostly China, often the north-east.
  const InstitutionRow* DprkPartner(Rng& rng) const {
    double u = rng.Unit();
    if (u < 0.40) return rng.Pick(northeast_china);
    if (u < 0.75) return rng.Pick(china);
    return rng.Pick(rest);
  }
};

std::string PersonName(Rng& rng, std::string_view country_code) {
  if (country_code == "KR")
    return std::string(rng.Pick(kKoreanGiven)) + " " + std::string(rng.Pick(kKoreanFamily));
  if (country_code == "CN")
    return std::string(rng.Pick(kChineseGiven)) + " " + std::string(rng.Pick(kChineseFamily));
  if (country_code == "JP")
    return std::string(rng.Pick(kJapaneseGiven)) + " " + std::string(rng.Pick(kJapaneseFamily));
  if (country_code == "KP") {
    // DPRK authors write the family name first or last.
    std::string family(rng.Pick(kDprkFamily)), given(rng.Pick(kDprkGiven));
    return rng.Chance(0.5) ? family + " " + given : given + " " + family;
  }
  return std::string(rng.Pick(kWesternGiven)) + " " + std::string(rng.Pick(kWesternFamily));
}

std::string OrdinaryAddress(Rng& rng, const InstitutionRow& row) {
  std::string address;
  if (rng.Chance(0.8)) address = std::string(rng.Pick(kDepartments)) + ", ";
  address += std::string(row.name) + ", " + std::string(row.city);
  if (rng.Chance(0.4)) address += " " + Digits(rng, 5);
  return address + ", " + std::string(CountryName(rng, row.country_code));
}

std::string DprkAddress(Rng& rng, const InstitutionRow& row) {
  std::string address = std::string(rng.Pick(kDprkUnits)) + ", " + std::string(row.name) + ", ";
  if (rng.Chance(0.2)) address += rng.Chance(0.5) ? "Taesong District, " : "Kyogu-dong, ";
  return address + "Pyongyang, " + std::string(rng.Pick(kDprkCountryNames));
}

AuthorPlan OrdinaryAuthor(Rng& rng, const InstitutionRow& home, const InstitutionPools& pools) {
  AuthorPlan author{PersonName(rng, home.country_code), {&home}, {}};
  if (rng.Chance(0.12)) author.institutions.push_back(pools.Ordinary(rng));
  for (const auto* row : author.institutions) {
    author.raw_affiliations.push_back(OrdinaryAddress(rng, *row));
  }
  double u = rng.Unit();
  if (u < 0.05) {
    author.institutions.clear();  // OpenAlex could not match the address: raw string only
  } else if (u < 0.08) {
    author.institutions.clear();  // no affiliation at all
    author.raw_affiliations.clear();
  }
  return author;
}

AuthorPlan DprkAuthor(Rng& rng, bool with_institution) {
  const InstitutionRow& row = rng.Pick(kDprkInstitutions);
  AuthorPlan author{PersonName(rng, "KP"), {}, {DprkAddress(rng, row)}};
  if (with_institution) author.institutions.push_back(&row);
  return author;
}

int AuthorCount(Rng& rng) {
  double u = rng.Unit();
  if (u < 0.45) return rng.Between(3, 4);
  if (u < 0.75) return rng.Between(5, 6);
  if (u < 0.92) return rng.Between(7, 9);
  if (u < 0.98) return rng.Between(10, 15);
  return rng.Between(16, 30);
}

std::vector<AuthorPlan> PlanAuthors(Rng& rng, WorkKind kind, const InstitutionPools& pools) {
  int count = AuthorCount(rng);
  std::vector<AuthorPlan> authors;
  if (kind == WorkKind::kDprkOnly) {
    bool coded = rng.Chance(0.5);
    for (int i = 0; i < std::min(count, 6); ++i) authors.push_back(DprkAuthor(rng, coded));
    return authors;
  }
  bool dprk = kind != WorkKind::kOrdinary;
  std::vector<const InstitutionRow*> teams;
  int team_count = rng.Between(1, 3);
  for (int i = 0; i < team_count; ++i) {
    teams.push_back(dprk ? pools.DprkPartner(rng) : pools.Ordinary(rng));
  }
  int dprk_authors = dprk ? rng.Between(1, std::max(1, count / 2)) : 0;
  int dprk_first = rng.Chance(0.6) ? 0 : count - dprk_authors;  // DPRK block first or last
  for (int i = 0; i < count; ++i) {
    if (i >= dprk_first && i < dprk_first + dprk_authors) {
      authors.push_back(DprkAuthor(rng, kind == WorkKind::kDprkForeignCoded));
    } else {
      authors.push_back(OrdinaryAuthor(rng, *teams[rng.Below(teams.size())], pools));
    }
  }
  // A foreign author must carry an institution, so the work is co-authored in every reading.
  if (dprk) {
    bool has_foreign = std::any_of(authors.begin(), authors.end(), [](const AuthorPlan& a) {
      return !a.institutions.empty() && a.institutions[0]->country_code != "KP";
    });
    if (!has_foreign) {
      std::size_t last = dprk_first == 0 ? authors.size() - 1 : 0;
      authors[last] = OrdinaryAuthor(rng, *teams[0], pools);
      authors[last].institutions = {teams[0]};
      authors[last].raw_affiliations = {OrdinaryAddress(rng, *teams[0])};
    }
  }
  return authors;
}

// ---------------------------------------------------------------------------------------------
// Rendering.

void WriteInstitution(JsonWriter& json, const InstitutionRow& row) {
  std::string id = InstitutionId(row);
  json.BeginObject();
  json.Field("id", id);
  json.Field("display_name", row.name);
  json.Field("ror", RorId(row));
  json.Field("country_code", row.country_code);
  json.Field("type", row.type);
  json.Key("lineage");
  json.BeginArray();
  json.String(id);
  json.EndArray();
  json.EndObject();
}

void WriteAuthorship(JsonWriter& json, Rng& rng, const AuthorPlan& author, std::size_t index,
                     std::size_t count) {
  json.BeginObject();
  json.Field("author_position", index == 0 ? "first" : index + 1 == count ? "last" : "middle");
  json.Key("author");
  json.BeginObject();
  json.Field("id", OpenAlexUrl('A', 5000000000ull + rng.Below(400000000)));
  json.Field("display_name", author.name);
  json.FieldOrNull("orcid", rng.Chance(0.45) ? Orcid(rng) : "");
  json.EndObject();
  json.Key("institutions");
  json.BeginArray();
  for (const auto* row : author.institutions) WriteInstitution(json, *row);
  json.EndArray();
  json.Key("countries");
  json.BeginArray();
  std::vector<std::string_view> countries;
  for (const auto* row : author.institutions) countries.push_back(row->country_code);
  std::sort(countries.begin(), countries.end());
  countries.erase(std::unique(countries.begin(), countries.end()), countries.end());
  for (auto code : countries) json.String(code);
  json.EndArray();
  json.Key("is_corresponding");
  json.Bool(index == 0);
  json.Field("raw_author_name", author.name);
  json.Key("raw_affiliation_strings");
  json.BeginArray();
  for (const auto& raw : author.raw_affiliations) json.String(raw);
  json.EndArray();
  json.Key("affiliations");
  json.BeginArray();
  for (std::size_t i = 0; i < author.raw_affiliations.size(); ++i) {
    json.BeginObject();
    json.Field("raw_affiliation_string", author.raw_affiliations[i]);
    json.Key("institution_ids");
    json.BeginArray();
    if (i < author.institutions.size()) json.String(InstitutionId(*author.institutions[i]));
    json.EndArray();
    json.EndObject();
  }
  json.EndArray();
  json.EndObject();
}

struct Bibliographic {
  int year;
  std::string date;
  const JournalRow* journal;
  std::string doi;  // empty: none
  std::string title;
  std::string type;
};

Bibliographic DrawBibliographic(Rng& rng) {
  Bibliographic bib;
  bib.year = rng.Between(2000, 2024);
  char date[16];
  std::snprintf(date, sizeof date, "%04d-%02d-%02d", bib.year, rng.Between(1, 12),
                rng.Between(1, 28));
  bib.date = date;
  bib.journal = &rng.Pick(kJournals);
  if (rng.Chance(0.92)) {
    bib.doi = "https://doi.org/" + std::string(bib.journal->doi_prefix) + "/" +
              (bib.journal->doi_prefix == "10.1016"
                   ? "j.jbench." + std::to_string(bib.year) + "." + Digits(rng, 6)
                   : "s" + Digits(rng, 5) + "-0" + Digits(rng, 2) + "-" + Digits(rng, 5) + "-" +
                         Digits(rng, 1));
  }
  std::string subject(rng.Pick(kTitleSubjects));
  std::string prefix(rng.Pick(kTitlePrefixes));
  if (prefix.empty() && subject[0] >= 'a' && subject[0] <= 'z') subject[0] -= 'a' - 'A';
  bib.title = prefix + subject;
  double u = rng.Unit();
  bib.type = u < 0.85 ? "article" : u < 0.92 ? "review" : u < 0.96 ? "preprint" : "letter";
  return bib;
}

void WriteSource(JsonWriter& json, const JournalRow& journal) {
  uint64_t hash = Fnv1a(journal.name);
  char issn[16];
  std::snprintf(issn, sizeof issn, "%04u-%04u", static_cast<unsigned>(hash % 10000),
                static_cast<unsigned>((hash >> 20) % 10000));
  json.BeginObject();
  json.Field("id", OpenAlexUrl('S', 100000000 + hash % 900000000));
  json.Field("display_name", journal.name);
  json.Field("issn_l", issn);
  json.Key("issn");
  json.BeginArray();
  json.String(issn);
  json.EndArray();
  json.Key("is_oa");
  json.Bool(hash % 3 == 0);
  json.Key("is_in_doaj");
  json.Bool(hash % 3 == 0);
  json.Field("host_organization", OpenAlexUrl('P', 4310320000 + Fnv1a(journal.publisher) % 9999));
  json.Field("host_organization_name", journal.publisher);
  json.Field("type", "journal");
  json.EndObject();
}

void WriteLocation(JsonWriter& json, Rng& rng, const Bibliographic& bib) {
  bool open = rng.Chance(0.4);
  json.BeginObject();
  json.Key("is_oa");
  json.Bool(open);
  json.FieldOrNull("landing_page_url", bib.doi);
  json.FieldOrNull("pdf_url", open && !bib.doi.empty() ? bib.doi + "/pdf" : "");
  json.Key("source");
  WriteSource(json, *bib.journal);
  json.FieldOrNull("license", open ? "cc-by" : "");
  json.FieldOrNull("version", "publishedVersion");
  json.Key("is_accepted");
  json.Bool(true);
  json.Key("is_published");
  json.Bool(true);
  json.EndObject();
}

void WriteTopic(JsonWriter& json, Rng& rng, const TopicRow& topic) {
  auto named = [&json](std::string_view key, char kind, uint64_t base, std::string_view name) {
    json.Key(key);
    json.BeginObject();
    json.Field("id", kind == 'T' ? OpenAlexUrl('T', base + Fnv1a(name) % 4000)
                                 : "https://openalex.org/" + std::string(key) + "s/" +
                                       std::to_string(base + Fnv1a(name) % 400));
    json.Field("display_name", name);
    json.EndObject();
  };
  json.BeginObject();
  json.Field("id", OpenAlexUrl('T', 10000 + Fnv1a(topic.name) % 4000));
  json.Field("display_name", topic.name);
  json.Key("score");
  json.Fixed(0.9 + rng.Unit() * 0.0999, 4);
  named("subfield", 'S', 2000, topic.subfield);
  named("field", 'F', 10, topic.field);
  named("domain", 'D', 1, topic.domain);
  json.EndObject();
}

void WriteConcepts(JsonWriter& json, Rng& rng) {
  json.Key("concepts");
  json.BeginArray();
  int count = rng.Between(2, 4);
  for (int i = 0; i < count; ++i) {
    const ConceptRow& concept_row = rng.Pick(kConcepts);
    uint64_t hash = Fnv1a(concept_row.name);
    json.BeginObject();
    json.Field("id", OpenAlexUrl('C', 10000000 + hash % 3000000000ull));
    json.Field("wikidata", "https://www.wikidata.org/wiki/Q" + std::to_string(hash % 9000000));
    json.Field("display_name", concept_row.name);
    json.Field("level", concept_row.level);
    json.Key("score");
    json.Fixed(rng.Unit(), 6);
    json.EndObject();
  }
  json.EndArray();
}

// Funders follow the foreign institutions (Chinese teams mostly name NSFC).
void WriteGrants(JsonWriter& json, Rng& rng, const std::vector<AuthorPlan>& authors) {
  json.Key("grants");
  json.BeginArray();
  int count = rng.Between(0, 4);
  for (int i = 0; i < count; ++i) {
    const FunderRow* funder = &rng.Pick(kFunders);
    const AuthorPlan& author = authors[rng.Below(authors.size())];
    if (!author.institutions.empty() && rng.Chance(0.7)) {
      for (const auto& row : kFunders) {
        if (row.country_code == author.institutions[0]->country_code) {
          funder = &row;
          break;
        }
      }
    }
    json.BeginObject();
    json.Field("funder", OpenAlexUrl('F', 4320300000ull + Fnv1a(funder->name) % 99999));
    json.Field("funder_display_name", funder->name);
    json.FieldOrNull("award_id", rng.Chance(0.8) ? Digits(rng, 8) : "");
    json.EndObject();
  }
  json.EndArray();
}

void WriteWorkIdList(JsonWriter& json, Rng& rng, std::string_view key, int count) {
  json.Key(key);
  json.BeginArray();
  for (int i = 0; i < count; ++i) json.String(OpenAlexUrl('W', 1000000000 + rng.Below(3400000000)));
  json.EndArray();
}

// Abstract words with a skew towards the frequent ones, until the rendered inverted index would
// exceed `budget` bytes. Keys keep first-occurrence order, like OpenAlex.
void WriteAbstract(JsonWriter& json, Rng& rng, std::size_t budget) {
  json.Key("abstract_inverted_index");
  if (budget < 200) {
    json.Null();
    return;
  }
  std::vector<std::vector<int>> positions(kAbstractWords.size());
  std::vector<std::size_t> order;
  std::size_t size = 2;
  for (int position = 0; position < 2000; ++position) {
    double u = rng.Unit();
    auto word = static_cast<std::size_t>(u * u * kAbstractWords.size());
    std::size_t digits = std::to_string(position).size();
    std::size_t cost =
        positions[word].empty() ? kAbstractWords[word].size() + 6 + digits : digits + 1;
    if (size + cost > budget) break;
    size += cost;
    if (positions[word].empty()) order.push_back(word);
    positions[word].push_back(position);
  }
  json.BeginObject();
  for (std::size_t word : order) {
    json.Key(kAbstractWords[word]);
    json.BeginArray();
    for (int position : positions[word]) json.Int(position);
    json.EndArray();
  }
  json.EndObject();
}

struct WorkOutput {
  std::string line;
  std::string id;
  bool has_kp_code = false;
};

void WriteHead(JsonWriter& json, Rng& rng, const std::string& id, const Bibliographic& bib,
               const std::vector<AuthorPlan>& authors) {
  json.Field("id", id);
  json.FieldOrNull("doi", bib.doi);
  json.Field("title", bib.title);
  json.Field("display_name", bib.title);
  json.Field("publication_year", bib.year);
  json.Field("publication_date", bib.date);
  json.Key("ids");
  json.BeginObject();
  json.Field("openalex", id);
  if (!bib.doi.empty()) json.Field("doi", bib.doi);
  if (rng.Chance(0.5)) json.Field("mag", std::to_string(2000000000 + rng.Below(900000000)));
  json.EndObject();
  json.Field("language", "en");
  json.Key("primary_location");
  WriteLocation(json, rng, bib);
  json.Field("type", bib.type);
  json.Field("type_crossref", bib.type == "article" ? "journal-article" : "posted-content");
  json.Key("open_access");
  json.BeginObject();
  json.Key("is_oa");
  json.Bool(false);
  json.Field("oa_status", "closed");
  json.Key("oa_url");
  json.Null();
  json.Key("any_repository_has_fulltext");
  json.Bool(false);
  json.EndObject();
  json.Key("authorships");
  json.BeginArray();
  for (std::size_t i = 0; i < authors.size(); ++i) {
    WriteAuthorship(json, rng, authors[i], i, authors.size());
  }
  json.EndArray();
  json.Field("cited_by_count", static_cast<int64_t>(rng.Below(300)));
  json.Key("biblio");
  json.BeginObject();
  json.Field("volume", std::to_string(rng.Between(1, 120)));
  json.Field("issue", std::to_string(rng.Between(1, 24)));
  int first_page = rng.Between(1, 9000);
  json.Field("first_page", std::to_string(first_page));
  json.Field("last_page", std::to_string(first_page + rng.Between(4, 20)));
  json.EndObject();
  json.Key("is_retracted");
  json.Bool(false);
  json.Key("is_paratext");
  json.Bool(false);
  const TopicRow& primary = rng.Pick(kTopics);
  json.Key("primary_topic");
  WriteTopic(json, rng, primary);
  json.Key("topics");
  json.BeginArray();
  WriteTopic(json, rng, primary);
  if (rng.Chance(0.15)) WriteTopic(json, rng, rng.Pick(kTopics));
  json.EndArray();
  WriteConcepts(json, rng);
  json.Key("mesh");
  json.BeginArray();
  json.EndArray();
  json.Field("locations_count", 1);
  WriteGrants(json, rng, authors);
}

void WriteTail(JsonWriter& json, Rng& rng, const Bibliographic& bib, const std::string& id) {
  json.Field("cited_by_api_url",
             "https://api.openalex.org/works?filter=cites:" + id.substr(id.rfind('/') + 1));
  json.Key("counts_by_year");
  json.BeginArray();
  for (int year = 2024; year >= std::max(bib.year, 2020); --year) {
    json.BeginObject();
    json.Field("year", year);
    json.Field("cited_by_count", static_cast<int64_t>(rng.Below(40)));
    json.EndObject();
  }
  json.EndArray();
  json.Field("updated_date",
             "2024-08-1" + Digits(rng, 1) + "T0" + Digits(rng, 1) + ":12:45.120711");
  json.Field("created_date", bib.date);
}

// Renders one work whose line lands near `target_bytes`: references and the abstract absorb the
// space left by the fixed parts (big teams make bigger works, as in real data).
WorkOutput RenderWork(Rng& rng, uint64_t index, WorkKind kind, std::size_t target_bytes,
                      const InstitutionPools& pools) {
  WorkOutput work;
  work.id = OpenAlexUrl('W', 2000000000ull + index * 131 + rng.Below(131));
  std::vector<AuthorPlan> authors = PlanAuthors(rng, kind, pools);
  for (const auto& author : authors) {
    for (const auto* row : author.institutions) work.has_kp_code |= row->country_code == "KP";
  }
  Bibliographic bib = DrawBibliographic(rng);
  std::string head, tail;
  JsonWriter head_json(&head);
  head_json.BeginObject();
  WriteHead(head_json, rng, work.id, bib, authors);
  JsonWriter tail_json(&tail);
  tail_json.BeginObject();
  WriteTail(tail_json, rng, bib, work.id);
  std::size_t fixed = head.size() + tail.size() + 120;
  // Nine works in ten have an abstract of at least ~1.2 KB, even when that overshoots the target.
  bool has_abstract = rng.Chance(0.9);
  std::size_t left = std::max(target_bytes, fixed + (has_abstract ? 1400 : 200)) - fixed;
  std::size_t abstract_budget =
      has_abstract ? std::clamp<std::size_t>(left * 7 / 10, 1200, 4500) : 0;
  int references = static_cast<int>(std::min<std::size_t>((left - abstract_budget) / 35, 250));
  if (references == 250) abstract_budget = left - 250 * 35;
  head_json.Field("referenced_works_count", references);
  WriteWorkIdList(head_json, rng, "referenced_works", references);
  WriteWorkIdList(head_json, rng, "related_works", 10);
  WriteAbstract(head_json, rng, abstract_budget);
  head.push_back(',');
  head.append(tail, 1);  // drop the tail's own '{'
  head.push_back('}');
  work.line = std::move(head);
  return work;
}

WorkKind DrawKind(Rng& rng) {
  double u = rng.Unit();
  if (u < 0.0025) return WorkKind::kDprkForeignCoded;
  if (u < 0.005) return WorkKind::kDprkForeignRawOnly;
  if (u < 0.0052) return WorkKind::kDprkOnly;
  return WorkKind::kOrdinary;
}

// ---------------------------------------------------------------------------------------------

struct Options {
  uint64_t seed = 0;
  uint64_t size_mb = 0;
  std::string out;
};

bool ParseUnsigned(std::string_view text, uint64_t* value) {
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), *value);
  return error == std::errc() && end == text.data() + text.size();
}

struct FileCloser {
  void operator()(std::FILE* file) const { std::fclose(file); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

File OpenForWriting(const std::string& path) {
  File file(std::fopen(path.c_str(), "wb"));
  if (!file) std::fprintf(stderr, "gen_openalex: cannot write %s\n", path.c_str());
  return file;
}

struct Stats {
  uint64_t works = 0, bytes = 0, smallest = UINT64_MAX, largest = 0;
  uint64_t in_5_to_10_kb = 0, coded = 0, raw_only = 0, dprk_only = 0, kp_code = 0;
};

int Generate(const Options& options) {
  File out = OpenForWriting(options.out);
  File foreign_ids = OpenForWriting(options.out + ".dprk_foreign.ids");
  File kp_ids = OpenForWriting(options.out + ".kp_code.ids");
  File only_ids = OpenForWriting(options.out + ".dprk_only.ids");
  if (!out || !foreign_ids || !kp_ids || !only_ids) return 1;
  std::vector<char> buffer(1 << 20);
  std::setvbuf(out.get(), buffer.data(), _IOFBF, buffer.size());
  Rng rng(options.seed * 0x9e3779b97f4a7c15ull + 1);
  InstitutionPools pools;
  Stats stats;
  const uint64_t target = options.size_mb * 1000000ull;
  while (stats.bytes < target) {
    WorkKind kind = DrawKind(rng);
    std::size_t target_bytes = 5000 + rng.Below(3600);
    WorkOutput work = RenderWork(rng, stats.works, kind, target_bytes, pools);
    work.line.push_back('\n');
    if (std::fwrite(work.line.data(), 1, work.line.size(), out.get()) != work.line.size()) {
      std::fprintf(stderr, "gen_openalex: write failed on %s\n", options.out.c_str());
      return 1;
    }
    uint64_t size = work.line.size();
    stats.bytes += size;
    stats.works++;
    stats.smallest = std::min(stats.smallest, size);
    stats.largest = std::max(stats.largest, size);
    stats.in_5_to_10_kb += size >= 5000 && size <= 10240;
    std::string id_line = work.id + "\n";
    if (kind == WorkKind::kDprkForeignCoded || kind == WorkKind::kDprkForeignRawOnly) {
      std::fputs(id_line.c_str(), foreign_ids.get());
      (kind == WorkKind::kDprkForeignCoded ? stats.coded : stats.raw_only)++;
    }
    if (kind == WorkKind::kDprkOnly) {
      std::fputs(id_line.c_str(), only_ids.get());
      stats.dprk_only++;
    }
    if (work.has_kp_code) {
      std::fputs(id_line.c_str(), kp_ids.get());
      stats.kp_code++;
    }
  }
  if (std::fflush(out.get()) != 0) return 1;
  std::fprintf(
      stderr,
      "gen_openalex: %llu works, %llu bytes (mean %llu, min %llu, max %llu, %.1f%% in "
      "5-10 KB); DPRK-foreign %llu (KP code %llu, raw string only %llu); DPRK-only "
      "%llu; works with a KP code %llu\n",
      static_cast<unsigned long long>(stats.works), static_cast<unsigned long long>(stats.bytes),
      static_cast<unsigned long long>(stats.bytes / std::max<uint64_t>(stats.works, 1)),
      static_cast<unsigned long long>(stats.smallest),
      static_cast<unsigned long long>(stats.largest),
      100.0 * static_cast<double>(stats.in_5_to_10_kb) /
          static_cast<double>(std::max<uint64_t>(stats.works, 1)),
      static_cast<unsigned long long>(stats.coded + stats.raw_only),
      static_cast<unsigned long long>(stats.coded), static_cast<unsigned long long>(stats.raw_only),
      static_cast<unsigned long long>(stats.dprk_only),
      static_cast<unsigned long long>(stats.kp_code));
  return 0;
}

}  // namespace
}  // namespace catchall::bench

int main(int argc, char** argv) {
  catchall::bench::Options options;
  if (argc != 4 || !catchall::bench::ParseUnsigned(argv[1], &options.seed) ||
      !catchall::bench::ParseUnsigned(argv[2], &options.size_mb) || options.size_mb == 0) {
    std::fprintf(stderr, "usage: gen_openalex SEED SIZE_MB OUT.jsonl\n");
    return 2;
  }
  options.out = argv[3];
  return catchall::bench::Generate(options);
}
