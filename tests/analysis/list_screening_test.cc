// ListScreener: which parts of a record are matched against the lists, one hit per (subject,
// entry), the schema split between authors and bodies, and the cache. The name index here is a
// test double that matches normalised equality, so these tests do not depend on the scorer.
#include "analysis/list_screening.h"

#include <gtest/gtest.h>

#include <atomic>

#include "text/normalize.h"

namespace catchall {
namespace {

class EqualityIndex : public NameIndex {
 public:
  explicit EqualityIndex(std::vector<EntityList> lists) : lists_(std::move(lists)) {}

  std::vector<MatchHit> Match(std::string_view name, const MatchOptions& options) const override {
    ++calls;
    std::vector<MatchHit> hits;
    for (const auto& list : lists_) {
      for (const auto& entity : list.entities) {
        if (options.schema && entity.schema != *options.schema) continue;
        for (size_t i = 0; i < entity.names.size(); ++i) {
          if (NormalizeText(entity.names[i].text) == NormalizeText(name)) {
            hits.push_back({&entity, i, 1.0, {}});
            break;
          }
        }
      }
    }
    return hits;
  }
  const std::vector<EntityList>& lists() const override { return lists_; }
  size_t name_count() const override { return 0; }

  mutable std::atomic<int> calls{0};

 private:
  std::vector<EntityList> lists_;
};

Entity Body(const std::string& list, const std::string& reference, const std::string& name,
            std::vector<std::string> tags) {
  Entity e;
  e.id = list + ":" + reference;
  e.list = list;
  e.reference = reference;
  e.schema = EntitySchema::kInstitution;
  e.names = {{name, NameKind::kPrimary}};
  e.tags = std::move(tags);
  return e;
}

Entity Person(const std::string& reference, const std::string& name) {
  Entity e = Body("un_sc", reference, name, {});
  e.schema = EntitySchema::kPerson;
  e.programs = {"DPRK"};
  return e;
}

struct Fixture {
  EqualityIndex* index = nullptr;
  std::unique_ptr<ListScreener> screener;
};

Fixture Make(bool all_authors = false) {
  EntityList military;
  military.source.list = "dod_1286";
  military.source.version = "2025-01-07";
  military.entities.push_back(
      Body("dod_1286", "harbin-institute-of-technology", "Harbin Institute of Technology",
           {"dod_1286", "seven_sons"}));
  EntityList un;
  un.source.list = "un_sc";
  un.source.version = "2026-02-27";
  un.entities.push_back(Person("KPi.066", "Ri Pyong Chol"));
  // A body with a person's name must not be hit by an author, nor a person by an affiliation.
  un.entities.push_back(Body("un_sc", "KPe.999", "Kim Chol", {}));
  std::vector<EntityList> lists;
  lists.push_back(std::move(military));
  lists.push_back(std::move(un));
  auto index = std::make_unique<EqualityIndex>(std::move(lists));
  Fixture f;
  f.index = index.get();
  ListScreenOptions options;
  options.all_authors = all_authors;
  f.screener = std::make_unique<ListScreener>(std::move(index), options);
  return f;
}

Publication Paper() {
  Publication p;
  p.affiliations.push_back({"Harbin Institute of Technology, Harbin 150001, Peoples R China", {}});
  p.affiliations.push_back({"School of Astronautics, Harbin Institute of Technology, Harbin", {}});
  p.authors.push_back({"Ri P.C.", "Ri Pyong Chol", "", "", {0}});
  p.authors.push_back({"Kim C.", "Kim Chol", "", "", {0}});
  return p;
}

RecordScreening WithDprkTie() {
  RecordScreening s;
  s.dprk.push_back({});
  return s;
}

TEST(ListScreener, AffiliationPartsHitOncePerEntryWithListVersion) {
  Fixture f = Make();
  const auto hits = f.screener->Screen(Paper(), RecordScreening{}, {});
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].subject, ListSubject::kInstitution);
  EXPECT_EQ(hits[0].text, "Harbin Institute of Technology");
  EXPECT_EQ(hits[0].list, "dod_1286");
  EXPECT_EQ(hits[0].list_version, "2025-01-07");
  EXPECT_EQ(hits[0].reference, "harbin-institute-of-technology");
  EXPECT_EQ(hits[0].matched_name, "Harbin Institute of Technology");
  EXPECT_EQ(hits[0].name_kind, "primary");
  EXPECT_EQ(hits[0].tags, (std::vector<std::string>{"dod_1286", "seven_sons"}));
}

TEST(ListScreener, AuthorsOnlyForDprkTiesUnlessAskedAndOnlyAgainstPersons) {
  Fixture f = Make();
  for (const auto& hit : f.screener->Screen(Paper(), RecordScreening{}, {})) {
    EXPECT_NE(hit.subject, ListSubject::kAuthor);
  }
  const auto tied = f.screener->Screen(Paper(), WithDprkTie(), {});
  int authors = 0;
  for (const auto& hit : tied) {
    if (hit.subject != ListSubject::kAuthor) continue;
    ++authors;
    EXPECT_EQ(hit.reference, "KPi.066");  // "Kim Chol" names a body, not a person
    EXPECT_EQ(hit.schema, "Person");
  }
  EXPECT_EQ(authors, 1);
  Fixture all = Make(true);
  bool found = false;
  for (const auto& hit : all.screener->Screen(Paper(), RecordScreening{}, {})) {
    found = found || hit.subject == ListSubject::kAuthor;
  }
  EXPECT_TRUE(found);
}

TEST(ListScreener, FundersAreMatchedAsBodies) {
  Fixture f = Make();
  Publication p;
  p.funders.push_back({"Harbin Institute of Technology", "HIT.NSRIF.2019", ""});
  const auto hits = f.screener->Screen(p, RecordScreening{}, {});
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].subject, ListSubject::kFunder);
}

TEST(ListScreener, RepeatedQueriesAreServedFromTheCache) {
  Fixture f = Make();
  const auto first = f.screener->Screen(Paper(), RecordScreening{}, {});
  const int calls = f.index->calls.load();
  EXPECT_GT(calls, 0);
  const auto second = f.screener->Screen(Paper(), RecordScreening{}, {});
  EXPECT_EQ(f.index->calls.load(), calls);
  ASSERT_EQ(first.size(), second.size());
  EXPECT_EQ(first[0].entity_id, second[0].entity_id);
}

TEST(ListScreener, ShortPartsAreNotLookedUp) {
  Fixture f = Make();
  Publication p;
  p.affiliations.push_back({"MIT, USA, 02139", {}});
  f.screener->Screen(p, RecordScreening{}, {});
  // "MIT" and "USA" are too short to name an institution worth a list look-up, and a postcode
  // names nothing.
  EXPECT_EQ(f.index->calls.load(), 0);
}

}  // namespace
}  // namespace catchall
