// `kg ui`: one process serving the web application and its JSON API
// (api.h) over a store, read-only, on 127.0.0.1 only (never another
// interface: the store may hold what its owner has not published).
//
//   GET /                         the search page
//   GET /person?name=X            a career as a timeline
//   GET /office?name=X[&at=D]     the holders as a timeline, a date picker
//   GET /law?name=X               the path as steps
//   GET /around?name=X[&depth=N]  the neighbourhood drawing
//   GET /assets/FILE              the scripts and style (assets.h)
//   GET /api/...                  api.h
//
// Every page is the same HTML, which reads its URL, so each view can be
// bookmarked and shared; its JavaScript and style are compiled into kg
// (ui/web/, cytoscape from the export's pinned npm install), so it works
// offline. Anything else is 404; any method but GET and HEAD is 405.
#ifndef KG_UI_SERVER_H_
#define KG_UI_SERVER_H_

#include <functional>
#include <string>

#include "absl/status/status.h"
#include "graph/store.h"

namespace kg::ui {

struct ServerOptions {
  int port = 8737;  // 0: any free port
  // Called once the socket listens, with the page's URL ("http://127.0.0.1:8737/").
  std::function<void(const std::string& url)> on_listening;
};

// Serves until the process ends (or a listening failure). Unavailable when
// the port cannot be bound.
absl::Status Serve(const Store& store, const ServerOptions& options);

}  // namespace kg::ui

#endif  // KG_UI_SERVER_H_
