#include "funding/unmatched_names.h"

#include <algorithm>
#include <set>
#include <string>

#include "text/normalize.h"

namespace catchall::funding {
namespace {

struct Word {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool breaks_before = false;  // punctuation between this word and the previous one
};

bool IsSeparator(std::string_view text, size_t i) {
  const char c = text[i];
  if (c == '.') return i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n';
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ';' || c == ':' ||
         c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}' || c == '"';
}

bool IsBreak(char c) { return c != ' ' && c != '\t' && c != '\n' && c != '\r'; }

std::vector<Word> SplitWords(std::string_view text) {
  std::vector<Word> words;
  bool pending_break = false;
  size_t i = 0;
  while (i < text.size()) {
    if (IsSeparator(text, i)) {
      pending_break = pending_break || IsBreak(text[i]);
      ++i;
      continue;
    }
    size_t end = i;
    while (end < text.size() && !IsSeparator(text, end)) ++end;
    words.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(end), pending_break});
    pending_break = false;
    i = end;
  }
  return words;
}

std::string Lower(std::string_view word) {
  std::string out(word);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IsConnector(const std::string& lower) {
  static const std::set<std::string> kConnectors = {"of", "for", "the", "and", "in", "on",
                                                    "&",  "de",  "du",  "des", "la"};
  return kConnectors.count(lower) > 0;
}

bool IsKeyword(const std::string& lower) {
  static const std::set<std::string> kKeywords = {
      "foundation", "fund",       "funds",        "council",      "program",       "programme",
      "programs",   "project",    "projects",     "agency",       "ministry",      "society",
      "trust",      "institute",  "academy",      "office",       "commission",    "grant",
      "grants",     "initiative", "scheme",       "plan",         "fellowship",    "scholarship",
      "award",      "center",     "centre",       "laboratory",   "university",    "association",
      "department", "bureau",     "organization", "organisation", "administration"};
  return kKeywords.count(lower) > 0;
}

// Words that only say "a grant": a run of these and keywords names no one ("Grant No.").
bool IsGeneric(const std::string& lower) {
  static const std::set<std::string> kGeneric = {"no",      "nos",     "number",    "numbers",
                                                 "grant",   "grants",  "contract",  "agreement",
                                                 "project", "program", "programme", "award"};
  return kGeneric.count(lower) > 0;
}

bool Overlaps(uint32_t begin, uint32_t end, const std::vector<TextSpan>& taken) {
  return std::any_of(taken.begin(), taken.end(),
                     [&](const TextSpan& t) { return begin < t.end && t.begin < end; });
}

// Appends the parts of words[from, to) (a run of capitalised words and connectors) that hold a
// keyword, split at "and" where both sides hold one ("the Foo Foundation and the Bar Trust").
void EmitRun(std::string_view text, const std::vector<Word>& words, size_t from, size_t to,
             std::vector<TextSpan>& out) {
  auto lower = [&](size_t k) {
    return Lower(text.substr(words[k].begin, words[k].end - words[k].begin));
  };
  auto has_keyword = [&](size_t a, size_t b) {
    for (size_t k = a; k < b; ++k) {
      if (IsKeyword(lower(k))) return true;
    }
    return false;
  };
  auto has_name_word = [&](size_t a, size_t b) {
    for (size_t k = a; k < b; ++k) {
      const std::string w = lower(k);
      if (!IsConnector(w) && !IsGeneric(w)) return true;
    }
    return false;
  };
  auto emit = [&](size_t a, size_t b) {
    while (a < b && IsConnector(lower(a))) ++a;
    while (b > a && IsConnector(lower(b - 1))) --b;
    if (a < b && has_keyword(a, b) && has_name_word(a, b)) {
      out.push_back({words[a].begin, words[b - 1].end});
    }
  };
  size_t start = from;
  for (size_t k = from; k < to; ++k) {
    const std::string w = lower(k);
    if ((w == "and" || w == "&") && has_keyword(start, k) && has_keyword(k + 1, to)) {
      emit(start, k);
      start = k + 1;
    }
  }
  emit(start, to);
}

void FindLatinNames(std::string_view text, const std::vector<TextSpan>& taken,
                    std::vector<TextSpan>& out) {
  const std::vector<Word> words = SplitWords(text);
  size_t run_start = 0;
  bool in_run = false;
  for (size_t k = 0; k <= words.size(); ++k) {
    bool joins = false;
    if (k < words.size() && !Overlaps(words[k].begin, words[k].end, taken)) {
      const char first = text[words[k].begin];
      const bool capital = first >= 'A' && first <= 'Z';
      const bool connector =
          IsConnector(Lower(text.substr(words[k].begin, words[k].end - words[k].begin)));
      joins = capital || (in_run && connector);
      if (in_run && words[k].breaks_before) {
        EmitRun(text, words, run_start, k, out);
        in_run = false;
        joins = capital;
      }
    }
    if (joins && !in_run) {
      run_start = k;
      in_run = true;
    } else if (!joins && in_run) {
      EmitRun(text, words, run_start, k, out);
      in_run = false;
    }
  }
}

bool IsCjkSuffix(const std::string& tail) {
  for (const char* suffix : {"基金会", "基金", "计划", "项目", "专项", "资金"}) {
    const std::string s(suffix);
    if (tail.size() >= s.size() && tail.compare(tail.size() - s.size(), s.size(), s) == 0) {
      return true;
    }
  }
  return false;
}

// Characters that end a clause before a funder's name in Chinese acknowledgements.
bool IsCjkLeadIn(const std::string& ch, const std::string& previous) {
  if (ch == "和") return previous != "共";  // 共和国 is inside names
  return ch == "与" || ch == "及" || ch == "受" || ch == "由" || ch == "到" || ch == "了" ||
         ch == "获" || ch == "被";
}

void FindCjkNames(std::string_view text, const std::vector<TextSpan>& taken,
                  std::vector<TextSpan>& out) {
  const std::vector<NormToken> tokens = NormalizeTokens(text);
  size_t start = 0;  // first token of the current clause
  // The clause directly continues a registry name ("国家自然科学基金" + "资助项目"): its words
  // describe that funder's grant and name no other funder.
  bool continues_name = false;
  for (size_t k = 0; k < tokens.size(); ++k) {
    const NormToken& t = tokens[k];
    const bool is_taken = Overlaps(t.begin, t.end, taken);
    if (!t.cjk || is_taken) {
      start = k + 1;
      continues_name = is_taken && t.cjk;
      continue;
    }
    if (!t.joined_to_previous) {
      start = k;
      continues_name = false;
    }
    if (IsCjkLeadIn(t.text, k > 0 ? tokens[k - 1].text : std::string())) {
      start = k + 1;
      continues_name = false;
    }
    if (start > k) continue;
    const std::string tail =
        std::string(text.substr(tokens[start].begin, t.end - tokens[start].begin));
    const bool last_of_name = k + 1 == tokens.size() || !tokens[k + 1].cjk ||
                              !tokens[k + 1].joined_to_previous ||
                              !IsCjkSuffix(tail + tokens[k + 1].text);
    if (k >= start + 2 && IsCjkSuffix(tail) && last_of_name) {
      if (!continues_name) out.push_back({tokens[start].begin, t.end});
      start = k + 1;
      continues_name = false;
    }
  }
}

}  // namespace

std::vector<TextSpan> FindUnmatchedNames(std::string_view text,
                                         const std::vector<TextSpan>& taken) {
  std::vector<TextSpan> out;
  FindLatinNames(text, taken, out);
  FindCjkNames(text, taken, out);
  std::sort(out.begin(), out.end(),
            [](const TextSpan& a, const TextSpan& b) { return a.begin < b.begin; });
  return out;
}

}  // namespace catchall::funding
