// `--lists PATH...`: turns files and directories into loaded EntityLists. Each file's format is
// detected from its content (lists/list_format.h); an OFAC legacy set (sdn.csv + add.csv +
// alt.csv + sdn_comments.csv, or the cons_* files) of one directory becomes one list. Every list
// gets its ListSource filled: files, sha256 of the file bytes, and a version (the list's own date
// when the reader found one, else the file's modification date; LoadedListInfo says which).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "lists/list_format.h"
#include "lists/readers.h"
#include "model/entity.h"

namespace catchall {

// Where ListSource::version came from.
inline constexpr std::string_view kVersionFromList = "list";         // the file's own date
inline constexpr std::string_view kVersionFromMtime = "file_mtime";  // modification date (UTC)

struct LoadedListInfo {
  std::string list;
  std::string version_from;         // kVersionFromList or kVersionFromMtime
  std::vector<std::string> sha256;  // of each file of ListSource::files, same order
};

struct LoadReport {
  std::vector<LoadedListInfo> lists;  // one per returned EntityList, same order
  std::vector<std::string> skipped;   // files inside directories that were not read, with why
  std::vector<std::string> renamed;   // "old key -> new key (file)" for repeated list keys
};

// Paths are files or directories (every regular file inside, recursively, in sorted order;
// hidden files, *.md, README* and empty files are skipped). Entity ids must be unique across
// everything loaded, so a list key met again (two CSL files) becomes "<key>@<file stem>", and
// its entity ids with it. An Error (with file and line) when a
// path does not exist, a file is of no known format, or a reader refuses a file as a whole.
// `report` may be null.
Result<std::vector<EntityList>> LoadLists(const std::vector<std::string>& paths,
                                          LoadReport* report);

// The files of one list already in memory (a download being checked): one file of any format,
// or the parts of one OFAC set. The source's files are the paths; sha256 and version are left
// as the reader gave them.
Result<EntityList> ReadDetectedList(const std::vector<ListFile>& files);

// "cons" for the non-SDN consolidated set (cons_prim.csv, cons_add.csv, ...), "sdn" otherwise:
// OFAC's two sets have the same layout, only their names tell them apart.
std::string OfacSetName(std::string_view file_name);

// The whole content of a file, gzip inflated; an Error naming the file.
Result<std::string> ReadListFileContent(const std::string& path);

// SHA-256 as lower-case hex (OpenSSL EVP).
std::string Sha256Hex(std::string_view bytes);

}  // namespace catchall
