#include "ui/server.h"

#include "absl/strings/str_cat.h"
#include "ui/api.h"
#include "ui/assets.h"
#include "ui/http.h"

namespace kg::ui {
namespace {

constexpr const char* kHost = "127.0.0.1";

HttpResponse Content(int status, std::string body, const char* type) {
  HttpResponse response{status, type, std::move(body), {}};
  // The pages are the binary's own: a browser may keep them for the session
  // but must ask again after a rebuild.
  response.headers = {{"Cache-Control", "no-cache"}, {"X-Content-Type-Options", "nosniff"}};
  return response;
}

bool IsLowerName(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (c < 'a' || c > 'z') return false;
  }
  return true;
}

// "/assets/NAME.js" or ".css", NAME in [a-z]+: NAME.js; else empty.
std::string AssetName(std::string_view path) {
  if (!path.starts_with("/assets/")) return "";
  path.remove_prefix(std::string_view("/assets/").size());
  const size_t dot = path.find('.');
  if (dot == std::string_view::npos || !IsLowerName(path.substr(0, dot))) return "";
  const std::string_view suffix = path.substr(dot + 1);
  return suffix == "js" || suffix == "css" ? std::string(path) : "";
}

HttpResponse Route(const Store& store, const HttpRequest& request) {
  if (request.method != "GET" && request.method != "HEAD") {
    HttpResponse refused = Content(405, "kg ui is read-only\n", "text/plain; charset=utf-8");
    refused.headers.emplace_back("Allow", "GET, HEAD");
    return refused;
  }
  const std::string& path = request.path;
  // Pages: one HTML for every view.
  for (const char* page : {"/", "/person", "/office", "/law", "/around"}) {
    if (path != page) continue;
    HttpResponse response = Content(200, std::string(PageHtml()), "text/html; charset=utf-8");
    response.headers.emplace_back("Content-Security-Policy",
                                  "default-src 'self'; img-src 'self' data:; style-src 'self' "
                                  "'unsafe-inline'");
    return response;
  }
  if (const std::string name = AssetName(path); !name.empty()) {
    if (std::optional<Asset> asset = FindAsset(name)) {
      return Content(200, std::string(asset->content), asset->type);
    }
    return {404, "", "", {}};
  }
  if (std::string_view endpoint = path;
      endpoint.starts_with("/api/") && IsLowerName(endpoint.substr(5))) {
    endpoint.remove_prefix(5);
    ApiParams params(request.params.begin(), request.params.end());
    ApiResponse answer = HandleApi(store, std::string(endpoint), params);
    return Content(answer.status, std::move(answer.body), "application/json; charset=utf-8");
  }
  // No icon: an empty answer rather than a 404 in every page's console.
  if (path == "/favicon.ico") return {204, "", "", {}};
  return {404, "", "", {}};
}

}  // namespace

absl::Status Serve(const Store& store, const ServerOptions& options) {
  HttpListener listener;
  if (const absl::Status bound = listener.Bind(options.port); !bound.ok()) {
    if (options.port == 0) return absl::UnavailableError("cannot listen on 127.0.0.1");
    return absl::UnavailableError(absl::StrCat("cannot listen on 127.0.0.1:", options.port,
                                               " (in use? give another with --port N)"));
  }
  if (options.on_listening) {
    options.on_listening(absl::StrCat("http://", kHost, ":", listener.port(), "/"));
  }
  return listener.Serve([&store](const HttpRequest& request) {
    HttpResponse response = Route(store, request);
    // An error without a body (an API error already has its JSON) says what
    // was not found.
    if (response.status >= 400 && response.body.empty()) {
      response = Content(response.status, absl::StrCat(response.status, " ", request.path, "\n"),
                         "text/plain; charset=utf-8");
    }
    return response;
  });
}

}  // namespace kg::ui
