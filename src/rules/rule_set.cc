#include "rules/rule_set.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <tuple>

#include "io/yaml_fields.h"
#include "rules/message.h"

namespace catchall {
namespace {

struct Context {
  const std::string& file;
  const RuleVocabulary& vocabulary;
};

Error At(const Context& context, const YAML::Node& node, std::string reason) {
  return YamlError(context.file, YamlLine(node), std::move(reason));
}

std::string Listed(const std::set<std::string>& items) {
  std::string out;
  size_t shown = 0;
  for (const auto& item : items) {
    if (++shown > 12) return out + ", ...";
    out += (out.empty() ? "" : ", ") + item;
  }
  return out;
}

bool IsIdentifier(const std::string& id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  });
}

Result<CivilDate> ParseDate(const Context& context, const YAML::Node& node) {
  const std::string text = node.IsScalar() ? node.Scalar() : "";
  CivilDate date;
  char tail = 0;
  const bool shaped = text.size() == 10 && std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &date.year,
                                                       &date.month, &date.day, &tail) == 3;
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (!shaped || date.year < 1900 || date.month < 1 || date.month > 12 || date.day < 1 ||
      date.day > kDays[date.month - 1] ||
      (date.month == 2 && date.day == 29 &&
       !((date.year % 4 == 0 && date.year % 100 != 0) || date.year % 400 == 0))) {
    return At(context, node, "bad date '" + text + "': expected a calendar date YYYY-MM-DD");
  }
  return date;
}

// The single key of a one-key mapping, or an error naming what was expected.
Result<std::string> OnlyKey(const Context& context, const YAML::Node& node,
                            const std::string& what) {
  if (!node.IsMap() || node.size() != 1) {
    return At(context, node, what + " must be a mapping with exactly one key");
  }
  return node.begin()->first.Scalar();
}

Status CheckValue(const Context& context, const YAML::Node& node, const std::string& fact,
                  const std::string& value) {
  const auto require = [&](const std::set<std::string>& known, const char* what) -> Status {
    if (known.count(value)) return Ok{};
    return At(context, node,
              std::string("unknown ") + what + " '" + value + "' in '" + fact +
                  "' (known: " + Listed(known) + ")");
  };
  const RuleVocabulary& v = context.vocabulary;
  if (fact == "categories") return require(v.categories, "category");
  if (fact == "institutions") return require(v.institutions, "institution");
  if (fact == "institution_tags") return require(v.institution_tags, "institution tag");
  if (fact == "funders") return require(v.funders, "funder");
  if (fact == "date_precision") return require({"day", "month", "year", "none"}, "precision");
  if (fact == "list_hit_subjects") {
    return require({"institution", "author", "funder"}, "list hit subject");
  }
  // List keys and list tags come from the --lists files, unknown when the rules load.
  if (fact == "list_hits" || fact == "list_hit_tags") {
    if (!value.empty()) return Ok{};
    return At(context, node, "an empty value in '" + fact + "'");
  }
  // Country facts: ISO 3166-1 alpha-2 as the resolver writes them ("EU" for EU funders).
  const bool code = value.size() == 2 && std::isupper(static_cast<unsigned char>(value[0])) &&
                    std::isupper(static_cast<unsigned char>(value[1]));
  if (!code) {
    return At(context, node, "'" + value + "' in '" + fact + "' is not a country code like CN");
  }
  return Ok{};
}

Result<Condition> ParseCondition(const Context& context, const YAML::Node& node);

// The operator of a one-key mapping `{op: value}`, looked up in `table`.
template <typename Op>
Result<Op> ParseOperator(const Context& context, const YAML::Node& node, const std::string& fact,
                         const std::vector<std::pair<const char*, Op>>& table) {
  Result<std::string> op = OnlyKey(context, node, "'" + fact + "'");
  if (!op.ok()) return op.error();
  std::string names;
  for (const auto& [name, value] : table) {
    if (*op == name) return value;
    names += (names.empty() ? "" : ", ") + std::string(name);
  }
  return At(context, node.begin()->first,
            "unknown operator '" + *op + "' for '" + fact + "' (use " + names + ")");
}

