// ui/http.h through a real socket: requests as a browser and curl send them,
// kept-alive connections, HEAD, bodies refused, malformed heads, decoding.
#include "ui/http.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <string>
#include <thread>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace kg::ui {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

// One listener for the suite, echoing what it parsed.
class HttpTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    listener_ = new HttpListener;
    ASSERT_TRUE(listener_->Bind(0).ok());
    std::thread([] {
      listener_
          ->Serve([](const HttpRequest& request) {
            std::string body = request.method + " " + request.path + "\n";
            for (const auto& [name, value] : request.params) body += name + "=" + value + "\n";
            return HttpResponse{200, "text/plain", body, {{"X-Test", "yes"}}};
          })
          .IgnoreError();
    }).detach();
  }

  // Connects, sends `request` and reads until the server closes or, when
  // `responses` answers have come (counted by their status lines), stops.
  static std::string Exchange(const std::string& request, int responses = 1) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(listener_->port()));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    EXPECT_EQ(::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
    EXPECT_EQ(::send(fd, request.data(), request.size(), 0), static_cast<ssize_t>(request.size()));
    std::string got;
    char chunk[4096];
    for (;;) {
      size_t count = 0;
      for (size_t at = got.find("HTTP/1.1 "); at != std::string::npos;
           at = got.find("HTTP/1.1 ", at + 1)) {
        ++count;
      }
      // The last answer is whole once its body (Content-Length) is in.
      if (count >= static_cast<size_t>(responses)) {
        const size_t head_end = got.rfind("\r\n\r\n");
        const size_t length_at = got.rfind("Content-Length: ");
        if (head_end != std::string::npos && length_at != std::string::npos &&
            length_at < head_end &&
            got.size() - head_end - 4 >= std::stoul(got.substr(length_at + 16))) {
          break;
        }
      }
      const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
      if (n <= 0) break;
      got.append(chunk, static_cast<size_t>(n));
    }
    ::close(fd);
    return got;
  }

  static HttpListener* listener_;
};

HttpListener* HttpTest::listener_ = nullptr;

TEST_F(HttpTest, AnswersAGetWithItsDecodedPathAndParameters) {
  const std::string got =
      Exchange("GET /a%20b?name=Minister+of%20Energy&at=2024-01&flag HTTP/1.1\r\nHost: x\r\n\r\n");
  EXPECT_THAT(got, StartsWith("HTTP/1.1 200 OK\r\n"));
  EXPECT_THAT(got, HasSubstr("Content-Type: text/plain\r\n"));
  EXPECT_THAT(got, HasSubstr("X-Test: yes\r\n"));
  EXPECT_THAT(got, HasSubstr("\r\n\r\nGET /a b\nat=2024-01\nflag=\nname=Minister of Energy\n"));
}

TEST_F(HttpTest, KeepsAConnectionAliveForTheNextRequest) {
  const std::string got =
      Exchange("GET /one HTTP/1.1\r\nHost: x\r\n\r\nGET /two HTTP/1.1\r\nHost: x\r\n\r\n", 2);
  EXPECT_THAT(got, HasSubstr("Connection: keep-alive\r\n"));
  EXPECT_THAT(got, HasSubstr("GET /one\n"));
  EXPECT_THAT(got, HasSubstr("GET /two\n"));
}

TEST_F(HttpTest, ClosesWhenAskedOrForHttp10) {
  EXPECT_THAT(Exchange("GET /x HTTP/1.1\r\nConnection: close\r\n\r\n"),
              HasSubstr("Connection: close\r\n"));
  EXPECT_THAT(Exchange("GET /x HTTP/1.0\r\n\r\n"), HasSubstr("Connection: close\r\n"));
}

TEST_F(HttpTest, HeadHasTheLengthButNoBody) {
  const std::string got = Exchange("HEAD /x HTTP/1.1\r\nConnection: close\r\n\r\n");
  EXPECT_THAT(got, HasSubstr("Content-Length: 8\r\n"));
  EXPECT_EQ(got.substr(got.find("\r\n\r\n") + 4), "");
}

TEST_F(HttpTest, ARequestWithABodyIsAnsweredThenClosed) {
  const std::string got = Exchange("POST /x HTTP/1.1\r\nContent-Length: 3\r\n\r\nq=x", 1);
  EXPECT_THAT(got, StartsWith("HTTP/1.1 200 OK\r\n"));
  EXPECT_THAT(got, HasSubstr("POST /x\n"));
  EXPECT_THAT(got, HasSubstr("Connection: close\r\n"));
}

TEST_F(HttpTest, AMalformedHeadIsABadRequest) {
  EXPECT_THAT(Exchange("nonsense\r\n\r\n"), StartsWith("HTTP/1.1 400 Bad Request\r\n"));
  EXPECT_THAT(Exchange("GET x HTTP/1.1\r\n\r\n"), StartsWith("HTTP/1.1 400 "));
  EXPECT_THAT(Exchange("GET /x HTTP/2\r\n\r\n"), StartsWith("HTTP/1.1 400 "));
  EXPECT_THAT(Exchange("GET /x HTTP/1.1\r\nno colon\r\n\r\n"), StartsWith("HTTP/1.1 400 "));
  EXPECT_THAT(Exchange("GET /" + std::string(100000, 'a') + " HTTP/1.1\r\n\r\n"),
              StartsWith("HTTP/1.1 431 "));
}

TEST(PercentDecodeTest, DecodesEscapesAndKeepsMalformedOnes) {
  EXPECT_EQ(PercentDecode("a%20b%2Fc", false), "a b/c");
  EXPECT_EQ(PercentDecode("a+b", false), "a+b");
  EXPECT_EQ(PercentDecode("a+b", true), "a b");
  EXPECT_EQ(PercentDecode("%zz%4", true), "%zz%4");
  EXPECT_EQ(PercentDecode("%C3%A9", true), "\xC3\xA9");
  EXPECT_EQ(PercentDecode("%", true), "%");
}

}  // namespace
}  // namespace kg::ui
