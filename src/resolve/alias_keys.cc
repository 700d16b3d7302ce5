#include "resolve/alias_keys.h"

#include <unordered_set>
#include <utility>

#include "resolve/reference_data.h"

namespace catchall {

struct InstitutionAliasKeys::Impl {
  resolve::Canonicalizer canonicalizer;
  std::unordered_set<std::string> country_codes;
};

Result<InstitutionAliasKeys> InstitutionAliasKeys::Load(const std::string& data_dir) {
  Result<resolve::ReferenceData> data = resolve::LoadReferenceData(data_dir);
  if (!data.ok()) return data.error();
  auto impl = std::make_shared<Impl>();
  impl->canonicalizer = std::move(data->canonicalizer);
  impl->country_codes = std::move(data->country_codes);
  return InstitutionAliasKeys(std::move(impl));
}

std::string InstitutionAliasKeys::Key(std::string_view name) const {
  return resolve::AliasKey(impl_->canonicalizer, name);
}

bool InstitutionAliasKeys::IsCountryCode(const std::string& code) const {
  return impl_->country_codes.count(code) > 0;
}

}  // namespace catchall
