#include "registry/registry_names.h"

#include <algorithm>
#include <cctype>
#include <unordered_set>

#include "match/prepared_name.h"
#include "text/normalize.h"

namespace catchall {
namespace {

// Words that say what kind of body a name is or what it works on, but not which one: a name of
// only these (and numbers, stop words) is generic ("Institute of Physics", "702 Research
// Institute", "8th Academy") and is not an alias, a key to merge on or a parent to roll up into.
bool IsGenericWord(const std::string& word) {
  static const std::unordered_set<std::string> kWords = {
      // stop words
      "of", "the", "and", "for", "in", "on", "at", "named", "after", "no", "number",
      // bodies
      "institute", "institutes", "institution", "research", "academy", "academies", "laboratory",
      "laboratories", "lab", "labs", "key", "state", "national", "central", "center", "centre",
      "centers", "centres", "factory", "plant", "works", "test", "testing", "engineering", "system",
      "systems", "design", "college", "school", "university", "univ", "department", "bureau",
      "office", "division", "branch", "unit", "group", "company", "corp", "corporation", "co",
      "ltd", "limited", "inc", "llc", "main", "chief", "higher", "joint", "base", "station",
      "hospital", "committee", "ministry", "administration", "agency", "force", "forces", "army",
      "navy", "military", "industry", "industrial", "development", "studies", "study", "service",
      "services", "general", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
      "eighth", "ninth", "tenth",
      // what they work on
      "science", "sciences", "scientific", "technology", "technologies", "technological",
      "technical", "applied", "advanced", "basic", "experimental", "theoretical", "high", "new",
      "modern", "physics", "chemistry", "chemical", "mathematics", "mechanics", "mechanical",
      "materials", "material", "metal", "metals", "medicine", "medical", "biology", "biological",
      "automation", "computing", "computer", "information", "semiconductor", "semiconductors",
      "microelectronics", "electronic", "electronics", "electrical", "electric", "radiation",
      "nuclear", "energy", "space", "aerospace", "aeronautics", "aeronautical", "aviation",
      "marine", "ocean", "oceanography", "environment", "environmental", "health", "disease",
      "control", "prevention", "toxicology", "pharmacology", "epidemiology", "microbiology",
      "microbial", "hygiene", "equipment", "optics", "optical", "photonics", "quantum", "precision",
      "instrument", "instruments", "measurement", "metrology", "communication", "communications",
      "software", "network", "networks", "power", "propulsion", "missile", "weapons", "ordnance",
      "defense", "defence", "security", "intelligence", "navigation", "radar", "satellite", "laser",
      "lasers", "machinery", "drugs", "drug", "blood", "transfusion", "veterinary", "particle",
      "electromagnetic", "logistics", "construction", "manufacturing", "production", "integrated",
      "circuit", "circuits", "innovation", "excellence", "spaceflight", "rocket"};
  if (kWords.count(word)) return true;
  // Numbers and ordinals: "702", "8th", "1st".
  size_t digits = 0;
  while (digits < word.size() && std::isdigit(static_cast<unsigned char>(word[digits]))) ++digits;
  if (digits == 0) return false;
  const std::string_view rest = std::string_view(word).substr(digits);
  return rest.empty() || rest == "st" || rest == "nd" || rest == "rd" || rest == "th";
}

// "SECOND ACADEMY OF NATURAL SCIENCES (KPE.018)": a bracketed UN or OFAC reference.
bool IsListReference(std::string_view text) {
  const size_t dot = text.find('.');
  if (dot != 3 || text.size() < 5) return false;
  if (!std::isalpha(static_cast<unsigned char>(text[0])) ||
      !std::isalpha(static_cast<unsigned char>(text[1]))) {
    return false;
  }
  const char kind = static_cast<char>(std::tolower(static_cast<unsigned char>(text[2])));
  if (kind != 'e' && kind != 'i') return false;
  return std::all_of(text.begin() + 4, text.end(),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// The printed name without list decoration: surrounding quotes, a trailing '*' (1260H), a
// bracketed list reference.
std::string Undecorate(std::string_view printed) {
  std::string text = Trim(printed);
  while (!text.empty() && (text.back() == '*' || text.back() == ' ')) text.pop_back();
  if (text.size() >= 2 && text.front() == '"' && text.back() == '"') {
    text = Trim(std::string_view(text).substr(1, text.size() - 2));
  }
  if (!text.empty() && text.back() == ')') {
    const size_t open = text.rfind('(');
    if (open != std::string::npos &&
        IsListReference(std::string_view(text).substr(open + 1, text.size() - open - 2))) {
      text = Trim(std::string_view(text).substr(0, open));
    }
  }
  return text;
}

}  // namespace

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  const std::string normal = NormalizeText(text);
  size_t start = 0;
  while (start < normal.size()) {
    size_t space = normal.find(' ', start);
    if (space == std::string::npos) space = normal.size();
    if (space > start) words.push_back(normal.substr(start, space - start));
    start = space + 1;
  }
  return words;
}

bool SaysInstitution(std::string_view name) {
  static const std::unordered_set<std::string> kWords = {
      "university",   "universities", "univ",         "institute", "institutes", "institut",
      "institution",  "academy",      "academies",    "college",   "colleges",   "laboratory",
      "laboratories", "lab",          "laboratorios", "school",    "schools"};
  const std::vector<std::string> words = Words(name);
  for (size_t i = 0; i < words.size(); ++i) {
    if (kWords.count(words[i])) return true;
    if (words[i] == "research" && i + 1 < words.size() &&
        (words[i + 1] == "center" || words[i + 1] == "centre")) {
      return true;
    }
  }
  return false;
}

std::string Trim(std::string_view text) {
  const char* kSpace = " \t\r\n";
  const size_t first = text.find_first_not_of(kSpace);
  if (first == std::string_view::npos) return {};
  const size_t last = text.find_last_not_of(kSpace);
  return std::string(text.substr(first, last - first + 1));
}

bool IsShortForm(std::string_view text) {
  if (text.size() < 2 || text.size() > 12) return false;
  size_t upper = 0;
  bool after_space = false;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == ' ') {
      after_space = true;
    } else if (std::isupper(byte) && !after_space) {
      ++upper;
    } else if (!std::isdigit(byte) && c != '-' && c != '&' && c != '.') {
      return false;
    }
  }
  return upper >= 2;
}

