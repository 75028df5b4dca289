#include "ui/http.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <memory>
#include <string_view>
#include <thread>

#include "absl/strings/str_cat.h"

namespace kg::ui {
namespace {

// A request head longer than this is refused (httplib's limit was 8 KiB a line).
constexpr size_t kMaxHeadBytes = 64 << 10;

const char* Reason(int status) {
  switch (status) {
    case 200:
      return "OK";
    case 204:
      return "No Content";
    case 400:
      return "Bad Request";
    case 404:
      return "Not Found";
    case 405:
      return "Method Not Allowed";
    case 409:
      return "Conflict";
    case 431:
      return "Request Header Fields Too Large";
    case 500:
      return "Internal Server Error";
    default:
      return "Unknown";
  }
}

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

bool SendAll(int fd, std::string_view data) {
  while (!data.empty()) {
    const ssize_t sent = ::send(fd, data.data(), data.size(), MSG_NOSIGNAL);
    if (sent < 0 && errno == EINTR) continue;
    if (sent <= 0) return false;
    data.remove_prefix(static_cast<size_t>(sent));
  }
  return true;
}

bool Respond(int fd, const HttpResponse& response, bool with_body, bool keep_alive) {
  std::string head =
      absl::StrCat("HTTP/1.1 ", response.status, " ", Reason(response.status), "\r\n");
  if (!response.content_type.empty()) {
    absl::StrAppend(&head, "Content-Type: ", response.content_type, "\r\n");
  }
  if (response.status != 204) {
    absl::StrAppend(&head, "Content-Length: ", response.body.size(), "\r\n");
  }
  for (const auto& [name, value] : response.headers) {
    absl::StrAppend(&head, name, ": ", value, "\r\n");
  }
  absl::StrAppend(&head, "Connection: ", keep_alive ? "keep-alive" : "close", "\r\n\r\n");
  if (!SendAll(fd, head)) return false;
  return !with_body || response.status == 204 || SendAll(fd, response.body);
}

void ParseQuery(std::string_view query, HttpRequest* request) {
  while (!query.empty()) {
    const size_t amp = query.find('&');
    const std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    if (pair.empty()) continue;
    const size_t eq = pair.find('=');
    const std::string_view name = pair.substr(0, eq);
    const std::string_view value =
        eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1);
    request->params.emplace(PercentDecode(name, true), PercentDecode(value, true));
  }
}

// What the head says beyond the request itself.
struct Head {
  bool keep_alive = true;
  bool has_body = false;
};

// Parses "METHOD TARGET HTTP/1.x" and the headers; false when malformed.
bool ParseHead(std::string_view text, HttpRequest* request, Head* head) {
  const size_t line_end = text.find("\r\n");
  const std::string_view line = text.substr(0, line_end);
  const size_t first = line.find(' ');
  const size_t last = line.rfind(' ');
  if (first == std::string_view::npos || first == last) return false;
  request->method = std::string(line.substr(0, first));
  const std::string_view target = line.substr(first + 1, last - first - 1);
  const std::string_view version = line.substr(last + 1);
  if (version != "HTTP/1.1" && version != "HTTP/1.0") return false;
  if (target.empty() || target[0] != '/') return false;
  const size_t question = target.find('?');
  request->path = PercentDecode(target.substr(0, question), false);
  if (question != std::string_view::npos) ParseQuery(target.substr(question + 1), request);
  head->keep_alive = version == "HTTP/1.1";
  std::string_view rest =
      line_end == std::string_view::npos ? std::string_view() : text.substr(line_end + 2);
  while (!rest.empty()) {
    const size_t end = rest.find("\r\n");
    const std::string_view header = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 2);
    const size_t colon = header.find(':');
    if (colon == std::string_view::npos) return false;
    const std::string name = Lower(header.substr(0, colon));
    const std::string value = Lower(Trim(header.substr(colon + 1)));
    if (name == "connection") {
      if (value == "close") head->keep_alive = false;
      if (value == "keep-alive") head->keep_alive = true;
    } else if (name == "content-length") {
      uint64_t length = 0;
      const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), length);
      if (error != std::errc() || end != value.data() + value.size()) return false;
      if (length > 0) head->has_body = true;
    } else if (name == "transfer-encoding") {
      head->has_body = true;
    }
  }
  return true;
}

