// The word lists the synthetic corpus generator draws from: given names and
// surname roots, ministries' fields, regions, countries, law topics and the
// sentences that pad an article to a realistic length.
//
// Everything here was written for kg's benchmarks. The lists are fixed: a
// corpus is a function of (seed, size) only, so changing a list changes every
// corpus generated after it, and numbers measured before and after the change
// are not comparable.
#ifndef KG_BENCH_CORPUS_VOCABULARY_H_
#define KG_BENCH_CORPUS_VOCABULARY_H_

#include <span>
#include <string_view>

namespace kg::bench::vocabulary {

using List = std::span<const std::string_view>;

List MaleGivenNames();
List FemaleGivenNames();
// Surname roots: root + "ov" / "bayev" / "bekov" (+ "a" for a woman).
List SurnameRoots();
List SurnameEndings();

// Fields of ministries, as in "Minister of <field>".
List MinistryFields();
// "<Name> region", each one of the regions in data/lexicon/places.tsv.
List Regions();
List Cities();
List Countries();
// Levels of bilateral relations: "strategic partnership", ...
List PartnershipLevels();
// Named agencies whose head is a "Chairman of the ...".
List Agencies();
List Universities();
// "<role> at <employer>": the first job of a biography.
List JuniorRoles();
List Employers();
// Departments: "Director of the <department> Department of the Ministry of <field>".
List Departments();
// Law topics are "<area> <matter>" ("road safety", "banking supervision").
List LawAreas();
List LawMatters();
// Who reports: "..., <source> reports."
List NewsSources();
List Sectors();
List Products();

// Padding sentences with placeholders the generator fills:
//   {region} {city} {country} {sector} {product} {year} {n} {m} {x} {pct}
List FillerSentences();
// What an official said: "<Office> <Name> said that <statement>."
List Statements();

}  // namespace kg::bench::vocabulary

#endif  // KG_BENCH_CORPUS_VOCABULARY_H_
