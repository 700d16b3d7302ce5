// Shared helpers for the classify tests: one classifier per test binary (compiling the
// Hyperscan database costs more than the tests themselves).
#pragma once

#include <set>
#include <string>
#include <vector>

#include "classify/classifier.h"

namespace catchall {

const Classifier& ShippedClassifier();

Publication MakePublication(const std::string& title, const std::string& abstract,
                            const std::vector<std::string>& keywords = {});

// The ids of the assigned categories.
std::set<std::string> Assigned(const std::vector<CategoryScore>& scores);

// The category's score, 0 when absent.
double ScoreOf(const std::vector<CategoryScore>& scores, const std::string& id);

}  // namespace catchall