// Closes after an answer, reading (and dropping) what the client still
// sends for a moment: closing a socket with unread input resets the
// connection, and the client may lose the answer with it.
void CloseAfterAnswer(int fd) {
  ::shutdown(fd, SHUT_WR);
  timeval linger{1, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &linger, sizeof linger);
  char chunk[8192];
  size_t drained = 0;
  while (drained < (size_t{1} << 20)) {
    const ssize_t got = ::recv(fd, chunk, sizeof chunk, 0);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) break;
    drained += static_cast<size_t>(got);
  }
  ::close(fd);
}

void ServeConnection(int fd, const std::function<HttpResponse(const HttpRequest&)>& handler) {
  timeval idle{HttpListener::kIdleSeconds, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &idle, sizeof idle);
  std::string buffer;
  for (;;) {
    size_t end;
    while ((end = buffer.find("\r\n\r\n")) == std::string::npos) {
      if (buffer.size() > kMaxHeadBytes) {
        Respond(fd, {431, "text/plain; charset=utf-8", "431 request head too large\n", {}}, true,
                false);
        CloseAfterAnswer(fd);
        return;
      }
      char chunk[8192];
      const ssize_t got = ::recv(fd, chunk, sizeof chunk, 0);
      if (got < 0 && errno == EINTR) continue;
      if (got <= 0) {  // closed, idle too long, or failed
        ::close(fd);
        return;
      }
      buffer.append(chunk, static_cast<size_t>(got));
    }
    HttpRequest request;
    Head head;
    const bool parsed = ParseHead(std::string_view(buffer).substr(0, end), &request, &head);
    buffer.erase(0, end + 4);
    if (!parsed) {
      Respond(fd, {400, "text/plain; charset=utf-8", "400 bad request\n", {}}, true, false);
      break;
    }
    // A body is never read: answer, then close rather than parse past it.
    const bool keep_alive = head.keep_alive && !head.has_body;
    const HttpResponse response = handler(request);
    if (!Respond(fd, response, request.method != "HEAD", keep_alive) || !keep_alive) break;
  }
  CloseAfterAnswer(fd);
}

}  // namespace

std::string PercentDecode(std::string_view text, bool plus_is_space) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '%' && i + 2 < text.size()) {
      const int high = HexDigit(text[i + 1]);
      const int low = HexDigit(text[i + 2]);
      if (high >= 0 && low >= 0) {
        out += static_cast<char>(high * 16 + low);
        i += 2;
        continue;
      }
    }
    out += plus_is_space && c == '+' ? ' ' : c;
  }
  return out;
}

HttpListener::~HttpListener() {
  if (socket_ >= 0) ::close(socket_);
}

absl::Status HttpListener::Bind(int port) {
  socket_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (socket_ < 0) return absl::UnavailableError("cannot open a socket");
  const int yes = 1;
  ::setsockopt(socket_, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::bind(socket_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
      ::listen(socket_, SOMAXCONN) != 0) {
    const int failure = errno;
    ::close(socket_);
    socket_ = -1;
    return absl::UnavailableError(std::strerror(failure));
  }
  socklen_t length = sizeof address;
  ::getsockname(socket_, reinterpret_cast<sockaddr*>(&address), &length);
  port_ = ntohs(address.sin_port);
  return absl::OkStatus();
}

absl::Status HttpListener::Serve(std::function<HttpResponse(const HttpRequest&)> handler) {
  // Shared with the connections' threads, which may outlive this call.
  auto shared =
      std::make_shared<const std::function<HttpResponse(const HttpRequest&)>>(std::move(handler));
  for (;;) {
    const int fd = ::accept4(socket_, nullptr, nullptr, SOCK_CLOEXEC);
    if (fd < 0) {
      if (errno == EINTR || errno == ECONNABORTED || errno == EMFILE || errno == ENFILE ||
          errno == ENOBUFS || errno == ENOMEM) {
        if (errno != EINTR && errno != ECONNABORTED) ::usleep(10000);
        continue;
      }
      return absl::UnavailableError(absl::StrCat("accepting a connection: ", std::strerror(errno)));
    }
    std::thread([fd, shared] { ServeConnection(fd, *shared); }).detach();
  }
}

}  // namespace kg::ui
