#include "funding_support.h"

#include <cstdio>
#include <cstdlib>

namespace catchall::testing {

const FunderMatcher& ShippedMatcher() {
  static const FunderMatcher* matcher = [] {
    Result<FunderRegistry> registry =
        FunderRegistry::Load(FundersFile(CATCHALL_SOURCE_DIR "/data"));
    if (!registry.ok()) {
      std::fprintf(stderr, "%s\n", registry.error().ToString().c_str());
      std::abort();
    }
    return new FunderMatcher(std::move(registry).value());
  }();
  return *matcher;
}

std::vector<std::string> Ids(const std::vector<NormalizedFunder>& funders) {
  std::vector<std::string> ids;
  for (const auto& f : funders) ids.push_back(f.registry_id);
  return ids;
}

const NormalizedFunder* FindId(const std::vector<NormalizedFunder>& funders,
                               const std::string& id) {
  for (const auto& f : funders) {
    if (f.registry_id == id) return &f;
  }
  return nullptr;
}

}  // namespace catchall::testing
