#include "registry/concern_registry.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "registry/registry_names.h"
#include "resolve/affiliation_resolver.h"
#include "resolve/alias_keys.h"
#include "text/normalize.h"

namespace catchall {
namespace {

// The lists taking part, in the order their names are preferred for an entry's name.
enum class ListKind { kDod1286, kRiskTable, kDod1260h, kMieu, kCsl, kUn, kOfac, kOther };

ListKind KindOf(const ListSource& source) {
  if (source.format == "dod_1286_csv") return ListKind::kDod1286;
  if (source.format == "risk_table_csv") return ListKind::kRiskTable;
  if (source.format == "dod_1260h_csv") return ListKind::kDod1260h;
  if (source.format == "bis_mieu_csv") return ListKind::kMieu;
  if (source.format == "csl_csv") return ListKind::kCsl;
  if (source.format == "un_xml") return ListKind::kUn;
  if (source.format == "ofac_legacy_csv") return ListKind::kOfac;
  return ListKind::kOther;
}

bool HasTag(const std::vector<std::string>& tags, std::string_view tag) {
  return std::find(tags.begin(), tags.end(), tag) != tags.end();
}

void AddUniqueText(std::vector<std::string>& values, const std::string& value) {
  if (!value.empty() && !HasTag(values, value)) values.push_back(value);
}

// The registry tag of a list entry (data/README.md, tag vocabulary).
std::string ListTag(ListKind kind, const EntityList& list, const Entity& entity) {
  switch (kind) {
    case ListKind::kDod1286:
      return "dod_1286";
    case ListKind::kRiskTable:
      return "risk_table";
    case ListKind::kDod1260h:
      return "dod_1260h";
    case ListKind::kMieu:
      return "mieu";
    case ListKind::kCsl:
      return HasTag(entity.tags, "csl_el") ? "entity_list" : "meu";
    case ListKind::kUn:
      return "un_1718";
    case ListKind::kOfac:
      return list.source.list.starts_with("ofac_cons") ? "ofac_cons" : "ofac_sdn";
    case ListKind::kOther:
      break;
  }
  return {};
}

// Tags of the lists' own entries that the registry vocabulary has too.
constexpr std::string_view kCarriedTags[] = {"seven_sons", "pla", "defence_industry"};

bool IsCslInstitutionList(const Entity& entity) {
  return HasTag(entity.tags, "csl_el") || HasTag(entity.tags, "csl_meu");
}

bool IsBody(const Entity& entity) {
  return !IsPersonSchema(entity.schema) && entity.schema != EntitySchema::kVessel &&
         entity.schema != EntitySchema::kAircraft;
}

bool InDprk(const Entity& entity) {
  if (HasTag(entity.countries, "KP")) return true;
  return std::any_of(entity.programs.begin(), entity.programs.end(), [](const std::string& p) {
    std::string head = p.substr(0, 4);
    for (char& c : head) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return head == "DPRK";
  });
}

// ---- Names -------------------------------------------------------------------------------------

struct Name {
  std::string text;   // as printed, cleaned
  std::string key;    // InstitutionAliasKeys::Key
  std::string loose;  // the words without legal forms and stop words; "" when not usable
  bool short_form = false;
  bool generic = false;  // IsGenericName: never a parent to roll sub-units up into
};

class NameMaker {
 public:
  explicit NameMaker(const InstitutionAliasKeys& keys) : keys_(keys) {}

  // Adds the spellings of one printed name, without repeating a key. A curated name (of the
  // base registry) is never generic.
  void Add(std::vector<Name>& names, std::string_view printed, bool acronym,
           bool curated = false) const {
    for (auto& [text, short_form] : Spellings(printed, acronym)) {
      Name name;
      name.key = keys_.Key(text);
      if (name.key.empty()) continue;
      if (std::any_of(names.begin(), names.end(),
                      [&](const Name& other) { return other.key == name.key; })) {
        continue;
      }
      name.short_form = short_form;
      name.generic = !curated && !short_form && IsGenericName(text);
      if (!short_form) name.loose = LooseKey(text);
      name.text = std::move(text);
      names.push_back(std::move(name));
    }
  }

