#include "classify_support.h"

#include <cstdlib>
#include <iostream>

namespace catchall {

const Classifier& ShippedClassifier() {
  static const Classifier* classifier = [] {
    Result<std::unique_ptr<Classifier>> built = Classifier::Load("data/taxonomy.yaml");
    if (!built.ok()) {
      std::cerr << built.error().ToString() << "\n";
      std::abort();
    }
    return std::move(*built).release();
  }();
  return *classifier;
}

Publication MakePublication(const std::string& title, const std::string& abstract,
                            const std::vector<std::string>& keywords) {
  Publication publication;
  publication.title = title;
  publication.abstract = abstract;
  publication.author_keywords = keywords;
  return publication;
}

std::set<std::string> Assigned(const std::vector<CategoryScore>& scores) {
  std::set<std::string> ids;
  for (const auto& score : scores) {
    if (score.assigned) ids.insert(score.id);
  }
  return ids;
}

double ScoreOf(const std::vector<CategoryScore>& scores, const std::string& id) {
  for (const auto& score : scores) {
    if (score.id == id) return score.score;
  }
  return 0;
}

}  // namespace catchall