bool ContinuesTheName(std::string_view rest) {
  const std::vector<std::string> words = Words(rest);
  return !words.empty() && (words[0] == "of" || words[0] == "for" || words[0] == "and");
}

bool IsGenericName(std::string_view text) {
  const std::vector<std::string> words = Words(text);
  return std::all_of(words.begin(), words.end(), IsGenericWord);
}

std::vector<std::pair<std::string, bool>> Spellings(std::string_view printed, bool acronym) {
  std::vector<std::pair<std::string, bool>> out;  // (text, short form)
  const std::string text = Undecorate(printed);
  if (text.empty()) return out;
  const size_t open = text.find('(');
  const size_t close = open == std::string::npos ? open : text.find(')', open);
  if (close != std::string::npos) {
    const std::string inside = Trim(std::string_view(text).substr(open + 1, close - open - 1));
    if (IsShortForm(inside)) {
      std::string without = Trim(std::string_view(text).substr(0, open));
      const std::string after = Trim(std::string_view(text).substr(close + 1));
      if (!after.empty()) without += (after.front() == ',' ? "" : " ") + after;
      out.emplace_back(without, false);
      if (close + 1 == text.size()) out.emplace_back(inside, true);
    }
  }
  out.emplace_back(text, acronym || IsShortForm(text));
  return out;
}

std::string LooseKey(std::string_view text) {
  const PreparedName prepared = PrepareName(text, EntitySchema::kOrganization);
  std::string key;
  size_t words = 0;
  for (const NameWord& word : prepared.words) {
    if (word.transliterated) return {};
    if (word.role != WordRole::kName && word.role != WordRole::kGeneric) continue;
    if (!key.empty()) key += ' ';
    key += word.text;
    ++words;
  }
  return words >= 2 ? key : std::string();
}

std::string TypeOfName(std::string_view name) {
  static const std::pair<std::string_view, std::string_view> kInstitutionWords[] = {
      {"university", "university"}, {"univ", "university"},        {"college", "university"},
      {"school", "university"},     {"academy", "academy"},        {"hospital", "hospital"},
      {"institute", "institute"},   {"institution", "institute"},  {"institut", "institute"},
      {"laboratory", "institute"},  {"laboratories", "institute"}, {"center", "institute"},
      {"centre", "institute"},      {"library", "library"}};
  static const std::unordered_set<std::string_view> kGovernmentWords = {
      "ministry", "bureau",  "department", "directorate",  "commission",    "committee",
      "army",     "navy",    "force",      "forces",       "command",       "agency",
      "office",   "council", "guard",      "intelligence", "administration"};
  const std::vector<std::string> words = Words(name.substr(0, name.find(',')));
  for (const std::string& word : words) {
    for (const auto& [printed, type] : kInstitutionWords) {
      if (word == printed) return std::string(type);
    }
  }
  for (const std::string& word : words) {
    if (kGovernmentWords.count(word)) return "government";
  }
  return "company";
}

std::string IdSlug(std::string_view name) {
  std::string slug;
  for (const char c : NormalizeText(name)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      slug.push_back(c);
    } else if (!slug.empty() && slug.back() != '-') {
      slug.push_back('-');
    }
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  if (slug.size() > 80) {
    slug.resize(80);
    const size_t dash = slug.rfind('-');
    if (dash != std::string::npos && dash > 20) slug.resize(dash);
  }
  return slug;
}

}  // namespace catchall