  std::string Key(std::string_view text) const { return keys_.Key(text); }

 private:
  const InstitutionAliasKeys& keys_;
};

// ---- Nodes and groups --------------------------------------------------------------------------

// A base registry entry or one list entry.
struct Node {
  int base = -1;  // index into the base registry, or -1
  const EntityList* list = nullptr;
  const Entity* entity = nullptr;
  ListKind kind = ListKind::kOther;
  bool takes_part = false;  // false: a CSL entry kept only if it is a taking part entry's parent
  std::vector<Name> names;
  std::vector<std::string> countries;  // ISO codes the list gives
};

// Union-find over nodes; a group holds at most one base entry, and the countries of its members
// must agree.
class Groups {
 public:
  explicit Groups(const std::vector<Node>& nodes) : parent_(nodes.size()), data_(nodes.size()) {
    for (size_t i = 0; i < nodes.size(); ++i) {
      parent_[i] = i;
      data_[i].base = nodes[i].base;
      data_[i].countries = nodes[i].countries;
    }
  }

  size_t Find(size_t node) {
    while (parent_[node] != node) {
      parent_[node] = parent_[parent_[node]];
      node = parent_[node];
    }
    return node;
  }

  int Base(size_t node) { return data_[Find(node)].base; }

  // Whether the countries of two groups agree (or one of them has none).
  bool CountriesAgree(size_t a, size_t b) {
    const std::vector<std::string>& ca = data_[Find(a)].countries;
    const std::vector<std::string>& cb = data_[Find(b)].countries;
    if (ca.empty() || cb.empty()) return true;
    return std::any_of(ca.begin(), ca.end(), [&](const std::string& c) { return HasTag(cb, c); });
  }

  // false when the two may not be one institution (two base entries, other countries).
  bool Unite(size_t a, size_t b) {
    a = Find(a);
    b = Find(b);
    if (a == b) return true;
    Data& da = data_[a];
    Data& db = data_[b];
    if (da.base >= 0 && db.base >= 0) return false;
    std::vector<std::string> countries;
    if (da.countries.empty() || db.countries.empty()) {
      countries = da.countries.empty() ? db.countries : da.countries;
    } else {
      for (const auto& country : da.countries) {
        if (HasTag(db.countries, country)) countries.push_back(country);
      }
      if (countries.empty()) return false;
    }
    if (db.base >= 0) std::swap(a, b);  // the base entry's node stays the root
    parent_[b] = a;
    data_[a].base = std::max(da.base, db.base);
    data_[a].countries = std::move(countries);
    return true;
  }

 private:
  struct Data {
    int base = -1;
    std::vector<std::string> countries;
  };
  std::vector<size_t> parent_;
  std::vector<Data> data_;
};

std::string Lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// ---- The builder -------------------------------------------------------------------------------

class Builder {
 public:
  Builder(const std::vector<EntityList>& lists, const std::vector<RegistryEntry>& base,
          const AffiliationResolver& resolver, const InstitutionAliasKeys& keys)
      : lists_(lists), base_(base), resolver_(resolver), keys_(keys), names_(keys) {}

  ConcernRegistry Build() {
    MakeNodes();
    Groups groups(nodes_);
    MergeEqualNames(groups);
    MergeResolvedNames(groups);
    for (size_t i = 0; i < nodes_.size(); ++i) {
      auto& members = members_[groups.Find(i)];
      if (members.empty()) group_order_.push_back(groups.Find(i));
      members.push_back(i);
    }
    FindParents(groups);
    SelectEntries();
    WriteEntries();
    return std::move(out_);
  }

 private:
  // Where an institution the resolver found sits in a name.
  struct ResolverHit {
    int base = -1;
    bool whole = false;   // the name is the institution's
    bool parent = false;  // the name starts with it, or one comma part of the name is it
  };

