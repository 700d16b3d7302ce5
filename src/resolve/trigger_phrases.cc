#include "resolve/trigger_phrases.h"

#include <algorithm>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_set>

namespace catchall::resolve {
namespace {

// Cap on the surface spellings generated for one window of a phrase.
constexpr size_t kMaxExpansions = 128;
// A whole phrase may have more: it is used only when no window is specific enough.
constexpr size_t kMaxWholeExpansions = 4096;
// Windows shorter than this (bytes) are too common to be useful as a prefilter phrase.
constexpr size_t kMinSpecificBytes = 8;

bool CanDecideKp(const ReferenceData& data, const PhraseTarget& target) {
  if (target.is_institution) return data.institutions[target.index].country == "KP";
  const Place& place = data.places[target.index];
  if (place.country != "KP" || place.weak || place.bare_korea) return false;
  return place.kind == PlaceKind::kCountry || place.kind == PlaceKind::kCity ||
         place.kind == PlaceKind::kRegion;
}

struct Window {
  size_t begin = 0;
  size_t end = 0;
  size_t expansions = 0;
  size_t min_bytes = 0;
  bool dprk_only = false;    // holds a word no non-DPRK phrase uses ("pyongyang", "chaek")
  size_t content_words = 0;  // words that are not optional ("of", "the")
  bool place_word = false;   // holds a word of a DPRK place or country name

  // Specific enough for a prefilter: a DPRK-only word, or three content words ("democratic
  // peoples republic of korea", "national defence science").
  bool Specific() const {
    return min_bytes >= kMinSpecificBytes && (dprk_only || content_words >= 3);
  }
};

class PhraseExpander {
 public:
  PhraseExpander(const ReferenceData& data, const std::vector<NormToken>& tokens,
                 const std::unordered_set<std::string>& shared_tokens,
                 const std::unordered_set<std::string>& optional,
                 const std::unordered_set<std::string>& place_tokens)
      : tokens_(tokens),
        shared_tokens_(shared_tokens),
        optional_(optional),
        place_tokens_(place_tokens) {
    for (const auto& token : tokens) {
      forms_.push_back(token.cjk ? std::vector<std::string>{token.text}
                                 : data.canonicalizer.SurfaceForms(token.text));
    }
  }

  // Every spelling of the chosen window, joined as JoinTokens joins normalised text.
  void AddTo(std::set<std::string>& out) const {
    const Window window = Choose();
    std::vector<std::string> partial = {""};
    for (size_t i = window.begin; i < window.end; ++i) {
      const bool glued = i > window.begin && tokens_[i].cjk;
      std::vector<std::string> next;
      for (const auto& prefix : partial) {
        for (const auto& form : forms_[i]) {
          std::string phrase = i == window.begin ? std::string() : prefix;
          if (i != window.begin && !glued) phrase += ' ';
          phrase += form;
          next.push_back(std::move(phrase));
        }
      }
      partial = std::move(next);
    }
    out.insert(partial.begin(), partial.end());
  }

 private:
  Window Measure(size_t begin, size_t end) const {
    Window w{begin, end, 1, 0, false, 0, false};
    for (size_t i = begin; i < end; ++i) {
      w.expansions = std::min<size_t>(w.expansions * forms_[i].size(), 1u << 20);
      size_t shortest = forms_[i][0].size();
      for (const auto& form : forms_[i]) shortest = std::min(shortest, form.size());
      w.min_bytes += shortest + (i > begin ? 1 : 0);
      w.dprk_only |= shared_tokens_.count(tokens_[i].text) == 0;
      w.content_words += optional_.count(tokens_[i].text) == 0 ? 1 : 0;
      w.place_word |= place_tokens_.count(tokens_[i].text) > 0;
    }
    return w;
  }

