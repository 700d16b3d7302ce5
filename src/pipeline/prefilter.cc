#include "pipeline/prefilter.h"

#include <hs/hs.h>

#include <atomic>
#include <set>
#include <unordered_map>

#include "text/skeleton.h"

namespace catchall {
namespace {

// Byte patterns (no UTF-8 mode, so any bytes are safe to scan) for what a skeleton hides.
const std::vector<std::string>& RawPatterns() {
  static const std::vector<std::string> patterns = {
      R"("KP")",                          // OpenAlex country_code / countries
      R"(\\u[0-9a-fA-F]{4})",             // a JSON escape could spell any trigger
      R"(\xE1[\x84-\x87][\x80-\xBF])",    // U+1100-11FF Hangul jamo (decomposed Hangul)
      R"(\xEA\xA5[\xA0-\xBF])",           // U+A960-A97F jamo extended-A
      R"(\xED[\x9E\x9F][\x80-\xBF])",     // U+D7B0-D7FF jamo extended-B
  };
  return patterns;
}

std::string ErrorText(hs_compile_error_t* error) {
  std::string text = error && error->message ? error->message : "unknown error";
  hs_free_compile_error(error);
  return text;
}

Result<hs_database_t*> CompileRaw() {
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
  return database;
}

Result<hs_database_t*> CompileSkeletons(const std::vector<std::string>& phrases) {
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
    flags.push_back(HS_FLAG_SINGLEMATCH);
    ids.push_back(static_cast<unsigned>(ids.size()));
  }
  hs_database_t* database = nullptr;
  hs_compile_error_t* error = nullptr;
  if (hs_compile_lit_multi(expressions.data(), flags.data(), ids.data(), lengths.data(),
                           static_cast<unsigned>(expressions.size()), HS_MODE_BLOCK, nullptr,
                           &database, &error) != HS_SUCCESS) {
    return Error{"prefilter: " + ErrorText(error), {}};
  }
  return database;
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

// Per (thread, prefilter): Hyperscan scratch and a reusable skeleton buffer.
struct Prefilter::ThreadState {
  hs_scratch_t* scratch = nullptr;
  std::string skeleton;
  ~ThreadState() {
    if (scratch) hs_free_scratch(scratch);
  }
};

Result<std::unique_ptr<Prefilter>> Prefilter::Build(const std::vector<std::string>& phrases) {
  auto raw = CompileRaw();
  if (!raw.ok()) return raw.error();
  auto skeleton = CompileSkeletons(phrases);
  if (!skeleton.ok()) {
    hs_free_database(*raw);
    return skeleton.error();
  }
  return std::unique_ptr<Prefilter>(new Prefilter(*raw, *skeleton));
}

Prefilter::Prefilter(hs_database* raw, hs_database* skeleton) : raw_(raw), skeleton_(skeleton) {
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
  state.skeleton.clear();
  AppendSkeleton(text, state.skeleton);
  return AnyMatch(skeleton_, state.scratch, state.skeleton);
}

}  // namespace catchall
