// The JSON API of `kg ui`: each endpoint answers exactly what the command
// line's `--format json` prints for the same question, so a script can move
// between the two (tests/ui/api_test.cc compares them byte for byte).
//
//   GET /api/holders?office=X[&at=D]   kg holders X [--at D] --format json
//   GET /api/career?person=X           kg career X --format json
//   GET /api/law?law=X                 kg law X --format json
//   GET /api/around?name=X[&depth=N]   kg export --around X [--depth N] --format cyjs
//   GET /api/query?q=CYPHER            kg query CYPHER --format json
//   GET /api/search?q=X                the nodes a name designates (ResolveName):
//                                      {"q", "matches": [{"id", "kind", "name"}]}
//
// Errors are {"error": the CLI's message, "status": HTTP status} with 400 for
// bad input (a malformed date, a bad query), 404 when nothing matches, 409
// when a name is ambiguous (then also "candidates": [{"id", "kind",
// "name"}]), 500 otherwise. Ids are strings, as everywhere in kg's JSON.
//
// Thread safety: Handle only reads the store; it may be called concurrently
// when the store may (graph/store.h).
#ifndef KG_UI_API_H_
#define KG_UI_API_H_

#include <map>
#include <string>

#include "graph/store.h"

namespace kg::ui {

struct ApiResponse {
  int status = 200;
  std::string body;  // JSON
};

// The query string's parameters, decoded.
using ApiParams = std::multimap<std::string, std::string>;

// Rows past which /api/query stops with a 400 asking for a LIMIT: the page
// cannot show more, and a runaway query must not hold the server.
inline constexpr size_t kMaxQueryRows = 10000;

// `endpoint` is the path after "/api/" ("holders"); unknown ones are 404.
ApiResponse HandleApi(const Store& store, const std::string& endpoint, const ApiParams& params);

}  // namespace kg::ui

#endif  // KG_UI_API_H_
