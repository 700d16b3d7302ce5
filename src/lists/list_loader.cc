#include "lists/list_loader.h"

#include <openssl/evp.h>
#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <set>

#include "io/input_stream.h"

namespace catchall {
namespace {

namespace fs = std::filesystem;

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Documentation that sits beside list files in downloads and in ../shared/data.
bool IsDocumentation(const std::string& name) {
  const std::string lower = Lower(name);
  return lower.starts_with("readme") || lower.starts_with("source.md") || lower.ends_with(".md");
}

bool IsHidden(const fs::path& relative) {
  for (const fs::path& part : relative) {
    const std::string text = part.string();
    if (!text.empty() && text.front() == '.' && text != "." && text != "..") return true;
  }
  return false;
}

Status ExpandDirectory(const fs::path& root, std::vector<std::string>& files,
                       std::vector<std::string>& skipped) {
  std::error_code error;
  std::vector<std::string> found;
  fs::recursive_directory_iterator it(root, error), end;
  for (; !error && it != end; it.increment(error)) {
    const fs::path relative = fs::relative(it->path(), root, error);
    if (IsHidden(relative)) {
      if (it->is_directory()) it.disable_recursion_pending();
      skipped.push_back(it->path().string() + ": hidden");
      continue;
    }
    if (!it->is_regular_file()) continue;
    if (IsDocumentation(it->path().filename().string())) {
      skipped.push_back(it->path().string() + ": documentation");
      continue;
    }
    found.push_back(it->path().string());
  }
  if (error) return Error{"cannot list the directory: " + error.message(), {root.string(), 0}};
  std::sort(found.begin(), found.end());
  files.insert(files.end(), found.begin(), found.end());
  return Ok{};
}

Status ExpandPaths(const std::vector<std::string>& paths, std::vector<std::string>& files,
                   std::vector<std::string>& skipped) {
  for (const std::string& path : paths) {
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (error || !fs::exists(status)) return Error{"no such file or directory", {path, 0}};
    if (fs::is_directory(status)) {
      if (Status expanded = ExpandDirectory(path, files, skipped); !expanded.ok()) return expanded;
    } else {
      files.push_back(path);
    }
  }
  return Ok{};
}

Result<std::string> ReadRawBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{"cannot open the list file", {path, 0}};
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return Error{"cannot read the list file", {path, 0}};
  return bytes;
}

Result<std::string> Inflate(const std::string& path) {
  auto stream = InputStream::Open(path);
  if (!stream.ok()) return stream.error();
  std::string content;
  std::string buffer(1 << 16, '\0');
  while (true) {
    auto got = (*stream)->Read(buffer.data(), buffer.size());
    if (!got.ok()) return Error{got.error().message, {path, 0}};
    if (*got == 0) break;
    content.append(buffer.data(), *got);
  }
  return content;
}

bool IsGzip(std::string_view bytes) {
  return bytes.size() >= 2 && bytes[0] == '\x1f' && bytes[1] == '\x8b';
}

std::string ModificationDate(const std::string& path) {
  struct stat info {};
  if (stat(path.c_str(), &info) != 0) return "";
  std::tm utc{};
  gmtime_r(&info.st_mtime, &utc);
  char text[16];
  std::strftime(text, sizeof text, "%Y-%m-%d", &utc);
  return text;
}

struct LoadedFile {
  ListFile file;
  std::string sha256;
  DetectedFormat format;
};

// A list to read: one file, or the parts of an OFAC set in the order they were found.
struct FileGroup {
  std::vector<const LoadedFile*> files;
};

Result<EntityList> ReadOfacGroup(const std::vector<const ListFile*>& files,
                                 const std::vector<OfacPart>& parts) {
  OfacFileSet set;
  for (size_t i = 0; i < files.size(); ++i) {
    const ListFile** slot = nullptr;
    switch (parts[i]) {
      case OfacPart::kPrimary:
        slot = &set.primary;
        break;
      case OfacPart::kAddresses:
        slot = &set.addresses;
        break;
      case OfacPart::kAliases:
        slot = &set.aliases;
        break;
      case OfacPart::kComments:
        slot = &set.comments;
        break;
      case OfacPart::kNone:
        break;
    }
    if (slot == nullptr) return Error{"not an OFAC legacy file", {files[i]->path, 1}};
    if (*slot != nullptr) {
      return Error{"two OFAC " + std::string(OfacPartName(parts[i])) +
                       " files in one set: " + (*slot)->path + " and " + files[i]->path,
                   {files[i]->path, 0}};
    }
    *slot = files[i];
  }
  if (set.primary == nullptr) {
    return Error{"OFAC " + std::string(OfacPartName(parts.front())) +
                     " file without its primary file (sdn.csv or cons_prim.csv) beside it",
                 {files.front()->path, 0}};
  }
  return ReadOfacLegacy(set);
}

Result<EntityList> ReadOne(const ListFile& file, ListFormat format) {
  switch (format) {
    case ListFormat::kUnXml:
      return ReadUnXml(file);
    case ListFormat::kCslCsv:
      return ReadCslCsv(file);
    case ListFormat::kDplTsv:
      return ReadDplTsv(file);
    case ListFormat::kFtmJsonl:
      return ReadFtmJsonl(file);
    case ListFormat::kDod1286Csv:
      return ReadDod1286Csv(file);
    case ListFormat::kDod1260hCsv:
      return ReadDod1260hCsv(file);
    case ListFormat::kEuAnnexCsv:
      return ReadEuAnnexCsv(file);
    case ListFormat::kRiskTableCsv:
      return ReadRiskTableCsv(file);
    case ListFormat::kBisMieuCsv:
      return ReadBisMieuCsv(file);
    case ListFormat::kUserCsv:
      return ReadUserCsv(file);
    case ListFormat::kUserYaml:
      return ReadUserYaml(file);
    case ListFormat::kOfacLegacyCsv:
      break;
  }
  return ReadOfacGroup({&file}, {OfacPart::kPrimary});
}

Result<EntityList> ReadGroup(const std::vector<const ListFile*>& files,
                             const std::vector<DetectedFormat>& formats) {
  Result<EntityList> list = Error{"", {}};
  if (formats.front().format == ListFormat::kOfacLegacyCsv) {
    std::vector<OfacPart> parts;
    for (const DetectedFormat& format : formats) parts.push_back(format.ofac_part);
    list = ReadOfacGroup(files, parts);
  } else {
    list = ReadOne(*files.front(), formats.front().format);
  }
  if (!list.ok()) {
    Error error = list.error();
    if (error.where.file.empty()) error.where.file = files.front()->path;
    return error;
  }
  EntityList& value = list.value();
  if (value.source.format.empty()) value.source.format = ListFormatName(formats.front().format);
  if (value.source.files.empty()) {
    for (const ListFile* file : files) value.source.files.push_back(file->path);
  }
  return list;
}

// Groups keep the order of their first file; an OFAC part joins the set of its directory.
std::vector<FileGroup> GroupFiles(const std::vector<LoadedFile>& files) {
  std::vector<FileGroup> groups;
  std::map<std::pair<std::string, std::string>, size_t> ofac_sets;
  for (const LoadedFile& file : files) {
    if (file.format.format != ListFormat::kOfacLegacyCsv) {
      groups.push_back({{&file}});
      continue;
    }
    const fs::path path(file.file.path);
    const auto key =
        std::make_pair(path.parent_path().string(), OfacSetName(path.filename().string()));
    const auto [it, added] = ofac_sets.emplace(key, groups.size());
    if (added) groups.push_back({});
    groups[it->second].files.push_back(&file);
  }
  // The primary file goes first: ListSource::files[0] and sha256 are the primary's.
  for (FileGroup& group : groups) {
    std::stable_sort(group.files.begin(), group.files.end(), [](const auto* a, const auto* b) {
      return a->format.ofac_part == OfacPart::kPrimary && b->format.ofac_part != OfacPart::kPrimary;
    });
  }
  return groups;
}

Result<LoadedFile> LoadFile(const std::string& path) {
  auto raw = ReadRawBytes(path);
  if (!raw.ok()) return raw.error();
  LoadedFile loaded;
  loaded.file.path = path;
  loaded.sha256 = Sha256Hex(*raw);
  if (IsGzip(*raw)) {
    auto content = Inflate(path);
    if (!content.ok()) return content.error();
    loaded.file.bytes = std::move(content).value();
  } else {
    loaded.file.bytes = std::move(raw).value();
  }
  auto format = DetectListBytesFormat(loaded.file.bytes, path);
  if (!format.ok()) return format.error();
  loaded.format = *format;
  return loaded;
}

// Gives a list whose key was already loaded a key of its own, "<key>@<file stem>", and moves its
// entities' ids ("<key>:<ref>") along with it.
void MakeKeyUnique(EntityList& list, std::set<std::string>& keys, LoadReport& report) {
  const std::string old_key = list.source.list;
  if (keys.insert(old_key).second) return;
  const std::string stem = fs::path(list.source.files.front()).stem().string();
  std::string key = old_key + "@" + stem;
  for (int n = 2; !keys.insert(key).second; ++n) {
    key = old_key + "@" + stem + "-" + std::to_string(n);
  }
  const std::string old_prefix = old_key + ":";
  for (Entity& entity : list.entities) {
    entity.list = key;
    if (entity.id.starts_with(old_prefix)) {
      entity.id = key + ":" + entity.id.substr(old_prefix.size());
    }
  }
  list.source.list = key;
  report.renamed.push_back(old_key + " -> " + key + " (" + list.source.files.front() + ")");
}

bool IsEmptyContent(const std::string& path) {
  std::error_code error;
  return fs::file_size(path, error) == 0 && !error;
}

}  // namespace

