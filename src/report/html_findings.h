// The findings table: one <tbody> per record (its filter tokens in data-keys), a summary row,
// and a row whose <details> holds the full evidence, so that every record can be read with
// scripts off; filtering and search (assets.cc) only hide rows.
#pragma once

#include <string>
#include <vector>

#include "report/context.h"
#include "report/finding.h"

namespace catchall::report {

// The whole <table>, rows in the given order.
std::string FindingsTable(const ReportContext& context, const std::vector<const Finding*>& rows);

// One record's <tbody> (exposed for tests).
std::string FindingRows(const ReportContext& context, const Finding& finding, size_t index);

// The full evidence of one record, the body of its <details>.
std::string EvidenceHtml(const ReportContext& context, const Finding& finding);

// A tier badge: the tier's colour and name (`compact`: the short name, for table cells).
std::string TierBadge(const std::string& tier, bool compact = false);

// https://doi.org/ link target for a DOI, the DOI percent-encoded where a URL needs it.
std::string DoiUrl(const std::string& doi);

}  // namespace catchall::report