  void MakeNodes() {
    for (size_t i = 0; i < base_.size(); ++i) {
      const RegistryEntry& entry = base_[i];
      Node node;
      node.base = static_cast<int>(i);
      names_.Add(node.names, entry.name, false, true);
      for (const std::string& alias : entry.aliases) names_.Add(node.names, alias, false, true);
      node.countries.push_back(entry.country);
      base_by_id_[entry.id] = i;
      base_node_.push_back(nodes_.size());
      nodes_.push_back(std::move(node));
    }
    for (const EntityList& list : lists_) {
      const ListKind kind = KindOf(list.source);
      for (const Entity& entity : list.entities) {
        const bool takes_part = TakesPart(list, entity);
        // A CSL Entity List or MEU entry that does not say it is an institution may still be
        // the parent organisation of one: kept aside until the parents are known.
        if (!takes_part &&
            !(kind == ListKind::kCsl && IsBody(entity) && IsCslInstitutionList(entity))) {
          continue;
        }
        Node node;
        node.list = &list;
        node.entity = &entity;
        node.kind = kind;
        node.takes_part = takes_part;
        for (const EntityName& name : entity.names) {
          if (name.kind == NameKind::kWeakAlias) continue;
          names_.Add(node.names, name.text, name.kind == NameKind::kAcronym);
        }
        if (node.names.empty()) continue;
        const bool dprk = kind == ListKind::kUn || kind == ListKind::kOfac;
        if (dprk && HasTag(entity.countries, "KP")) {
          node.countries.push_back("KP");
        } else {
          for (const std::string& country : entity.countries) {
            if (keys_.IsCountryCode(country)) AddUniqueText(node.countries, country);
          }
        }
        out_.counts.list_entries += takes_part;
        nodes_.push_back(std::move(node));
      }
    }
  }

  // Entries whose names are equal (after normalisation; then without legal forms) are one.
  void MergeEqualNames(Groups& groups) {
    for (size_t i = 0; i < nodes_.size(); ++i) {
      for (const Name& name : nodes_[i].names) {
        if (name.short_form) {
          short_[name.key].insert(i);
          continue;
        }
        if (!name.generic) distinctive_.insert(name.key);
        auto [it, fresh] = exact_.emplace(name.key, i);
        if (!fresh) groups.Unite(i, it->second);
      }
    }
    for (size_t i = 0; i < nodes_.size(); ++i) {
      for (const Name& name : nodes_[i].names) {
        if (name.loose.empty()) continue;
        auto [it, fresh] = loose_.emplace(name.loose, i);
        if (!fresh) groups.Unite(i, it->second);
      }
    }
    // A list entry known only by a short form ("CRRC", "DJI") is the one entry whose names
    // include that short form, when there is exactly one.
    for (size_t i = base_.size(); i < nodes_.size(); ++i) {
      const std::vector<Name>& names = nodes_[i].names;
      if (std::any_of(names.begin(), names.end(), [](const Name& n) { return !n.short_form; })) {
        continue;
      }
      for (const Name& name : names) {
        if (!name.short_form) continue;
        std::unordered_set<size_t> others;
        for (const size_t node : short_[name.key]) {
          if (groups.Find(node) != groups.Find(i)) others.insert(groups.Find(node));
        }
        if (others.size() == 1 && groups.Unite(i, *others.begin())) break;
      }
    }
  }

  std::optional<ResolverHit> Resolve(const std::string& text) const {
    const AffiliationResolution resolution = resolver_.Resolve(Affiliation{text, {}});
    if (!resolution.institution) return std::nullopt;
    auto base = base_by_id_.find(resolution.institution->id);
    if (base == base_by_id_.end()) return std::nullopt;
    const CountryEvidence* found = nullptr;
    size_t institutions = 0;
    for (const auto* evidence : {&resolution.decided_by, &resolution.overruled}) {
      for (const CountryEvidence& ev : *evidence) {
        if (ev.kind != "institution") continue;
        ++institutions;
        found = &ev;
      }
    }
    // Several institutions in one name: which words are whose is not known.
    if (institutions != 1) return std::nullopt;
    ResolverHit hit;
    hit.base = static_cast<int>(base->second);
    const std::string words = NormalizeText(found->text);
    if (words == NormalizeText(text)) {
      hit.whole = true;
      return hit;
    }
    const size_t first_comma = text.find(',');
    const size_t last_comma = text.rfind(',');
    if (first_comma != std::string::npos &&
        (words == NormalizeText(std::string_view(text).substr(0, first_comma)) ||
         words == NormalizeText(std::string_view(text).substr(last_comma + 1)))) {
      hit.parent = true;
    } else if (text.rfind(found->text, 0) == 0 &&
               !ContinuesTheName(std::string_view(text).substr(found->text.size()))) {
      hit.parent = true;
    }
    if (!hit.parent) return std::nullopt;
    return hit;
  }

