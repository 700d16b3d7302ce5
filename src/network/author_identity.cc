#include "network/author_identity.h"

#include <algorithm>
#include <functional>
#include <map>
#include <numeric>
#include <unordered_map>

#include "text/normalize.h"

namespace catchall {
namespace {

enum MergeReason : uint8_t {
  kByScopusId = 1,
  kByOpenAlexId = 2,
  kByOtherId = 4,
  kByOrcid = 8,
  kByName = 16,
};

uint8_t ReasonOfSourceId(const std::string& id) {
  if (id.starts_with("scopus:")) return kByScopusId;
  if (id.starts_with("openalex:")) return kByOpenAlexId;
  return kByOtherId;
}

// Union-find over author slots. Each root remembers the first source id or ORCID its cluster
// holds, so that a merge by name never joins two people the sources tell apart.
class Clusters {
 public:
  explicit Clusters(size_t slots) : parent_(slots), identity_(slots, 0), reasons_(slots, 0) {
    std::iota(parent_.begin(), parent_.end(), 0u);
  }
  uint32_t Find(uint32_t x) {
    while (parent_[x] != x) {
      parent_[x] = parent_[parent_[x]];
      x = parent_[x];
    }
    return x;
  }
  // `id` is the hash of a source id or ORCID (never 0: 0 means none).
  void SetIdentity(uint32_t slot, uint64_t id) {
    const uint32_t root = Find(slot);
    if (identity_[root] == 0) identity_[root] = id;
  }
  // Joins the clusters of a and b; `checked`: refuse when both carry different identities.
  void Join(uint32_t a, uint32_t b, uint8_t reason, bool checked) {
    a = Find(a);
    b = Find(b);
    if (a == b) return;
    if (checked && identity_[a] != 0 && identity_[b] != 0 && identity_[a] != identity_[b]) return;
    if (b < a) std::swap(a, b);  // the earlier slot stays the root: deterministic keys
    parent_[b] = a;
    if (identity_[a] == 0) identity_[a] = identity_[b];
    reasons_[a] |= reasons_[b] | reason;
  }
  uint8_t reasons(uint32_t root) const { return reasons_[root]; }

 private:
  std::vector<uint32_t> parent_;
  std::vector<uint64_t> identity_;
  std::vector<uint8_t> reasons_;
};

// Keys are kept as 64-bit hashes: at five million author slots the chance that two different
// keys collide is below one in a million, and the maps stay a fraction of the size.
uint64_t HashKey(std::string_view key) { return std::hash<std::string_view>{}(key) | 1; }

void JoinByKey(std::unordered_map<uint64_t, uint32_t>& first, std::string_view key, uint32_t slot,
               Clusters& clusters, uint8_t reason, bool checked) {
  const auto [it, added] = first.try_emplace(HashKey(key), slot);
  if (!added) clusters.Join(it->second, slot, reason, checked);
}

std::vector<std::string> ReasonNames(uint8_t reasons) {
  std::vector<std::string> out;
  if (reasons & kByScopusId) out.push_back("scopus_id");
  if (reasons & kByOpenAlexId) out.push_back("openalex_id");
  if (reasons & kByOtherId) out.push_back("source_id");
  if (reasons & kByOrcid) out.push_back("orcid");
  if (reasons & kByName) out.push_back("name+institution");
  return out;
}

double ConfidenceOf(uint8_t reasons) {
  if (reasons & kByName) return kSameNameAndInstitutionConfidence;
  if (reasons & kByOrcid) return kSameOrcidConfidence;
  return kSameSourceIdConfidence;
}

std::string JoinedTokens(const std::vector<NormToken>& tokens, size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to; ++i) out += tokens[i].text;
  return out;
}

}  // namespace

std::string AuthorNameKey(std::string_view name, bool given_first) {
  const size_t comma = name.find(',');
  if (comma != std::string_view::npos) {
    const auto family = NormalizeTokens(name.substr(0, comma));
    const auto given = NormalizeTokens(name.substr(comma + 1));
    if (family.empty()) return "";
    return JoinedTokens(family, 0, family.size()) + "|" + JoinedTokens(given, 0, given.size());
  }
  const auto tokens = NormalizeTokens(name);
  if (tokens.empty()) return "";
  if (tokens.size() == 1) return tokens[0].text + "|";
  if (given_first) {
    return tokens.back().text + "|" + JoinedTokens(tokens, 0, tokens.size() - 1);
  }
  return tokens.front().text + "|" + JoinedTokens(tokens, 1, tokens.size());
}

