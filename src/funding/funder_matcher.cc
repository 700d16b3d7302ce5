#include "funding/funder_matcher.h"

#include <algorithm>
#include <map>
#include <optional>

#include "funding/award_ids.h"
#include "funding/unmatched_names.h"
#include "text/normalize.h"

namespace catchall {
namespace {

using funding::AwardSpan;
using funding::TextSpan;

// "NSFC", "CSC", "JSPS", "KAKENHI": one upper-case ASCII word. Such aliases match only when
// printed exactly so, as "csc" or "Cas" in running text are other words.
bool IsAcronym(std::string_view alias) {
  bool letter = false;
  for (char c : alias) {
    if (c >= 'A' && c <= 'Z') {
      letter = true;
    } else if (!(c >= '0' && c <= '9')) {
      return false;
    }
  }
  return letter && alias.size() >= 2;
}

std::string_view Slice(std::string_view text, uint32_t begin, uint32_t end) {
  return text.substr(begin, end - begin);
}

std::string Trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return "";
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

// Text between an award id and the next funder that makes the id that funder's:
// "grant 11772103 from the National Natural Science Foundation of China".
bool PointsForward(std::string_view gap) {
  std::string words = NormalizeText(gap);
  for (const char* lead : {"from the", "from", "by the", "by", "of the", "provided by the",
                           "provided by", "funded by the", "funded by", "awarded by the"}) {
    if (words == lead) return true;
  }
  return false;
}

void AddAwards(std::vector<std::string>& to, const std::vector<std::string>& ids) {
  for (const auto& id : ids) {
    if (std::find(to.begin(), to.end(), id) == to.end()) to.push_back(id);
  }
}

// Whether a name at [begin, end) cuts through an award id: "HIT" in "HIT.NSRIF.2020001", or
// "National Research Foundation of Korea [NRF" reaching into "NRF-2016-626178". An award id
// the name covers whole is the name ("H2020").
bool Straddles(uint32_t begin, uint32_t end, const std::vector<AwardSpan>& awards) {
  return std::any_of(awards.begin(), awards.end(), [&](const AwardSpan& a) {
    return a.begin < end && begin < a.end && !(begin <= a.begin && a.end <= end);
  });
}

// A funder mention or an unmatched name, in text order; awards attach to anchors.
struct Anchor {
  uint32_t begin = 0;
  uint32_t end = 0;
  std::optional<uint32_t> funder;  // registry index
  std::vector<std::string> awards;
};

// The anchor an award belongs to: the one before it, unless the words between it and the next
// anchor point forward, or no anchor precedes it.
std::optional<size_t> AnchorFor(const AwardSpan& award, const std::vector<Anchor>& anchors,
                                std::string_view text) {
  std::optional<size_t> previous, next;
  for (size_t k = 0; k < anchors.size(); ++k) {
    if (anchors[k].end <= award.begin) previous = k;
    if (anchors[k].begin >= award.end && !next) next = k;
  }
  if (next && (!previous || PointsForward(Slice(text, award.end, anchors[*next].begin)))) {
    return next;
  }
  return previous;
}

}  // namespace

const char* FunderOriginName(FunderOrigin origin) {
  switch (origin) {
    case FunderOrigin::kFundersList:
      return "funders";
    case FunderOrigin::kFundingText:
      return "funding_text";
    case FunderOrigin::kBoth:
      return "both";
  }
  return "funding_text";
}

FunderMatcher::FunderMatcher(FunderRegistry registry) : registry_(std::move(registry)) {
  const auto& funders = registry_.funders();
  for (uint32_t i = 0; i < funders.size(); ++i) {
    std::vector<std::string> names = funders[i].aliases;
    names.push_back(funders[i].name);
    for (const auto& name : names) {
      const std::vector<NormToken> tokens = NormalizeTokens(name);
      if (tokens.empty()) continue;
      for (size_t n = 1; n <= tokens.size(); ++n) prefixes_.insert(JoinTokens(tokens, 0, n));
      max_tokens_ = std::max(max_tokens_, tokens.size());
      aliases_[JoinTokens(tokens, 0, tokens.size())].push_back(
          Alias{i, IsAcronym(name) ? name : std::string()});
    }
  }
}

// Longest registry names at each position, left to right, none cutting through an award id.
std::vector<FunderMatcher::Mention> FunderMatcher::FindMentions(std::string_view text) const {
  const std::vector<NormToken> tokens = NormalizeTokens(text);
  const std::vector<AwardSpan> awards = funding::FindAwardIds(text);
  std::vector<Mention> mentions;
  size_t i = 0;
  while (i < tokens.size()) {
    size_t best_length = 0;
    uint32_t best_funder = 0;
    for (size_t n = 1; n <= max_tokens_ && i + n <= tokens.size(); ++n) {
      const std::string key = JoinTokens(tokens, i, i + n);
      if (!prefixes_.count(key)) break;
      const auto it = aliases_.find(key);
      if (it == aliases_.end() || Straddles(tokens[i].begin, tokens[i + n - 1].end, awards)) {
        continue;
      }
      for (const Alias& alias : it->second) {
        if (alias.acronym.empty() ||
            (n == 1 && Slice(text, tokens[i].begin, tokens[i].end) == alias.acronym)) {
          best_length = n;
          best_funder = alias.funder;
          break;
        }
      }
    }
    if (best_length == 0) {
      ++i;
      continue;
    }
    mentions.push_back({tokens[i].begin, tokens[i + best_length - 1].end, best_funder});
    i += best_length;
  }
  return mentions;
}

NormalizedFunder FunderMatcher::FromRegistry(uint32_t funder, std::string_view matched,
                                             FunderOrigin origin) const {
  const FunderInfo& info = registry_.funders()[funder];
  NormalizedFunder out;
  out.registry_id = info.id;
  out.name = info.name;
  out.country = info.country;
  out.government = info.government;
  out.matched_text = std::string(matched);
  out.origin = origin;
  return out;
}

std::vector<NormalizedFunder> FunderMatcher::MatchText(std::string_view text) const {
  std::vector<NormalizedFunder> out;
  if (Trim(text).empty()) return out;
  const std::vector<Mention> mentions = FindMentions(text);
  std::vector<AwardSpan> awards;
  std::vector<TextSpan> taken;
  taken.reserve(mentions.size());
  for (const Mention& m : mentions) taken.push_back({m.begin, m.end});
  for (AwardSpan& award : funding::FindAwardIds(text)) {
    const bool is_name = std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
      return m.begin <= award.begin && award.end <= m.end;  // "H2020" is a funder, not a grant
    });
    if (is_name) continue;
    taken.push_back({award.begin, award.end});
    awards.push_back(std::move(award));
  }
  std::vector<Anchor> anchors;
  anchors.reserve(mentions.size());
  for (const Mention& m : mentions) anchors.push_back({m.begin, m.end, m.funder, {}});
  for (const TextSpan& s : funding::FindUnmatchedNames(text, taken)) {
    anchors.push_back({s.begin, s.end, std::nullopt, {}});
  }
  std::sort(anchors.begin(), anchors.end(),
            [](const Anchor& a, const Anchor& b) { return a.begin < b.begin; });
  std::vector<std::string> orphans;
  for (const AwardSpan& award : awards) {
    const std::optional<size_t> k = AnchorFor(award, anchors, text);
    AddAwards(k ? anchors[*k].awards : orphans, {award.id});
  }
  std::map<uint32_t, size_t> entry_of_funder;
  for (const Anchor& anchor : anchors) {
    const std::string_view matched = Slice(text, anchor.begin, anchor.end);
    if (!anchor.funder) {
      NormalizedFunder entry;
      entry.name = entry.matched_text = std::string(matched);
      entry.award_ids = anchor.awards;
      out.push_back(std::move(entry));
      continue;
    }
    auto [it, fresh] = entry_of_funder.emplace(*anchor.funder, out.size());
    if (fresh) out.push_back(FromRegistry(*anchor.funder, matched, FunderOrigin::kFundingText));
    AddAwards(out[it->second].award_ids, anchor.awards);
  }
  // Nothing name-like: keep the text itself (grant numbers only, or an odd sentence).
  if (anchors.empty() || !orphans.empty()) {
    NormalizedFunder entry;
    entry.matched_text = anchors.empty() ? Trim(text) : "";
    entry.award_ids = orphans;
    if (!entry.matched_text.empty() || !entry.award_ids.empty()) out.push_back(std::move(entry));
  }
  return out;
}