  // An entry whose name the resolver reads, whole, as a base registry institution is that one.
  void MergeResolvedNames(Groups& groups) {
    for (size_t i = base_.size(); i < nodes_.size(); ++i) {
      if (groups.Base(i) >= 0) continue;
      for (const Name& name : nodes_[i].names) {
        if (name.short_form) continue;
        const auto hit = Resolve(name.text);
        if (hit && hit->whole && groups.Unite(i, base_node_[hit->base])) break;
      }
    }
  }

  // The group a name stands for (its full name, then without legal forms, then an unambiguous
  // short form), or -1.
  long Lookup(Groups& groups, std::string_view text, bool short_forms) {
    const std::string key = names_.Key(text);
    if (key.empty()) return -1;
    if (auto it = exact_.find(key); it != exact_.end())
      return static_cast<long>(groups.Find(it->second));
    const std::string loose = LooseKey(text);
    if (!loose.empty()) {
      if (auto it = loose_.find(loose); it != loose_.end()) {
        return static_cast<long>(groups.Find(it->second));
      }
    }
    if (!short_forms) return -1;
    auto it = short_.find(key);
    if (it == short_.end()) return -1;
    std::unordered_set<size_t> owners;
    for (const size_t node : it->second) owners.insert(groups.Find(node));
    return owners.size() == 1 ? static_cast<long>(*owners.begin()) : -1;
  }

  // A sub-unit's parent is another group of the same country.
  static bool Fits(Groups& groups, size_t group, long found) {
    return found >= 0 && static_cast<size_t>(found) != group &&
           groups.CountriesAgree(group, static_cast<size_t>(found));
  }

  // The parent group of `group` by the list's parent field ("Parent Name" of 1260H, the risk
  // table's Kind naming a parent).
  long ParentByField(Groups& groups, size_t group) {
    for (const size_t node : members_[group]) {
      const Entity* entity = nodes_[node].entity;
      if (entity == nullptr || entity->parent.empty()) continue;
      for (const auto& [text, short_form] : Spellings(entity->parent, false)) {
        const long found = Lookup(groups, text, true);
        if (Fits(groups, group, found)) return found;
      }
    }
    return -1;
  }

  // "Parent, Sub-unit" and "Sub-unit, Parent": a comma part that is another entry's full name.
  long ParentByCommaPart(Groups& groups, size_t group) {
    for (const size_t node : members_[group]) {
      for (const Name& name : nodes_[node].names) {
        const size_t first = name.text.find(',');
        if (name.short_form || first == std::string::npos) continue;
        const size_t last = name.text.rfind(',');
        for (const std::string& part : {Trim(std::string_view(name.text).substr(0, first)),
                                        Trim(std::string_view(name.text).substr(last + 1))}) {
          if (Words(part).size() < 2) continue;
          for (const auto& [text, short_form] : Spellings(part, false)) {
            if (short_form || IsGenericName(text)) continue;
            const long found = Lookup(groups, text, false);
            if (Fits(groups, group, found)) return found;
          }
        }
      }
    }
    return -1;
  }

