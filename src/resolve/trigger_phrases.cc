#include "resolve/trigger_phrases.h"

#include <algorithm>
#include <optional>
#include <set>

namespace catchall::resolve {
namespace {

// Cap on the surface spellings generated for one window of a phrase.
constexpr size_t kMaxExpansions = 64;
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
};

class PhraseExpander {
 public:
  PhraseExpander(const ReferenceData& data, const std::vector<NormToken>& tokens)
      : tokens_(tokens) {
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
          next.push_back(i == window.begin ? form : prefix + (glued ? "" : " ") + form);
        }
      }
      partial = std::move(next);
    }
    out.insert(partial.begin(), partial.end());
  }

 private:
  Window Measure(size_t begin, size_t end) const {
    Window w{begin, end, 1, 0};
    for (size_t i = begin; i < end; ++i) {
      w.expansions = std::min<size_t>(w.expansions * forms_[i].size(), 1u << 20);
      size_t shortest = forms_[i][0].size();
      for (const auto& form : forms_[i]) shortest = std::min(shortest, form.size());
      w.min_bytes += shortest + (i > begin ? 1 : 0);
    }
    return w;
  }

  // The window with the fewest spellings among the specific ones (at least kMinSpecificBytes);
  // the whole phrase when none is specific enough. Any window will do for the promise: a
  // match of the phrase contains every one of its windows.
  Window Choose() const {
    const Window whole = Measure(0, tokens_.size());
    std::optional<Window> best;
    for (size_t b = 0; b < tokens_.size(); ++b) {
      for (size_t e = b + 1; e <= tokens_.size(); ++e) {
        const Window w = Measure(b, e);
        if (w.min_bytes < kMinSpecificBytes || w.expansions > kMaxExpansions) continue;
        if (!best || w.expansions < best->expansions ||
            (w.expansions == best->expansions && w.min_bytes > best->min_bytes)) {
          best = w;
        }
      }
    }
    if (best) return *best;
    if (whole.expansions <= kMaxExpansions) return whole;
    // Fall back to the single token with the fewest spellings.
    Window single = Measure(0, 1);
    for (size_t b = 1; b < tokens_.size(); ++b) {
      const Window w = Measure(b, b + 1);
      if (w.expansions < single.expansions) single = w;
    }
    return single;
  }

  const std::vector<NormToken>& tokens_;
  std::vector<std::vector<std::string>> forms_;
};

}  // namespace

std::vector<std::string> BuildDprkTriggerPhrases(const ReferenceData& data) {
  std::set<std::string> out;
  for (const auto& [tokens, target] : data.phrases) {
    if (!CanDecideKp(data, target) || tokens.empty()) continue;
    PhraseExpander(data, tokens).AddTo(out);
  }
  return {out.begin(), out.end()};
}

}  // namespace catchall::resolve
