// Extraction as data: every file in tests/data/extraction/ (cases) and
// tests/data/variants/ (a construction's variant table: the same act in many
// forms, and the sentences that must yield nothing) holds articles and the
// facts kg must and must not read out of them, so that a new case needs no
// C++. The format:
//
//   # a comment
//   === 2025-06-04 A title for the article        an article dated 2025-06-04
//   Body line one.                                  (or "=== none" for no date)
//   Body line two.
//   ---
//   + appointed_to | Gulzat Kobenova | Vice Minister of Energy | date=2025-06-04 by=Government
//   + person | Gulzat Kobenova
//   - appointed_to | Ruslan Akhmetzhanov | *          must not be extracted
//   - dismissed_from                                   no dismissal at all
//   = facts 3                                          exactly three facts
//
// A fact line is: relation | source | target | key=value... where keys are
// date, start, end, as_of, by, stage, level (a value "-" means empty). Names
// compare folded (case, transliteration); a target matches the node's
// canonical name or the article's own words for it; "*" matches anything.
// `person | NAME` is about the article's person entities; partner_of matches
// in either direction.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "graph/name_folding.h"
#include "gtest/gtest.h"
#include "ingest/article_extractor.h"

namespace kg {
namespace {

struct Expectation {
  int line = 0;
  bool must = true;  // '+' must be there, '-' must not
  std::string relation;
  std::string source;  // empty: any
  std::string target;  // empty: any
  std::vector<std::pair<std::string, std::string>> fields;
};

struct Case {
  std::string file;
  int line = 0;
  Article article;
  std::vector<Expectation> expectations;
  int exact_fact_count = -1;
};

std::string Trim(std::string_view s) {
  return std::string(absl::StripAsciiWhitespace(absl::string_view(s.data(), s.size())));
}

std::vector<Case> LoadCases(const std::string& path) {
  std::vector<Case> cases;
  std::ifstream in(path);
  std::string line;
  int number = 0;
  bool in_facts = false;
  while (std::getline(in, line)) {
    ++number;
    if (line.starts_with("#")) continue;
    if (line.starts_with("=== ")) {
      Case c;
      c.file = path;
      c.line = number;
      std::string header = line.substr(4);
      const size_t space = header.find(' ');
      const std::string date = header.substr(0, space);
      if (date != "none") c.article.date = Date::Parse(date).value_or(Date());
      c.article.title = space == std::string::npos ? "" : header.substr(space + 1);
      c.article.id = std::filesystem::path(path).stem().string() + ":" + std::to_string(number);
      cases.push_back(std::move(c));
      in_facts = false;
      continue;
    }
    if (cases.empty()) continue;
    Case& c = cases.back();
    if (line == "---") {
      in_facts = true;
      continue;
    }
    if (!in_facts) {
      if (!c.article.text.empty()) c.article.text += '\n';
      c.article.text += line;
      continue;
    }
    const std::string trimmed = Trim(line);
    if (trimmed.empty()) continue;
    if (trimmed.starts_with("= facts ")) {
      c.exact_fact_count = std::stoi(trimmed.substr(8));
      continue;
    }
    Expectation e;
    e.line = number;
    e.must = trimmed[0] == '+';
    std::vector<std::string> parts = absl::StrSplit(trimmed.substr(1), '|');
    for (std::string& p : parts) p = Trim(p);
    e.relation = parts[0];
    if (parts.size() > 1 && parts[1] != "*") e.source = parts[1];
    if (parts.size() > 2 && parts[2] != "*") e.target = parts[2];
    if (parts.size() > 3) {
      for (absl::string_view kv : absl::StrSplit(parts[3], ' ', absl::SkipEmpty())) {
        const size_t eq = kv.find('=');
        std::string value(kv.substr(eq + 1));
        if (value == "-") value.clear();
        // Spaces inside a value are written as '_' ("stage=first_reading").
        std::replace(value.begin(), value.end(), '_', ' ');
        e.fields.emplace_back(std::string(kv.substr(0, eq)), value);
      }
    }
    c.expectations.push_back(std::move(e));
  }
  return cases;
}

bool SameName(const std::string& expected, const NodeRef& node) {
  if (expected.empty()) return true;
  const std::string folded = FoldName(expected);
  return folded == FoldName(node.name) ||
         (!node.surface.empty() && folded == FoldName(node.surface));
}

std::string FieldOf(const Fact& fact, const std::string& key) {
  if (key == "date") return fact.time.date.ToString();
  if (key == "start") return fact.time.start.ToString();
  if (key == "end") return fact.time.end.ToString();
  if (key == "as_of") return fact.time.as_of.ToString();
  if (key == "by") return fact.by;
  if (key == "stage") return fact.stage;
  if (key == "level") return fact.level;
  return "<unknown field " + key + ">";
}

bool Matches(const Expectation& e, const Fact& fact) {
  if (RelationName(fact.relation) != e.relation) return false;
  const bool ends = SameName(e.source, fact.source) && SameName(e.target, fact.target);
  // partner_of holds both ways.
  const bool swapped = IsSymmetric(fact.relation) && SameName(e.source, fact.target) &&
                       SameName(e.target, fact.source);
  if (!ends && !swapped) return false;
  for (const auto& [key, value] : e.fields) {
    if (FieldOf(fact, key) != value) return false;
  }
  return true;
}

std::string Describe(const ArticleFacts& facts) {
  std::string out;
  for (const Fact& f : facts.facts) {
    out += "    " + std::string(RelationName(f.relation)) + " | " + f.source.name + " | " +
           f.target.name + (f.target.surface.empty() ? "" : " (" + f.target.surface + ")") +
           " | date=" + f.time.date.ToString() + " start=" + f.time.start.ToString() +
           " end=" + f.time.end.ToString() + " as_of=" + f.time.as_of.ToString() + " by=" + f.by +
           " stage=" + f.stage + " level=" + f.level + "\n";
  }
  out += "    persons:";
  for (const NodeRef& e : facts.entities) {
    if (e.kind == NodeKind::kPerson) out += " [" + e.name + "]";
  }
  return out + "\n";
}

class ExtractionCasesTest : public testing::TestWithParam<std::string> {
 protected:
  static void SetUpTestSuite() {
    auto extractor = ArticleExtractor::Create(KG_DATA_DIR);
    ASSERT_TRUE(extractor.ok()) << extractor.status();
    extractor_ = std::move(*extractor).release();
  }
  static void TearDownTestSuite() {
    delete extractor_;
    extractor_ = nullptr;
  }
  static const ArticleExtractor* extractor_;
};
const ArticleExtractor* ExtractionCasesTest::extractor_ = nullptr;

TEST_P(ExtractionCasesTest, FactsAsExpected) {
  const std::vector<Case> cases = LoadCases(GetParam());
  ASSERT_FALSE(cases.empty()) << GetParam() << " has no cases";
  for (const Case& c : cases) {
    ASSERT_FALSE(c.expectations.empty() && c.exact_fact_count < 0)
        << c.file << ":" << c.line << ": a case that expects nothing checks nothing";
    const ArticleFacts facts = extractor_->Extract(c.article);
    for (const Expectation& e : c.expectations) {
      bool found;
      if (e.relation == "person") {
        found = std::any_of(facts.entities.begin(), facts.entities.end(), [&](const NodeRef& n) {
          return n.kind == NodeKind::kPerson && (e.source.empty() || SameName(e.source, n));
        });
      } else {
        found = std::any_of(facts.facts.begin(), facts.facts.end(),
                            [&](const Fact& f) { return Matches(e, f); });
      }
      EXPECT_EQ(found, e.must) << c.file << ":" << e.line << ": "
                               << (e.must ? "missing" : "must not be extracted") << "\n  got:\n"
                               << Describe(facts);
    }
    if (c.exact_fact_count >= 0) {
      EXPECT_EQ(static_cast<int>(facts.facts.size()), c.exact_fact_count)
          << c.file << ":" << c.line << "\n  got:\n"
          << Describe(facts);
    }
  }
}

std::vector<std::string> CaseFiles() {
  std::vector<std::string> files;
  for (const char* dir : {"/tests/data/extraction", "/tests/data/variants"}) {
    for (const auto& entry :
         std::filesystem::directory_iterator(std::string(KG_SOURCE_DIR) + dir)) {
      if (entry.path().extension() == ".txt") files.push_back(entry.path().string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

INSTANTIATE_TEST_SUITE_P(Files, ExtractionCasesTest, testing::ValuesIn(CaseFiles()),
                         [](const testing::TestParamInfo<std::string>& info) {
                           const std::filesystem::path path(info.param);
                           std::string name =
                               path.parent_path().filename().string() + "_" + path.stem().string();
                           for (char& ch : name) {
                             if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
                           }
                           return name;
                         });

}  // namespace
}  // namespace kg