  // A name that starts with another entry's full name (two words or more) and goes on: the
  // longest such entry.
  long ParentByPrefix(Groups& groups, size_t group) {
    for (const size_t node : members_[group]) {
      for (const Name& name : nodes_[node].names) {
        if (name.short_form) continue;
        size_t end = name.key.rfind(' ');
        while (end != std::string::npos && end > 0) {
          const std::string prefix = name.key.substr(0, end);
          if (prefix.find(' ') == std::string::npos) break;  // one word is not a name
          if (!distinctive_.count(prefix) ||
              ContinuesTheName(std::string_view(name.key).substr(end + 1))) {
            end = name.key.rfind(' ', end - 1);
            continue;
          }
          if (auto it = exact_.find(prefix); it != exact_.end()) {
            const auto found = static_cast<long>(groups.Find(it->second));
            if (Fits(groups, group, found)) return found;
          }
          end = name.key.rfind(' ', end - 1);
        }
      }
    }
    return -1;
  }

  // The resolver reads a base institution at the start of the name or as one comma part.
  long ParentByResolver(Groups& groups, size_t group) {
    for (const size_t node : members_[group]) {
      if (nodes_[node].base >= 0) continue;
      for (const Name& name : nodes_[node].names) {
        if (name.short_form) continue;
        const auto hit = Resolve(name.text);
        if (!hit || !hit->parent) continue;
        const auto found = static_cast<long>(groups.Find(base_node_[hit->base]));
        if (Fits(groups, group, found)) return found;
      }
    }
    return -1;
  }

  void FindParents(Groups& groups) {
    for (const size_t group : group_order_) {
      // A base registry entry stays an entry of its own.
      if (groups.Base(group) >= 0) continue;
      long parent = ParentByField(groups, group);
      if (parent < 0) parent = ParentByCommaPart(groups, group);
      if (parent < 0) parent = ParentByPrefix(groups, group);
      if (parent < 0) parent = ParentByResolver(groups, group);
      if (parent >= 0) parent_[group] = static_cast<size_t>(parent);
    }
    // Cycles (two entries naming each other as parent) are cut where they close.
    for (const size_t group : group_order_) {
      std::vector<size_t> path = {group};
      auto next = parent_.find(group);
      while (next != parent_.end()) {
        if (std::find(path.begin(), path.end(), next->second) != path.end()) {
          parent_.erase(path.back());
          break;
        }
        path.push_back(next->second);
        next = parent_.find(next->second);
      }
    }
  }

  size_t Top(size_t group) const {
    for (auto it = parent_.find(group); it != parent_.end(); it = parent_.find(group)) {
      group = it->second;
    }
    return group;
  }

  bool HasTakingPart(size_t group) const {
    for (const size_t node : members_.at(group)) {
      if (nodes_[node].takes_part) return true;
    }
    return false;
  }

  // Groups with an entry taking part are kept, and so are the groups above them; each kept
  // group goes into the entry of its top group. In node order, so the output follows the base
  // registry, then the lists.
  void SelectEntries() {
    std::unordered_set<size_t> kept;
    for (const size_t group : group_order_) {
      if (!HasTakingPart(group)) continue;
      for (size_t g = group;;) {
        kept.insert(g);
        auto it = parent_.find(g);
        if (it == parent_.end()) break;
        g = it->second;
      }
    }
    std::unordered_map<size_t, size_t> plan_of_top;
    for (const size_t top : group_order_) {
      if (!kept.count(top) || parent_.count(top)) continue;
      plan_of_top.emplace(top, plans_.size());
      plans_.push_back({top, {}});
    }
    for (const size_t group : group_order_) {
      if (!kept.count(group) || !parent_.count(group)) continue;
      plans_[plan_of_top.at(Top(group))].sub_groups.push_back(group);
    }
  }

  // The base entry, else the node whose name the entry takes.
  size_t Leader(size_t group) const {
    const std::vector<size_t>& members = members_.at(group);
    size_t best = members.front();
    for (const size_t node : members) {
      const Node& n = nodes_[node];
      const Node& b = nodes_[best];
      if (n.base >= 0 && b.base < 0) best = node;
      if (b.base < 0 && n.base < 0 && n.takes_part && (!b.takes_part || n.kind < b.kind)) {
        best = node;
      }
    }
    return best;
  }

