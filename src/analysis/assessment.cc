#include "analysis/assessment.h"

#include <algorithm>

namespace catchall {
namespace {

void AddInstitutions(const std::vector<ScreenedAffiliation>& items, bool dprk,
                     std::vector<InstitutionFact>& out) {
  for (const auto& item : items) {
    const auto& institution = item.resolution.institution;
    if (!institution) continue;
    const bool seen = std::any_of(
        out.begin(), out.end(), [&](const InstitutionFact& f) { return f.id == institution->id; });
    if (seen) continue;
    out.push_back(
        {institution->id, institution->name, institution->country, institution->tags, dprk});
  }
}

RuleVocabulary VocabularyOf(const Taxonomy& taxonomy, const AffiliationResolver& resolver,
                            const FunderRegistry& funders) {
  RuleVocabulary vocabulary;
  for (const auto& category : taxonomy.categories) vocabulary.categories.insert(category.id);
  for (const auto& institution : resolver.Institutions()) {
    vocabulary.institutions.insert(institution.id);
    vocabulary.institution_tags.insert(institution.tags.begin(), institution.tags.end());
  }
  for (const auto& funder : funders.funders()) vocabulary.funders.insert(funder.id);
  return vocabulary;
}

Result<RuleSet> LoadRules(const AssessorFiles& files, const RuleVocabulary& vocabulary) {
  Result<RuleSet> rules = RuleSet::Load(RulesFile(files.data_dir), vocabulary);
  if (!rules.ok()) return rules.error();
  for (const auto& extra : files.extra_rules) {
    Result<RuleSet> more = RuleSet::Load(extra, vocabulary);
    if (!more.ok()) return more.error();
    rules->Merge(std::move(more).value());
  }
  return rules;
}

}  // namespace

RecordFacts FactsOf(const Publication& record, const RecordScreening& screening,
                    const std::vector<CategoryScore>& categories,
                    const std::vector<NormalizedFunder>& funders, const Taxonomy& taxonomy,
                    const std::vector<ListHit>& list_hits) {
  RecordFacts facts;
  facts.dprk_tie = screening.dprk_tie();
  facts.dprk_coauthored = screening.dprk_coauthored();
  facts.dprk_conflict = screening.dprk_conflict;
  facts.date = record.date;
  for (const auto& score : categories) {
    std::string label = score.id;
    for (const auto& category : taxonomy.categories) {
      if (category.id == score.id) label = category.label;
    }
    facts.categories.push_back({score.id, label, score.score, score.assigned});
  }
  for (const auto& country : screening.countries) {
    if (country != kDprkCountryCode) facts.coauthor_countries.push_back(country);
  }
  AddInstitutions(screening.dprk, true, facts.institutions);
  AddInstitutions(screening.foreign, false, facts.institutions);
  for (const auto& funder : funders) {
    facts.funders.push_back({funder.registry_id, funder.name, funder.country, funder.government});
  }
  for (const auto& hit : list_hits) {
    if (!hit.cleared_by.empty()) continue;  // a reviewer cleared this party already
    facts.list_hits.push_back({hit.list, ListSubjectName(hit.subject), hit.reference,
                               hit.matched_name, hit.text, hit.tags});
  }
  return facts;
}

Assessor::Assessor(const AffiliationResolver& resolver, std::unique_ptr<Classifier> classifier,
                   FunderMatcher funders, RuleSet rules)
    : resolver_(resolver),
      classifier_(std::move(classifier)),
      funders_(std::move(funders)),
      rules_(std::move(rules)) {}

Result<AssessorParts> LoadAssessorParts(const AssessorFiles& files) {
  const std::string taxonomy =
      files.taxonomy.empty() ? TaxonomyFile(files.data_dir) : files.taxonomy;
  Result<std::unique_ptr<Classifier>> classifier = Classifier::Load(taxonomy);
  if (!classifier.ok()) return classifier.error();
  Result<FunderRegistry> registry = FunderRegistry::Load(FundersFile(files.data_dir));
  if (!registry.ok()) return registry.error();
  return AssessorParts{std::move(classifier).value(),
                       std::make_unique<FunderRegistry>(std::move(registry).value())};
}

Result<std::unique_ptr<Assessor>> Assessor::Load(const AssessorFiles& files,
                                                 const AffiliationResolver& resolver) {
  Result<AssessorParts> parts = LoadAssessorParts(files);
  if (!parts.ok()) return parts.error();
  return Load(files, std::move(parts).value(), resolver);
}

Result<std::unique_ptr<Assessor>> Assessor::Load(const AssessorFiles& files, AssessorParts parts,
                                                 const AffiliationResolver& resolver) {
  const RuleVocabulary vocabulary =
      VocabularyOf(parts.classifier->taxonomy(), resolver, *parts.funders);
  Result<RuleSet> rules = LoadRules(files, vocabulary);
  if (!rules.ok()) return rules.error();
  return std::unique_ptr<Assessor>(new Assessor(resolver, std::move(parts.classifier),
                                                FunderMatcher(std::move(*parts.funders)),
                                                std::move(rules).value()));
}

RecordAssessment Assessor::Assess(const Publication& record, bool all_records) const {
  RecordAssessment out;
  out.screening = ScreenRecord(record, resolver_);
  if (all_records || out.screening.reportable()) {
    out.categories = classifier_->Classify(record);
    out.funders = funders_.Match(record);
  }
  if (lists_ != nullptr) {
    out.list_hits = lists_->Screen(record, out.screening, out.funders);
    // A party on a list makes the record worth classifying even without a DPRK tie.
    if (!all_records && !out.screening.reportable() && out.HasOpenListHit()) {
      out.categories = classifier_->Classify(record);
      out.funders = funders_.Match(record);
    }
  }
  const RecordFacts facts = FactsOf(record, out.screening, out.categories, out.funders,
                                    classifier_->taxonomy(), out.list_hits);
  out.rules = ApplyRules(rules_, facts);
  return out;
}

}  // namespace catchall
