#include "pipeline/prefilter.h"

#include <hs/hs.h>

#include <atomic>
#include <cstdio>
#include <set>
#include <unordered_map>

#include "io/hs_cache.h"
#include "text/skeleton.h"

namespace catchall {
namespace {

// Byte patterns (no UTF-8 mode, so any bytes are safe to scan) for what a skeleton hides.
const std::vector<std::string>& RawPatterns() {
  static const std::vector<std::string> kPatterns = {
      R"("KP")",                        // OpenAlex country_code / countries
      R"(\\u[0-9a-fA-F]{4})",           // a JSON escape could spell any trigger
      R"(\xE1[\x84-\x87][\x80-\xBF])",  // U+1100-11FF Hangul jamo (decomposed Hangul)
      R"(\xEA\xA5[\xA0-\xBF])",         // U+A960-A97F jamo extended-A
      R"(\xED[\x9E\x9F][\x80-\xBF])",   // U+D7B0-D7FF jamo extended-B
  };
  return kPatterns;
}

// Compiled databases are cached on disk (io/hs_cache.h): compiling ~800 literals costs about
// 10 ms, a few per cent of a 300 MB run.
std::string CachePath(const std::string& tag, const std::vector<std::string>& patterns) {
  return HyperscanCachePath("prefilter-" + tag, patterns);
}

std::string ErrorText(hs_compile_error_t* error) {
  std::string text = error && error->message ? error->message : "unknown error";
  hs_free_compile_error(error);
  return text;
}

Result<hs_database_t*> CompileRaw() {
  const std::string cache = CachePath("raw", RawPatterns());
  if (hs_database_t* cached = LoadCachedDatabase(cache)) return cached;
  std::vector<const char*> expressions;
  std::vector<unsigned> flags;
  std::vector<unsigned> ids;
  for (const auto& pattern : RawPatterns()) {
    expressions.push_back(pattern.c_str());
    flags.push_back(HS_FLAG_SINGLEMATCH);
    ids.push_back(static_cast<unsigned>(ids.size()));
  }
  hs_database_t* database = nullptr;
  hs_compile_error_t* error = nullptr;
  if (hs_compile_multi(expressions.data(), flags.data(), ids.data(),
                       static_cast<unsigned>(expressions.size()), HS_MODE_BLOCK, nullptr, &database,
                       &error) != HS_SUCCESS) {
    return Error{"prefilter: " + ErrorText(error), {}};
  }
  StoreCachedDatabase(cache, database);
  return database;
}

// A phrase made of spaced-script words must match whole words ("n korea" must not fire inside
// "Daejeon, Korea"); Hangul and Han phrases match anywhere, as the resolver matches them.
bool NeedsBoundary(char first_byte) {
  const auto b = static_cast<uint8_t>(first_byte);
  return b < 0x80 || (b >= 0xC2 && b <= 0xDF);
}

Result<hs_database_t*> CompileSkeletons(const std::vector<std::string>& phrases,
                                        std::vector<SkeletonLiteral>& literals_out) {
  std::set<std::string> literals;
  for (const auto& phrase : phrases) {
    std::string skeleton = Skeleton(phrase);
    if (!skeleton.empty()) literals.insert(std::move(skeleton));
  }
  if (literals.empty()) return static_cast<hs_database_t*>(nullptr);
  std::vector<const char*> expressions;
  std::vector<size_t> lengths;
  std::vector<unsigned> flags;
  std::vector<unsigned> ids;
  for (const auto& literal : literals) {
    expressions.push_back(literal.data());
    lengths.push_back(literal.size());
    flags.push_back(0);
    ids.push_back(static_cast<unsigned>(ids.size()));
    // The last character's first byte: walk back over UTF-8 continuation bytes.
    size_t last = literal.size() - 1;
    while (last > 0 && (static_cast<uint8_t>(literal[last]) & 0xC0) == 0x80) --last;
    literals_out.push_back(
        {literal.size(), NeedsBoundary(literal.front()), NeedsBoundary(literal[last])});
  }
  const std::string cache =
      CachePath("skeleton", std::vector<std::string>(literals.begin(), literals.end()));
  if (hs_database_t* cached = LoadCachedDatabase(cache)) return cached;
  hs_database_t* database = nullptr;
  hs_compile_error_t* error = nullptr;
  if (hs_compile_lit_multi(expressions.data(), flags.data(), ids.data(), lengths.data(),
                           static_cast<unsigned>(expressions.size()), HS_MODE_BLOCK, nullptr,
                           &database, &error) != HS_SUCCESS) {
    return Error{"prefilter: " + ErrorText(error), {}};
  }
  StoreCachedDatabase(cache, database);
  return database;
}

// Character classes whose change is a word boundary even without a dropped character between
// them: ASCII letters, digits, other two-byte scripts (Latin extended, Cyrillic, Greek), the rest.
int ClassAt(const std::string& text, size_t i) {
  const auto b = static_cast<uint8_t>(text[i]);
  if (b >= '0' && b <= '9') return 1;
  if (b < 0x80) return 0;
  return b <= 0xDF ? 2 : 3;
}

size_t PreviousCharStart(const std::string& text, size_t i) {
  size_t p = i - 1;
  while (p > 0 && (static_cast<uint8_t>(text[p]) & 0xC0) == 0x80) --p;
  return p;
}

bool BoundaryAt(const std::string& text, const std::string& breaks, size_t i) {
  if (i == 0 || i >= text.size() || breaks[i] != 0) return true;
  return ClassAt(text, PreviousCharStart(text, i)) != ClassAt(text, i);
}

struct SkeletonScan {
  const std::string* text;
  const std::string* breaks;
  const std::vector<SkeletonLiteral>* literals;
  bool matched = false;
};

int OnSkeletonMatch(unsigned id, unsigned long long, unsigned long long to, unsigned,
                    void* context) {
  auto& scan = *static_cast<SkeletonScan*>(context);
  const SkeletonLiteral& literal = (*scan.literals)[id];
  const auto end = static_cast<size_t>(to);
  const size_t begin = end - literal.length;
  if (literal.left_boundary && !BoundaryAt(*scan.text, *scan.breaks, begin)) return 0;
  if (literal.right_boundary && !BoundaryAt(*scan.text, *scan.breaks, end)) return 0;
  scan.matched = true;
  return 1;  // stop: one whole-word match is enough
}

int StopAtFirst(unsigned, unsigned long long, unsigned long long, unsigned, void* context) {
  *static_cast<bool*>(context) = true;
  return 1;
}

// Scans and reports whether anything matched; a scan that fails counts as a match, so an error
// can only cost speed, never a finding.
bool AnyMatch(const hs_database_t* database, hs_scratch_t* scratch, std::string_view text) {
  if (database == nullptr) return false;
  if (scratch == nullptr) return true;
  bool matched = false;
  const hs_error_t rc = hs_scan(database, text.data(), static_cast<unsigned>(text.size()), 0,
                                scratch, StopAtFirst, &matched);
  return matched || (rc != HS_SUCCESS && rc != HS_SCAN_TERMINATED);
}

}  // namespace

// Per (thread, prefilter): Hyperscan scratch and reusable skeleton buffers.
struct Prefilter::ThreadState {
  hs_scratch_t* scratch = nullptr;
  std::string skeleton;
  std::string breaks;
  ~ThreadState() {
    if (scratch) hs_free_scratch(scratch);
  }
};

Result<std::unique_ptr<Prefilter>> Prefilter::Build(const std::vector<std::string>& phrases) {
  auto raw = CompileRaw();
  if (!raw.ok()) return raw.error();
  std::vector<SkeletonLiteral> literals;
  auto skeleton = CompileSkeletons(phrases, literals);
  if (!skeleton.ok()) {
    hs_free_database(*raw);
    return skeleton.error();
  }
  return std::unique_ptr<Prefilter>(new Prefilter(*raw, *skeleton, std::move(literals)));
}

Prefilter::Prefilter(hs_database* raw, hs_database* skeleton, std::vector<SkeletonLiteral> literals)
    : raw_(raw), skeleton_(skeleton), literals_(std::move(literals)) {
  static std::atomic<uint64_t> next_serial{1};
  serial_ = next_serial.fetch_add(1);
}

Prefilter::~Prefilter() {
  hs_free_database(raw_);
  if (skeleton_) hs_free_database(skeleton_);
}

Prefilter::ThreadState& Prefilter::State() const {
  // Keyed by a serial number, not the address, which a later prefilter could reuse. A run has
  // one prefilter, so what a finished one leaves in a thread's map is a few bytes.
  thread_local std::unordered_map<uint64_t, ThreadState> states;
  ThreadState& state = states[serial_];
  if (state.scratch == nullptr) {
    hs_alloc_scratch(raw_, &state.scratch);
    if (skeleton_ && state.scratch) hs_alloc_scratch(skeleton_, &state.scratch);
  }
  return state;
}

bool Prefilter::MayMatter(std::string_view text) const {
  ThreadState& state = State();
  if (AnyMatch(raw_, state.scratch, text)) return true;
  if (skeleton_ == nullptr) return false;
  state.skeleton.clear();
  state.breaks.clear();
  AppendSkeleton(text, state.skeleton, &state.breaks);
  SkeletonScan scan{&state.skeleton, &state.breaks, &literals_};
  const hs_error_t rc =
      hs_scan(skeleton_, state.skeleton.data(), static_cast<unsigned>(state.skeleton.size()), 0,
              state.scratch, OnSkeletonMatch, &scan);
  return scan.matched || (rc != HS_SUCCESS && rc != HS_SCAN_TERMINATED);
}

}  // namespace catchall