  // The window with the fewest spellings among the specific ones: at least kMinSpecificBytes
  // long and holding a word no non-DPRK phrase uses (so neither "of korea" nor "kim"). Else the
  // whole phrase, else its rarest single word. Any window keeps the promise: a match of the
  // phrase contains every one of its windows.
  Window Choose() const {
    std::optional<Window> best;
    for (size_t b = 0; b < tokens_.size(); ++b) {
      for (size_t e = b + 1; e <= tokens_.size(); ++e) {
        const Window w = Measure(b, e);
        if (!w.Specific() || w.expansions > kMaxExpansions) continue;
        if (optional_.count(tokens_[b].text) || optional_.count(tokens_[e - 1].text)) continue;
        // Prefer windows naming a DPRK place ("pyongyang" over "light ind"), then the fewest
        // spellings, then the longest.
        const auto rank = [](const Window& x) {
          return std::make_tuple(!x.place_word, x.expansions, ~x.min_bytes);
        };
        if (!best || rank(w) < rank(*best)) best = w;
      }
    }
    if (best) return *best;
    const Window whole = Measure(0, tokens_.size());
    if (whole.expansions <= kMaxWholeExpansions) return whole;
    // Last resort: one word, never an optional one ("of"), preferring a DPRK-only word, then
    // the longest.
    std::optional<Window> single;
    for (size_t b = 0; b < tokens_.size(); ++b) {
      if (optional_.count(tokens_[b].text)) continue;
      const Window w = Measure(b, b + 1);
      const auto rank = [](const Window& x) { return std::make_tuple(!x.dprk_only, ~x.min_bytes); };
      if (!single || rank(w) < rank(*single)) single = w;
    }
    return single.value_or(whole);
  }

  const std::vector<NormToken>& tokens_;
  const std::unordered_set<std::string>& shared_tokens_;
  const std::unordered_set<std::string>& optional_;
  const std::unordered_set<std::string>& place_tokens_;
  std::vector<std::vector<std::string>> forms_;
};

// Drops every phrase that contains another phrase as a run of whole words ("pyongyang univ"
// goes when "pyongyang" is there): text holding the longer one holds the shorter one too, so the
// promise is kept with far fewer phrases (the prefilter compiles them on every run).
std::vector<std::string> WithoutRedundantPhrases(const std::set<std::string>& phrases) {
  std::vector<std::string> kept;
  for (const std::string& phrase : phrases) {
    std::vector<size_t> starts = {0};
    for (size_t i = 0; i < phrase.size(); ++i) {
      if (phrase[i] == ' ') starts.push_back(i + 1);
    }
    bool redundant = false;
    for (size_t a = 0; a < starts.size() && !redundant; ++a) {
      for (size_t b = a + 1; b <= starts.size() && !redundant; ++b) {
        if (a == 0 && b == starts.size()) continue;  // the phrase itself
        const size_t end = b == starts.size() ? phrase.size() : starts[b] - 1;
        redundant = phrases.count(phrase.substr(starts[a], end - starts[a])) > 0;
      }
    }
    if (!redundant) kept.push_back(phrase);
  }
  return kept;
}

}  // namespace

std::vector<std::string> BuildDprkTriggerPhrases(const ReferenceData& data) {
  // Words used by any phrase that cannot decide KP (or by the optional words) are shared.
  // So are the words of the academic vocabulary (those with abbreviations: "natural"/"nat",
  // "science"/"sci"): a prefilter window made of them alone ("natural sci") would fire on every
  // "National Natural Science Foundation of China" in the funding data.
  std::unordered_set<std::string> shared;
  std::unordered_set<std::string> optional;
  std::unordered_set<std::string> places;
  for (const auto& [tokens, target] : data.phrases) {
    for (const auto& token : tokens) {
      const bool vocabulary = !token.cjk && data.canonicalizer.SurfaceForms(token.text).size() > 1;
      if (!CanDecideKp(data, target) || data.canonicalizer.IsOptional(token.text) || vocabulary) {
        shared.insert(token.text);
      }
      if (data.canonicalizer.IsOptional(token.text)) optional.insert(token.text);
      if (CanDecideKp(data, target) && !target.is_institution && !token.cjk &&
          !data.canonicalizer.IsOptional(token.text) && token.text != "korea") {
        places.insert(token.text);
      }
    }
  }
  std::set<std::string> out;
  for (const auto& [tokens, target] : data.phrases) {
    if (!CanDecideKp(data, target) || tokens.empty()) continue;
    PhraseExpander(data, tokens, shared, optional, places).AddTo(out);
  }
  return WithoutRedundantPhrases(out);
}

}  // namespace catchall::resolve