std::string OfacSetName(std::string_view file_name) {
  return Lower(file_name).starts_with("cons") ? "cons" : "sdn";
}

std::string Sha256Hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < length; ++i) {
    out += kHex[digest[i] >> 4];
    out += kHex[digest[i] & 15];
  }
  return out;
}

Result<std::string> ReadListFileContent(const std::string& path) {
  auto raw = ReadRawBytes(path);
  if (!raw.ok()) return raw.error();
  if (IsGzip(*raw)) return Inflate(path);
  return raw;
}

Result<EntityList> ReadDetectedList(const std::vector<ListFile>& files) {
  if (files.empty()) return Error{"no list file given", {}};
  std::vector<const ListFile*> pointers;
  std::vector<DetectedFormat> formats;
  for (const ListFile& file : files) {
    auto format = DetectListBytesFormat(file.bytes, file.path);
    if (!format.ok()) return format.error();
    pointers.push_back(&file);
    formats.push_back(*format);
  }
  for (const DetectedFormat& format : formats) {
    if (files.size() > 1 && format.format != ListFormat::kOfacLegacyCsv) {
      return Error{"only the files of an OFAC legacy set are read together", {files[0].path, 0}};
    }
  }
  // The primary first, as LoadLists orders a set.
  std::vector<size_t> order(files.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return formats[a].ofac_part == OfacPart::kPrimary && formats[b].ofac_part != OfacPart::kPrimary;
  });
  std::vector<const ListFile*> sorted_files;
  std::vector<DetectedFormat> sorted_formats;
  for (const size_t i : order) {
    sorted_files.push_back(pointers[i]);
    sorted_formats.push_back(formats[i]);
  }
  return ReadGroup(sorted_files, sorted_formats);
}

