#include "rules/condition.h"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

namespace catchall {
namespace {

// The earliest and latest day a partial date can stand for.
struct DateRange {
  CivilDate first;
  CivilDate last;
  bool known = false;
};

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

DateRange RangeOf(const PartialDate& date) {
  DateRange range;
  if (date.year <= 0 || date.precision == DatePrecision::kNone) return range;
  range.known = true;
  if (date.precision == DatePrecision::kYear || date.month < 1 || date.month > 12) {
    range.first = {date.year, 1, 1};
    range.last = {date.year, 12, 31};
  } else if (date.precision == DatePrecision::kMonth || date.day < 1) {
    range.first = {date.year, date.month, 1};
    range.last = {date.year, date.month, DaysInMonth(date.year, date.month)};
  } else {
    range.first = range.last = {date.year, date.month, date.day};
  }
  return range;
}

bool Earlier(const CivilDate& a, const CivilDate& b) {
  return std::tie(a.year, a.month, a.day) < std::tie(b.year, b.month, b.day);
}

const char* PrecisionWord(DatePrecision precision) {
  switch (precision) {
    case DatePrecision::kDay:
      return "day";
    case DatePrecision::kMonth:
      return "month";
    case DatePrecision::kYear:
      return "year";
    case DatePrecision::kNone:
      break;
  }
  return "none";
}

std::string DateValue(const PartialDate& date) {
  if (date.year <= 0 || date.precision == DatePrecision::kNone) return "no publication date";
  return date.ToIso() + " (" + PrecisionWord(date.precision) + ")";
}

Truth Not(Truth t) {
  if (t == Truth::kUnknown) return t;
  return t == Truth::kTrue ? Truth::kFalse : Truth::kTrue;
}

Truth FromBool(bool b) { return b ? Truth::kTrue : Truth::kFalse; }

Truth EvaluateDate(const Condition& c, const RecordFacts& facts, std::string& test) {
  const DateRange range = RangeOf(facts.date);
  Truth before = Truth::kUnknown;
  if (range.known) {
    if (Earlier(range.last, c.date)) before = Truth::kTrue;
    if (!Earlier(range.first, c.date)) before = Truth::kFalse;
  }
  const std::string day = ToIso(c.date);
  switch (c.date_test) {
    case Condition::DateTest::kBefore:
      test = "before " + day;
      return before;
    case Condition::DateTest::kOnOrAfter:
      test = "on_or_after " + day;
      return Not(before);
    case Condition::DateTest::kUncertainAround:
      test = "uncertain_around " + day;
      return FromBool(before == Truth::kUnknown);
  }
  return Truth::kUnknown;
}

bool FlagValue(const std::string& fact, const RecordFacts& facts) {
  if (fact == "dprk_tie") return facts.dprk_tie;
  if (fact == "dprk_coauthored") return facts.dprk_coauthored;
  if (fact == "government_funded") {
    return std::any_of(facts.funders.begin(), facts.funders.end(),
                       [](const FunderFact& f) { return f.government; });
  }
  return facts.dprk_conflict;  // "dprk_conflict"
}

std::string CategoryValue(const CategoryFact& c) {
  return fmt::format("{} ({:.2f})", c.id, c.score);
}

// The record's values of a set-valued fact, each with the text evidence should show.
std::vector<std::pair<std::string, std::string>> SetValues(const std::string& fact,
                                                           const RecordFacts& facts) {
  std::vector<std::pair<std::string, std::string>> out;
  const auto add = [&](const std::string& key, const std::string& shown) {
    for (const auto& existing : out) {
      if (existing.first == key) return;
    }
    out.emplace_back(key, shown);
  };
  if (fact == "categories") {
    for (const auto& c : facts.categories) {
      if (c.assigned) add(c.id, CategoryValue(c));
    }
  } else if (fact == "coauthor_countries") {
    for (const auto& country : facts.coauthor_countries) add(country, country);
  } else if (fact == "institutions") {
    for (const auto& i : facts.institutions) add(i.id, i.name);
  } else if (fact == "institution_tags") {
    for (const auto& i : facts.institutions) {
      for (const auto& tag : i.tags) add(tag, tag + " (" + i.name + ")");
    }
  } else if (fact == "funders") {
    for (const auto& f : facts.funders) {
      if (!f.id.empty()) add(f.id, f.name);
    }
  } else if (fact == "funder_countries" || fact == "government_funder_countries") {
    for (const auto& f : facts.funders) {
      if (f.country.empty() || (fact != "funder_countries" && !f.government)) continue;
      add(f.country, f.country + " (" + f.name + ")");
    }
  } else if (fact == "list_hits") {
    for (const auto& hit : facts.list_hits) add(hit.list, hit.reference + " " + hit.name);
  } else if (fact == "list_hit_tags") {
    for (const auto& hit : facts.list_hits) {
      for (const auto& tag : hit.tags) add(tag, hit.reference + " " + hit.name);
    }
  } else if (fact == "list_hit_subjects") {
    for (const auto& hit : facts.list_hits) add(hit.subject, hit.text);
  } else if (fact == "date_precision") {
    add(PrecisionWord(facts.date.year > 0 ? facts.date.precision : DatePrecision::kNone),
        PrecisionWord(facts.date.year > 0 ? facts.date.precision : DatePrecision::kNone));
  }
  return out;
}

std::string JoinValues(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& v : values) out += (out.empty() ? "" : ", ") + v;
  return out;
}

Truth EvaluateSet(const Condition& c, const RecordFacts& facts, FactEvidence& evidence) {
  const auto held = SetValues(c.fact, facts);
  std::vector<std::string> matched;
  for (const auto& [key, shown] : held) {
    if (std::find(c.values.begin(), c.values.end(), key) != c.values.end()) {
      matched.push_back(shown);
    }
  }
  static const char* const kNames[] = {"any_of", "all_of", "none_of"};
  evidence.test =
      std::string(kNames[static_cast<int>(c.set_test)]) + " [" + JoinValues(c.values) + "]";
  std::vector<std::string> all_shown;
  all_shown.reserve(held.size());
  for (const auto& [key, shown] : held) all_shown.push_back(shown);
  switch (c.set_test) {
    case Condition::SetTest::kAnyOf:
      evidence.value = matched.empty() ? "none: " + JoinValues(all_shown) : JoinValues(matched);
      return FromBool(!matched.empty());
    case Condition::SetTest::kAllOf:
      evidence.value = JoinValues(matched);
      return FromBool(matched.size() == c.values.size());
    case Condition::SetTest::kNoneOf:
      evidence.value = matched.empty() ? JoinValues(all_shown) : JoinValues(matched);
      return FromBool(matched.empty());
  }
  return Truth::kUnknown;
}

Truth EvaluateCategoryScore(const Condition& c, const RecordFacts& facts, FactEvidence& evidence) {
  double score = 0;
  for (const auto& category : facts.categories) {
    if (category.id == c.category) score = category.score;
  }
  evidence.test = fmt::format("{} score in [{:.2f}, {:.2f})", c.category, c.at_least, c.below);
  evidence.value = fmt::format("{:.2f}", score);
  return FromBool(score >= c.at_least && score < c.below);
}

Truth EvaluateLeaf(const Condition& c, const RecordFacts& facts,
                   std::vector<FactEvidence>& evidence) {
  FactEvidence item;
  item.fact = c.fact;
  Truth truth = Truth::kUnknown;
  switch (c.kind) {
    case Condition::Kind::kFlag: {
      const bool value = FlagValue(c.fact, facts);
      item.test = c.flag ? "is true" : "is false";
      item.value = value ? "true" : "false";
      truth = FromBool(value == c.flag);
      break;
    }
    case Condition::Kind::kDate:
      truth = EvaluateDate(c, facts, item.test);
      item.value = DateValue(facts.date);
      break;
    case Condition::Kind::kSet:
      truth = EvaluateSet(c, facts, item);
      break;
    case Condition::Kind::kCategoryScore:
      truth = EvaluateCategoryScore(c, facts, item);
      break;
    default:
      break;
  }
  evidence.push_back(std::move(item));
  return truth;
}

// all: true needs every child true (all their evidence); false needs one false child (its
// evidence alone); otherwise unknown, supported by the unknown children.
Truth EvaluateAll(const Condition& c, const RecordFacts& facts,
                  std::vector<FactEvidence>& evidence) {
  std::vector<FactEvidence> supporting;
  std::vector<FactEvidence> unknown;
  bool any_unknown = false;
  for (const auto& child : c.children) {
    std::vector<FactEvidence> child_evidence;
    const Truth t = Evaluate(child, facts, child_evidence);
    if (t == Truth::kFalse) {
      evidence.insert(evidence.end(), child_evidence.begin(), child_evidence.end());
      return Truth::kFalse;
    }
    auto& target = t == Truth::kUnknown ? unknown : supporting;
    any_unknown |= t == Truth::kUnknown;
    target.insert(target.end(), child_evidence.begin(), child_evidence.end());
  }
  evidence.insert(evidence.end(), supporting.begin(), supporting.end());
  evidence.insert(evidence.end(), unknown.begin(), unknown.end());
  return any_unknown ? Truth::kUnknown : Truth::kTrue;
}

// any: the dual of all.
Truth EvaluateAny(const Condition& c, const RecordFacts& facts,
                  std::vector<FactEvidence>& evidence) {
  std::vector<FactEvidence> refuting;
  std::vector<FactEvidence> unknown;
  bool any_unknown = false;
  for (const auto& child : c.children) {
    std::vector<FactEvidence> child_evidence;
    const Truth t = Evaluate(child, facts, child_evidence);
    if (t == Truth::kTrue) {
      evidence.insert(evidence.end(), child_evidence.begin(), child_evidence.end());
      return Truth::kTrue;
    }
    auto& target = t == Truth::kUnknown ? unknown : refuting;
    any_unknown |= t == Truth::kUnknown;
    target.insert(target.end(), child_evidence.begin(), child_evidence.end());
  }
  if (any_unknown) {
    evidence.insert(evidence.end(), unknown.begin(), unknown.end());
    return Truth::kUnknown;
  }
  evidence.insert(evidence.end(), refuting.begin(), refuting.end());
  return Truth::kFalse;
}

}  // namespace

