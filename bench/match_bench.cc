// Speed and recall of the name index (issue 4), driven by bench/run_match_bench.sh:
//
//   match_bench lists DATA_DIR WORK_DIR
//     UN Consolidated List + OFAC SDN (about 25,000 names): one query set (the UN treated
//     positives, the synthetic negatives, perturbed SDN names), answered by catchall's index and
//     by a brute-force Jaro-Winkler scan over every name (best JW per query), both single
//     threaded, in this run; queries per second and recall@1 of each. Writes the names and the
//     queries as TSV for the pg_trgm run of the script (pg_names.tsv, pg_queries.tsv).
//   match_bench pg-score WORK_DIR RESULT.tsv
//     recall@1 of pg_trgm's answers (query_id, entity_id, similarity per line).
//   match_bench synthetic DATA_DIR N
//     N synthetic names built deterministically from the name words of those lists (persons and
//     companies): index build time, single-thread queries per second, recall@1, peak RSS.
//
// Output: "key value" lines on stdout, read by the script. Figures: bench/README.md.
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "lists/list_loader.h"
#include "match/jaro_winkler.h"
#include "match/name_index.h"
#include "readers/csv_tokenizer.h"
#include "text/normalize.h"

namespace catchall {
namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

// CPU time of the calling thread: "queries per second per core" stays meaningful on a shared
// machine where other processes take the cores away (wall time would count their turns too).
double ThreadCpuSeconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec + now.tv_nsec / 1e9;
}

double PeakRssMb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;
}

[[noreturn]] void Die(const std::string& message) {
  std::fprintf(stderr, "match_bench: %s\n", message.c_str());
  std::exit(2);
}