Status ParseSet(const Context& context, const YAML::Node& node, Condition& c) {
  using S = Condition::SetTest;
  Result<S> test =
      ParseOperator<S>(context, node, c.fact,
                       {{"any_of", S::kAnyOf}, {"all_of", S::kAllOf}, {"none_of", S::kNoneOf}});
  if (!test.ok()) return test.error();
  c.set_test = *test;
  const std::string op = node.begin()->first.Scalar();
  Result<std::vector<std::string>> values =
      YamlList(node, op.c_str(), "'" + c.fact + "'", context.file, /*allow_scalar=*/true);
  if (!values.ok()) return values.error();
  if (values->empty()) return At(context, node, "'" + c.fact + "' needs at least one value");
  for (const auto& value : *values) {
    if (Status s = CheckValue(context, node.begin()->second, c.fact, value); !s.ok()) return s;
  }
  c.values = std::move(values).value();
  return Ok{};
}

Status ParseDateTest(const Context& context, const YAML::Node& node, Condition& c) {
  using D = Condition::DateTest;
  Result<D> test = ParseOperator<D>(context, node, c.fact,
                                    {{"before", D::kBefore},
                                     {"on_or_after", D::kOnOrAfter},
                                     {"uncertain_around", D::kUncertainAround}});
  if (!test.ok()) return test.error();
  c.date_test = *test;
  Result<CivilDate> date = ParseDate(context, node.begin()->second);
  if (!date.ok()) return date.error();
  c.date = *date;
  return Ok{};
}

Status ParseCategoryScore(const Context& context, const YAML::Node& node, Condition& c) {
  const std::string what = "'category_score'";
  if (!node.IsMap()) return At(context, node, what + " must be a mapping");
  if (Status s = CheckYamlFields(node, {"category", "at_least", "below"}, what, context.file);
      !s.ok())
    return s;
  Result<std::string> category = YamlScalar(node, "category", true, what, context.file);
  if (!category.ok()) return category.error();
  if (Status s = CheckValue(context, node["category"], "categories", *category); !s.ok()) return s;
  c.category = *category;
  if (!node["at_least"] && !node["below"]) {
    return At(context, node, what + " needs 'at_least' or 'below'");
  }
  for (auto [key, target] :
       {std::pair<const char*, double*>{"at_least", &c.at_least}, {"below", &c.below}}) {
    if (!node[key]) continue;
    Result<double> value = YamlNumber(node, key, 0, 1, what, context.file);
    if (!value.ok()) return value.error();
    *target = *value;
  }
  return Ok{};
}

Status ParseLeaf(const Context& context, const YAML::Node& value, Condition& c) {
  const auto& facts = FactNames();
  const auto it =
      std::find_if(facts.begin(), facts.end(), [&](const FactName& f) { return c.fact == f.name; });
  if (it == facts.end()) {
    std::set<std::string> known = {"all", "any", "not"};
    for (const auto& f : facts) known.insert(f.name);
    return At(context, value, "unknown fact '" + c.fact + "' (known: " + Listed(known) + ")");
  }
  c.kind = it->kind;
  switch (c.kind) {
    case Condition::Kind::kFlag:
      if (!value.IsScalar() || (value.Scalar() != "true" && value.Scalar() != "false")) {
        return At(context, value, "'" + c.fact + "' must be true or false");
      }
      c.flag = value.Scalar() == "true";
      return Ok{};
    case Condition::Kind::kDate:
      return ParseDateTest(context, value, c);
    case Condition::Kind::kSet:
      return ParseSet(context, value, c);
    default:
      return ParseCategoryScore(context, value, c);
  }
}

