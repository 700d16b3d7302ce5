#include "network/igraph_support.h"

#include <igraph.h>

namespace catchall {

void InstallIgraphHandlers() {
  static const bool installed = [] {
    igraph_set_error_handler(igraph_error_handler_printignore);
    igraph_set_warning_handler(igraph_warning_handler_ignore);
    return true;
  }();
  (void)installed;
}

}  // namespace catchall
