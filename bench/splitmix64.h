// SplitMix64, the benchmarks' generators' PRNG: tiny, fast, and defined bit for bit (std
// distributions are not portable), so the same seed gives the same corpus on any platform.
#pragma once

#include <cstdint>

namespace catchall::bench {

class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }
  // Uniform in [0, n); n < 2^32.
  uint64_t Below(uint64_t n) { return ((Next() >> 32) * n) >> 32; }
  // Next() % n: what gen_network draws with (its corpus, and the figures measured on it, stay
  // as they are); slightly biased for n near 2^64, which it never asks for.
  uint64_t Modulo(uint64_t n) { return Next() % n; }
  int Between(int low, int high) { return low + static_cast<int>(Below(high - low + 1)); }
  double Unit() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }
  bool Chance(double p) { return Unit() < p; }
  template <typename Table>
  const auto& Pick(const Table& table) {
    return table[Below(table.size())];
  }

 private:
  uint64_t state_;
};

}  // namespace catchall::bench
