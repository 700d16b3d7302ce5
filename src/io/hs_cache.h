// On-disk cache of compiled Hyperscan databases (the DPRK prefilter's, the classifier's).
// Compiling hundreds of patterns costs from milliseconds to seconds, more than screening a
// small file; a cached database loads in milliseconds.
//
// Folder: $CATCHALL_CACHE ("off" disables the cache), else $XDG_CACHE_HOME/catchall, else
// ~/.cache/catchall. The file name hashes the Hyperscan version, the tag and every pattern part
// (expressions, flags), so edited patterns get a new file; anything unreadable is compiled again.
#pragma once

#include <string>
#include <vector>

struct hs_database;

namespace catchall {

// The cache file for a database made of `parts` (each expression and anything else that
// changes the compiled result, such as its flags), or "" when caching is off.
std::string HyperscanCachePath(const std::string& tag, const std::vector<std::string>& parts);

// The cached database, or nullptr when absent or unreadable.
hs_database* LoadCachedDatabase(const std::string& path);

// Best effort: a failure to write only costs the next run a compile. Written to a temporary
// file and renamed, so concurrent readers see the whole file or none.
void StoreCachedDatabase(const std::string& path, const hs_database* database);

}  // namespace catchall
