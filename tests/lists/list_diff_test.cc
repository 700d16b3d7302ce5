#include "lists/list_diff.h"

#include <gtest/gtest.h>

#include "lists/list_loader.h"

namespace catchall {
namespace {

Entity Make(const std::string& reference, const std::string& name,
            std::vector<std::string> programs = {"DPRK"}) {
  Entity entity;
  entity.list = "un_sc";
  entity.reference = reference;
  entity.id = "un_sc:" + reference;
  entity.schema = EntitySchema::kPerson;
  entity.names.push_back({name, NameKind::kPrimary});
  entity.programs = std::move(programs);
  entity.countries = {"KP"};
  return entity;
}

EntityList ListOf(std::vector<Entity> entities) {
  EntityList list;
  list.source.list = "un_sc";
  list.entities = std::move(entities);
  return list;
}

const FieldChange* FindField(const EntryChange& change, const std::string& field) {
  for (const FieldChange& f : change.fields) {
    if (f.field == field) return &f;
  }
  return nullptr;
}

TEST(ListDiffTest, FindsAddedRemovedAndChanged) {
  EntityList old_list = ListOf({Make("KPi.001", "YUN HO-JIN"), Make("KPi.002", "RI JE-SON"),
                                Make("KPi.003", "HYON KWANG IL")});
  EntityList new_list = ListOf({Make("KPi.003", "HYON KWANG IL"), Make("KPi.001", "YUN HO-JIN"),
                                Make("KPi.004", "KIM SONG CHOL")});
  new_list.entities[1].names.push_back({"Yun Ho-chin", NameKind::kAlias});
  new_list.entities[1].programs = {"DPRK", "1718"};
  new_list.entities[1].source_line = 99;  // moved in the file: no change

  const ListDiff diff = DiffLists(old_list, new_list);
  EXPECT_EQ(diff.list, "un_sc");
  EXPECT_EQ(diff.added, 1u);
  EXPECT_EQ(diff.removed, 1u);
  EXPECT_EQ(diff.changed, 1u);
  EXPECT_EQ(diff.unchanged, 1u);
  ASSERT_EQ(diff.changes.size(), 3u);
  EXPECT_EQ(diff.changes[0].kind, EntryChangeKind::kChanged);
  EXPECT_EQ(diff.changes[0].key, "KPi.001");
  EXPECT_EQ(diff.changes[1].kind, EntryChangeKind::kRemoved);
  EXPECT_EQ(diff.changes[1].key, "KPi.002");
  EXPECT_EQ(diff.changes[2].kind, EntryChangeKind::kAdded);
  EXPECT_EQ(diff.changes[2].new_entity->reference, "KPi.004");

  const EntryChange& changed = diff.changes[0];
  ASSERT_EQ(changed.fields.size(), 2u);
  const FieldChange* names = FindField(changed, "names");
  ASSERT_NE(names, nullptr);
  EXPECT_EQ(names->added, std::vector<std::string>{"alias: Yun Ho-chin"});
  EXPECT_TRUE(names->removed.empty());
  const FieldChange* programs = FindField(changed, "programs");
  ASSERT_NE(programs, nullptr);
  EXPECT_EQ(programs->added, std::vector<std::string>{"1718"});

  const auto json = EntryChangeJson(diff, changed);
  EXPECT_EQ(json["change"], "changed");
  EXPECT_EQ(json["reference"], "KPi.001");
  EXPECT_EQ(json["name"], "YUN HO-JIN");
  EXPECT_EQ(json["fields"]["programs"]["added"][0], "1718");
  EXPECT_EQ(DiffCountsJson(diff)["unchanged"], 1);
}

TEST(ListDiffTest, ReorderedValuesAreNoChange) {
  EntityList old_list = ListOf({Make("KPe.001", "KOMID", {"DPRK", "1718"})});
  EntityList new_list = ListOf({Make("KPe.001", "KOMID", {"1718", "DPRK"})});
  const ListDiff diff = DiffLists(old_list, new_list);
  EXPECT_EQ(diff.unchanged, 1u);
  EXPECT_TRUE(diff.changes.empty());
}

TEST(ListDiffTest, SingleFieldsShowOldAndNew) {
  EntityList old_list = ListOf({Make("KPe.001", "KOMID")});
  EntityList new_list = ListOf({Make("KPe.001", "KOMID")});
  new_list.entities[0].schema = EntitySchema::kOrganization;
  new_list.entities[0].identifiers.push_back({"imo", "9114555", ""});
  const ListDiff diff = DiffLists(old_list, new_list);
  ASSERT_EQ(diff.changes.size(), 1u);
  const FieldChange* schema = FindField(diff.changes[0], "schema");
  ASSERT_NE(schema, nullptr);
  EXPECT_TRUE(schema->single);
  EXPECT_EQ(schema->old_value, "Person");
  EXPECT_EQ(schema->new_value, "Organization");
  const FieldChange* ids = FindField(diff.changes[0], "identifiers");
  ASSERT_NE(ids, nullptr);
  EXPECT_EQ(ids->added, std::vector<std::string>{"imo: 9114555"});
  const auto json = EntryChangeJson(diff, diff.changes[0]);
  EXPECT_EQ(json["fields"]["schema"]["old"], "Person");
}

// Without references the id (less its list prefix) is the key, so a user list saved under
// another name (another list key) still pairs its entries.
TEST(ListDiffTest, KeysOnIdWithoutListPrefix) {
  Entity a = Make("", "Kim Chaek University of Technology");
  a.list = "user:v1";
  a.id = "user:v1:w1";
  Entity b = a;
  b.list = "user:v2";
  b.id = "user:v2:w1";
  EntityList old_list = ListOf({a});
  EntityList new_list = ListOf({b});
  const ListDiff diff = DiffLists(old_list, new_list);
  EXPECT_EQ(diff.unchanged, 1u);
  EXPECT_EQ(diff.added + diff.removed + diff.changed, 0u);
}

// A reference printed twice is paired by rank, not collapsed.
TEST(ListDiffTest, RepeatedReferencesPairByRank) {
  EntityList old_list = ListOf({Make("R1", "A"), Make("R1", "B")});
  EntityList new_list = ListOf({Make("R1", "A")});
  const ListDiff diff = DiffLists(old_list, new_list);
  EXPECT_EQ(diff.unchanged, 1u);
  EXPECT_EQ(diff.removed, 1u);
}

TEST(ListDiffTest, EmptySidesGiveAllAddedOrRemoved) {
  const EntityList empty;
  EntityList list = ListOf({Make("KPi.001", "YUN HO-JIN"), Make("KPi.002", "RI JE-SON")});
  EXPECT_EQ(DiffLists(empty, list).added, 2u);
  EXPECT_EQ(DiffLists(list, empty).removed, 2u);
  EXPECT_EQ(DiffLists(list, empty).list, "un_sc");
}

std::string Fixture(const std::string& name) {
  return std::string(CATCHALL_SOURCE_DIR) + "/tests/lists/data/" + name;
}

// Two versions of a UN XML file: KPi.002 removed, KPe.002 added, KPi.001's alias changed.
TEST(ListDiffTest, DiffsTwoVersionsOfTheUnFixture) {
  auto old_lists = LoadLists({Fixture("un_dprk_v1.xml")}, nullptr);
  auto new_lists = LoadLists({Fixture("un_dprk_v2.xml")}, nullptr);
  ASSERT_TRUE(old_lists.ok()) << old_lists.error().ToString();
  ASSERT_TRUE(new_lists.ok()) << new_lists.error().ToString();
  const ListDiff diff = DiffLists(old_lists->front(), new_lists->front());
  EXPECT_EQ(diff.added, 1u);
  EXPECT_EQ(diff.removed, 1u);
  EXPECT_EQ(diff.changed, 1u);
  EXPECT_EQ(diff.unchanged, 1u);
  for (const EntryChange& change : diff.changes) {
    const std::string reference =
        (change.new_entity ? change.new_entity : change.old_entity)->reference;
    switch (change.kind) {
      case EntryChangeKind::kAdded:
        EXPECT_EQ(reference, "KPe.002");
        break;
      case EntryChangeKind::kRemoved:
        EXPECT_EQ(reference, "KPi.002");
        break;
      case EntryChangeKind::kChanged: {
        EXPECT_EQ(reference, "KPi.001");
        const FieldChange* names = FindField(change, "names");
        ASSERT_NE(names, nullptr);
        ASSERT_EQ(names->added.size(), 1u);
        EXPECT_NE(names->added[0].find("Yun Ho-jin"), std::string::npos);
        ASSERT_EQ(names->removed.size(), 1u);
        EXPECT_NE(names->removed[0].find("Yun Ho-chin"), std::string::npos);
        break;
      }
    }
  }
}

TEST(ListDiffTest, DiffsTwoVersionsOfTheUserCsvFixture) {
  auto old_lists = LoadLists({Fixture("user_watch_v1.csv")}, nullptr);
  auto new_lists = LoadLists({Fixture("user_watch_v2.csv")}, nullptr);
  ASSERT_TRUE(old_lists.ok()) << old_lists.error().ToString();
  ASSERT_TRUE(new_lists.ok()) << new_lists.error().ToString();
  const ListDiff diff = DiffLists(old_lists->front(), new_lists->front());
  EXPECT_EQ(diff.added, 1u);
  EXPECT_EQ(diff.removed, 1u);
  EXPECT_EQ(diff.changed, 1u);
  EXPECT_EQ(diff.unchanged, 1u);
}

}  // namespace
}  // namespace catchall
