#include "cli/compare_command.h"

#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/data_dir.h"
#include "cli/exit_codes.h"
#include "match/match_json.h"
#include "match/name_comparison.h"
#include "match/name_terms.h"
#include "match/ofac_score.h"
#include "match/pairs_csv.h"
#include "match/prepared_name.h"

namespace catchall {
namespace {

using Json = nlohmann::ordered_json;

// With --ofac the scale is OFAC's 0-100, and so is the threshold.
constexpr double kDefaultOfacThreshold = 80;

double Rounded(double value) { return std::round(value * 10000.0) / 10000.0; }

std::string PairLine(const std::string& name1, const std::string& name2, EntitySchema schema,
                     double threshold, bool ofac) {
  Json line = {{"name1", name1}, {"name2", name2}, {"schema", std::string(SchemaName(schema))}};
  if (ofac) {
    const OfacScoreParts parts = OfacScoreBreakdown(name1, name2);
    const double score = OfacScore(name1, name2);
    line["score"] = Rounded(score);
    line["match"] = score >= threshold;
    line["explanation"] = {{"whole_name", Rounded(parts.whole_name * 100)},
                           {"words", Rounded(parts.words * 100)}};
  } else {
    const PreparedName query = PrepareName(name1, schema);
    const PreparedName candidate = PrepareName(name2, schema);
    const NameComparison comparison = CompareNames(query, candidate);
    line["score"] = Rounded(comparison.score);
    line["match"] = comparison.score >= threshold;
    line["explanation"] = ComparisonExplanationJson(comparison, query, candidate);
  }
  return line.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Result<std::string> ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{"cannot read the pair file", Location{path, 0}};
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace

void AddCompareCommand(CLI::App& app, CompareArguments& arguments) {
  CLI::App* compare = app.add_subcommand(
      "compare", "Score name pairs (\"A\" \"B\", or --pairs FILE.csv) with the list name matcher");
  compare->add_option("names", arguments.names, "Two names")->expected(0, 2);
  compare->add_option("--pairs", arguments.pairs_file,
                      "CSV with the columns name1, name2 and optionally schema");
  compare->add_option("--schema", arguments.schema,
                      "Schema of both names (Person, Organization, Company, Vessel, ...)");
  compare->add_option("--threshold", arguments.threshold,
                      "Verdict threshold (default 0.72; 80 with --ofac)");
  compare->add_flag("--ofac", arguments.ofac, "Score on the 0-100 scale of OFAC's search tool");
  compare->add_option("--data-dir", arguments.data_dir,
                      "Reference data directory (default: $CATCHALL_DATA or the built-in data/)");
}

int RunCompareCommand(CompareArguments& arguments) {
  const bool from_file = !arguments.pairs_file.empty();
  if (from_file == (arguments.names.size() == 2) || (!from_file && arguments.names.size() != 2)) {
    std::fprintf(stderr, "catchall compare: give two names or --pairs FILE.csv\n");
    return exit_code::kUsage;
  }
  EntitySchema schema = EntitySchema::kUnknown;
  if (!arguments.schema.empty()) {
    const auto parsed = ParseSchema(arguments.schema);
    if (!parsed) {
      std::fprintf(stderr, "catchall compare: unknown schema '%s'\n", arguments.schema.c_str());
      return exit_code::kUsage;
    }
    schema = *parsed;
  }
  if (Status loaded = LoadNameTerms(FindDataDir(arguments.data_dir)); !loaded.ok()) {
    std::fprintf(stderr, "catchall: reference data: %s\n", loaded.error().ToString().c_str());
    return exit_code::kReferenceData;
  }
  const double threshold = arguments.threshold >= 0
                               ? arguments.threshold
                               : (arguments.ofac ? kDefaultOfacThreshold : kDefaultMatchThreshold);
  if (!from_file) {
    std::cout << PairLine(arguments.names[0], arguments.names[1], schema, threshold, arguments.ofac)
              << '\n';
    return exit_code::kOk;
  }
  auto bytes = ReadWholeFile(arguments.pairs_file);
  if (!bytes.ok()) {
    std::fprintf(stderr, "catchall: %s\n", bytes.error().ToString().c_str());
    return exit_code::kInput;
  }
  auto file = ParsePairsCsv(arguments.pairs_file, *bytes);
  if (!file.ok()) {
    std::fprintf(stderr, "catchall: %s\n", file.error().ToString().c_str());
    return exit_code::kInput;
  }
  for (const RecordIssue& reject : file->rejects) {
    std::fprintf(stderr, "catchall: %s:%llu: rejected: %s\n", reject.where.file.c_str(),
                 static_cast<unsigned long long>(reject.where.line), reject.reason.c_str());
  }
  for (const NamePair& pair : file->pairs) {
    const EntitySchema pair_schema = pair.schema != EntitySchema::kUnknown ? pair.schema : schema;
    std::cout << PairLine(pair.name1, pair.name2, pair_schema, threshold, arguments.ofac) << '\n';
  }
  std::fprintf(stderr, "catchall compare: %zu pairs scored, %zu rejected\n", file->pairs.size(),
               file->rejects.size());
  return exit_code::kOk;
}

}  // namespace catchall
