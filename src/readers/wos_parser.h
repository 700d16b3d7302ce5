// The Web of Science field-tagged record parser, shared by the WoS splitter (wos_splitter.cc)
// and its tests. A record text is the lines from PT to ER inclusive.
#pragma once

#include <memory>

#include "readers/reader.h"

namespace catchall {

std::shared_ptr<const RecordParser> MakeWosRecordParser();

}  // namespace catchall
