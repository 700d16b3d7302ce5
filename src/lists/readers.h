// The list readers: one function per list format, each turning the bytes of one file (or of one
// file set) into an EntityList. A record that cannot be read goes to EntityList::issues with its
// file, line and reason and the reader goes on; only a file that is not of the format at all (or
// is damaged beyond use, e.g. XML that does not parse) is an Error.
//
// Formats (docs/list-formats.md describes each, with its detection rule):
//   un_xml           UN Security Council Consolidated List XML
//   ofac_legacy_csv  OFAC sdn.csv / add.csv / alt.csv / sdn_comments.csv and cons_prim / cons_add /
//                    cons_alt / cons_comments (no header, "-0-" null marker, CRLF, 0x1A end byte)
//   csl_csv          US Consolidated Screening List CSV (2023 and 2025 layouts)
//   dpl_tsv          BIS Denied Persons List (tab-separated, quoted)
//   ftm_jsonl        OpenSanctions FollowTheMoney entities, one JSON object per line
//   dod_1286_csv     DoD Section 1286 list (OpenSanctions transcription)
//   dod_1260h_csv    DoD Section 1260H Chinese military companies
//   eu_annex_csv     EU Regulation 2017/1509 consolidated annexes (OpenSanctions journal CSV)
//   risk_table_csv   defence-institution risk table (CN_FIGs.csv layout)
//   bis_mieu_csv     BIS Military-Intelligence End User list
//   user_csv         a user's own list, CSV (docs/list-formats.md)
//   user_yaml        a user's own list, YAML (docs/list-formats.md)
#pragma once

#include <string>

#include "base/result.h"
#include "model/entity.h"

namespace catchall {

// One input file: its path (for messages, ListSource::files and Entity::source_file) and bytes.
struct ListFile {
  std::string path;
  std::string bytes;
};

Result<EntityList> ReadUnXml(const ListFile& file);

// OFAC legacy CSV set. `primary` is sdn.csv or cons_prim.csv (which one decides the list key,
// "ofac_sdn" or "ofac_cons"); the others may be null when absent.
struct OfacFileSet {
  const ListFile* primary = nullptr;
  const ListFile* addresses = nullptr;
  const ListFile* aliases = nullptr;
  const ListFile* comments = nullptr;
};
Result<EntityList> ReadOfacLegacy(const OfacFileSet& files);

Result<EntityList> ReadCslCsv(const ListFile& file);
Result<EntityList> ReadDplTsv(const ListFile& file);
Result<EntityList> ReadFtmJsonl(const ListFile& file);
Result<EntityList> ReadDod1286Csv(const ListFile& file);
Result<EntityList> ReadDod1260hCsv(const ListFile& file);
Result<EntityList> ReadEuAnnexCsv(const ListFile& file);
Result<EntityList> ReadRiskTableCsv(const ListFile& file);
Result<EntityList> ReadBisMieuCsv(const ListFile& file);
Result<EntityList> ReadUserCsv(const ListFile& file);
Result<EntityList> ReadUserYaml(const ListFile& file);

}  // namespace catchall
