#include "match/name_terms.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <sstream>

#include "io/yaml_fields.h"
#include "text/normalize.h"

namespace catchall {
namespace {

// Entries are written as the tokeniser would print them, but normalising them again keeps the
// file forgiving ("Aktiengesellschaft", "sp. z o.o." work too).
std::string NormalisedPhrase(const std::string& text) {
  std::string out;
  for (const NormToken& token : NormalizeTokens(text)) {
    if (!out.empty()) out += ' ';
    out += token.text;
  }
  return out;
}

Result<std::vector<std::string>> WordList(const YAML::Node& root, const char* key,
                                          const std::string& file) {
  const YAML::Node section = root[key];
  if (!section || !section.IsMap()) {
    return YamlError(file, YamlLine(root), std::string("missing map '") + key + "'");
  }
  return YamlList(section, "words", key, file);
}

Status ReadTermsFile(const std::string& file, NameTerms* terms) {
  auto root = LoadYamlFile(file, "the name terms file");
  if (!root.ok()) return root.error();
  try {
    const YAML::Node forms = (*root)["legal_forms"];
    if (!forms || !forms.IsSequence()) {
      return YamlError(file, YamlLine(*root), "missing list 'legal_forms'");
    }
    for (const YAML::Node& entry : forms) {
      auto canonical = YamlScalar(entry, "canonical", true, "legal form", file);
      if (!canonical.ok()) return canonical.error();
      auto spellings = YamlList(entry, "forms", "legal form " + *canonical, file);
      if (!spellings.ok()) return spellings.error();
      const std::string key = NormalisedPhrase(*canonical);
      terms->legal_forms[key] = key;
      for (const std::string& spelling : *spellings) {
        const std::string phrase = NormalisedPhrase(spelling);
        if (phrase.empty()) continue;
        terms->legal_forms.emplace(phrase, key);
        const size_t words = 1 + std::count(phrase.begin(), phrase.end(), ' ');
        terms->longest_legal_form = std::max(terms->longest_legal_form, words);
      }
    }
    const std::pair<const char*, std::unordered_set<std::string>*> sets[] = {
        {"generic", &terms->generic}, {"stop", &terms->stop}, {"titles", &terms->titles}};
    for (const auto& [key, set] : sets) {
      auto words = WordList(*root, key, file);
      if (!words.ok()) return words.error();
      for (const std::string& word : *words) set->insert(NormalisedPhrase(word));
    }
    auto particles = WordList(*root, "particles", file);
    if (!particles.ok()) return particles.error();
    for (const std::string& word : *particles) {
      const std::string text = NormalisedPhrase(word);
      terms->particles.emplace(text, text);
    }
    for (const YAML::Node& group : (*root)["particles"]["same"]) {
      if (!group.IsSequence() || group.size() == 0) continue;
      const std::string canonical = NormalisedPhrase(group[0].as<std::string>());
      for (const YAML::Node& spelling : group) {
        terms->particles[NormalisedPhrase(spelling.as<std::string>())] = canonical;
      }
    }
  } catch (const YAML::Exception& e) {
    return YamlError(file, e.mark.line + 1, e.msg);
  }
  return Ok{};
}

Status ReadKoreanFile(const std::string& file, NameTerms* terms) {
  auto root = LoadYamlFile(file, "the Korean romanisation file");
  if (!root.ok()) return root.error();
  const YAML::Node surnames = (*root)["surnames"];
  if (!surnames || !surnames.IsSequence()) {
    return YamlError(file, YamlLine(*root), "missing list 'surnames'");
  }
  for (const YAML::Node& entry : surnames) {
    auto spellings = YamlList(entry, "spellings", "surname", file);
    if (!spellings.ok()) return spellings.error();
    if (spellings->empty()) return YamlError(file, YamlLine(entry), "surname without spellings");
    const std::string key = FoldKoreanRomanisation(NormalisedPhrase((*spellings)[0]));
    for (const std::string& spelling : *spellings) {
      terms->korean_surnames.emplace(NormalisedPhrase(spelling), key);
    }
  }
  return Ok{};
}

struct Registry {
  std::mutex mutex;
  std::shared_ptr<const NameTerms> terms;
  std::string error;
};

Registry& GetRegistry() {
  static Registry registry;
  return registry;
}

std::string DefaultDataDir() {
  if (const char* env = std::getenv("CATCHALL_DATA"); env != nullptr && *env != '\0') return env;
  return CATCHALL_DEFAULT_DATA_DIR;
}

}  // namespace

Result<NameTerms> ReadNameTerms(const std::string& data_dir) {
  NameTerms terms;
  const std::filesystem::path dir(data_dir);
  if (Status s = ReadTermsFile((dir / "name_terms.yaml").string(), &terms); !s.ok()) {
    return s.error();
  }
  if (Status s = ReadKoreanFile((dir / "korean_romanisation.yaml").string(), &terms); !s.ok()) {
    return s.error();
  }
  return terms;
}

Status LoadNameTerms(const std::string& data_dir) {
  auto terms = ReadNameTerms(data_dir);
  if (!terms.ok()) return terms.error();
  Registry& registry = GetRegistry();
  std::lock_guard<std::mutex> lock(registry.mutex);
  registry.terms = std::make_shared<const NameTerms>(std::move(terms).value());
  registry.error.clear();
  return Ok{};
}

std::shared_ptr<const NameTerms> CurrentNameTerms() {
  Registry& registry = GetRegistry();
  std::lock_guard<std::mutex> lock(registry.mutex);
  if (!registry.terms) {
    auto terms = ReadNameTerms(DefaultDataDir());
    if (terms.ok()) {
      registry.terms = std::make_shared<const NameTerms>(std::move(terms).value());
    } else {
      registry.error = terms.error().ToString();
      registry.terms = std::make_shared<const NameTerms>();
    }
  }
  return registry.terms;
}

std::string NameTermsLoadError() {
  Registry& registry = GetRegistry();
  std::lock_guard<std::mutex> lock(registry.mutex);
  return registry.error;
}

}  // namespace catchall