  std::string CountryOf(size_t group) const {
    for (const size_t node : members_.at(group)) {
      if (nodes_[node].base >= 0) return base_[static_cast<size_t>(nodes_[node].base)].country;
    }
    std::vector<size_t> order = members_.at(group);
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return nodes_[a].kind < nodes_[b].kind; });
    for (const size_t node : order) {
      if (!nodes_[node].countries.empty()) return nodes_[node].countries.front();
    }
    for (const size_t node : order) {
      switch (nodes_[node].kind) {
        case ListKind::kDod1286:
        case ListKind::kDod1260h:
        case ListKind::kRiskTable:
          return "CN";
        case ListKind::kUn:
        case ListKind::kOfac:
          return "KP";
        default:
          break;
      }
    }
    return {};
  }

  struct Plan {
    size_t top = 0;
    std::vector<size_t> sub_groups;
  };

  struct Candidate {
    std::string text;
    std::string key;
    bool own = false;   // a name of the entry itself, not of a sub-unit
    bool base = false;  // an alias of the base entry
    bool short_form = false;
  };

  void AddListing(RegistryEntry& entry, const Node& node) {
    if (node.entity == nullptr) return;
    InstitutionListing listing{node.list->source.list, node.list->source.version,
                               node.entity->reference,
                               node.entity->names.empty() ? "" : node.entity->names[0].text};
    const bool known =
        std::any_of(entry.lists.begin(), entry.lists.end(), [&](const InstitutionListing& other) {
          return other.list == listing.list && other.reference == listing.reference;
        });
    if (!known) entry.lists.push_back(std::move(listing));
    AddUniqueText(entry.tags, ListTag(node.kind, *node.list, *node.entity));
    for (const std::string_view tag : kCarriedTags) {
      if (HasTag(node.entity->tags, tag)) AddUniqueText(entry.tags, std::string(tag));
    }
    const std::string risk = node.entity->risk_level.empty() ? "high" : node.entity->risk_level;
    if (RiskLevelRank(risk) > RiskLevelRank(entry.risk_level)) entry.risk_level = risk;
  }

  std::string UniqueId(const std::string& country, const std::string& name,
                       const std::string& reference) {
    std::string slug = IdSlug(name);
    if (slug.empty()) slug = IdSlug(reference);
    if (slug.empty()) slug = "entry";
    const std::string stem = Lower(country) + "-" + slug;
    std::string id = stem;
    for (int n = 2; base_by_id_.count(id) || used_ids_.count(id); ++n) {
      id = stem + "-" + std::to_string(n);
    }
    used_ids_.insert(id);
    return id;
  }

  // A name that is only a place or a country ("Pyongyang", "DPRK") is not an institution's.
  bool IsPlace(const std::string& text) const {
    const AffiliationResolution resolution = resolver_.Resolve(Affiliation{text, {}});
    const std::string words = NormalizeText(text);
    for (const auto* evidence : {&resolution.decided_by, &resolution.overruled}) {
      for (const CountryEvidence& ev : *evidence) {
        if (ev.kind != "institution" && NormalizeText(ev.text) == words) return true;
      }
    }
    return false;
  }

  RegistryEntry StartEntry(const Plan& plan, std::vector<Candidate>& candidates) {
    RegistryEntry entry;
    const size_t leader = Leader(plan.top);
    const Node& lead = nodes_[leader];
    if (lead.base >= 0) {
      const RegistryEntry& base = base_[static_cast<size_t>(lead.base)];
      entry = base;
      entry.aliases.clear();
      candidates.push_back({base.name, names_.Key(base.name), true, true});
      for (const std::string& alias : base.aliases) {
        candidates.push_back({alias, names_.Key(alias), true, true});
      }
      ++out_.counts.base_entries;
    } else {
      entry.name = lead.names.front().text;
      entry.country = CountryOf(plan.top);
      entry.type = TypeOfName(entry.name);
      entry.source = lead.list->source.title + " (" + lead.list->source.list + ", version " +
                     lead.list->source.version + "), entry " + lead.entity->reference;
    }
    return entry;
  }

