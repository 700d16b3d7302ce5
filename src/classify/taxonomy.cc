#include "classify/taxonomy.h"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "classify/term_pattern.h"
#include "io/yaml_fields.h"

namespace catchall {
namespace {

Error At(const std::string& file, unsigned long long line, std::string reason) {
  return YamlError(file, line, std::move(reason));
}

Result<Term> LoadTerm(const YAML::Node& node, bool blocker, const std::string& owner,
                      const std::string& file) {
  const std::string what = "a term of " + owner;
  if (!node.IsMap()) return At(file, YamlLine(node), what + " is not a mapping");
  static const std::set<std::string> kTermFields = {"term", "weight", "case_sensitive",
                                                    "exclude_if", "note"};
  static const std::set<std::string> kBlockerFields = {"term", "case_sensitive", "note"};
  if (Status s = CheckYamlFields(node, blocker ? kBlockerFields : kTermFields, what, file); !s.ok())
    return s.error();
  Term term;
  term.line = YamlLine(node);
  Result<std::string> phrase = YamlScalar(node, "term", true, what, file);
  if (!phrase.ok()) return phrase.error();
  term.phrase = *phrase;
  if (Result<std::string> e = TermExpression(term.phrase); !e.ok()) {
    return At(file, term.line, e.error().message);
  }
  if (!blocker) {
    if (!node["weight"]) return At(file, term.line, "term '" + term.phrase + "' lacks 'weight'");
    Result<double> weight = YamlNumber(node, "weight", 1, 5, "term '" + term.phrase + "'", file);
    if (!weight.ok()) return weight.error();
    term.weight = *weight;
    Result<std::vector<std::string>> exclude = YamlList(node, "exclude_if", what, file);
    if (!exclude.ok()) return exclude.error();
    term.exclude_if = *exclude;
    for (const auto& phrase_or_ref : term.exclude_if) {
      if (phrase_or_ref.front() == '@') {
        const auto& known = KnownCategoryIds();
        if (std::find(known.begin(), known.end(), phrase_or_ref.substr(1)) == known.end()) {
          return At(
              file, term.line,
              "term '" + term.phrase + "': unknown category '" + phrase_or_ref + "' in exclude_if");
        }
        continue;
      }
      if (Result<std::string> e = TermExpression(phrase_or_ref); !e.ok())
        return At(file, YamlLine(node["exclude_if"]), e.error().message);
    }
  }
  Result<bool> case_sensitive = YamlBool(node, "case_sensitive", false, what, file);
  if (!case_sensitive.ok()) return case_sensitive.error();
  term.case_sensitive = *case_sensitive;
  Result<std::string> note = YamlScalar(node, "note", false, what, file);
  if (!note.ok()) return note.error();
  term.note = *note;
  return term;
}

Status LoadTerms(const YAML::Node& list, bool blocker, const std::string& owner,
                 const std::string& file, std::vector<Term>& out) {
  if (!list || !list.IsSequence() || list.size() == 0) {
    return At(file, list ? YamlLine(list) : 0, owner + ": terms must be a non-empty list");
  }
  std::unordered_map<std::string, unsigned long long> seen;
  for (const auto& node : list) {
    Result<Term> term = LoadTerm(node, blocker, owner, file);
    if (!term.ok()) return term.error();
    const std::string key = TermKey(term->phrase, term->case_sensitive);
    auto [it, fresh] = seen.emplace(key, term->line);
    if (!fresh) {
      return At(file, term->line,
                "duplicate term '" + term->phrase + "' in " + owner + " (first on line " +
                    std::to_string(it->second) + ")");
    }
    out.push_back(std::move(*term));
  }
  return Ok{};
}

Result<Category> LoadCategory(const YAML::Node& node, const std::string& file) {
  if (!node.IsMap()) return At(file, YamlLine(node), "a category is not a mapping");
  static const std::set<std::string> kFields = {"id",   "label",     "legal_basis", "wassenaar",
                                                "mtcr", "threshold", "terms",       "note"};
  Category category;
  category.line = YamlLine(node);
  Result<std::string> id = YamlScalar(node, "id", true, "a category", file);
  if (!id.ok()) return id.error();
  category.id = *id;
  const std::string what = "category '" + category.id + "'";
  const auto& known = KnownCategoryIds();
  if (std::find(known.begin(), known.end(), category.id) == known.end()) {
    return At(file, YamlLine(node["id"]), "unknown category '" + category.id + "'");
  }
  if (Status s = CheckYamlFields(node, kFields, what, file); !s.ok()) return s.error();
  for (auto [key, target] : {std::pair<const char*, std::string*>{"label", &category.label},
                             {"legal_basis", &category.legal_basis}}) {
    Result<std::string> value = YamlScalar(node, key, true, what, file);
    if (!value.ok()) return value.error();
    *target = *value;
  }
  for (auto [key, target] :
       {std::pair<const char*, std::vector<std::string>*>{"wassenaar", &category.wassenaar},
        {"mtcr", &category.mtcr}}) {
    Result<std::vector<std::string>> value = YamlList(node, key, what, file);
    if (!value.ok()) return value.error();
    *target = *value;
  }
  if (node["threshold"]) {
    Result<double> threshold = YamlNumber(node, "threshold", 0.01, 1, what, file);
    if (!threshold.ok()) return threshold.error();
    category.threshold = *threshold;
  }
  if (Status s = LoadTerms(node["terms"], false, what, file, category.terms); !s.ok())
    return s.error();
  return category;
}

Status LoadRoot(const YAML::Node& root, Taxonomy& taxonomy) {
  const std::string& file = taxonomy.file;
  if (!root.IsMap()) return At(file, 1, "expected a mapping with 'categories'");
  if (Status s =
          CheckYamlFields(root, {"version", "scale", "categories", "blockers"}, "the file", file);
      !s.ok())
    return s;
  Result<std::string> version = YamlScalar(root, "version", false, "the file", file);
  if (!version.ok()) return version.error();
  taxonomy.version = *version;
  const YAML::Node list = root["categories"];
  if (!list || !list.IsSequence()) return At(file, 1, "'categories' must be a list");
  for (const auto& node : list) {
    Result<Category> category = LoadCategory(node, file);
    if (!category.ok()) return category.error();
    for (const auto& other : taxonomy.categories) {
      if (other.id == category->id) {
        return At(file, category->line, "duplicate category '" + category->id + "'");
      }
    }
    taxonomy.categories.push_back(std::move(*category));
  }
  for (const auto& id : KnownCategoryIds()) {
    const bool present = std::any_of(taxonomy.categories.begin(), taxonomy.categories.end(),
                                     [&](const Category& c) { return c.id == id; });
    if (!present) return At(file, YamlLine(list), "category '" + id + "' is missing");
  }
  if (root["blockers"]) {
    if (Status s = LoadTerms(root["blockers"], true, "blockers", file, taxonomy.blockers); !s.ok())
      return s;
  }
  return Ok{};
}

}  // namespace

const std::vector<std::string>& KnownCategoryIds() {
  static const std::vector<std::string> kIds = {"nuclear",
                                                "aerospace",
                                                "advanced_manufacturing",
                                                "advanced_physics",
                                                "computer_simulation",
                                                "geospatial_navigation",
                                                "advanced_materials",
                                                "chemical_engineering",
                                                "mechanical_engineering",
                                                "electrical_engineering",
                                                "industrial_engineering",
                                                "medical"};
  return kIds;
}

std::string TaxonomyFile(const std::string& data_dir) { return data_dir + "/taxonomy.yaml"; }

Result<Taxonomy> LoadTaxonomy(const std::string& file) {
  Taxonomy taxonomy;
  taxonomy.file = file;
  Result<YAML::Node> root = LoadYamlFile(file, "the taxonomy file");
  if (!root.ok()) return root.error();
  try {
    if (Status status = LoadRoot(*root, taxonomy); !status.ok()) return status.error();
  } catch (const YAML::Exception& e) {  // a node of an unexpected kind deep inside
    return At(file, static_cast<unsigned long long>(e.mark.line) + 1, "invalid YAML: " + e.msg);
  }
  return taxonomy;
}

}  // namespace catchall
