// Fuzzes funder normalisation of free funding texts (they come from untrusted exports): any
// bytes must match without crashing, and everything reported must be quoted from the input, so
// that a finding never shows words the paper did not print.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "funding/funder_matcher.h"
#include "text/utf8.h"

namespace {

const catchall::FunderMatcher* Matcher() {
  static const catchall::FunderMatcher* matcher = [] {
    auto registry =
        catchall::FunderRegistry::Load(catchall::FundersFile(CATCHALL_DEFAULT_DATA_DIR));
    return registry.ok() ? new catchall::FunderMatcher(std::move(registry).value()) : nullptr;
  }();
  return matcher;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const catchall::FunderMatcher* matcher = Matcher();
  if (matcher == nullptr) std::abort();  // the shipped registry must load
  // Readers hand over valid UTF-8 (invalid bytes are repaired first), so the fuzzer does too.
  const std::string text(reinterpret_cast<const char*>(data), size);
  if (!catchall::IsValidUtf8(text)) return 0;
  for (const auto& funder : matcher->MatchText(text)) {
    if (!funder.matched_text.empty() && text.find(funder.matched_text) == std::string::npos) {
      std::abort();
    }
    for (const auto& award : funder.award_ids) {
      if (award.empty() || text.find(award) == std::string::npos) std::abort();
    }
    if (!funder.registry_id.empty() && matcher->registry().Find(funder.registry_id) == nullptr) {
      std::abort();
    }
  }
  return 0;
}
