#include "resolve/affiliation_resolver.h"

#include "resolve/decision.h"
#include "resolve/evidence.h"
#include "resolve/reference_data.h"
#include "resolve/trigger_phrases.h"

namespace catchall {

struct AffiliationResolver::Impl {
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

AffiliationResolution AffiliationResolver::Resolve(const Affiliation& affiliation) const {
  std::vector<resolve::Evidence> evidence =
      resolve::GatherTextEvidence(impl_->data, affiliation.raw);
  AffiliationResolution resolution =
      resolve::Decide(impl_->data, std::move(evidence), affiliation.source_institutions);
  if (!resolution.institution && !resolution.country.empty()) {
    // The text names no registry institution: the source's own linked institution may (OpenAlex
    // display_name). It names the institution only; it never changes the country.
    for (const auto& source : affiliation.source_institutions) {
      if (source.display_name.empty()) continue;
      for (const auto& ev : resolve::GatherTextEvidence(impl_->data, source.display_name)) {
        if (ev.institution < 0 || ev.public_view.country != resolution.country) continue;
        const auto& inst = impl_->data.institutions[static_cast<size_t>(ev.institution)];
        resolution.institution = ResolvedInstitution{inst.id, inst.name, inst.country, inst.type};
        return resolution;
      }
    }
  }
  return resolution;
}

std::vector<std::string> AffiliationResolver::DprkTriggerPhrases() const {
  return impl_->trigger_phrases;
}

size_t AffiliationResolver::institution_count() const {
  return impl_->data.institutions.size();
}

}  // namespace catchall