Result<Condition> ParseCondition(const Context& context, const YAML::Node& node) {
  Result<std::string> key = OnlyKey(context, node, "a condition");
  if (!key.ok()) return key.error();
  Condition c;
  c.line = YamlLine(node);
  c.fact = *key;
  const YAML::Node value = node.begin()->second;
  if (c.fact == "all" || c.fact == "any") {
    c.kind = c.fact == "all" ? Condition::Kind::kAll : Condition::Kind::kAny;
    if (!value.IsSequence() || value.size() == 0) {
      return At(context, value, "'" + c.fact + "' must be a non-empty list of conditions");
    }
    for (const auto& child : value) {
      Result<Condition> parsed = ParseCondition(context, child);
      if (!parsed.ok()) return parsed.error();
      c.children.push_back(std::move(parsed).value());
    }
    return c;
  }
  if (c.fact == "not") {
    c.kind = Condition::Kind::kNot;
    Result<Condition> parsed = ParseCondition(context, value);
    if (!parsed.ok()) return parsed.error();
    c.children.push_back(std::move(parsed).value());
    return c;
  }
  if (Status s = ParseLeaf(context, value, c); !s.ok()) return s.error();
  return c;
}

Result<Severity> ParseSeverity(const Context& context, const YAML::Node& node) {
  const std::string text = node.IsScalar() ? node.Scalar() : "";
  for (int s = 0; s <= static_cast<int>(Severity::kCritical); ++s) {
    if (text == SeverityName(static_cast<Severity>(s))) return static_cast<Severity>(s);
  }
  return At(context, node,
            "unknown severity '" + text + "' (use info, low, medium, high, critical)");
}

Status ParseRuleTexts(const Context& context, const YAML::Node& node, Rule& rule) {
  const std::string what = "rule '" + rule.id + "'";
  for (auto [key, target, required] :
       {std::tuple<const char*, std::string*, bool>{"description", &rule.description, false},
        {"tier", &rule.tier, false},
        {"message", &rule.message, true},
        {"reference", &rule.reference, false}}) {
    Result<std::string> value = YamlScalar(node, key, required, what, context.file);
    if (!value.ok()) return value.error();
    *target = *value;
  }
  if (!rule.tier.empty() && !IsIdentifier(rule.tier)) {
    return At(context, node["tier"], what + ": tier '" + rule.tier + "' must be a-z0-9_");
  }
  if (Status s = CheckMessage(rule.message); !s.ok()) {
    return At(context, node["message"], what + ": " + s.error().message);
  }
  return Ok{};
}

Result<Rule> ParseRule(const Context& context, const YAML::Node& node) {
  if (!node.IsMap()) return At(context, node, "a rule must be a mapping");
  Rule rule;
  rule.file = context.file;
  rule.line = YamlLine(node);
  Result<std::string> id = YamlScalar(node, "id", true, "a rule", context.file);
  if (!id.ok()) return id.error();
  rule.id = *id;
  const std::string what = "rule '" + rule.id + "'";
  if (!IsIdentifier(rule.id)) return At(context, node["id"], what + ": id must be a-z0-9_-");
  static const std::set<std::string> kFields = {"id",       "description", "tier",
                                                "severity", "when",        "message",
                                                "priority", "reference",   "enabled"};
  if (Status s = CheckYamlFields(node, kFields, what, context.file); !s.ok()) return s.error();
  if (Status s = ParseRuleTexts(context, node, rule); !s.ok()) return s.error();
  if (!node["severity"]) return At(context, node, what + " lacks 'severity'");
  Result<Severity> severity = ParseSeverity(context, node["severity"]);
  if (!severity.ok()) return severity.error();
  rule.severity = *severity;
  if (node["priority"]) {
    Result<double> priority = YamlNumber(node, "priority", -1000, 1000, what, context.file);
    if (!priority.ok()) return priority.error();
    rule.priority = static_cast<int>(*priority);
  }
  Result<bool> enabled = YamlBool(node, "enabled", true, what, context.file);
  if (!enabled.ok()) return enabled.error();
  rule.enabled = *enabled;
  if (!node["when"]) return At(context, node, what + " lacks 'when'");
  Result<Condition> when = ParseCondition(context, node["when"]);
  if (!when.ok()) return when.error();
  rule.when = std::move(when).value();
  return rule;
}

