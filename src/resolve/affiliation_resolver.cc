#include "resolve/affiliation_resolver.h"

#include <optional>
#include <string_view>

#include "resolve/decision.h"
#include "resolve/evidence.h"
#include "resolve/reference_data.h"
#include "resolve/trigger_phrases.h"

namespace catchall {
namespace {

// The parts of a string between semicolons: OpenAlex raw strings sometimes hold several
// addresses ("A, Pyongyang, DPR Korea; B, Harbin, China").
std::vector<std::string_view> SemicolonParts(std::string_view raw) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (start <= raw.size()) {
    size_t end = raw.find(';', start);
    if (end == std::string_view::npos) end = raw.size();
    if (end > start) parts.push_back(raw.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

bool HasExplicitCountry(const std::vector<resolve::Evidence>& evidence) {
  for (const auto& ev : evidence) {
    if (ev.strong_tail) return true;
  }
  return false;
}

}  // namespace

struct AffiliationResolver::Impl {
  // When the whole string did not resolve to KP but it holds several addresses, each with its
  // own explicit country, and one of them resolves to KP on its own: that address is reported,
  // the others are overruled with a warning. Recall of DPRK ties matters more than the other
  // address, which the record's other affiliations usually carry too.
  bool ResolveDprkPart(const Affiliation& affiliation, AffiliationResolution& resolution) const {
    if (affiliation.raw.find(';') == std::string::npos) return false;
    const std::vector<std::string_view> parts = SemicolonParts(affiliation.raw);
    if (parts.size() < 2) return false;
    size_t explicit_parts = 0;
    std::optional<AffiliationResolution> dprk;
    std::string dprk_part;
    for (std::string_view part : parts) {
      std::vector<resolve::Evidence> evidence = resolve::GatherTextEvidence(data, part);
      if (!HasExplicitCountry(evidence)) continue;
      ++explicit_parts;
      if (dprk) continue;
      AffiliationResolution candidate =
          resolve::Decide(data, std::move(evidence), affiliation.source_institutions);
      if (candidate.country == "KP") {
        dprk = std::move(candidate);
        dprk_part = std::string(part);
      }
    }
    if (explicit_parts < 2 || !dprk) return false;
    for (const auto& ev : resolution.decided_by) {
      if (ev.country != "KP") dprk->overruled.push_back(ev);
    }
    dprk->warnings.push_back("the string holds several addresses; the DPRK one ('" + dprk_part +
                             "') is reported, the text also resolves to " +
                             (resolution.country.empty() ? "no country" : resolution.country));
    resolution = std::move(*dprk);
    return true;
  }

  resolve::ReferenceData data;
  std::vector<std::string> trigger_phrases;
};

AffiliationResolver::AffiliationResolver(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
AffiliationResolver::AffiliationResolver(AffiliationResolver&&) noexcept = default;
AffiliationResolver& AffiliationResolver::operator=(AffiliationResolver&&) noexcept = default;
AffiliationResolver::~AffiliationResolver() = default;

Result<AffiliationResolver> AffiliationResolver::Load(const std::string& data_dir) {
  Result<resolve::ReferenceData> data = resolve::LoadReferenceData(data_dir);
  if (!data.ok()) return data.error();
  auto impl = std::make_unique<Impl>();
  impl->data = std::move(data).value();
  impl->trigger_phrases = resolve::BuildDprkTriggerPhrases(impl->data);
  return AffiliationResolver(std::move(impl));
}

// When the text names no registry institution, an institution the source linked to the
// affiliation (OpenAlex institutions[].display_name) that is in the registry is evidence too: a
// "Faculty of Physics, Korea" string linked to Kim Il Sung University is Kim Il Sung
// University's, whatever OpenAlex's country_code says (it is sometimes wrong; the conflict is
// kept). It counts like an institution named in the text, after the text's own words, and is
// quoted with kind "source_institution".
static void AddSourceInstitutionEvidence(const resolve::ReferenceData& data,
                                         const Affiliation& affiliation,
                                         std::vector<resolve::Evidence>& evidence) {
  for (const auto& ev : evidence) {
    if (ev.institution >= 0) return;
  }
  const size_t order = evidence.empty() ? 0 : evidence.back().order + 1;
  for (const auto& source : affiliation.source_institutions) {
    if (source.display_name.empty()) continue;
    for (auto ev : resolve::GatherTextEvidence(data, source.display_name)) {
      if (ev.institution < 0) continue;
      ev.public_view.kind = "source_institution";
      ev.order = order;
      ev.tail = false;
      ev.strong_tail = false;
      ev.span_begin = ev.span_end = 0;
      evidence.push_back(std::move(ev));
    }
  }
}

AffiliationResolution AffiliationResolver::Resolve(const Affiliation& affiliation) const {
  std::vector<resolve::Evidence> evidence =
      resolve::GatherTextEvidence(impl_->data, affiliation.raw);
  AddSourceInstitutionEvidence(impl_->data, affiliation, evidence);
  AffiliationResolution resolution =
      resolve::Decide(impl_->data, std::move(evidence), affiliation.source_institutions);
  if (resolution.country != "KP" && impl_->ResolveDprkPart(affiliation, resolution)) {
    return resolution;
  }
  if (!resolution.institution && !resolution.country.empty()) {
    // The text names no registry institution: the source's own linked institution may (OpenAlex
    // display_name). It names the institution only; it never changes the country.
    for (const auto& source : affiliation.source_institutions) {
      if (source.display_name.empty()) continue;
      for (const auto& ev : resolve::GatherTextEvidence(impl_->data, source.display_name)) {
        if (ev.institution < 0 || ev.public_view.country != resolution.country) continue;
        const auto& inst = impl_->data.institutions[static_cast<size_t>(ev.institution)];
        resolution.institution =
            ResolvedInstitution{inst.id, inst.name, inst.country, inst.type, inst.tags};
        return resolution;
      }
    }
  }
  return resolution;
}

std::vector<std::string> AffiliationResolver::DprkTriggerPhrases() const {
  return impl_->trigger_phrases;
}

size_t AffiliationResolver::institution_count() const { return impl_->data.institutions.size(); }

std::vector<ResolvedInstitution> AffiliationResolver::Institutions() const {
  std::vector<ResolvedInstitution> out;
  for (const auto& inst : impl_->data.institutions) {
    out.push_back({inst.id, inst.name, inst.country, inst.type, inst.tags});
  }
  return out;
}

}  // namespace catchall
