#include "report_support.h"

namespace catchall::report::testing {

namespace fs = std::filesystem;

size_t Count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + needle.size())) {
    ++n;
  }
  return n;
}

CommandResult ScreenSamples(const std::string& dir) {
  return RunCatchall({"screen", kSource + "/samples/scopus_dprk_sample.csv",
                      kSource + "/samples/wos_dprk_sample.txt",
                      kSource + "/samples/openalex_dprk_sample.jsonl", "--out", dir, "-q"});
}

nlohmann::ordered_json SyntheticFinding(int index, const std::string& tier) {
  using Json = nlohmann::ordered_json;
  const bool coauthored = tier != "dprk_only";
  const std::string title = "Crack analysis of composite plates, study " + std::to_string(index);
  Json dprk = {{"raw", "Kim Il Sung University, Pyongyang, DPR Korea"},
               {"country", "KP"},
               {"institution",
                {{"id", "kp-kim-il-sung-university"},
                 {"name", "Kim Il Sung University"},
                 {"type", "university"},
                 {"country", "KP"},
                 {"tags", Json::array()}}},
               {"decided_by", {{{"kind", "city"}, {"text", "Pyongyang"}, {"country", "KP"}}}},
               {"overruled", Json::array()},
               {"authors", {"Kim, Chol"}},
               {"warnings", Json::array()}};
  Json foreign = Json::array();
  if (coauthored) {
    foreign.push_back(
        {{"raw", "Harbin Institute of Technology, Harbin, China"},
         {"country", "CN"},
         {"institution",
          {{"id", "cn-hit"},
           {"name", "Harbin Institute of Technology"},
           {"type", "university"},
           {"country", "CN"},
           {"tags", {"seven_sons"}}}},
         {"decided_by", {{{"kind", "country_name"}, {"text", "China"}, {"country", "CN"}}}},
         {"overruled", Json::array()},
         {"authors", {"Li, Wei"}},
         {"warnings", Json::array()}});
  }
  const int year = tier == "pre_2321" ? 2015 : 2018;
  Json categories = {{{"id", "advanced_materials"},
                      {"label", "Advanced materials science"},
                      {"score", 0.9},
                      {"threshold", 0.5},
                      {"legal_basis", "UNSCR 2321 (2016) para 10"},
                      {"wassenaar", {"1C"}},
                      {"mtcr", {"II-6"}},
                      {"evidence",
                       {{{"term", "composite"},
                         {"field", "title"},
                         {"text", "composite"},
                         {"offset", title.find("composite")},
                         {"weight", 4.5}}}}}};
  Json funders = Json::array();
  if (index % 2 == 0) {
    funders.push_back({{"registry_id", "cn-nsfc"},
                       {"name", "National Natural Science Foundation of China"},
                       {"country", "CN"},
                       {"government", true},
                       {"matched_text", "NSFC"},
                       {"award_ids", {std::to_string(10000 + index)}},
                       {"origin", "funding_text"}});
  }
  return {{"id", "SYN-" + std::to_string(index)},
          {"doi", "10.5555/syn." + std::to_string(index)},
          {"source",
           {{"file", "synthetic.csv"},
            {"line", index + 2},
            {"record", index + 1},
            {"format", "scopus"}}},
          {"title", title},
          {"year", year},
          {"date", std::to_string(year)},
          {"date_precision", "year"},
          {"document_type", "Article"},
          {"source_title", "Journal of Tests"},
          {"countries", coauthored ? Json({"CN", "KP"}) : Json({"KP"})},
          {"dprk_tie", true},
          {"dprk_coauthored", coauthored},
          {"dprk_conflict", false},
          {"dprk_authors", {"Kim, Chol"}},
          {"dprk_affiliations", {dprk}},
          {"foreign_affiliations", foreign},
          {"unresolved_affiliations", Json::array()},
          {"warnings", Json::array()},
          {"tier", tier},
          {"tier_certain", true},
          {"tier_rule", tier},
          {"tier_message", "synthetic"},
          {"tier_alternatives", Json::array()},
          {"categories", categories},
          {"weak_categories", Json::array()},
          {"funders", funders},
          {"government_funding", index % 2 == 0 ? Json({"CN"}) : Json::array()},
          {"rules",
           {{{"id", tier},
             {"severity", "medium"},
             {"tier", tier},
             {"status", "fired"},
             {"decides_tier", true},
             {"message", "synthetic"},
             {"reference", nullptr},
             {"rule_file", "rules.yaml"},
             {"rule_line", 1},
             {"evidence", Json::array()}}}},
          {"abstract", "Composite plates were studied."},
          {"author_keywords", {"composite"}},
          {"index_keywords", Json::array()},
          {"funding_text", nullptr}};
}

std::string SyntheticSummary(const std::vector<nlohmann::ordered_json>& findings) {
  nlohmann::ordered_json by_tier = nlohmann::ordered_json::object();
  uint64_t coauthored = 0;
  for (const auto& f : findings) {
    by_tier[f["tier"].get<std::string>()] = by_tier.value(f["tier"].get<std::string>(), 0) + 1;
    if (f["dprk_coauthored"].get<bool>()) ++coauthored;
  }
  nlohmann::ordered_json summary = {
      {"catchall_version", "test"},
      {"started_at", "2026-01-01T00:00:00Z"},
      {"options",
       {{"all", false},
        {"data_dir", kSource + "/data"},
        {"taxonomy", {{"file", "taxonomy.yaml"}, {"version", "1"}}},
        {"rule_files", {"rules.yaml"}},
        {"tiers",
         {"clear", "dprk_only", "committee_exemption_required", "medical_exempt",
          "state_determination_required", "pre_2321"}}}},
      {"inputs", {"synthetic.csv"}},
      {"records_read", findings.size()},
      {"records_rejected", 0},
      {"records_with_dprk_affiliation", findings.size()},
      {"dprk_coauthored", coauthored},
      {"by_tier", by_tier}};
  return summary.dump(2);
}

std::vector<std::vector<std::string>> ParseCsv(const std::string& input) {
  std::string text = input;
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field.push_back('"');
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field.push_back(c);
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      row.push_back(std::move(field));
      field.clear();
      rows.push_back(std::move(row));
      row.clear();
      ++i;
    } else {
      field.push_back(c);
    }
  }
  if (!field.empty() || !row.empty()) {
    row.push_back(std::move(field));
    rows.push_back(std::move(row));
  }
  return rows;
}

std::map<std::string, std::map<std::string, std::string>> CsvByKey(const std::string& text) {
  const auto rows = ParseCsv(text);
  std::map<std::string, std::map<std::string, std::string>> out;
  for (size_t r = 1; r < rows.size(); ++r) {
    for (size_t c = 0; c < rows[r].size() && c < rows[0].size(); ++c) {
      out[rows[r][0]][rows[0][c]] = rows[r][c];
    }
  }
  return out;
}

}  // namespace catchall::report::testing
