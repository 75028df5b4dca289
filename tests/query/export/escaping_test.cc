#include "query/export/escaping.h"

#include <string>

#include "gtest/gtest.h"

namespace kg {
namespace {

TEST(SanitizeUtf8, KeepsValidTextAndReplacesEachBadByte) {
  EXPECT_EQ(SanitizeUtf8("Мәжіліс and Toqaev"), "Мәжіліс and Toqaev");
  EXPECT_EQ(SanitizeUtf8("a\xff"
                         "b"),
            "a\uFFFD"
            "b");
  // A truncated three-byte sequence: each of its bytes is one U+FFFD.
  EXPECT_EQ(SanitizeUtf8("x\xe2\x82"), "x\uFFFD\uFFFD");
  // Overlong "/" and a UTF-16 surrogate are not characters.
  EXPECT_EQ(SanitizeUtf8("\xc0\xaf"), "\uFFFD\uFFFD");
  EXPECT_EQ(SanitizeUtf8("\xed\xa0\x80"), "\uFFFD\uFFFD\uFFFD");
}

TEST(SanitizeUtf8, ReplacesCharactersXmlForbids) {
  EXPECT_EQ(SanitizeUtf8(std::string("a\0b\x01\x1f", 5)),
            "a\uFFFD"
            "b\uFFFD\uFFFD");
  EXPECT_EQ(SanitizeUtf8("\uFFFE|\uFFFF"), "\uFFFD|\uFFFD");
  EXPECT_EQ(SanitizeUtf8("tab\tline\ncr\r"), "tab\tline\ncr\r");
}

TEST(XmlEscape, EscapesMarkupQuotesAndWhitespaceThatAttributesWouldNormalize) {
  EXPECT_EQ(XmlEscape("Labor & \"Social\" <Protection> it's"),
            "Labor &amp; &quot;Social&quot; &lt;Protection&gt; it&apos;s");
  EXPECT_EQ(XmlEscape("a\tb\nc\rd"), "a&#9;b&#10;c&#13;d");
  EXPECT_EQ(XmlEscape("\x01\xff"), "\uFFFD\uFFFD");
}

TEST(DotQuote, QuotesAndKeepsBackslashEscapesAndEntitiesLiteral) {
  EXPECT_EQ(DotQuote("Law \"On Employment\""), "\"Law \\\"On Employment\\\"\"");
  EXPECT_EQ(DotQuote("a\\N b\\"), "\"a\\\\N b\\\\\"");
  EXPECT_EQ(DotQuote("AT&T &lt;x&gt;"), "\"AT&amp;T &amp;lt;x&amp;gt;\"");
  EXPECT_EQ(DotQuote("one\ntwo\r\tthree"), "\"one\\ntwo three\"");
  EXPECT_EQ(DotQuote("Мәжіліс"), "\"Мәжіліс\"");
}

TEST(JsonQuote, IsValidJsonThatCannotEndAScriptElement) {
  EXPECT_EQ(JsonQuote("say \"hi\" \\ now"), "\"say \\\"hi\\\" \\\\ now\"");
  EXPECT_EQ(JsonQuote("a\nb\tc\rd"), "\"a\\nb\\tc\\rd\"");
  EXPECT_EQ(JsonQuote("</script><!-- & >"), "\"\\u003C/script\\u003E\\u003C!-- \\u0026 \\u003E\"");
  EXPECT_EQ(JsonQuote("line\u2028para\u2029"), "\"line\\u2028para\\u2029\"");
  EXPECT_EQ(JsonQuote(std::string("nul\0", 4)), "\"nul\uFFFD\"");
  EXPECT_EQ(JsonQuote("Мәжіліс"), "\"Мәжіліс\"");
}

}  // namespace
}  // namespace kg