AuthorAssignment AssignAuthors(const std::vector<NetworkRecord>& records) {
  AuthorAssignment out;
  std::vector<uint32_t> offset(records.size() + 1, 0);
  for (size_t r = 0; r < records.size(); ++r) {
    offset[r + 1] = offset[r] + static_cast<uint32_t>(records[r].authors.size());
  }
  Clusters clusters(offset.back());
  std::unordered_map<uint64_t, uint32_t> by_id, by_orcid, by_name;
  // Source ids and ORCIDs first: they decide before any name does.
  for (size_t r = 0; r < records.size(); ++r) {
    for (size_t s = 0; s < records[r].authors.size(); ++s) {
      const NetworkAuthor& author = records[r].authors[s];
      const uint32_t slot = offset[r] + static_cast<uint32_t>(s);
      if (!author.source_id.empty()) {
        clusters.SetIdentity(slot, HashKey(author.source_id));
        JoinByKey(by_id, author.source_id, slot, clusters, ReasonOfSourceId(author.source_id),
                  false);
      }
      if (!author.orcid.empty()) {
        clusters.SetIdentity(slot, HashKey("orcid:" + author.orcid));
        JoinByKey(by_orcid, author.orcid, slot, clusters, kByOrcid, false);
      }
    }
  }
  for (size_t r = 0; r < records.size(); ++r) {
    for (size_t s = 0; s < records[r].authors.size(); ++s) {
      const NetworkAuthor& author = records[r].authors[s];
      if (author.name_key.empty()) continue;
      for (uint32_t institution : author.institutions) {
        const std::string key = author.name_key + "@" + records[r].institutions[institution]->key;
        JoinByKey(by_name, key, offset[r] + static_cast<uint32_t>(s), clusters, kByName, true);
      }
    }
  }
  by_id.clear();
  by_orcid.clear();
  by_name.clear();

  std::unordered_map<uint32_t, uint32_t> cluster_of_root;
  std::vector<std::vector<std::string>> identifiers;
  out.cluster_of.resize(records.size());
  for (size_t r = 0; r < records.size(); ++r) {
    out.cluster_of[r].resize(records[r].authors.size());
    for (size_t s = 0; s < records[r].authors.size(); ++s) {
      const NetworkAuthor& author = records[r].authors[s];
      const uint32_t root = clusters.Find(offset[r] + static_cast<uint32_t>(s));
      auto [it, added] = cluster_of_root.try_emplace(root, out.clusters.size());
      if (added) {
        AuthorCluster& cluster = out.clusters.emplace_back();
        cluster.confidence = ConfidenceOf(clusters.reasons(root));
        cluster.merged_by = ReasonNames(clusters.reasons(root));
        identifiers.emplace_back();
        const std::string institution = author.institutions.empty()
                                            ? "record:" + records[r].record.id
                                            : records[r].institutions[author.institutions[0]]->key;
        cluster.key = "author:name:" + author.name_key + "@" + institution;
      }
      AuthorCluster& cluster = out.clusters[it->second];
      out.cluster_of[r][s] = it->second;
      ++cluster.occurrences;
      if (author.name.size() > cluster.label.size()) cluster.label = author.name;
      if (!author.source_id.empty()) identifiers[it->second].push_back(author.source_id);
      if (!author.orcid.empty()) identifiers[it->second].push_back("orcid:" + author.orcid);
    }
  }
  for (size_t c = 0; c < out.clusters.size(); ++c) {
    auto& ids = identifiers[c];
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    // The key names the person by the strongest identifier: a source id, else an ORCID.
    auto source = std::find_if(ids.begin(), ids.end(),
                               [](const std::string& id) { return !id.starts_with("orcid:"); });
    if (source != ids.end()) {
      out.clusters[c].key = "author:" + *source;
    } else if (!ids.empty()) {
      out.clusters[c].key = "author:" + ids.front();
    }
    out.clusters[c].identifiers = std::move(ids);
  }
  return out;
}

void ReleaseAuthorNames(std::vector<NetworkRecord>& records) {
  for (NetworkRecord& record : records) {
    for (NetworkAuthor& author : record.authors) {
      std::string().swap(author.name);
      std::string().swap(author.name_key);
      std::string().swap(author.source_id);
      std::string().swap(author.orcid);
    }
  }
}

}  // namespace catchall
