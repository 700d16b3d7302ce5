// Ties screening (`catchall ties`): for one organisation's publications, every co-authorship with
// an institution of concern (military-linked, listed, or in the DPRK), with the papers and the
// authors behind it, counted by partner institution, risk level, list, year and technology
// category, and how many of the organisation's researchers and papers are involved. Built on
// the network's per-record view (network_record.h) and author disambiguation.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "base/result.h"
#include "network/author_identity.h"
#include "network/network_record.h"

namespace catchall {

struct TiesRecord {
  NetworkRecord network;
  std::vector<std::string> categories;  // assigned technology categories (taxonomy ids)
};

// One co-authorship of the organisation with one partner institution on one record.
struct Tie {
  uint32_t record = 0;                     // index into the records
  uint32_t partner = 0;                    // institution index within that record
  std::vector<uint32_t> org_institutions;  // institution indexes within that record
  std::vector<uint32_t> org_authors;       // author cluster ids (AuthorAssignment)
  std::vector<uint32_t> partner_authors;   // author cluster ids
};

// Records, distinct organisation researchers and partner institutions behind one number.
struct TieCount {
  std::string label;
  std::set<uint32_t> records;
  std::set<uint32_t> org_researchers;
  std::set<std::string> partners;  // institution keys
};

struct TiesResult {
  std::string org;  // as asked; empty: the whole set is the organisation's
  std::set<std::string> org_institution_keys;
  std::map<std::string, std::string> org_institution_names;  // key -> name
  uint64_t org_records = 0;      // records with an author at the organisation
  uint64_t org_researchers = 0;  // distinct researchers at the organisation
  std::vector<Tie> ties;
  std::set<uint32_t> records_with_ties;
  std::set<uint32_t> researchers_with_ties;
  std::map<std::string, TieCount> by_partner, by_risk, by_list, by_year, by_category;
  AuthorAssignment authors;
};

// `org`: a registry id, an institution's name, or words of it (as `network --from`); empty:
// every institution that is neither of concern nor in the DPRK is the organisation's. An Error
// when `org` names no institution of the records.
Result<TiesResult> FindTies(const std::vector<TiesRecord>& records, const std::string& org);

// The partner's lists: "list:<key>" tags without the prefix, registry tags as "registry:<tag>".
std::vector<std::string> PartnerLists(const NetworkInstitution& partner);

}  // namespace catchall
