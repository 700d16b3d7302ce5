// Funder names that are not in the registry, found in free funding text by their shape:
// a run of capitalised words holding a word such as Foundation, Fund, Council, Program
// ("the Harbin Engineering Talent Fund"), or a CJK run ending in 基金, 计划, 项目, 专项, 资金.
// Internal to src/funding/.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace catchall::funding {

struct TextSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
};

// Name-shaped spans of `text` that overlap none of `taken` (registry matches, award ids).
std::vector<TextSpan> FindUnmatchedNames(std::string_view text, const std::vector<TextSpan>& taken);

}  // namespace catchall::funding
