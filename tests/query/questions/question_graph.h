// The graph the questions' tests ask about, written through
// Store::WriteArticle into a real store in a temporary directory. All names,
// dates and sentences are invented.
//
// Offices (single = one holder at a time):
//   Minister of Labor and Social Protection (single, alias "Labor Minister")
//     a01 2022-01-11 Dana Omarova appointed (by the President)
//     a02 2022-01-12 Dana Omarova held it from 2022-01 (career line)
//     a03 2023-06-01 Dana Omarova seen in passing
//     a05 2024-02-06 Aliya Sarsenova appointed      -> Dana's end inferred
//     a07 2024-09-10 Aliya Sarsenova seen in passing
//   Minister of Energy (single)
//     a04 2023-05-02 Berik Tulegenov appointed
//     a06 2024-03-05 Dana Omarova appointed          -> Berik's end inferred
//   Vice Minister of Energy (several at a time)
//     a02 Dana Omarova held 2019-03 .. 2021-12; a12 2018-05-03 Serik Bekov
//     appointed; a11 2020-02-14 Zhanar Amirkhanova appointed (no inference)
//   Akim of Almaty Region (single)
//     a10 2019-11-02 Nurlan Abenov seen in passing (no tenure)
//     a09 2020-06-20 Erlan Kassymov appointed in "2020-06"
//     a08 2023-09-15 Erlan Kassymov dismissed
// Dana Omarova is also a member of the Amanat party since 2015 and of the
// Council of Foreign Investors (undated), from a02.
//
// Laws:
//   On Public Procurement: drafted (2024-11, l1), submitted to the Majilis
//     (2024-11-20, l1), approved in first reading (2025-02-12, l2), adopted
//     by the Majilis on 2025-04-02 (l3) and on 2025-04-03 (l4), signed
//     2025-03-28 (l5), in force with no date (l5).
//   On Territorial Defense: signed 2025-06-01 (l6), nothing else.
//   On Mass Media: adopted and submitted to the Senate 2025-01-15 (l7,
//     submission stated first), returned by the Senate
//     2025-02-05 (l8), adopted again 2025-03-12 (l9), approved by the
//     Senate 2025-03-26 (l9), signed 2025-04-10 (l10).
#ifndef KG_TESTS_QUERY_QUESTIONS_QUESTION_GRAPH_H_
#define KG_TESTS_QUERY_QUESTIONS_QUESTION_GRAPH_H_

#include <memory>
#include <string>
#include <vector>

#include "graph/fact.h"
#include "graph/store.h"
#include "tests/graph/store_test_util.h"

namespace kg::testing {

std::vector<ArticleFacts> QuestionGraphArticles();

// A store in a temporary directory holding QuestionGraphArticles().
class QuestionGraph {
 public:
  QuestionGraph();
  Store& store() { return *store_; }
  const std::string& path() const { return path_; }
  // Closes the store, so that the kg binary can open it.
  void Close() { store_.reset(); }

 private:
  TempDir dir_;
  std::string path_;
  std::unique_ptr<Store> store_;
};

// Date::Parse or die.
Date D(const char* text);

}  // namespace kg::testing

#endif  // KG_TESTS_QUERY_QUESTIONS_QUESTION_GRAPH_H_
