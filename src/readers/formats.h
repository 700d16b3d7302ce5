// Factories for the three publication formats (one .cc each in this folder).
#pragma once

#include <memory>
#include <string>

#include "readers/reader.h"

namespace catchall {

// Scopus CSV export (both the legacy and the current layout; columns found by header name).
std::unique_ptr<Splitter> MakeScopusSplitter(const std::string& file, const ReaderOptions& options);
// Web of Science field-tagged plain text (FN/VR ... PT ... ER ... EF).
std::unique_ptr<Splitter> MakeWosSplitter(const std::string& file, const ReaderOptions& options);
// OpenAlex works, one JSON object per line (snapshot and API shape).
std::unique_ptr<Splitter> MakeOpenAlexSplitter(const std::string& file,
                                               const ReaderOptions& options);

}  // namespace catchall
