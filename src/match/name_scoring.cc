#include "match/name_scoring.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string>
#include <string_view>

#include "match/edit_distance.h"
#include "match/jaro_winkler.h"

namespace catchall {
namespace {

constexpr double kRomanisationSimilarity = 0.95;
constexpr double kSpellingKeySimilarity = 0.9;
constexpr double kInitialSimilarity = 0.8;
constexpr double kAcronymSimilarity = 0.9;

// The constants below were chosen on the tuning half of the OpenSanctions name pairs
// (src/match/README.md, "Evaluation"); the check half was only measured.
// Cost of the unmatched words of one side beyond those facing unmatched words on the other
// side (a dropped middle name, a dropped qualifier), per unit of weight; persons and bodies.
constexpr double kExtraWordCost = 0.1;
constexpr double kExtraWordCostBody = 0.15;
// Korean names have no optional middle names: an extra syllable makes another given name.
constexpr double kExtraWordCostKorean = 1.0;
// When at most one word carries the match, the other side's surplus words weigh much more:
// "John Terry" is not "John", "Oman Salahudin" is not "Salahudin".
constexpr double kExtraWordCostOneWord = 0.7;
// Cost of unmatched words facing unmatched words on the other side (a different name):
// a substituted word costs three times its weight.
constexpr double kSubstitutedWordCost = 3.0;
// Spelling similarity 1 - a*d - b*d/L (d edits, L letters of the longer word), none below min.
constexpr double kCostPerEdit = 0.1;
constexpr double kCostPerEditShare = 0.6;
constexpr double kMinSpellingSimilarity = 0.55;
// Joined words ("FridrichBuchenberg") must be spelt nearly alike: a join with a loose spelling
// would pair "Hans O" with "Hans".
constexpr double kMinJoinedSimilarity = 0.85;
constexpr double kGenericWordWeight = 0.5;
constexpr double kConsonantSkeletonSimilarity = 0.85;
constexpr double kPatronymicReversalFactor = 0.6;
// Factor for an assignment in which no identity word matched (legal forms and generic words
// must never make a match alone), and for names whose numbers differ ("SONG BONG 1" / "2").
constexpr double kNoIdentityFactor = 0.5;
constexpr double kNumbersDifferFactor = 0.6;

bool IsNumber(std::string_view text) {
  if (text.empty()) return false;
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

bool IsAscii(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

size_t Length(std::string_view text) {
  if (IsAscii(text)) return text.size();
  std::u32string points;
  AppendCodePoints(text, &points);
  return points.size();
}

double SimilarityForEdits(double edits, double longest) {
  return 1.0 - kCostPerEdit * edits - kCostPerEditShare * edits / longest;
}

template <typename Char>
double SpellingSimilarityOf(std::basic_string_view<Char> a, std::basic_string_view<Char> b) {
  if (std::min(a.size(), b.size()) <= 2) return 0;
  const double longest = static_cast<double>(std::max(a.size(), b.size()));
  // The similarity falls with every edit: past this many it is below the minimum, so the edit
  // distance need not be known exactly beyond it.
  int max_edits = 0;
  while (SimilarityForEdits(max_edits + 1, longest) >= kMinSpellingSimilarity) ++max_edits;
  const int d = BoundedEditDistance(a, b, max_edits);
  if (d > max_edits) return 0;
  const double s = SimilarityForEdits(d, longest);
  return s >= kMinSpellingSimilarity ? s : 0;
}

// Spelling similarity from the number of edits d (optimal string alignment: Levenshtein with
// adjacent transpositions) and the length L of the longer word: 1 - a*d - b*d/L. Each edit costs
// a fixed amount (a second edit makes a different name more often than a misspelling) plus its
// share of the word; 0 for words of one or two letters.
double SpellingSimilarity(std::string_view a, std::string_view b) {
  if (IsAscii(a) && IsAscii(b)) return SpellingSimilarityOf(a, b);
  thread_local std::u32string pa, pb;
  pa.clear();
  pb.clear();
  AppendCodePoints(a, &pa);
  AppendCodePoints(b, &pb);
  return SpellingSimilarityOf(std::u32string_view(pa), std::u32string_view(pb));
}

// True when a CJK character was transliterated (Hangul, Han): two different characters are two
// different syllables even when their Latin forms coincide (정 jong / 종 jong, 市 / 石 shi).
bool IsCjkCharacter(const NameWord& word) {
  if (!word.transliterated || word.raw.size() != 3) return false;
  const auto lead = static_cast<unsigned char>(word.raw[0]);
  return lead >= 0xE3 && lead <= 0xED;
}

// Arabic, Persian and Hebrew script leave most vowels unwritten, so a transliteration rarely
// spells the vowels of the Latin form ("فرناندو" -> "frnandw", "Fernando"). Words from those
// scripts are also compared on their consonant skeletons: vowels, w, y and h dropped, and the
// letters the scripts do not distinguish merged (p/b, v/f, z/s, c/q/k).
bool IsAbjadWord(const NameWord& word) {
  if (!word.transliterated || word.raw.size() < 2) return false;
  const auto lead = static_cast<unsigned char>(word.raw[0]);
  return lead >= 0xD6 && lead <= 0xDB;  // U+0580..U+06FF: Hebrew, Arabic
}

std::string ConsonantSkeleton(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    switch (c) {
      case 'a':
      case 'e':
      case 'i':
      case 'o':
      case 'u':
      case 'w':
      case 'y':
      case 'h':
        continue;
      case 'p':
        c = 'b';
        break;
      case 'v':
        c = 'f';
        break;
      case 'z':
        c = 's';
        break;
      case 'c':
      case 'q':
        c = 'k';
        break;
      default:
        break;
    }
    if (out.empty() || out.back() != c) out += c;
  }
  return out;
}

// One side of a unit: one word (views of its strings) or the join of adjacent words (views of
// the side's own buffers). Filled in place, never copied: the views may point into the buffers.
struct Side {
  std::string_view text, key, raw;
  std::string text_join, key_join, raw_join;
  std::string initials;
  bool cjk = true;
  bool abjad = false;
  bool korean = true;
  bool transliterated = false;
  bool legal = false;  // every word a legal form
  bool identity = false;
  int words = 0;

  Side() = default;
  Side(const Side&) = delete;
  Side& operator=(const Side&) = delete;
};

void Gather(const PreparedName& name, const std::vector<int>& scored, int from, int count,
            Side& side) {
  side.legal = true;
  for (int k = from; k < from + count; ++k) {
    const NameWord& word = name.words[scored[k]];
    if (count > 1) {
      side.text_join += word.text;
      side.key_join += word.key;
      side.raw_join += word.raw;
    }
    side.cjk = side.cjk && IsCjkCharacter(word);
    side.abjad = side.abjad || IsAbjadWord(word);
    if (!word.text.empty()) side.initials += word.text[0];
    side.korean = side.korean && word.korean_key;
    side.transliterated = side.transliterated || word.transliterated;
    side.legal = side.legal && word.role == WordRole::kLegalForm;
    side.identity = side.identity || IsIdentityWord(word);
    ++side.words;
  }
  if (count > 1) {
    side.text = side.text_join;
    side.key = side.key_join;
    side.raw = side.raw_join;
  } else {
    const NameWord& word = name.words[scored[from]];
    side.text = word.text;
    side.key = word.key;
    side.raw = word.raw;
  }
}

// "SALMAN BIN MUHAMMAD" against "MUHAMMAD BIN SALMAN": the son and the father swap places around
// the particle, which makes another person. True when the word right before a matched particle
// on one side is paired with the word right after it on the other side.
bool PatronymicReversed(const ScoringContext& context, const std::vector<Unit>& units) {
  auto partner_of_query = [&units](int qi) {
    for (const Unit& unit : units) {
      if (qi >= unit.qi && qi < unit.qi + unit.qn) return unit.ci;
    }
    return -1;
  };
  for (const Unit& unit : units) {
    if (unit.qn != 1 || unit.cn != 1) continue;
    const NameWord& word = context.query->words[context.query_words[unit.qi]];
    if (word.role != WordRole::kGeneric || word.text != "bin") continue;
    if (unit.qi > 0 && partner_of_query(unit.qi - 1) == unit.ci + 1) return true;
    if (unit.ci > 0 && partner_of_query(unit.qi + 1) == unit.ci - 1 &&
        unit.qi + 1 < static_cast<int>(context.query_words.size())) {
      return true;
    }
  }
  return false;
}

// The non-stop words of `name` after the scored window, as texts with their weights.
std::vector<std::pair<std::string, double>> OutsideWords(const PreparedName& name,
                                                         const std::vector<int>& scored) {
  std::vector<std::pair<std::string, double>> out;
  const int after = scored.empty() ? 0 : scored.back() + 1;
  if (static_cast<int>(scored.size()) < kMaxScoredWords) return out;
  for (size_t i = static_cast<size_t>(after); i < name.words.size(); ++i) {
    if (name.words[i].role == WordRole::kStop) continue;
    out.emplace_back(name.words[i].text, WordWeight(name.words[i]));
  }
  return out;
}

double SharedOutsideWeight(const PreparedName& query, const std::vector<int>& query_scored,
                           const PreparedName& candidate,
                           const std::vector<int>& candidate_scored) {
  auto q = OutsideWords(query, query_scored);
  auto c = OutsideWords(candidate, candidate_scored);
  double shared = 0;
  for (const auto& word : q) {
    const auto same =
        std::find_if(c.begin(), c.end(), [&word](const auto& w) { return w.first == word.first; });
    if (same == c.end()) continue;
    shared += word.second;
    c.erase(same);
  }
  return shared;
}

// True when both names have non-stop words and those read the same, word by word.
bool SameNonStopTexts(const PreparedName& a, const PreparedName& b) {
  auto next = [](const PreparedName& name, size_t i) {
    while (i < name.words.size() && name.words[i].role == WordRole::kStop) ++i;
    return i;
  };
  size_t i = next(a, 0), j = next(b, 0);
  if (i == a.words.size()) return false;
  for (; i < a.words.size() && j < b.words.size(); i = next(a, i + 1), j = next(b, j + 1)) {
    if (a.words[i].text != b.words[j].text) return false;
  }
  return i == a.words.size() && j == b.words.size();
}

}  // namespace

std::vector<int> ScoredWords(const PreparedName& name) {
  std::vector<int> out;
  for (size_t i = 0; i < name.words.size() && out.size() < kMaxScoredWords; ++i) {
    if (name.words[i].role != WordRole::kStop) out.push_back(static_cast<int>(i));
  }
  return out;
}

double WordWeight(const NameWord& word) {
  switch (word.role) {
    case WordRole::kStop:
      return 0;
    case WordRole::kLegalForm:
      return 0.2;
    case WordRole::kGeneric:
      return kGenericWordWeight;
    case WordRole::kName:
      break;
  }
  if (IsNumber(word.text)) return 1.0;
  const size_t length = Length(word.text);
  if (length <= 1) return 0.3;
  if (length == 2) return 0.6;
  return std::min(1.2, 0.7 + 0.1 * static_cast<double>(length - 3));
}

bool IsIdentityWord(const NameWord& word) { return word.role == WordRole::kName; }

UnitSimilarity CompareUnit(const PreparedName& query, const std::vector<int>& query_words, int qi,
                           int qn, const PreparedName& candidate,
                           const std::vector<int>& candidate_words, int ci, int cn) {
  Side q, c;
  Gather(query, query_words, qi, qn, q);
  Gather(candidate, candidate_words, ci, cn, c);
  const bool joined = q.words > 1 || c.words > 1;
  // A legal form only ever matches a legal form, and numbers only the same number.
  if (!joined && q.legal != c.legal) return {};
  if ((IsNumber(q.text) || IsNumber(c.text)) && q.text != c.text) return {};
  const WordMatchHow same =
      joined ? WordMatchHow::kJoined
             : (q.transliterated || c.transliterated ? WordMatchHow::kTransliterated
                                                     : WordMatchHow::kExact);
  if (q.cjk && c.cjk) return q.raw == c.raw ? UnitSimilarity{1.0, same} : UnitSimilarity{};
  if (q.text == c.text) return {1.0, same};
  const bool korean = q.korean && c.korean;
  if (q.key == c.key && (korean || (!q.korean && !c.korean))) {
    return {korean ? kRomanisationSimilarity : kSpellingKeySimilarity,
            joined ? WordMatchHow::kJoined : WordMatchHow::kRomanisation};
  }
  // An acronym against the words it abbreviates ("PLA", "People's Liberation Army"; "JC",
  // "Jean-Claude").
  if (q.words == 1 && c.words > 1 && q.text == c.initials && q.identity) {
    return {kAcronymSimilarity, WordMatchHow::kInitial};
  }
  if (c.words == 1 && q.words > 1 && c.text == q.initials && c.identity) {
    return {kAcronymSimilarity, WordMatchHow::kInitial};
  }
  const bool person = IsPersonSchema(query.schema) || IsPersonSchema(candidate.schema);
  if (!joined && person) {
    const std::string_view shorter = q.text.size() < c.text.size() ? q.text : c.text;
    const std::string_view longer = q.text.size() < c.text.size() ? c.text : q.text;
    if (shorter.size() == 1 && longer.size() >= 2 && longer[0] == shorter[0]) {
      return {kInitialSimilarity, WordMatchHow::kInitial};
    }
  }
  double s = SpellingSimilarity(q.text, c.text);
  if (korean || (!q.korean && !c.korean)) {
    s = std::max(s, (korean ? kRomanisationSimilarity : kSpellingKeySimilarity) *
                        SpellingSimilarity(q.key, c.key));
  }
  if (!joined && q.abjad != c.abjad) {
    const std::string qs = ConsonantSkeleton(q.text), cs = ConsonantSkeleton(c.text);
    if (qs.size() >= 3 && qs == cs && kConsonantSkeletonSimilarity > s)
      return {kConsonantSkeletonSimilarity, WordMatchHow::kTransliterated};
  }
  if (s <= 0 || (joined && s < kMinJoinedSimilarity)) return {};
  return {s, joined ? WordMatchHow::kJoined : WordMatchHow::kEditDistance};
}

ScoringContext MakeScoringContext(const PreparedName& query, const PreparedName& candidate) {
  ScoringContext context;
  context.query = &query;
  context.candidate = &candidate;
  context.person = IsPersonSchema(query.schema) || IsPersonSchema(candidate.schema);
  auto korean = [](const PreparedName& name) {
    return !name.words.empty() && name.words.front().korean_key;
  };
  context.korean = korean(query) && korean(candidate);
  context.query_words = ScoredWords(query);
  context.candidate_words = ScoredWords(candidate);
  for (size_t k = 0; k < context.query_words.size(); ++k) {
    context.query_weights[k] = WordWeight(query.words[context.query_words[k]]);
  }
  for (size_t k = 0; k < context.candidate_words.size(); ++k) {
    context.candidate_weights[k] = WordWeight(candidate.words[context.candidate_words[k]]);
  }
  auto outside = [](const PreparedName& name, const std::vector<int>& scored) {
    double weight = 0;
    int seen = 0;
    for (const NameWord& word : name.words) {
      if (word.role == WordRole::kStop) continue;
      if (seen++ >= static_cast<int>(scored.size())) weight += WordWeight(word);
    }
    return weight;
  };
  context.query_outside_weight = outside(query, context.query_words);
  context.candidate_outside_weight = outside(candidate, context.candidate_words);
  context.outside_shared_weight =
      SharedOutsideWeight(query, context.query_words, candidate, context.candidate_words);
  context.query_outside_weight -= context.outside_shared_weight;
  context.candidate_outside_weight -= context.outside_shared_weight;
  std::vector<std::string_view> query_numbers, candidate_numbers;
  for (const NameWord& word : query.words) {
    context.query_has_identity = context.query_has_identity || IsIdentityWord(word);
    if (IsNumber(word.text)) query_numbers.push_back(word.text);
  }
  for (const NameWord& word : candidate.words) {
    context.candidate_has_identity = context.candidate_has_identity || IsIdentityWord(word);
    if (IsNumber(word.text)) candidate_numbers.push_back(word.text);
  }
  std::sort(query_numbers.begin(), query_numbers.end());
  std::sort(candidate_numbers.begin(), candidate_numbers.end());
  context.numbers_differ =
      !query_numbers.empty() && !candidate_numbers.empty() && query_numbers != candidate_numbers;
  context.only_generic_equal = !context.query_has_identity && !context.candidate_has_identity &&
                               SameNonStopTexts(query, candidate);
  return context;
}

double ScoreAssignment(const ScoringContext& context, const std::vector<Unit>& units) {
  if (context.only_generic_equal) return 1.0;
  const PreparedName& query = *context.query;
  const PreparedName& candidate = *context.candidate;
  uint32_t query_used = 0, candidate_used = 0;  // bit k: scored position k is in a unit
  double matched = context.outside_shared_weight;
  double matched_weight = context.outside_shared_weight;
  bool identity_matched = false;
  int identity_units = 0;
  for (const Unit& unit : units) {
    double weight = 0;
    bool query_identity = false, candidate_identity = false, unit_legal = true;
    for (int k = unit.qi; k < unit.qi + unit.qn; ++k) {
      const NameWord& word = query.words[context.query_words[k]];
      weight += context.query_weights[k];
      query_identity = query_identity || IsIdentityWord(word);
      unit_legal = unit_legal && word.role == WordRole::kLegalForm;
      query_used |= 1u << k;
    }
    for (int k = unit.ci; k < unit.ci + unit.cn; ++k) {
      const NameWord& word = candidate.words[context.candidate_words[k]];
      weight += context.candidate_weights[k];
      candidate_identity = candidate_identity || IsIdentityWord(word);
      candidate_used |= 1u << k;
    }
    weight /= 2;
    matched += unit.match.similarity * weight;
    matched_weight += weight;
    // Initials alone never identify a person ("N.N.", "A. Nazarbayev" needs Nazarbayev).
    const bool counts = !(context.person && unit.match.how == WordMatchHow::kInitial);
    identity_matched = identity_matched || (query_identity && candidate_identity && counts);
    // Generic words count here ("Deutsche Bank" is two words of match), legal forms do not.
    if (!unit_legal) ++identity_units;
  }
  double query_unmatched = context.query_outside_weight;
  for (size_t k = 0; k < context.query_words.size(); ++k) {
    if (!(query_used & (1u << k))) query_unmatched += context.query_weights[k];
  }
  double candidate_unmatched = context.candidate_outside_weight;
  for (size_t k = 0; k < context.candidate_words.size(); ++k) {
    if (!(candidate_used & (1u << k))) candidate_unmatched += context.candidate_weights[k];
  }
  double extra_cost = context.person ? kExtraWordCost : kExtraWordCostBody;
  if (context.korean) extra_cost = kExtraWordCostKorean;
  if (identity_units <= 1) extra_cost = std::max(extra_cost, kExtraWordCostOneWord);
  const double denominator = matched_weight +
                             kSubstitutedWordCost * std::min(query_unmatched, candidate_unmatched) +
                             extra_cost * std::abs(query_unmatched - candidate_unmatched);
  if (denominator <= 0) return 0;
  double score = matched / denominator;
  if (!identity_matched) score *= kNoIdentityFactor;
  if (context.numbers_differ) score *= kNumbersDifferFactor;
  if (context.person && PatronymicReversed(context, units)) score *= kPatronymicReversalFactor;
  return std::clamp(score, 0.0, 1.0);
}

NameComparison ExplainAssignment(const ScoringContext& context, std::vector<Unit> units,
                                 double score) {
  NameComparison out;
  out.score = score;
  std::sort(units.begin(), units.end(), [](const Unit& a, const Unit& b) { return a.qi < b.qi; });
  const PreparedName& query = *context.query;
  const PreparedName& candidate = *context.candidate;
  std::vector<bool> query_paired(query.words.size(), false);
  std::vector<bool> candidate_paired(candidate.words.size(), false);
  int last_candidate = -1;
  for (const Unit& unit : units) {
    WordPair pair;
    for (int k = unit.qi; k < unit.qi + unit.qn; ++k) {
      pair.query_words.push_back(context.query_words[k]);
      query_paired[context.query_words[k]] = true;
    }
    for (int k = unit.ci; k < unit.ci + unit.cn; ++k) {
      pair.candidate_words.push_back(context.candidate_words[k]);
      candidate_paired[context.candidate_words[k]] = true;
    }
    pair.how = unit.match.how;
    pair.similarity = unit.match.similarity;
    if (unit.ci < last_candidate) out.order_changed = true;
    last_candidate = unit.ci;
    out.pairs.push_back(std::move(pair));
  }
  auto collect = [&out](const PreparedName& name, const std::vector<bool>& paired,
                        std::vector<int>* unmatched) {
    for (size_t i = 0; i < name.words.size(); ++i) {
      const NameWord& word = name.words[i];
      if (word.role == WordRole::kName) {
        if (!paired[i]) unmatched->push_back(static_cast<int>(i));
      } else if (std::find(out.discounted.begin(), out.discounted.end(), word.raw) ==
                 out.discounted.end()) {
        out.discounted.push_back(word.raw);
      }
    }
  };
  collect(query, query_paired, &out.unmatched_query);
  collect(candidate, candidate_paired, &out.unmatched_candidate);
  return out;
}

}  // namespace catchall
