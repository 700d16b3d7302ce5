// Fuzzes text normalisation and affiliation resolution: any bytes must tokenise without
// crashing, token offsets must lie inside the input in order, and Resolve must keep the
// trigger-phrase promise the prefilter relies on.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "resolve/affiliation_resolver.h"
#include "text/normalize.h"

namespace {

const catchall::AffiliationResolver* Resolver() {
  static const catchall::AffiliationResolver* resolver = [] {
    auto loaded = catchall::AffiliationResolver::Load(CATCHALL_DEFAULT_DATA_DIR);
    return loaded.ok() ? new catchall::AffiliationResolver(std::move(loaded).value()) : nullptr;
  }();
  return resolver;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string raw(reinterpret_cast<const char*>(data), size);
  const auto tokens = catchall::NormalizeTokens(raw);
  uint32_t previous_end = 0;
  for (const auto& token : tokens) {
    if (token.begin > token.end || token.end > raw.size() || token.text.empty()) std::abort();
    if (token.begin < previous_end && !token.cjk) std::abort();
    previous_end = token.end;
  }
  for (const auto& segment : catchall::SplitSegments(raw)) {
    if (segment.begin >= segment.end || segment.end > raw.size()) std::abort();
  }
  const catchall::AffiliationResolver* resolver = Resolver();
  if (resolver == nullptr) return 0;
  catchall::Affiliation affiliation;
  affiliation.raw = raw;
  const auto resolution = resolver->Resolve(affiliation);
  if (resolution.country == "KP") {
    const std::string text = catchall::NormalizeText(raw);
    bool found = false;
    for (const auto& phrase : resolver->DprkTriggerPhrases()) {
      if (text.find(phrase) != std::string::npos) {
        found = true;
        break;
      }
    }
    if (!found) std::abort();
  }
  for (const auto& ev : resolution.decided_by) {
    if (ev.kind != "source_country_code" && raw.find(ev.text) == std::string::npos) std::abort();
  }
  return 0;
}
