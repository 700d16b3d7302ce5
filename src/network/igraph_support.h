// igraph's default handlers abort the process on an error and print warnings ("Couldn't reach
// some vertices" is a normal outcome of a path search here). Every use of igraph in catchall
// calls InstallIgraphHandlers() first: errors become return codes, warnings are dropped.
#pragma once

namespace catchall {

void InstallIgraphHandlers();

}  // namespace catchall
