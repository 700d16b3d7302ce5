// Fuzzes name preparation and scoring: any bytes, split in two halves at the first byte, must
// prepare without crashing (raw cut at kMaxNameBytes on a character boundary), give words with
// text, and score in [0, 1] with an explanation whose indexes point at real words. The first
// byte also picks the schema. Names of up to five words are also scored by the exhaustive
// ReferenceCompareNames, which must give the same score (the fast search's only shortcuts are
// exact ones).
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "match/name_comparison.h"
#include "match/prepared_name.h"
#include "match/reference_scorer.h"

namespace {

void CheckIndexes(const std::vector<int>& indexes, const catchall::PreparedName& name) {
  for (int i : indexes) {
    if (i < 0 || static_cast<size_t>(i) >= name.words.size()) std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const catchall::EntitySchema schemas[] = {
      catchall::EntitySchema::kPerson, catchall::EntitySchema::kCompany,
      catchall::EntitySchema::kVessel, catchall::EntitySchema::kUnknown};
  const catchall::EntitySchema schema = schemas[data[0] % 4];
  const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  const size_t middle =
      rest.find('\n') != std::string_view::npos ? rest.find('\n') : rest.size() / 2;
  const auto a = catchall::PrepareName(rest.substr(0, middle), schema);
  const auto b = catchall::PrepareName(rest.substr(middle), schema);
  for (const auto* name : {&a, &b}) {
    if (name->raw.size() > catchall::kMaxNameBytes) std::abort();
    for (const auto& word : name->words) {
      if (word.text.empty()) std::abort();
    }
  }
  const auto comparison = catchall::CompareNames(a, b);
  if (!(comparison.score >= 0 && comparison.score <= 1)) std::abort();
  for (const auto& pair : comparison.pairs) {
    CheckIndexes(pair.query_words, a);
    CheckIndexes(pair.candidate_words, b);
    if (pair.query_words.empty() || pair.candidate_words.empty()) std::abort();
  }
  CheckIndexes(comparison.unmatched_query, a);
  CheckIndexes(comparison.unmatched_candidate, b);
  if (a.words.size() <= 5 && b.words.size() <= 5) {
    const double reference = catchall::ReferenceCompareNames(a, b).score;
    if (std::abs(reference - comparison.score) > 1e-9) std::abort();
  }
  const auto self = catchall::CompareNames(a, a);
  if (!(self.score >= 0 && self.score <= 1)) std::abort();
  return 0;
}