namespace {

// Merges `entry` into `merged`: registry funders by id, unmatched ones by normalised name
// (bare grant numbers, with no name, into one entry).
void MergeInto(std::vector<NormalizedFunder>& merged, NormalizedFunder entry) {
  for (NormalizedFunder& have : merged) {
    const bool same =
        entry.registry_id.empty()
            ? have.registry_id.empty() && NormalizeText(have.name) == NormalizeText(entry.name)
            : have.registry_id == entry.registry_id;
    if (!same) continue;
    AddAwards(have.award_ids, entry.award_ids);
    if (have.origin != entry.origin) have.origin = FunderOrigin::kBoth;
    return;
  }
  merged.push_back(std::move(entry));
}

}  // namespace

std::vector<NormalizedFunder> FunderMatcher::MatchFunders(
    const std::vector<Funder>& funders) const {
  std::vector<NormalizedFunder> out;
  for (const Funder& funder : funders) {
    std::vector<NormalizedFunder> found = MatchText(funder.name);
    const std::vector<std::string> awards = funding::SplitAwardField(funder.award_id);
    const bool matched = std::any_of(found.begin(), found.end(), [](const NormalizedFunder& f) {
      return !f.registry_id.empty();
    });
    if (!matched) {
      // Keep the name exactly as the database gave it, whatever its shape.
      NormalizedFunder entry;
      entry.name = entry.matched_text = Trim(funder.name);
      for (const auto& f : found) AddAwards(entry.award_ids, f.award_ids);
      found = {std::move(entry)};
    }
    AddAwards(found.front().award_ids, awards);
    for (auto& entry : found) {
      entry.origin = FunderOrigin::kFundersList;
      MergeInto(out, std::move(entry));
    }
  }
  return out;
}