const std::vector<FactName>& FactNames() {
  static const std::vector<FactName> kNames = {
      {"dprk_tie", Condition::Kind::kFlag},
      {"dprk_coauthored", Condition::Kind::kFlag},
      {"dprk_conflict", Condition::Kind::kFlag},
      {"government_funded", Condition::Kind::kFlag},
      {"published", Condition::Kind::kDate},
      {"date_precision", Condition::Kind::kSet},
      {"categories", Condition::Kind::kSet},
      {"category_score", Condition::Kind::kCategoryScore},
      {"coauthor_countries", Condition::Kind::kSet},
      {"institutions", Condition::Kind::kSet},
      {"institution_tags", Condition::Kind::kSet},
      {"funders", Condition::Kind::kSet},
      {"funder_countries", Condition::Kind::kSet},
      {"government_funder_countries", Condition::Kind::kSet},
      {"list_hits", Condition::Kind::kSet},
      {"list_hit_tags", Condition::Kind::kSet},
      {"list_hit_subjects", Condition::Kind::kSet},
  };
  return kNames;
}

std::string ToIso(const CivilDate& date) {
  return fmt::format("{:04d}-{:02d}-{:02d}", date.year, date.month, date.day);
}

Truth Evaluate(const Condition& condition, const RecordFacts& facts,
               std::vector<FactEvidence>& evidence) {
  switch (condition.kind) {
    case Condition::Kind::kAll:
      return EvaluateAll(condition, facts, evidence);
    case Condition::Kind::kAny:
      return EvaluateAny(condition, facts, evidence);
    case Condition::Kind::kNot:
      // The child's evidence supports the child's outcome, so it supports the negation too.
      return Not(Evaluate(condition.children.front(), facts, evidence));
    default:
      return EvaluateLeaf(condition, facts, evidence);
  }
}

}  // namespace catchall