Status ParseRoot(const Context& context, const YAML::Node& root, std::vector<Rule>& out) {
  if (!root.IsMap()) return YamlError(context.file, 1, "expected a mapping with 'rules'");
  if (Status s = CheckYamlFields(root, {"version", "rules"}, "the rule file", context.file);
      !s.ok())
    return s;
  const YAML::Node list = root["rules"];
  if (!list || !list.IsSequence()) return YamlError(context.file, 1, "'rules' must be a list");
  for (const auto& node : list) {
    Result<Rule> rule = ParseRule(context, node);
    if (!rule.ok()) return rule.error();
    for (const auto& other : out) {
      if (other.id == rule->id) {
        return YamlError(context.file, rule->line,
                         "duplicate rule id '" + rule->id + "' (first on line " +
                             std::to_string(other.line) + ")");
      }
    }
    out.push_back(std::move(rule).value());
  }
  return Ok{};
}

Result<std::vector<Rule>> RulesOf(const Result<YAML::Node>& root, const std::string& file,
                                  const RuleVocabulary& vocabulary) {
  if (!root.ok()) return root.error();
  std::vector<Rule> rules;
  const Context context{file, vocabulary};
  try {
    if (Status s = ParseRoot(context, *root, rules); !s.ok()) return s.error();
  } catch (const YAML::Exception& e) {  // a node of an unexpected kind deep inside
    return YamlError(file, static_cast<unsigned long long>(e.mark.line) + 1,
                     "invalid rule file: " + e.msg);
  }
  return rules;
}

}  // namespace

const char* SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kInfo:
      return "info";
    case Severity::kLow:
      return "low";
    case Severity::kMedium:
      return "medium";
    case Severity::kHigh:
      return "high";
    case Severity::kCritical:
      return "critical";
  }
  return "info";
}

}  // namespace catchall

namespace catchall {

Result<RuleSet> RuleSet::FromRules(Result<std::vector<Rule>> rules, const std::string& file) {
  if (!rules.ok()) return rules.error();
  RuleSet set;
  set.rules_ = std::move(rules).value();
  set.files_.push_back(file);
  return set;
}

Result<RuleSet> RuleSet::Parse(const std::string& yaml, const std::string& file,
                               const RuleVocabulary& vocabulary) {
  return FromRules(RulesOf(ParseYaml(yaml, file), file, vocabulary), file);
}

Result<RuleSet> RuleSet::Load(const std::string& file, const RuleVocabulary& vocabulary) {
  return FromRules(RulesOf(LoadYamlFile(file, "the rule file"), file, vocabulary), file);
}

void RuleSet::Merge(RuleSet overrides) {
  for (Rule& rule : overrides.rules_) {
    auto it = std::find_if(rules_.begin(), rules_.end(),
                           [&](const Rule& existing) { return existing.id == rule.id; });
    if (it != rules_.end()) {
      *it = std::move(rule);
    } else {
      rules_.push_back(std::move(rule));
    }
  }
  files_.insert(files_.end(), overrides.files_.begin(), overrides.files_.end());
}

std::vector<const Rule*> RuleSet::TierRules() const {
  std::vector<const Rule*> out;
  for (const Rule& rule : rules_) {
    if (rule.enabled && !rule.tier.empty()) out.push_back(&rule);
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Rule* a, const Rule* b) { return a->priority > b->priority; });
  return out;
}

std::vector<std::string> RuleSet::Tiers() const {
  std::vector<std::string> out;
  for (const Rule* rule : TierRules()) {
    if (std::find(out.begin(), out.end(), rule->tier) == out.end()) out.push_back(rule->tier);
  }
  return out;
}

std::string RulesFile(const std::string& data_dir) { return data_dir + "/rules.yaml"; }

}  // namespace catchall
