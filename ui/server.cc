#include "ui/server.h"

#include "absl/strings/str_cat.h"
#include "httplib.h"
#include "ui/api.h"
#include "ui/assets.h"

namespace kg::ui {
namespace {

constexpr const char* kHost = "127.0.0.1";

void Send(httplib::Response& response, std::string_view body, const char* type) {
  response.set_content(std::string(body), type);
  // The pages are the binary's own: a browser may keep them for the session
  // but must ask again after a rebuild.
  response.set_header("Cache-Control", "no-cache");
  response.set_header("X-Content-Type-Options", "nosniff");
}

}  // namespace

absl::Status Serve(const Store& store, const ServerOptions& options) {
  httplib::Server server;
  // Pages: one HTML for every view.
  for (const char* path : {"/", "/person", "/office", "/law", "/around"}) {
    server.Get(path, [](const httplib::Request&, httplib::Response& response) {
      Send(response, PageHtml(), "text/html; charset=utf-8");
      response.set_header("Content-Security-Policy",
                          "default-src 'self'; img-src 'self' data:; style-src 'self' "
                          "'unsafe-inline'");
    });
  }
  server.Get(R"(/assets/([a-z]+\.(js|css)))",
             [](const httplib::Request& request, httplib::Response& response) {
               std::optional<Asset> asset = FindAsset(request.matches[1].str());
               if (!asset.has_value()) {
                 response.status = 404;
                 return;
               }
               Send(response, asset->content, asset->type);
             });
  server.Get(R"(/api/([a-z]+))",
             [&store](const httplib::Request& request, httplib::Response& response) {
               ApiParams params(request.params.begin(), request.params.end());
               ApiResponse answer = HandleApi(store, request.matches[1].str(), params);
               response.status = answer.status;
               Send(response, answer.body, "application/json; charset=utf-8");
             });
  // No icon: an empty answer rather than a 404 in every page's console.
  server.Get("/favicon.ico",
             [](const httplib::Request&, httplib::Response& response) { response.status = 204; });
  server.set_error_handler([](const httplib::Request& request, httplib::Response& response) {
    if (!response.body.empty()) return;  // an API error already has its JSON
    Send(response, absl::StrCat(response.status, " ", request.path, "\n"),
         "text/plain; charset=utf-8");
  });
  for (const char* path : {"/.*"}) {
    const auto refuse = [](const httplib::Request&, httplib::Response& response) {
      response.status = 405;
      Send(response, "kg ui is read-only\n", "text/plain; charset=utf-8");
    };
    server.Post(path, refuse);
    server.Put(path, refuse);
    server.Delete(path, refuse);
    server.Patch(path, refuse);
  }

  int port = options.port;
  if (port == 0) {
    port = server.bind_to_any_port(kHost);
    if (port < 0) return absl::UnavailableError("cannot listen on 127.0.0.1");
  } else if (!server.bind_to_port(kHost, port)) {
    return absl::UnavailableError(
        absl::StrCat("cannot listen on 127.0.0.1:", port, " (in use? give another with --port N)"));
  }
  if (options.on_listening) options.on_listening(absl::StrCat("http://", kHost, ":", port, "/"));
  if (!server.listen_after_bind()) return absl::UnavailableError("the server stopped");
  return absl::OkStatus();
}

}  // namespace kg::ui
