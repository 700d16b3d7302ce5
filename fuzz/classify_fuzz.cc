// Fuzzes technology classification: any UTF-8 text as title and abstract must classify without
// crashing, every evidence offset must point at the quoted text inside its field, and scores
// must stay in [0, 1].
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "classify/classifier.h"
#include "text/utf8.h"

namespace {

const catchall::Classifier* Shipped() {
  static const catchall::Classifier* classifier = [] {
    auto loaded = catchall::Classifier::Load(catchall::TaxonomyFile(CATCHALL_DEFAULT_DATA_DIR));
    return loaded.ok() ? loaded->release() : nullptr;
  }();
  return classifier;
}

const std::string& FieldText(const catchall::Publication& p, const std::string& field) {
  return field == "title" ? p.title : p.abstract;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const catchall::Classifier* classifier = Shipped();
  if (classifier == nullptr) std::abort();  // the shipped taxonomy must load
  const std::string text(reinterpret_cast<const char*>(data), size);
  if (!catchall::IsValidUtf8(text)) return 0;
  catchall::Publication publication;
  const size_t half = text.size() / 2;
  size_t cut = half;
  while (cut < text.size() && (static_cast<uint8_t>(text[cut]) & 0xC0) == 0x80) ++cut;
  publication.title = text.substr(0, cut);
  publication.abstract = text.substr(cut);
  for (const auto& score : classifier->Classify(publication)) {
    if (!(score.score >= 0 && score.score <= 1)) std::abort();
    for (const auto& e : score.evidence) {
      if (e.field != "title" && e.field != "abstract") std::abort();
      const std::string& field = FieldText(publication, e.field);
      if (e.offset + e.text.size() > field.size()) std::abort();
      if (field.compare(e.offset, e.text.size(), e.text) != 0) std::abort();
    }
  }
  return 0;
}
