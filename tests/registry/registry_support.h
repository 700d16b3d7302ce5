// Helpers for the registry tests: the project's reference data loaded once, building a registry
// from list files, and a temporary data directory holding a built registry file.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "common/command_support.h"
#include "lists/list_loader.h"
#include "registry/concern_registry.h"
#include "registry/registry_yaml.h"
#include "resolve/affiliation_resolver.h"
#include "resolve/alias_keys.h"

namespace catchall::testing {

inline std::string ProjectData() { return std::string(CATCHALL_SOURCE_DIR) + "/data"; }

inline std::string RegistryFixture(const std::string& name) {
  return std::string(CATCHALL_SOURCE_DIR) + "/tests/registry/data/" + name;
}

// The resolver, alias keys and base registry of the project's data/ folder.
struct ProjectReference {
  AffiliationResolver resolver;
  InstitutionAliasKeys keys;
  std::vector<RegistryEntry> base;
};

inline const ProjectReference& Reference() {
  static const std::unique_ptr<ProjectReference> reference = [] {
    auto resolver = AffiliationResolver::Load(ProjectData());
    auto keys = InstitutionAliasKeys::Load(ProjectData());
    auto base = ReadRegistryFile(ProjectData() + "/institutions.yaml");
    if (!resolver.ok() || !keys.ok() || !base.ok()) {
      ADD_FAILURE() << "the project's data/ does not load";
      std::abort();
    }
    return std::unique_ptr<ProjectReference>(new ProjectReference{
        std::move(resolver).value(), std::move(keys).value(), std::move(base).value()});
  }();
  return *reference;
}

struct Built {
  std::vector<EntityList> lists;
  ConcernRegistry registry;
};

inline Built BuildFrom(const std::vector<std::string>& paths) {
  Built built;
  auto lists = LoadLists(paths, nullptr);
  EXPECT_TRUE(lists.ok()) << lists.error().ToString();
  if (!lists.ok()) return built;
  built.lists = std::move(lists).value();
  const ProjectReference& reference = Reference();
  built.registry =
      BuildConcernRegistry(built.lists, reference.base, reference.resolver, reference.keys);
  return built;
}

inline const RegistryEntry* FindEntry(const ConcernRegistry& registry, const std::string& id) {
  for (const RegistryEntry& entry : registry.entries) {
    if (entry.id == id) return &entry;
  }
  return nullptr;
}

inline bool Has(const std::vector<std::string>& values, const std::string& value) {
  return std::find(values.begin(), values.end(), value) != values.end();
}

// "list reference" of every listing, in order.
inline std::vector<std::string> Listings(const RegistryEntry& entry) {
  std::vector<std::string> out;
  for (const InstitutionListing& listing : entry.lists) {
    out.push_back(listing.list + " " + listing.reference);
  }
  return out;
}

// A copy of the project's data/ folder with `registry_yaml` as institutions/<file_name>.
class DataDirWithRegistry {
 public:
  DataDirWithRegistry(const std::string& registry_yaml, const std::string& file_name)
      : dir_("registry_data") {
    for (const auto& entry : std::filesystem::directory_iterator(ProjectData())) {
      if (entry.is_regular_file()) {
        std::filesystem::copy_file(entry.path(), dir_.path() / entry.path().filename());
      }
    }
    dir_.Write("institutions/" + file_name, registry_yaml);
  }
  std::string path() const { return dir_.path().string(); }

 private:
  TempDir dir_;
};

// A resolver of the project's data with `entries` written as institutions/concern.yaml.
inline Result<AffiliationResolver> ResolverWith(const std::vector<RegistryEntry>& entries) {
  const DataDirWithRegistry data(RegistryYaml(entries, {}), "concern.yaml");
  return AffiliationResolver::Load(data.path());
}

// The registry institution an affiliation string resolves to ("" when none).
inline std::string ResolvedId(const AffiliationResolver& resolver, const std::string& raw) {
  const AffiliationResolution resolution = resolver.Resolve(Affiliation{raw, {}});
  return resolution.institution ? resolution.institution->id : std::string();
}

inline std::vector<std::string> ResolvedTags(const AffiliationResolver& resolver,
                                             const std::string& raw) {
  const AffiliationResolution resolution = resolver.Resolve(Affiliation{raw, {}});
  return resolution.institution ? resolution.institution->tags : std::vector<std::string>();
}

}  // namespace catchall::testing