// SplitMix64: the same sequence on every machine (no std distributions).
struct Random {
  uint64_t state;
  uint64_t Next() {
    uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  size_t Below(size_t n) { return n == 0 ? 0 : Next() % n; }
};

struct Query {
  std::string text;
  std::string kind;                   // un_positive, negative, sdn_perturbed, synthetic
  std::vector<std::string> expected;  // entity ids; empty for negatives
};

std::vector<std::map<std::string, std::string>> ReadCsvRows(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) Die("cannot read " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return CsvRowsByHeader(text.str());
}

std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> words;
  std::istringstream in(text);
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

// LooseKey with the words sorted: the SDN writes "SALEK, Abdulhai" where the UN has "ABDULHAI
// SALEK", and both entries are the right answer for that person.
std::string SortedKey(const std::string& name);

std::string LooseKey(const std::string& name) {
  std::string spaced;
  for (char c : name) spaced += (c == '-' || c == '\'' || c == '.' || c == ',') ? ' ' : c;
  return NormalizeText(spaced);
}

std::string SortedKey(const std::string& name) {
  std::vector<std::string> words = Words(LooseKey(name));
  std::sort(words.begin(), words.end());
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

std::string Join(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

// The UN fixtures' treated names, with the entry their untreated name names (see
// tests/match/un_query_fixtures_eval_test.cc), and the synthetic negatives.
void AddUnFixtureQueries(const std::string& data, const std::vector<EntityList>& lists,
                         std::vector<Query>& queries) {
  const std::string dir = data + "/opensanctions-un-query-fixtures/";
  std::map<std::string, std::vector<std::string>> by_key;
  // The SDN lists many of the UN's people too: an SDN entry with the very name is as right.
  for (const EntityList& list : lists) {
    for (const Entity& entity : list.entities) {
      for (const EntityName& name : entity.names) {
        auto& ids = by_key[SortedKey(name.text)];
        if (std::find(ids.begin(), ids.end(), entity.id) == ids.end()) ids.push_back(entity.id);
      }
    }
  }
  const auto untreated = ReadCsvRows(dir + "positives_un_untreated.csv");
  const auto treated = ReadCsvRows(dir + "positives_un_treated.csv");
  for (size_t i = 0; i < treated.size() && i < untreated.size(); ++i) {
    auto it = by_key.find(SortedKey(untreated[i].at("full_name")));
    const bool on_un = it != by_key.end() &&
                       std::any_of(it->second.begin(), it->second.end(),
                                   [](const std::string& id) { return id.rfind("un", 0) == 0; });
    if (!on_un) continue;  // delisted since the fixtures were made
    queries.push_back({treated[i].at("full_name"), "un_positive", it->second});
  }
  for (const auto& row : ReadCsvRows(dir + "negatives_global_synthetic.csv")) {
    queries.push_back({row.at("full_name"), "negative", {}});
  }
}

// One typing error or reordering: adjacent letters swapped, a letter dropped or doubled, a vowel
// changed, or the words reversed.
std::string Perturb(const std::string& name, Random& random) {
  std::vector<std::string> words = Words(name);
  if (words.empty()) return name;
  size_t longest = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    if (words[i].size() > words[longest].size()) longest = i;
  }
  std::string& w = words[longest];
  const size_t at = 1 + random.Below(w.size() > 2 ? w.size() - 2 : 1);
  switch (random.Below(5)) {
    case 0:
      if (at + 1 < w.size()) std::swap(w[at], w[at + 1]);
      break;
    case 1:
      if (at < w.size()) w.erase(at, 1);
      break;
    case 2:
      if (at < w.size()) w.insert(at, 1, w[at]);
      break;
    case 3:
      for (size_t i = at; i < w.size(); ++i) {
        if (std::string("AEIOUaeiou").find(w[i]) != std::string::npos) {
          w[i] = (w[i] == 'A' || w[i] == 'a') ? 'E' : 'A';
          break;
        }
      }
      break;
    default:
      std::reverse(words.begin(), words.end());
  }
  return Join(words);
}

void AddSdnQueries(const std::vector<EntityList>& lists, size_t count,
                   std::vector<Query>& queries) {
  std::vector<const Entity*> candidates;
  for (const EntityList& list : lists) {
    if (list.source.list.find("ofac") == std::string::npos) continue;
    for (const Entity& entity : list.entities) {
      if (!entity.names.empty() && Words(entity.names[0].text).size() >= 2 &&
          entity.names[0].text.size() >= 10) {
        candidates.push_back(&entity);
      }
    }
  }
  Random random{42};
  const size_t step = std::max<size_t>(1, candidates.size() / std::max<size_t>(count, 1));
  for (size_t i = 0; i < candidates.size() && i / step < count; i += step) {
    queries.push_back(
        {Perturb(candidates[i]->names[0].text, random), "sdn_perturbed", {candidates[i]->id}});
  }
}

struct Recall {
  size_t positives = 0, first = 0, negatives = 0, negative_hits = 0;
  void Add(const Query& query, const std::string& top_entity) {
    if (query.expected.empty()) {
      ++negatives;
      negative_hits += !top_entity.empty();
      return;
    }
    ++positives;
    first +=
        std::find(query.expected.begin(), query.expected.end(), top_entity) != query.expected.end();
  }
  double recall() const { return positives ? static_cast<double>(first) / positives : 0; }
  double false_hit_rate() const {
    return negatives ? static_cast<double>(negative_hits) / negatives : 0;
  }
};

struct RunFigures {
  double qps = 0;
  Recall recall;
};

RunFigures RunIndex(const NameIndex& index, const std::vector<Query>& queries) {
  RunFigures figures;
  std::vector<std::string> tops(queries.size());
  const double start = ThreadCpuSeconds();
  for (size_t i = 0; i < queries.size(); ++i) {
    const auto hits = index.Match(queries[i].text, MatchOptions{});
    if (!hits.empty()) tops[i] = hits[0].entity->id;
  }
  figures.qps = queries.size() / (ThreadCpuSeconds() - start);
  std::map<std::string, Recall> by_kind;
  for (size_t i = 0; i < queries.size(); ++i) {
    figures.recall.Add(queries[i], tops[i]);
    by_kind[queries[i].kind].Add(queries[i], tops[i]);
    if (std::getenv("BENCH_SHOW_MISSES") && !queries[i].expected.empty() &&
        std::find(queries[i].expected.begin(), queries[i].expected.end(), tops[i]) ==
            queries[i].expected.end()) {
      std::fprintf(stderr, "miss %s \"%s\" expected %s got %s\n", queries[i].kind.c_str(),
                   queries[i].text.c_str(), queries[i].expected[0].c_str(), tops[i].c_str());
    }
  }
  for (const auto& [kind, recall] : by_kind) {
    if (recall.positives > 0) std::printf("index_recall1_%s %.4f\n", kind.c_str(), recall.recall());
  }
  return figures;
}

// OFAC's own method: Jaro-Winkler of the normalised query against every normalised name, the
// best one wins. recall@1 takes the best name whatever its score; a negative counts as hit when
// its best JW reaches 0.9.
RunFigures RunBruteForce(const std::vector<EntityList>& lists, const std::vector<Query>& queries,
                         size_t every) {
  std::vector<std::u32string> names;
  std::vector<const std::string*> entity_of;
  for (const EntityList& list : lists) {
    for (const Entity& entity : list.entities) {
      for (const EntityName& name : entity.names) {
        names.emplace_back();
        AppendCodePoints(NormalizeText(name.text), &names.back());
        entity_of.push_back(&entity.id);
      }
    }
  }
  RunFigures figures;
  std::vector<std::pair<size_t, std::string>> tops;
  const double start = ThreadCpuSeconds();
  for (size_t i = 0; i < queries.size(); i += every) {
    std::u32string query;
    AppendCodePoints(NormalizeText(queries[i].text), &query);
    double best = -1;
    size_t best_name = 0;
    for (size_t n = 0; n < names.size(); ++n) {
      const double jw = JaroWinkler(query, names[n]);
      if (jw > best) {
        best = jw;
        best_name = n;
      }
    }
    const bool hit = !queries[i].expected.empty() || best >= 0.9;
    tops.emplace_back(i, hit && !names.empty() ? *entity_of[best_name] : std::string());
  }
  figures.qps = tops.size() / (ThreadCpuSeconds() - start);
  for (const auto& [i, top] : tops) figures.recall.Add(queries[i], top);
  return figures;
}

std::string TsvEscape(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '\t' || c == '\n' || c == '\r') {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

void WritePgFiles(const std::string& work, const std::vector<EntityList>& lists,
                  const std::vector<Query>& queries) {
  std::ofstream names(work + "/pg_names.tsv");
  for (const EntityList& list : lists) {
    for (const Entity& entity : list.entities) {
      for (const EntityName& name : entity.names) {
        names << TsvEscape(entity.id) << '\t' << TsvEscape(name.text) << '\n';
      }
    }
  }
  std::ofstream out(work + "/pg_queries.tsv");
  std::ofstream expected(work + "/pg_expected.tsv");
  for (size_t i = 0; i < queries.size(); ++i) {
    out << i << '\t' << TsvEscape(queries[i].text) << '\n';
    expected << i << '\t';
    for (const auto& id : queries[i].expected) expected << TsvEscape(id) << ' ';
    expected << '\n';
  }
}

void PrintRecall(const std::string& prefix, const Recall& recall) {
  std::printf("%s_recall1 %.4f\n%s_positives %zu\n%s_false_hit_rate %.4f\n%s_negatives %zu\n",
              prefix.c_str(), recall.recall(), prefix.c_str(), recall.positives, prefix.c_str(),
              recall.false_hit_rate(), prefix.c_str(), recall.negatives);
}

std::vector<EntityList> LoadUnAndSdn(const std::string& data) {
  auto lists = LoadLists(
      {data + "/un-consolidated/UN_consolidated.xml", data + "/ofac-sdn-legacy-csv"}, nullptr);
  if (!lists.ok()) Die(lists.error().ToString());
  return std::move(lists).value();
}

size_t CountNames(const std::vector<EntityList>& lists) {
  size_t names = 0;
  for (const auto& list : lists) {
    for (const auto& entity : list.entities) names += entity.names.size();
  }
  return names;
}

int RunLists(const std::string& data, const std::string& work) {
  std::vector<EntityList> lists = LoadUnAndSdn(data);
  std::vector<Query> queries;
  AddUnFixtureQueries(data, lists, queries);
  AddSdnQueries(lists, 1000, queries);
  WritePgFiles(work, lists, queries);
  const size_t every = std::max<size_t>(
      1, std::atoi(std::getenv("BENCH_BRUTE_EVERY") ? std::getenv("BENCH_BRUTE_EVERY") : "1"));
  const RunFigures brute = RunBruteForce(lists, queries, every);
  const size_t names = CountNames(lists);
  const auto build_start = Clock::now();
  const auto index = NameIndex::Build(std::move(lists));
  const double build = Seconds(build_start);
  const RunFigures indexed = RunIndex(*index, queries);
  std::printf("names %zu\nqueries %zu\nbrute_every %zu\nbuild_s %.3f\n", names, queries.size(),
              every, build);
  std::printf("index_qps %.1f\nbrute_qps %.2f\n", indexed.qps, brute.qps);
  PrintRecall("index", indexed.recall);
  PrintRecall("brute", brute.recall);
  return 0;
}

int RunPgScore(const std::string& work, const std::string& result_path) {
  std::map<std::string, std::vector<std::string>> expected;
  std::ifstream in(work + "/pg_expected.tsv");
  for (std::string line; std::getline(in, line);) {
    const size_t tab = line.find('\t');
    expected[line.substr(0, tab)] = Words(line.substr(tab + 1));
  }
  Recall recall;
  std::ifstream result(result_path);
  for (std::string line; std::getline(result, line);) {
    std::vector<std::string> fields;
    std::istringstream split(line);
    for (std::string f; std::getline(split, f, '\t');) fields.push_back(f);
    if (fields.size() < 3) fields.resize(3);
    Query query;
    query.expected = expected[fields[0]];
    // pg_trgm's own default threshold (the % operator's similarity_threshold, 0.3) decides
    // whether a negative got a hit.
    const bool hit = !fields[2].empty() && std::atof(fields[2].c_str()) >= 0.3;
    recall.Add(query, query.expected.empty() && !hit ? std::string() : fields[1]);
  }
  PrintRecall("pg", recall);
  return 0;
}

bool IsPerson(const Entity& entity) { return entity.schema == EntitySchema::kPerson; }

// Synthetic names drawn from the word occurrences of the real lists (so frequent words such as
// "MOHAMMED" or "TRADING" stay frequent).
int RunSynthetic(const std::string& data, size_t count) {
  std::vector<std::string> person_words, company_words;
  {
    const std::vector<EntityList> lists = LoadUnAndSdn(data);
    for (const auto& list : lists) {
      for (const auto& entity : list.entities) {
        for (const auto& name : entity.names) {
          for (auto& word : Words(name.text)) {
            (IsPerson(entity) ? person_words : company_words).push_back(word);
          }
        }
      }
    }
  }
  static const char* kForms[] = {"LTD", "CO., LTD.", "LLC", "CORPORATION", "JSC", "GMBH", ""};
  Random random{2024};
  EntityList list;
  list.source.list = "synthetic";
  list.entities.resize(count);
  for (size_t i = 0; i < count; ++i) {
    Entity& entity = list.entities[i];
    entity.id = "syn:" + std::to_string(i);
    entity.list = "synthetic";
    const bool person = random.Below(10) < 7;
    entity.schema = person ? EntitySchema::kPerson : EntitySchema::kCompany;
    const auto& pool = person ? person_words : company_words;
    std::vector<std::string> words;
    const size_t n = 2 + random.Below(2);
    for (size_t w = 0; w < n; ++w) words.push_back(pool[random.Below(pool.size())]);
    if (!person) words.push_back(kForms[random.Below(std::size(kForms))]);
    entity.names.push_back({Join(words), NameKind::kPrimary});
  }
  std::vector<Query> queries;
  Random pick{7};
  for (size_t q = 0; q < 5000; ++q) {
    const Entity& entity = list.entities[pick.Below(count)];
    queries.push_back({Perturb(entity.names[0].text, pick), "synthetic", {entity.id}});
  }
  std::vector<EntityList> lists;
  lists.push_back(std::move(list));
  const double rss_before = PeakRssMb();
  const auto start = Clock::now();
  const auto index = NameIndex::Build(std::move(lists));
  const double build = Seconds(start);
  const RunFigures figures = RunIndex(*index, queries);
  std::printf("synthetic_names %zu\nsynthetic_build_s %.3f\nsynthetic_qps %.1f\n",
              index->name_count(), build, figures.qps);
  std::printf("synthetic_recall1 %.4f\nsynthetic_rss_before_build_mb %.0f\n",
              figures.recall.recall(), rss_before);
  std::printf("synthetic_peak_rss_mb %.0f\n", PeakRssMb());
  return 0;
}

}  // namespace
}  // namespace catchall

int main(int argc, char** argv) {
  const std::string mode = argc > 1 ? argv[1] : "";
  if (mode == "lists" && argc == 4) return catchall::RunLists(argv[2], argv[3]);
  if (mode == "pg-score" && argc == 4) return catchall::RunPgScore(argv[2], argv[3]);
  if (mode == "synthetic" && argc == 4) {
    return catchall::RunSynthetic(argv[2], std::strtoull(argv[3], nullptr, 10));
  }
  std::fprintf(stderr,
               "usage: match_bench lists DATA_DIR WORK_DIR | pg-score WORK_DIR RESULT.tsv | "
               "synthetic DATA_DIR N\n");
  return 2;
}
