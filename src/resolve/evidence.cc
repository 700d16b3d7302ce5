#include "resolve/evidence.h"

#include <algorithm>
#include <unordered_set>

namespace catchall::resolve {
namespace {

// Weights for the vote used when no explicit country decides (see README.md).
constexpr int kInstitutionWeight = 3;
constexpr int kCityWeight = 2;
constexpr int kWeakWeight = 1;
constexpr int kZipWeight = 2;
constexpr int kSegmentCountryWeight = 2;

struct Match {
  size_t begin = 0;  // token range
  size_t end = 0;
  const std::vector<PhraseTarget>* targets = nullptr;
};

bool HasDigit(const std::string& text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool IsZip(const std::string& text) {
  return text.size() == 5 &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// ROK address words that follow a place name ("Yuseong-gu", "Daehak-ro"); DPRK addresses use
// "District", "guyok" instead. "dong" is used in both, so it neither helps nor hurts.
// Street words: a country name right after one is a street ("Carrer de Palau", "Calle Peru").
bool IsStreetWord(const std::string& text) {
  static const std::unordered_set<std::string> kWords = {
      "calle",   "carrer",   "rue",   "street", "st",    "avenue",    "ave",     "av",
      "avenida", "avinguda", "road",  "rd",     "via",   "viale",     "strasse", "str",
      "plaza",   "placa",    "jalan", "ulitsa", "ul",    "boulevard", "blvd",    "lane",
      "drive",   "place",    "pl",    "rua",    "calea", "ulica",     "de",      "del"};
  return kWords.count(text) > 0;
}

bool IsRokAddressSuffix(const std::string& text) {
  return text == "gu" || text == "ro" || text == "gil" || text == "daero" || text == "구" ||
         text == "로" || text == "길";
}

// Neighbourhood and village words used on both sides of the border: a place name followed by
// one is a neighbourhood that shares the city's name ("Cheongjin-dong", "Nampo-dong").
bool IsNeighbourhoodSuffix(const std::string& text) {
  return text == "dong" || text == "동" || text == "리" || text == "읍" || text == "면";
}

class Gatherer {
 public:
  Gatherer(const ReferenceData& data, std::string_view raw) : data_(data), raw_(raw) {}

  std::vector<Evidence> Run() {
    tokens_ = NormalizeTokens(raw_);
    if (tokens_.empty()) return {};
    canonical_.reserve(tokens_.size());
    for (const auto& token : tokens_)
      canonical_.push_back(&data_.canonicalizer.Canonical(token.text));
    AssignSegments();
    if (segment_count_ == 0) return {};
    ScanPhrases();
    FindTail();
    for (const Match& match : matches_) AddMatchEvidence(match);
    std::stable_sort(evidence_.begin(), evidence_.end(),
                     [](const Evidence& a, const Evidence& b) { return a.order < b.order; });
    return std::move(evidence_);
  }

 private:
  // Segment of every token. Tokens of an e-mail address ("kim@ryongnamsan.edu.kp") are left
  // out, so its host parts are never read as places or countries.
  void AssignSegments() {
    const std::vector<TextSegment> segments = SplitSegments(raw_);
    segment_of_.assign(tokens_.size(), 0);
    usable_.assign(tokens_.size(), true);
    const bool has_email = raw_.find('@') != std::string_view::npos;
    size_t s = 0;
    for (size_t i = 0; i < tokens_.size(); ++i) {
      while (s + 1 < segments.size() && tokens_[i].begin >= segments[s].end) ++s;
      segment_of_[i] = s;
      usable_[i] = !has_email || !InsideEmail(tokens_[i]);
    }
    segment_count_ = segments.size();
    ComputeWordRanges();
  }

  bool InsideEmail(const NormToken& token) const {
    const auto is_break = [](char c) {
      return c == ' ' || c == ',' || c == ';' || c == '\t' || c == '(' || c == ')';
    };
    size_t left = token.begin;
    while (left > 0 && !is_break(raw_[left - 1])) --left;
    size_t right = token.end;
    while (right < raw_.size() && !is_break(raw_[right])) ++right;
    return raw_.substr(left, right - left).find('@') != std::string_view::npos;
  }

  bool Usable(size_t i) const { return usable_[i]; }

  // Longest match first, left to right, never across a segment boundary; CJK characters of a
  // phrase must be adjacent in the raw text.
  void ScanPhrases() {
    std::string key;
    size_t i = 0;
    while (i < tokens_.size()) {
      if (!Usable(i)) {
        ++i;
        continue;
      }
      key.clear();
      size_t best = 0;
      const std::vector<PhraseTarget>* best_targets = nullptr;
      for (size_t len = 1; i + len <= tokens_.size() && len <= data_.index.max_tokens(); ++len) {
        const size_t j = i + len - 1;
        if (len > 1 && !Continues(j)) break;
        if (len > 1) key += ' ';
        key += *canonical_[j];
        bool has_longer = false;
        if (const auto* targets = data_.index.Probe(key, &has_longer)) {
          best = len;
          best_targets = targets;
        }
        if (!has_longer) break;
      }
      if (best > 0) {
        matches_.push_back({i, i + best, best_targets});
        i += best;
      } else {
        ++i;
      }
    }
  }

  bool Continues(size_t j) const {
    if (segment_of_[j] != segment_of_[j - 1]) return false;
    if (tokens_[j].cjk != tokens_[j - 1].cjk) return false;
    return !tokens_[j].cjk || tokens_[j].joined_to_previous;
  }

  // Token range [first, last) of segment `s` without leading and trailing numbers.
  std::pair<size_t, size_t> WordRange(size_t s) const { return word_ranges_[s]; }

  void ComputeWordRanges() {
    word_ranges_.assign(segment_count_, {tokens_.size(), 0});
    for (size_t i = 0; i < tokens_.size(); ++i) {
      if (!usable_[i]) continue;
      auto& range = word_ranges_[segment_of_[i]];
      range.first = std::min(range.first, i);
      range.second = i + 1;
    }
    for (auto& [first, last] : word_ranges_) {
      if (first >= last) {
        first = last = 0;
        continue;
      }
      while (first < last && HasDigit(tokens_[first].text)) ++first;
      while (last > first && HasDigit(tokens_[last - 1].text)) --last;
    }
  }

  std::string Key(size_t first, size_t last) const {
    std::string key;
    for (size_t i = first; i < last; ++i) {
      if (i > first) key += ' ';
      key += *canonical_[i];
    }
    return key;
  }

  // Country-like targets (country names, US states) of the phrase [first, last).
  std::vector<PhraseTarget> CountryTargets(size_t first, size_t last) const {
    std::vector<PhraseTarget> out;
    for (size_t i = first + 1; i < last; ++i) {
      if (tokens_[i].cjk != tokens_[i - 1].cjk) return out;
      if (tokens_[i].cjk && !tokens_[i].joined_to_previous) return out;
    }
    bool has_longer = false;
    const auto* targets = data_.index.Probe(Key(first, last), &has_longer);
    if (targets == nullptr) return out;
    for (const auto& target : *targets) {
      if (target.is_institution) continue;
      const PlaceKind kind = data_.places[target.index].kind;
      if (kind == PlaceKind::kCountry || kind == PlaceKind::kUsState ||
          kind == PlaceKind::kRegion) {
        out.push_back(target);
      }
    }
    return out;
  }

  // The country is written at the end of the last segment that has words ("..., Seoul 135710,
  // South Korea"), or spans its last two segments ("Korea, DPR", "Korea, Republic of").
  void FindTail() {
    if (segment_count_ == 0) return;
    size_t s = segment_count_;
    std::pair<size_t, size_t> range{0, 0};
    while (s > 0) {
      --s;
      range = WordRange(s);
      if (range.first < range.second) break;
    }
    if (range.first >= range.second) return;
    const auto [first, last] = range;
    if (first + 1 == last && IsStateCode(first)) {  // old WoS style: "CAMDEN,NJ."
      Evidence ev = Make("us_state", "US", first, last);
      ev.weight = kZipWeight;
      ev.tail = true;
      Push(std::move(ev));
      return;
    }
    if (s > 0) {
      const auto [prev_first, prev_last] = WordRange(s - 1);
      if (prev_first < prev_last && CountryTargets(first, last).empty()) {
        std::vector<PhraseTarget> joined = CountryTargets(prev_first, last);
        if (!joined.empty()) {
          AddTail(joined, prev_first, last, true);
          return;
        }
      }
    }
    for (size_t k = first; k < last; ++k) {
      std::vector<PhraseTarget> targets = CountryTargets(k, last);
      if (targets.empty()) continue;
      if (k > first && IsStreetWord(tokens_[k - 1].text)) return;
      AddTail(targets, k, last, k == first || StrongPrefix(k));
      return;
    }
  }

  bool IsStateCode(size_t i) const {
    if (tokens_[i].text.size() != 2) return false;
    bool has_longer = false;
    const auto* targets = data_.index.Probe(*canonical_[i], &has_longer);
    if (targets == nullptr) return false;
    return std::any_of(targets->begin(), targets->end(), [&](const PhraseTarget& t) {
      return !t.is_institution && data_.places[t.index].kind == PlaceKind::kUsStateCode;
    });
  }

  // A country name inside a segment counts as written where countries are written when the
  // words before it are a ZIP code or a place or institution ("Pyongyang DPR Korea"), not a
  // street ("Carrer de Palau").
  bool StrongPrefix(size_t k) const {
    // Optional words before the name are transparent ("..., the Democratic People's Republic").
    size_t first_word = WordRange(segment_of_[k]).first;
    while (k > first_word && data_.canonicalizer.IsOptional(*canonical_[k - 1])) --k;
    if (k == first_word) return true;
    if (HasDigit(tokens_[k - 1].text)) return true;
    for (const Match& match : matches_) {
      if (match.end != k) continue;  // the words right before the country
      for (const auto& target : *match.targets) {
        if (target.is_institution) return true;
        const PlaceKind kind = data_.places[target.index].kind;
        if (kind == PlaceKind::kCity || kind == PlaceKind::kRegion ||
            kind == PlaceKind::kUsStateCode || kind == PlaceKind::kCountry) {
          return true;  // "Pyongyang DPR Korea", "Republic of Korea (ROK)"
        }
      }
    }
    return false;
  }

  void AddTail(const std::vector<PhraseTarget>& targets, size_t first, size_t last,
               bool strong_position) {
    tail_first_ = first;
    tail_last_ = last;
    for (const auto& target : targets) {
      const Place& place = data_.places[target.index];
      const bool is_country = place.kind == PlaceKind::kCountry;
      Evidence ev = Make(is_country                          ? "country_name"
                         : place.kind == PlaceKind::kUsState ? "us_state"
                                                             : "region",
                         place.country, first, last);
      ev.tail = true;
      ev.bare_korea = place.bare_korea;
      ev.weak = place.weak;
      ev.strong_tail =
          strong_position && place.kind == PlaceKind::kCountry && !place.weak && !place.bare_korea;
      ev.weight = (!is_country && strong_position && !place.weak) ? kCityWeight : kWeakWeight;
      ev.dprk_unique = place.country == "KP" && !place.bare_korea && !place.weak &&
                       (is_country || place.kind == PlaceKind::kRegion);
      ev.rok = place.country == "KR" && !place.bare_korea;
      Push(std::move(ev));
    }
  }

  Evidence Make(const char* kind, const std::string& country, size_t first, size_t last) const {
    Evidence ev;
    ev.public_view.kind = kind;
    ev.public_view.country = country;
    ev.span_begin = tokens_[first].begin;
    ev.span_end = tokens_[last - 1].end;
    ev.public_view.text = std::string(raw_.substr(ev.span_begin, ev.span_end - ev.span_begin));
    ev.order = first;
    return ev;
  }

  bool WholeSegment(const Match& match) const {
    const auto [first, last] = WordRange(segment_of_[match.begin]);
    return match.begin == first && match.end == last;
  }

  void AddMatchEvidence(const Match& match) {
    const bool overlaps_tail = match.end > tail_first_ && match.begin < tail_last_;
    for (const auto& target : *match.targets) {
      if (target.is_institution) {
        const Institution& inst = data_.institutions[target.index];
        Evidence ev = Make("institution", inst.country, match.begin, match.end);
        ev.weight = kInstitutionWeight;
        ev.institution = static_cast<int>(target.index);
        ev.dprk_unique = inst.country == "KP";
        ev.rok = inst.country == "KR";
        Push(std::move(ev));
        continue;
      }
      const Place& place = data_.places[target.index];
      switch (place.kind) {
        case PlaceKind::kCountry:
          if (!overlaps_tail && segment_of_[match.begin] > 0 && WholeSegment(match)) {
            AddSegmentCountry(place, match);
          }
          break;
        case PlaceKind::kCity:
        case PlaceKind::kRegion:
          if (!overlaps_tail || place.kind == PlaceKind::kCity) AddPlace(place, match);
          break;
        case PlaceKind::kUsState:
          if (!overlaps_tail) AddWeak("us_state", place, match);
          break;
        case PlaceKind::kUsStateCode:
          AddStateCode(place, match);
          break;
        case PlaceKind::kHint:
          if (match.begin > 0 && segment_of_[match.begin - 1] == segment_of_[match.begin]) {
            AddWeak("address_form", place, match);
          }
          break;
        case PlaceKind::kBlocker:
          break;
      }
    }
  }

  void AddSegmentCountry(const Place& place, const Match& match) {
    Evidence ev = Make("country_name", place.country, match.begin, match.end);
    ev.weight = place.weak || place.bare_korea ? kWeakWeight : kSegmentCountryWeight;
    ev.bare_korea = place.bare_korea;
    ev.weak = place.weak;
    ev.dprk_unique = place.country == "KP" && !place.weak && !place.bare_korea;
    ev.rok = place.country == "KR" && !place.bare_korea;
    Push(std::move(ev));
  }

  void AddPlace(const Place& place, const Match& match) {
    const std::string* next =
        match.end < tokens_.size() && segment_of_[match.end] == segment_of_[match.begin]
            ? &tokens_[match.end].text
            : nullptr;
    // A Hangul name glued to the next syllable is part of a longer word; only its address
    // suffixes tell anything ("청진동" is a Seoul neighbourhood, "평양시" is Pyongyang).
    if (next != nullptr && tokens_[match.end].cjk && !tokens_[match.end].joined_to_previous) {
      next = nullptr;
    }
    if (next != nullptr && IsNeighbourhoodSuffix(*next)) return;  // named like a city
    if (next != nullptr && IsRokAddressSuffix(*next)) {
      // "Kusong-dong, Yusong-gu": a South Korean district, whatever the name resembles.
      Evidence ev = Make("address_form", "KR", match.begin, match.end + 1);
      ev.weight = kWeakWeight;
      ev.rok = true;
      ev.weak = true;
      Push(std::move(ev));
      return;
    }
    Evidence ev = Make(place.kind == PlaceKind::kCity ? "city" : "region", place.country,
                       match.begin, match.end);
    ev.weight = place.weak ? kWeakWeight : kCityWeight;
    ev.weak = place.weak;
    ev.dprk_unique = place.country == "KP" && !place.weak;
    ev.rok = place.country == "KR";
    Push(std::move(ev));
  }

  void AddWeak(const char* kind, const Place& place, const Match& match) {
    Evidence ev = Make(kind, place.country, match.begin, match.end);
    ev.weight = kWeakWeight;
    ev.weak = true;
    ev.rok = place.country == "KR";
    Push(std::move(ev));
  }

  // "GA 30332": a state code counts only right before a ZIP code.
  void AddStateCode(const Place& place, const Match& match) {
    if (match.end >= tokens_.size() || !IsZip(tokens_[match.end].text)) return;
    if (segment_of_[match.end] != segment_of_[match.begin]) return;
    Evidence ev = Make("us_state", place.country, match.begin, match.end + 1);
    ev.weight = kZipWeight;
    Push(std::move(ev));
  }

  // Several rows may name the same thing ("Pyeongyang" and "Pyongyang" canonicalise alike):
  // one piece of evidence per kind, country and span.
  void Push(Evidence ev) {
    for (const auto& other : evidence_) {
      if (other.span_begin == ev.span_begin && other.span_end == ev.span_end &&
          other.public_view.kind == ev.public_view.kind &&
          other.public_view.country == ev.public_view.country) {
        return;
      }
    }
    evidence_.push_back(std::move(ev));
  }

  const ReferenceData& data_;
  std::string_view raw_;
  std::vector<NormToken> tokens_;
  std::vector<const std::string*> canonical_;  // into tokens_ or the canonicalizer
  std::vector<size_t> segment_of_;
  std::vector<bool> usable_;
  std::vector<std::pair<size_t, size_t>> word_ranges_;
  size_t segment_count_ = 0;
  std::vector<Match> matches_;
  size_t tail_first_ = 0;
  size_t tail_last_ = 0;
  std::vector<Evidence> evidence_;
};

}  // namespace

std::vector<Evidence> GatherTextEvidence(const ReferenceData& data, std::string_view raw) {
  return Gatherer(data, raw).Run();
}

}  // namespace catchall::resolve