Result<std::vector<EntityList>> LoadLists(const std::vector<std::string>& paths,
                                          LoadReport* report) {
  LoadReport local;
  LoadReport& out = report != nullptr ? *report : local;
  std::vector<std::string> files;
  if (Status expanded = ExpandPaths(paths, files, out.skipped); !expanded.ok()) {
    return expanded.error();
  }
  std::vector<LoadedFile> loaded;
  loaded.reserve(files.size());
  for (const std::string& path : files) {
    const bool named = std::find(paths.begin(), paths.end(), path) != paths.end();
    // An empty file in a directory (a companion OFAC file with nothing in it) holds no list;
    // one named on the command line is a mistake worth an error.
    if (!named && IsEmptyContent(path)) {
      out.skipped.push_back(path + ": empty");
      continue;
    }
    auto file = LoadFile(path);
    if (!file.ok()) return file.error();
    loaded.push_back(std::move(file).value());
  }
  std::vector<EntityList> lists;
  std::set<std::string> keys;
  for (const FileGroup& group : GroupFiles(loaded)) {
    std::vector<const ListFile*> group_files;
    std::vector<DetectedFormat> formats;
    LoadedListInfo info;
    for (const LoadedFile* file : group.files) {
      group_files.push_back(&file->file);
      formats.push_back(file->format);
      info.sha256.push_back(file->sha256);
    }
    auto list = ReadGroup(group_files, formats);
    if (!list.ok()) return list.error();
    ListSource& source = list->source;
    source.files.clear();
    for (const ListFile* file : group_files) source.files.push_back(file->path);
    source.sha256 = info.sha256.front();
    info.version_from = std::string(kVersionFromList);
    if (source.version.empty()) {
      source.version = ModificationDate(group_files.front()->path);
      info.version_from = std::string(kVersionFromMtime);
    }
    MakeKeyUnique(list.value(), keys, out);
    info.list = source.list;
    out.lists.push_back(std::move(info));
    lists.push_back(std::move(list).value());
  }
  return lists;
}

}  // namespace catchall
