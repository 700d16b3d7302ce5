// Registry files in the layout of data/institutions.yaml (plus risk_level, lists, sub_units):
// reading the base registry a build keeps the ids of, and writing the built registry.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "registry/concern_registry.h"

namespace catchall {

// The entries of a registry file; an Error names the file and line of a malformed entry (the
// finer checks, country codes and alias clashes, are AffiliationResolver::Load's).
Result<std::vector<RegistryEntry>> ReadRegistryFile(const std::string& path);

// The entries as YAML, after `header` (each line written as a `#` comment).
std::string RegistryYaml(const std::vector<RegistryEntry>& entries,
                         const std::vector<std::string>& header);

}  // namespace catchall
