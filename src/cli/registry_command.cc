#include "cli/registry_command.h"

#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "cli/data_dir.h"
#include "cli/exit_codes.h"
#include "io/atomic_file.h"
#include "lists/entity_json.h"
#include "lists/list_loader.h"
#include "match/name_terms.h"
#include "registry/concern_registry.h"
#include "registry/registry_yaml.h"
#include "resolve/affiliation_resolver.h"
#include "resolve/alias_keys.h"

namespace catchall {
namespace {

using Json = nlohmann::ordered_json;

int ReferenceDataError(const Error& error) {
  std::fprintf(stderr, "catchall: registry: %s\n", error.ToString().c_str());
  return exit_code::kReferenceData;
}

std::vector<std::string> Header(const std::vector<EntityList>& lists, const std::string& base) {
  std::vector<std::string> header = {
      "Institution registry of concern, built by `catchall registry build` (catchall " +
          std::string(CATCHALL_VERSION) + ").",
      "Put it into a data directory's institutions/ folder (docs/lists.md, Registry of concern).",
      "Base registry: " + base};
  for (const EntityList& list : lists) {
    std::string line = "List " + list.source.list + " (" + list.source.format + "), version " +
                       list.source.version + ":";
    for (const std::string& file : list.source.files) line += " " + file;
    header.push_back(line);
  }
  return header;
}

Json SummaryJson(const ConcernRegistry& registry, const std::vector<EntityList>& lists,
                 const std::string& out) {
  const RegistryCounts& counts = registry.counts;
  Json per_list = Json::array();
  for (const EntityList& list : lists) {
    size_t taking_part = 0;
    for (const Entity& entity : list.entities) taking_part += TakesPart(list, entity);
    per_list.push_back({{"list", list.source.list},
                        {"version", list.source.version},
                        {"entities", list.entities.size()},
                        {"taking_part", taking_part}});
  }
  return Json{{"out", out},
              {"entries", counts.entries},
              {"base_entries", counts.base_entries},
              {"list_entries", counts.list_entries},
              {"merged_entries", counts.merged_entries},
              {"merged_away", counts.merged_away},
              {"sub_units", counts.sub_units},
              {"aliases", counts.aliases},
              {"aliases_dropped", counts.aliases_dropped},
              {"lists", per_list}};
}

int RunBuild(const RegistryArguments& arguments) {
  if (std::filesystem::path(arguments.out).extension() != ".yaml") {
    std::fprintf(stderr,
                 "catchall: registry build: --out '%s' must end in .yaml (the registry loader "
                 "reads only institutions/*.yaml)\n",
                 arguments.out.c_str());
    return exit_code::kUsage;
  }
  const std::string data_dir = FindDataDir(arguments.data_dir);
  const std::string base_path =
      arguments.base.empty() ? data_dir + "/institutions.yaml" : arguments.base;
  auto resolver = AffiliationResolver::Load(data_dir);
  if (!resolver.ok()) return ReferenceDataError(resolver.error());
  auto keys = InstitutionAliasKeys::Load(data_dir);
  if (!keys.ok()) return ReferenceDataError(keys.error());
  if (Status terms = LoadNameTerms(data_dir); !terms.ok()) return ReferenceDataError(terms.error());
  auto base = ReadRegistryFile(base_path);
  if (!base.ok()) return ReferenceDataError(base.error());
  LoadReport report;
  auto lists = LoadLists(arguments.lists, &report);
  if (!lists.ok()) {
    std::fprintf(stderr, "catchall: lists: %s\n", lists.error().ToString().c_str());
    return exit_code::kReferenceData;
  }
  for (const std::string& renamed : report.renamed) {
    std::fprintf(stderr, "catchall: lists: list key repeated, renamed: %s\n", renamed.c_str());
  }
  const ConcernRegistry registry = BuildConcernRegistry(*lists, *base, *resolver, *keys);
  if (!arguments.quiet) {
    for (const std::string& note : registry.notes) {
      std::fprintf(stderr, "catchall: registry build: %s\n", note.c_str());
    }
  }
  const std::string yaml = RegistryYaml(registry.entries, Header(*lists, base_path));
  if (Status written = WriteFileAtomically(arguments.out, yaml); !written.ok()) {
    std::fprintf(stderr, "catchall: registry build: %s\n", written.error().ToString().c_str());
    return exit_code::kOutput;
  }
  const std::string line = JsonLine(SummaryJson(registry, *lists, arguments.out));
  std::fwrite(line.data(), 1, line.size(), stdout);
  std::fputc('\n', stdout);
  return exit_code::kOk;
}

}  // namespace

void AddRegistryCommand(CLI::App& app, RegistryArguments& arguments) {
  CLI::App* registry =
      app.add_subcommand("registry", "Build the institution registry of concern from the lists");
  registry->require_subcommand(1);
  RegistryArguments& a = arguments;
  a.build = registry->add_subcommand("build", "Merge the lists' institutions into a registry file");
  a.build->add_option("--lists", a.lists, "List files or directories (formats detected)")
      ->required();
  a.build->add_option("--out", a.out, "The registry file to write (FILE.yaml)")->required();
  a.build->add_option("--base", a.base,
                      "Registry whose ids merged entries keep (default: institutions.yaml of the "
                      "data directory)");
  a.build->add_option("--data-dir", a.data_dir, "Reference data directory");
  a.build->add_flag("-q,--quiet", a.quiet, "No notes on stderr");
}

int RunRegistryCommand(RegistryArguments& arguments) {
  if (arguments.build->parsed()) return RunBuild(arguments);
  return exit_code::kUsage;
}

}  // namespace catchall
