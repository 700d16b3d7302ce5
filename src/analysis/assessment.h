// Everything catchall concludes about one record: its DPRK co-authorship (screening.h), its
// technology categories, its normalised funders, and the rules that fired with the tier they
// give. `Assessor` holds the loaded reference data (all read-only, so one Assessor serves every
// worker thread).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "analysis/list_screening.h"
#include "analysis/screening.h"
#include "base/result.h"
#include "classify/classifier.h"
#include "funding/funder_matcher.h"
#include "model/publication.h"
#include "resolve/affiliation_resolver.h"
#include "rules/assess.h"
#include "rules/rule_set.h"

namespace catchall {

struct RecordAssessment {
  RecordScreening screening;
  std::vector<CategoryScore> categories;  // every category with evidence, highest score first
  std::vector<NormalizedFunder> funders;
  RuleOutcome rules;
  std::vector<ListHit> list_hits;  // only when lists were loaded (ListScreener)

  // Written to findings.jsonl without --all: a DPRK tie, a KP conflict or a list hit.
  bool reportable() const { return screening.reportable() || HasOpenListHit(); }
  // A list hit not cleared by a user's cleared-parties list.
  bool HasOpenListHit() const {
    for (const auto& hit : list_hits) {
      if (hit.cleared_by.empty()) return true;
    }
    return false;
  }
};

// The reference data files an Assessor loads: `<data_dir>/taxonomy.yaml` (or `taxonomy` when
// given), `funders.yaml`, `rules.yaml`, then each of `extra_rules` in order (adding or
// replacing rules by id).
struct AssessorFiles {
  std::string data_dir;
  std::vector<std::string> extra_rules;
  std::string taxonomy;  // a user's taxonomy file instead of the shipped one
};

// The parts of an Assessor that do not need the resolver: loading them (taxonomy YAML, the
// compiled classifier, the funder registry; about 18 ms) can overlap the resolver's own load.
struct AssessorParts {
  std::unique_ptr<Classifier> classifier;
  std::unique_ptr<FunderRegistry> funders;
};
Result<AssessorParts> LoadAssessorParts(const AssessorFiles& files);

class Assessor {
 public:
  // The resolver is loaded by the caller (the prefilter needs it first) and must outlive this.
  static Result<std::unique_ptr<Assessor>> Load(const AssessorFiles& files,
                                                const AffiliationResolver& resolver);
  // The same from parts loaded beforehand; the rule files are read here (they name registry
  // institutions, so they need the resolver).
  static Result<std::unique_ptr<Assessor>> Load(const AssessorFiles& files, AssessorParts parts,
                                                const AffiliationResolver& resolver);

  // Every record is screened and gets its rules and tier. Categories and funders are computed
  // for records with a DPRK tie or conflict, and for every record with `all_records`: the tier
  // of any other record is `clear` whatever its field, and classification is the costly stage.
  RecordAssessment Assess(const Publication& record, bool all_records) const;

  const AffiliationResolver& resolver() const { return resolver_; }
  const Classifier& classifier() const { return *classifier_; }
  const RuleSet& rules() const { return rules_; }
  const FunderMatcher& funders() const { return funders_; }

  // Screens every record's parties against the lists too (must outlive this Assessor).
  void set_list_screener(const ListScreener* lists) { lists_ = lists; }
  const ListScreener* list_screener() const { return lists_; }

 private:
  Assessor(const AffiliationResolver& resolver, std::unique_ptr<Classifier> classifier,
           FunderMatcher funders, RuleSet rules);

  const AffiliationResolver& resolver_;
  std::unique_ptr<Classifier> classifier_;
  FunderMatcher funders_;
  RuleSet rules_;
  const ListScreener* lists_ = nullptr;
};

// The facts rules test, from what the stages found (public for tests).
RecordFacts FactsOf(const Publication& record, const RecordScreening& screening,
                    const std::vector<CategoryScore>& categories,
                    const std::vector<NormalizedFunder>& funders, const Taxonomy& taxonomy,
                    const std::vector<ListHit>& list_hits = {});

}  // namespace catchall
