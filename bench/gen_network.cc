// gen_network: writes a deterministic synthetic corpus of OpenAlex works for the collaboration
// network benchmark (bench/run_network_bench.sh): WORKS works with about AUTHOR_SLOTS / WORKS
// authors each, drawn from a pool of recurring authors (each with a home institution and an
// OpenAlex author id, some with an ORCID), so that authors recur across works, collaborations
// repeat, and a small share of institutions are DPRK or military-linked registry institutions.
// Each work cites up to five earlier works (referenced_works).
//
//   gen_network SEED WORKS AUTHOR_SLOTS OUT.jsonl
//
// Statistics to stderr. Same arguments, same bytes (own PRNG, no std distributions).

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "json_writer.h"
#include "splitmix64.h"

namespace catchall::bench {
namespace {

struct Institution {
  std::string name;
  std::string address;  // the raw affiliation string
  std::string country;
  std::string id;
};

// Registry institutions the resolver knows (data/institutions.yaml): DPRK and military-linked
// ones, rare, and plain ones; then synthetic institutions the registry does not know.
std::vector<Institution> Institutions(size_t synthetic) {
  std::vector<Institution> out = {
      {"Kim Il Sung University", "Kim Il Sung University, Pyongyang, DPR Korea", "KP", "I1"},
      {"Kim Chaek University of Technology",
       "Kim Chaek University of Technology, Pyongyang, DPR Korea", "KP", "I2"},
      {"Harbin Institute of Technology", "Harbin Institute of Technology, Harbin 150001, China",
       "CN", "I3"},
      {"Beihang University", "Beihang University, Beijing 100191, China", "CN", "I4"},
      {"National University of Defense Technology",
       "National University of Defense Technology, Changsha, China", "CN", "I5"},
      {"Tohoku University", "Tohoku University, Sendai 980-8577, Japan", "JP", "I6"},
      {"Jilin University", "Jilin University, Changchun 130012, China", "CN", "I7"},
  };
  const char* countries[] = {"CN", "US", "JP", "DE", "GB", "FR", "KR", "IN", "BR", "IT"};
  const char* country_names[] = {"China",  "USA",         "Japan", "Germany", "UK",
                                 "France", "South Korea", "India", "Brazil",  "Italy"};
  for (size_t i = 0; i < synthetic; ++i) {
    const size_t c = i % 10;
    const std::string name = "Synthetic Institute of Science " + std::to_string(i);
    out.push_back(
        {name,
         name + ", Dept of Physics, City " + std::to_string(i % 997) + ", " + country_names[c],
         countries[c], "I" + std::to_string(1000 + i)});
  }
  return out;
}

struct Author {
  std::string id;
  std::string name;
  std::string orcid;
  uint32_t home = 0;
};

std::string OpenAlex(char kind, uint64_t n) {
  return "https://openalex.org/" + std::string(1, kind) + std::to_string(n);
}

void WriteWork(uint64_t w, const std::vector<uint32_t>& team, const std::vector<Author>& authors,
               const std::vector<Institution>& institutions, Rng& rng, std::string& line) {
  line.clear();
  JsonWriter json(&line);
  json.BeginObject();
  json.Field("id", OpenAlex('W', 6000000000ull + w));
  json.Field("doi", "https://doi.org/10.9999/net." + std::to_string(w));
  json.Field("title", "Synthetic work " + std::to_string(w));
  json.Field("publication_year", static_cast<int64_t>(2015 + w % 10));
  json.Key("authorships");
  json.BeginArray();
  for (uint32_t a : team) {
    const Author& author = authors[a];
    const Institution& home = institutions[author.home];
    json.BeginObject();
    json.Key("author");
    json.BeginObject();
    json.Field("id", author.id);
    json.Field("display_name", author.name);
    json.FieldOrNull("orcid", author.orcid);
    json.EndObject();
    json.Key("institutions");
    json.BeginArray();
    json.BeginObject();
    json.Field("id", OpenAlex('I', 100000 + author.home));
    json.Field("display_name", home.name);
    json.Field("country_code", home.country);
    json.Field("type", "education");
    json.EndObject();
    json.EndArray();
    json.Key("raw_affiliation_strings");
    json.BeginArray();
    json.String(home.address);
    json.EndArray();
    json.EndObject();
  }
  json.EndArray();
  json.Key("referenced_works");
  json.BeginArray();
  for (int r = 0; w > 0 && r < 5; ++r) json.String(OpenAlex('W', 6000000000ull + rng.Modulo(w)));
  json.EndArray();
  json.EndObject();
  line.push_back('\n');
}

}  // namespace
}  // namespace catchall::bench

int main(int argc, char** argv) {
  using namespace catchall::bench;
  if (argc != 5) {
    std::fprintf(stderr, "usage: gen_network SEED WORKS AUTHOR_SLOTS OUT.jsonl\n");
    return 2;
  }
  Rng rng(std::strtoull(argv[1], nullptr, 10));
  const uint64_t works = std::strtoull(argv[2], nullptr, 10);
  const uint64_t slots = std::strtoull(argv[3], nullptr, 10);
  FILE* out = std::fopen(argv[4], "wb");
  if (out == nullptr || works == 0) return 2;
  // One recurring author per two works: most authors write several works.
  const std::vector<Institution> institutions = Institutions(20000);
  std::vector<Author> authors(std::max<uint64_t>(works / 2, 10));
  for (size_t a = 0; a < authors.size(); ++a) {
    Author& author = authors[a];
    author.id = OpenAlex('A', 7000000000ull + a);
    author.name = "Given" + std::to_string(a % 5000) + " Family" + std::to_string(a / 5000);
    if (rng.Chance(0.3))
      author.orcid = "0000-0002-" + std::to_string(1000 + a % 9000) + "-" +
                     std::to_string(1000 + a / 9000 % 9000);
    // 0.2% of authors at a DPRK or military-linked registry institution, 1% at a plain registry
    // one, the rest at synthetic institutions.
    const uint64_t roll = rng.Modulo(1000);
    author.home = roll < 2    ? static_cast<uint32_t>(rng.Modulo(5))
                  : roll < 12 ? static_cast<uint32_t>(5 + rng.Modulo(2))
                              : static_cast<uint32_t>(7 + rng.Modulo(institutions.size() - 7));
  }
  std::string line;
  uint64_t written_slots = 0;
  std::vector<uint32_t> team;
  for (uint64_t w = 0; w < works; ++w) {
    // Team size around slots / works; members near a lead author in the pool, so that the same
    // people write together again.
    const double mean = std::max(1.0, static_cast<double>(slots) / static_cast<double>(works));
    const auto size = 1 + static_cast<uint64_t>(static_cast<double>(rng.Modulo(1 << 20)) /
                                                (1 << 20) * (2 * mean - 1));
    const uint64_t lead = rng.Modulo(authors.size());
    team.clear();
    for (uint64_t k = 0; k < size; ++k) {
      const uint64_t member = (lead + (k == 0 ? 0 : rng.Modulo(50))) % authors.size();
      if (std::find(team.begin(), team.end(), member) == team.end()) team.push_back(member);
    }
    written_slots += team.size();
    WriteWork(w, team, authors, institutions, rng, line);
    std::fwrite(line.data(), 1, line.size(), out);
  }
  std::fclose(out);
  std::fprintf(stderr,
               "gen_network: %llu works, %llu author slots, %zu authors, %zu institutions\n",
               static_cast<unsigned long long>(works),
               static_cast<unsigned long long>(written_slots), authors.size(), institutions.size());
  return 0;
}
