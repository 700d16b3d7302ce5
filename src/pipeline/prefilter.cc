#include "pipeline/prefilter.h"

#include <hs/hs.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <array>
#include <atomic>
#include <mutex>
#include <unordered_map>

namespace catchall {
namespace {

// Characters normalisation deletes inside a word: combining marks, apostrophes, dots.
constexpr const char* kSilent = R"([\x{0300}-\x{036F}'\x{2018}\x{2019}\x{02BB}\x{02BC}\x{00B4}`.]*)";
// A phrase's space stands for any run of characters that are not ASCII letters or digits.
constexpr const char* kGap = "[^a-zA-Z0-9]+";

void AppendCodePoint(UChar32 cp, std::string& out) {
  char buffer[4];
  int32_t length = 0;
  UBool error = false;
  U8_APPEND(buffer, length, 4, cp, error);
  if (!error) out.append(buffer, static_cast<size_t>(length));
}

// For each ASCII letter, every precomposed Latin letter whose decomposition starts with it
// (ŏ, Ŏ, ö, ... for o), plus a few letters with no decomposition that normalisers commonly
// fold (ø, đ, ł, ı). Computed from ICU's data once.
const std::array<std::string, 26>& AccentedForms() {
  static const std::array<std::string, 26> forms = [] {
    std::array<std::string, 26> table;
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    const auto add = [&](UChar32 cp, char base) {
      const char lower = static_cast<char>(base | 0x20);
      if (lower >= 'a' && lower <= 'z') AppendCodePoint(cp, table[lower - 'a']);
    };
    const std::array<std::pair<UChar32, UChar32>, 3> ranges = {
        {{0x00C0, 0x024F}, {0x1E00, 0x1EFF}, {0xFF21, 0xFF5A}}};
    for (const auto& [first, last] : ranges) {
      for (UChar32 cp = first; cp <= last; ++cp) {
        icu::UnicodeString decomposition;
        if (U_SUCCESS(status) && nfd->getDecomposition(cp, decomposition) &&
            decomposition.length() > 0 && decomposition.charAt(0) < 0x80) {
          add(cp, static_cast<char>(decomposition.charAt(0)));
        }
      }
    }
    for (const auto& [cp, base] : std::array<std::pair<UChar32, char>, 8>{
             {{0x00F8, 'o'}, {0x00D8, 'o'}, {0x0111, 'd'}, {0x0110, 'd'}, {0x0142, 'l'},
              {0x0141, 'l'}, {0x0131, 'i'}, {0x0130, 'i'}}}) {
      add(cp, base);
    }
    // Full-width letters fold to ASCII under NFKC.
    for (char c = 'a'; c <= 'z'; ++c) {
      AppendCodePoint(0xFF41 + (c - 'a'), table[c - 'a']);
      AppendCodePoint(0xFF21 + (c - 'a'), table[c - 'a']);
    }
    return table;
  }();
  return forms;
}

std::string LetterClass(char lower) {
  std::string cls = "[";
  cls += lower;
  cls += static_cast<char>(lower & ~0x20);
  cls += AccentedForms()[lower - 'a'];
  cls += "]";
  return cls;
}

std::string EscapeForRegex(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (std::string_view("\\^$.|?*+()[]{}-/").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

// Patterns that fire for whatever normalisation could turn into text we cannot see in the raw
// bytes: JSON \u escapes, Hangul jamo (NFD or compatibility), and the source's own KP code.
const std::vector<std::string>& ExtraPatterns() {
  static const std::vector<std::string> extra = {
      R"(\\u[0-9a-fA-F]{4})",
      R"([\x{1100}-\x{11FF}\x{3130}-\x{318F}\x{A960}-\x{A97F}\x{D7B0}-\x{D7FF}])",
      R"("KP")",
  };
  return extra;
}

}  // namespace

std::string Prefilter::PhrasePattern(std::string_view phrase) {
  std::string pattern;
  bool pending_gap = false;
  size_t i = 0;
  while (i < phrase.size()) {
    const auto c = static_cast<unsigned char>(phrase[i]);
    if (c == ' ') {
      pending_gap = !pattern.empty();
      ++i;
      continue;
    }
    if (pending_gap) {
      pattern += kGap;
      pending_gap = false;
    }
    if (c >= 0x80) {  // a Hangul or Han character: kept as is by normalisation
      size_t length = 1;
      while (i + length < phrase.size() &&
             (static_cast<unsigned char>(phrase[i + length]) & 0xC0) == 0x80) {
        ++length;
      }
      pattern += EscapeForRegex(phrase.substr(i, length));
      i += length;
      continue;
    }
    const char lower = static_cast<char>(c | 0x20);
    pattern += (lower >= 'a' && lower <= 'z') ? LetterClass(lower) : EscapeForRegex(phrase.substr(i, 1));
    pattern += kSilent;
    ++i;
  }
  return pattern;
}

Result<std::unique_ptr<Prefilter>> Prefilter::Build(const std::vector<std::string>& phrases) {
  std::vector<std::string> patterns;
  for (const auto& phrase : phrases) {
    if (phrase.find_first_not_of(' ') == std::string::npos) continue;
    patterns.push_back(PhrasePattern(phrase));
  }
  for (const auto& extra : ExtraPatterns()) patterns.push_back(extra);
  std::vector<const char*> expressions;
  std::vector<unsigned> flags;
  std::vector<unsigned> ids;
  for (size_t i = 0; i < patterns.size(); ++i) {
    expressions.push_back(patterns[i].c_str());
    flags.push_back(HS_FLAG_UTF8 | HS_FLAG_SINGLEMATCH);
    ids.push_back(static_cast<unsigned>(i));
  }
  hs_database_t* database = nullptr;
  hs_compile_error_t* error = nullptr;
  if (hs_compile_multi(expressions.data(), flags.data(), ids.data(),
                       static_cast<unsigned>(expressions.size()), HS_MODE_BLOCK, nullptr, &database,
                       &error) != HS_SUCCESS) {
    std::string message = "prefilter pattern rejected by Hyperscan: ";
    message += error && error->message ? error->message : "unknown error";
    if (error && error->expression >= 0) message += " in " + patterns[error->expression];
    hs_free_compile_error(error);
    return Error{message, {}};
  }
  return std::unique_ptr<Prefilter>(new Prefilter(database, std::move(patterns)));
}

Prefilter::Prefilter(hs_database* database, std::vector<std::string> patterns)
    : database_(database), patterns_(std::move(patterns)) {
  static std::atomic<uint64_t> next_serial{1};
  serial_ = next_serial.fetch_add(1);
}

Prefilter::~Prefilter() { hs_free_database(database_); }

hs_scratch* Prefilter::ThreadScratch() const {
  // One scratch per (thread, prefilter), keyed by a serial number rather than the address, which
  // a later prefilter could reuse. Prefilters live for a whole run, so the scratch a finished
  // prefilter leaves in a long-lived thread's map does not matter.
  struct ScratchMap {
    std::unordered_map<uint64_t, hs_scratch_t*> by_prefilter;
    ~ScratchMap() {
      for (auto& [owner, scratch] : by_prefilter) hs_free_scratch(scratch);
    }
  };
  thread_local ScratchMap scratches;
  hs_scratch_t*& scratch = scratches.by_prefilter[serial_];
  if (scratch == nullptr) hs_alloc_scratch(database_, &scratch);
  return scratch;
}

bool Prefilter::MayMatter(std::string_view text) const {
  bool matched = false;
  const auto on_match = [](unsigned, unsigned long long, unsigned long long, unsigned,
                           void* context) -> int {
    *static_cast<bool*>(context) = true;
    return 1;  // stop at the first match
  };
  hs_scratch_t* scratch = ThreadScratch();
  if (scratch == nullptr) return true;  // cannot scan: do not clear anything
  const hs_error_t rc = hs_scan(database_, text.data(), static_cast<unsigned>(text.size()), 0,
                                scratch, on_match, &matched);
  if (rc != HS_SUCCESS && rc != HS_SCAN_TERMINATED) return true;
  return matched;
}

}  // namespace catchall
