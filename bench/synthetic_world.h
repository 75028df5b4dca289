// The state behind the synthetic corpus (synthetic_corpus.h): a PRNG that
// gives the same numbers everywhere, calendar arithmetic, and the people,
// offices and laws the articles talk about. Internal to bench/.
#ifndef KG_BENCH_SYNTHETIC_WORLD_H_
#define KG_BENCH_SYNTHETIC_WORLD_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "bench/corpus_vocabulary.h"

namespace kg::bench {

// splitmix64: tiny, fast, and specified bit for bit, unlike the standard
// library's distributions, whose output differs between implementations.
class Random {
 public:
  explicit Random(uint64_t seed) : state_(seed) {}

  uint64_t Next();
  // Uniform in [0, n), n > 0. The modulo bias (n / 2^64) is irrelevant here.
  uint64_t Below(uint64_t n) { return Next() % n; }
  // Uniform in [low, high].
  int Between(int low, int high) { return low + static_cast<int>(Below(high - low + 1)); }
  // True with probability percent / 100.
  bool Percent(int percent) { return Below(100) < static_cast<uint64_t>(percent); }
  std::string_view Pick(vocabulary::List list) { return list[Below(list.size())]; }

 private:
  uint64_t state_;
};

// A day of the proleptic Gregorian calendar.
struct CalendarDay {
  int64_t days = 0;  // since 1970-01-01
  int year = 1970;
  int month = 1;
  int day = 1;

  static CalendarDay FromDays(int64_t days);
  static CalendarDay FromDate(int year, int month, int day);

  std::string_view WeekdayName() const;  // "Monday"
  std::string Iso() const;               // "2023-03-14"
  std::string Long() const;              // "March 14, 2023"
  std::string MonthDay() const;          // "March 14"
};

std::string_view MonthName(int month);  // 1..12

struct Person {
  std::string given;
  std::string surname;
  bool female = false;
  int born = 1970;
  std::string_view birthplace;

  std::string name() const { return given + " " + surname; }
  std::string_view he() const { return female ? "she" : "he"; }
  std::string_view He() const { return female ? "She" : "He"; }
  std::string_view his() const { return female ? "her" : "his"; }
};

struct Office {
  std::string name;
  // The person who holds it now (an index for World::person), or -1.
  int64_t holder = -1;
};

// A law's stages in the order the corpus reports them.
enum class LawStage {
  kDrafted,
  kSubmitted,
  kFirstReading,
  kSecondReading,
  kSenate,
  kSigned,
  kInForce,
  kDone,
};

struct Law {
  std::string topic;  // "road safety"
  LawStage stage = LawStage::kDrafted;
  int drafting_field = 0;  // index into MinistryFields()
};

class World {
 public:
  World(uint64_t seed, uint64_t articles);

  uint64_t people() const { return people_; }
  // Person `index` (< people()), decoded from the index: the pool costs no
  // memory, and distinct indexes are distinct names.
  Person person(uint64_t index) const;
  uint64_t RandomPerson(Random& random) const { return random.Below(people_); }

  std::vector<Office>& offices() { return offices_; }
  // An office for an appointment, a dismissal or a statement: drawn with a
  // skew so that the first few are busy (about 7% of draws go to the first
  // office), as ministries are in the real feeds.
  size_t PickBusyOffice(Random& random) const;
  // Any office at all, department directors included: for biographies.
  size_t PickAnyOffice(Random& random) const { return random.Below(offices_.size()); }

  // A law for the next law article: usually one already in progress, moved
  // on a stage by the caller; sometimes a new one.
  Law& PickLaw(Random& random);

 private:
  uint64_t seed_;
  uint64_t capacity_;   // distinct names available
  uint64_t people_;     // names used
  uint64_t stride_;     // coprime with capacity_: index -> name permutation
  size_t named_posts_;  // offices before the department directors
  std::vector<Office> offices_;
  std::vector<Law> active_laws_;
  uint64_t next_topic_ = 0;
};

}  // namespace kg::bench

#endif  // KG_BENCH_SYNTHETIC_WORLD_H_