  // The members of a group, its leader first.
  std::vector<size_t> LeaderFirst(size_t group) const {
    std::vector<size_t> members = members_.at(group);
    const size_t leader = Leader(group);
    std::stable_partition(members.begin(), members.end(), [&](size_t n) { return n == leader; });
    return members;
  }

  void WriteEntries() {
    std::vector<RegistryEntry> entries;
    std::vector<std::vector<Candidate>> candidates(plans_.size());
    std::vector<size_t> own_listings(plans_.size(), 0);
    for (size_t p = 0; p < plans_.size(); ++p) {
      const Plan& plan = plans_[p];
      RegistryEntry entry = StartEntry(plan, candidates[p]);
      if (entry.country.empty()) {
        out_.notes.push_back("left out (no country): " + nodes_[Leader(plan.top)].names[0].text);
        entries.emplace_back();
        continue;
      }
      for (const size_t node : LeaderFirst(plan.top)) {
        for (const Name& name : nodes_[node].names) {
          candidates[p].push_back({name.text, name.key, true, false, name.short_form});
        }
        AddListing(entry, nodes_[node]);
        own_listings[p] += nodes_[node].entity != nullptr;
      }
      for (const size_t group : plan.sub_groups) {
        const Node& sub = nodes_[Leader(group)];
        AddUniqueText(entry.sub_units, sub.names.front().text);
        for (const size_t node : LeaderFirst(group)) {
          for (const Name& name : nodes_[node].names) {
            candidates[p].push_back({name.text, name.key, false, false, name.short_form});
          }
          AddListing(entry, nodes_[node]);
        }
      }
      entries.push_back(std::move(entry));
    }
    ChooseAliases(entries, candidates);
    for (size_t p = 0; p < entries.size(); ++p) {
      RegistryEntry& entry = entries[p];
      if (entry.country.empty()) continue;
      if (entry.id.empty()) {
        entry.id = UniqueId(entry.country, entry.name,
                            entry.lists.empty() ? std::string() : entry.lists[0].reference);
      }
      out_.counts.merged_entries += own_listings[p] > 1;
      out_.counts.merged_away += own_listings[p] > 0 ? own_listings[p] - 1 : 0;
      out_.counts.sub_units += entry.sub_units.size();
      out_.counts.aliases += entry.aliases.size();
      out_.entries.push_back(std::move(entry));
    }
    out_.counts.entries = out_.entries.size();
  }

