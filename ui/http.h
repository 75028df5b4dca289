// The HTTP/1.1 that `kg ui` needs, and no more: a server on 127.0.0.1 that
// reads requests (no bodies are accepted), hands each to one handler and
// writes its answer with a Content-Length, keeping connections alive.
//
//   HttpListener listener;
//   KG_RETURN_IF_ERROR(listener.Bind(8737));        // 0: any free port
//   listener.Serve([](const HttpRequest& request) {
//     return HttpResponse{200, "text/plain", "hello\n"};
//   });
//
// Why not a library: cpp-httplib, as Debian builds it, brings OpenSSL,
// zlib and brotli into every start of `kg`, whatever the command (2.4 ms of
// a 4 ms budget, issue 10); kg ui serves plain HTTP to this machine only.
//
// What it does not do: TLS, chunked or any request bodies (a request with
// one is answered and the connection closed), ranges, compression,
// pipelining beyond reading requests one after another. HEAD is answered as
// GET without the body. Each connection has its own thread; an idle one is
// closed after kIdleSeconds.
//
// Thread safety: the handler is called from several threads at once.
#ifndef KG_UI_HTTP_H_
#define KG_UI_HTTP_H_

#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"

namespace kg::ui {

struct HttpRequest {
  std::string method;  // "GET", "HEAD", "POST"...
  std::string path;    // percent-decoded, without the query
  // The query string's parameters, decoded ('+' is a space), in order.
  std::multimap<std::string, std::string> params;
};

struct HttpResponse {
  int status = 200;
  std::string content_type;  // empty: no Content-Type (a 204)
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // more headers
};

// Decodes %XX (and, when `plus_is_space`, '+'); a malformed escape is kept as
// it is.
std::string PercentDecode(std::string_view text, bool plus_is_space);

class HttpListener {
 public:
  // Seconds a kept-alive connection may stay idle before it is closed.
  static constexpr int kIdleSeconds = 5;

  HttpListener() = default;
  ~HttpListener();
  HttpListener(const HttpListener&) = delete;
  HttpListener& operator=(const HttpListener&) = delete;

  // Listens on 127.0.0.1:`port` (0: a free port). Unavailable when it cannot.
  absl::Status Bind(int port);
  // The port listened on, after Bind.
  int port() const { return port_; }
  // Accepts connections until the listening socket fails (never, normally).
  absl::Status Serve(std::function<HttpResponse(const HttpRequest&)> handler);

 private:
  int socket_ = -1;
  int port_ = 0;
};

}  // namespace kg::ui

#endif  // KG_UI_HTTP_H_