std::vector<NormalizedFunder> FunderMatcher::Match(const Publication& publication) const {
  std::vector<NormalizedFunder> merged;
  for (auto& entry : MatchFunders(publication.funders)) MergeInto(merged, std::move(entry));
  for (auto& entry : MatchText(publication.funding_text)) MergeInto(merged, std::move(entry));
  // Registry funders first, then unmatched names, then bare grant numbers; stable otherwise.
  std::stable_sort(merged.begin(), merged.end(), [](const auto& a, const auto& b) {
    auto rank = [](const NormalizedFunder& f) {
      return !f.registry_id.empty() ? 0 : (!f.name.empty() ? 1 : 2);
    };
    return rank(a) < rank(b);
  });
  return merged;
}

std::vector<GovernmentFundingShare> GovernmentFundingShares(
    const std::vector<std::vector<NormalizedFunder>>& records) {
  std::map<std::string, uint64_t> counts;
  for (const auto& funders : records) {
    std::vector<std::string> countries;
    for (const auto& f : funders) {
      if (f.government && !f.country.empty() &&
          std::find(countries.begin(), countries.end(), f.country) == countries.end()) {
        countries.push_back(f.country);
      }
    }
    for (const auto& country : countries) ++counts[country];
  }
  std::vector<GovernmentFundingShare> shares;
  shares.reserve(counts.size());
  for (const auto& [country, n] : counts) {
    shares.push_back({country, n, records.empty() ? 0.0 : double(n) / double(records.size())});
  }
  std::stable_sort(shares.begin(), shares.end(),
                   [](const auto& a, const auto& b) { return a.records > b.records; });
  return shares;
}

}  // namespace catchall