  // Every alias key may belong to one entry only (the loader refuses a file that gives one alias
  // to two entries): a base entry keeps its own; a name two new entries both carry as their own
  // (lists that disagree on the country) is left to neither; a sub-unit's name goes to the entry
  // that holds it as its own, if any.
  void ChooseAliases(std::vector<RegistryEntry>& entries,
                     std::vector<std::vector<Candidate>>& candidates) {
    std::unordered_map<std::string, std::string> base_owner;  // key -> base id
    for (size_t i = 0; i < base_.size(); ++i) {
      for (const Name& name : nodes_[base_node_[i]].names) {
        base_owner.emplace(name.key, base_[i].id);
      }
    }
    std::unordered_map<std::string, std::vector<std::pair<size_t, bool>>> claims;  // (entry, own)
    for (size_t p = 0; p < candidates.size(); ++p) {
      if (entries[p].country.empty()) continue;
      std::unordered_set<std::string> seen;
      for (const Candidate& candidate : candidates[p]) {
        if (seen.insert(candidate.key).second) {
          claims[candidate.key].emplace_back(p, candidate.own);
        }
      }
    }
    auto owns = [&](size_t p, const Candidate& candidate) {
      if (candidate.base) return true;
      if (auto it = base_owner.find(candidate.key); it != base_owner.end()) {
        return it->second == entries[p].id;
      }
      const auto& claim = claims[candidate.key];
      if (claim.size() == 1) return true;
      size_t own = 0;
      bool mine = false;
      for (const auto& [entry, is_own] : claim) {
        own += is_own;
        mine = mine || (entry == p && is_own);
      }
      return own == 1 && mine;
    };
    std::unordered_map<std::string, size_t> written;  // key -> entry
    for (size_t p = 0; p < candidates.size(); ++p) {
      RegistryEntry& entry = entries[p];
      if (entry.country.empty()) continue;
      std::unordered_set<std::string> seen, texts;
      bool named = !entry.id.empty();  // a base entry keeps its name and aliases as written
      for (const Candidate& candidate : candidates[p]) {
        if (candidate.base) {
          seen.insert(candidate.key);
          written.emplace(candidate.key, p);
          if (candidate.text != entry.name && texts.insert(candidate.text).second) {
            entry.aliases.push_back(candidate.text);
          }
          continue;
        }
        if (!seen.insert(candidate.key).second) continue;
        const auto other = written.find(candidate.key);
        // A generic name is the entry's name when it is its own, never an alias.
        const bool generic = IsGenericName(candidate.text) && (named || !candidate.own);
        // Short forms of fewer than five letters ("HIT", "CAS") stand for too many things.
        const size_t shortest = candidate.short_form ? 5 : 3;
        const bool usable = candidate.key.size() >= shortest && !generic &&
                            (other == written.end() || other->second == p) && owns(p, candidate) &&
                            !IsPlace(candidate.text);
        if (!usable) {
          ++out_.counts.aliases_dropped;
          continue;
        }
        written.emplace(candidate.key, p);
        if (!named) {
          entry.name = candidate.text;
          named = true;
        } else {
          entry.aliases.push_back(candidate.text);
        }
      }
      if (named) continue;
      // No name of its own is distinctive and free ("Nuclear Research Center"): the listed name
      // qualified by the country, else by the listing.
      const InstitutionListing& first = entry.lists.front();
      entry.name = first.name + " (" + entry.country + ")";
      if (written.count(names_.Key(entry.name))) {
        entry.name = first.name + " (" + first.list + " " + first.reference + ")";
      }
      written.emplace(names_.Key(entry.name), p);
      out_.notes.push_back("named '" + entry.name +
                           "' (its names are generic or belong to other entries)");
    }
  }

  const std::vector<EntityList>& lists_;
  const std::vector<RegistryEntry>& base_;
  const AffiliationResolver& resolver_;
  const InstitutionAliasKeys& keys_;
  NameMaker names_;
  std::vector<Node> nodes_;
  std::vector<size_t> base_node_;  // base index -> node
  std::unordered_map<std::string, size_t> base_by_id_;
  std::unordered_map<std::string, size_t> exact_, loose_;  // name key -> first node
  std::unordered_map<std::string, std::unordered_set<size_t>> short_;
  std::unordered_set<std::string> distinctive_;              // keys of names that are not generic
  std::unordered_map<size_t, std::vector<size_t>> members_;  // group -> nodes, in order
  std::unordered_map<size_t, size_t> parent_;                // group -> parent group
  std::vector<size_t> group_order_;                          // groups by their first node
  std::vector<Plan> plans_;
  std::unordered_set<std::string> used_ids_;
  ConcernRegistry out_;
};

}  // namespace

bool TakesPart(const EntityList& list, const Entity& entity) {
  if (!IsBody(entity)) return false;
  switch (KindOf(list.source)) {
    case ListKind::kDod1286:
    case ListKind::kDod1260h:
    case ListKind::kMieu:
    case ListKind::kRiskTable:
      return true;
    case ListKind::kCsl:
      if (!IsCslInstitutionList(entity)) return false;
      return std::any_of(entity.names.begin(), entity.names.end(),
                         [](const EntityName& name) { return SaysInstitution(name.text); });
    case ListKind::kUn:
    case ListKind::kOfac:
      return InDprk(entity);
    case ListKind::kOther:
      break;
  }
  return false;
}

ConcernRegistry BuildConcernRegistry(const std::vector<EntityList>& lists,
                                     const std::vector<RegistryEntry>& base,
                                     const AffiliationResolver& resolver,
                                     const InstitutionAliasKeys& keys) {
  return Builder(lists, base, resolver, keys).Build();
}

}  // namespace catchall
