#include "bench/synthetic_world.h"

#include <algorithm>
#include <numeric>
#include <string>

namespace kg::bench {
namespace {

constexpr std::string_view kMonths[] = {"January",   "February", "March",    "April",
                                        "May",       "June",     "July",     "August",
                                        "September", "October",  "November", "December"};
// 1970-01-01 was a Thursday.
constexpr std::string_view kWeekdays[] = {"Thursday", "Friday",  "Saturday", "Sunday",
                                          "Monday",   "Tuesday", "Wednesday"};

// Howard Hinnant's days_from_civil / civil_from_days.
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

uint64_t Mix(uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

}  // namespace

uint64_t Random::Next() {
  state_ += 0x9e3779b97f4a7c15ULL;
  uint64_t z = state_;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

CalendarDay CalendarDay::FromDays(int64_t days) {
  const int64_t z = days + 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  CalendarDay result;
  result.days = days;
  result.year = static_cast<int>(static_cast<int64_t>(yoe) + era * 400 + (m <= 2));
  result.month = static_cast<int>(m);
  result.day = static_cast<int>(d);
  return result;
}

CalendarDay CalendarDay::FromDate(int year, int month, int day) {
  return FromDays(DaysFromCivil(year, month, day));
}

std::string_view CalendarDay::WeekdayName() const { return kWeekdays[((days % 7) + 7) % 7]; }

std::string CalendarDay::Iso() const {
  char buffer[16];
  std::snprintf(buffer, sizeof(buffer), "%04d-%02d-%02d", year, month, day);
  return buffer;
}

std::string CalendarDay::Long() const { return MonthDay() + ", " + std::to_string(year); }

std::string CalendarDay::MonthDay() const {
  return std::string(MonthName(month)) + " " + std::to_string(day);
}

std::string_view MonthName(int month) { return kMonths[month - 1]; }

World::World(uint64_t seed, uint64_t articles) : seed_(seed) {
  namespace v = vocabulary;
  const uint64_t surnames = v::SurnameRoots().size() * v::SurnameEndings().size();
  capacity_ = (v::MaleGivenNames().size() + v::FemaleGivenNames().size()) * surnames;
  people_ = std::min<uint64_t>(capacity_, articles / 4 + 300);
  stride_ = 7919;
  while (std::gcd(stride_, capacity_) != 1) stride_ += 2;

  // Order matters: PickBusyOffice favours the front of the list.
  for (std::string_view field : v::MinistryFields()) {
    offices_.push_back({.name = "Minister of " + std::string(field)});
  }
  for (std::string_view region : v::Regions()) {
    offices_.push_back({.name = "Akim of " + std::string(region)});
  }
  offices_.push_back({.name = "Prime Minister"});
  offices_.push_back({.name = "State Secretary"});
  for (std::string_view field : v::MinistryFields()) {
    offices_.push_back({.name = "Vice Minister of " + std::string(field)});
  }
  for (std::string_view agency : v::Agencies()) {
    offices_.push_back({.name = "Chairman of the " + std::string(agency)});
  }
  for (std::string_view country : v::Countries()) {
    offices_.push_back({.name = "Ambassador of Kazakhstan to " + std::string(country)});
  }
  for (std::string_view field : v::MinistryFields()) {
    offices_.push_back({.name = "First Vice Minister of " + std::string(field)});
  }
  for (std::string_view city : {"Astana", "Almaty", "Shymkent"}) {
    offices_.push_back({.name = "Akim of " + std::string(city)});
  }
  named_posts_ = offices_.size();
  for (std::string_view department : v::Departments()) {
    for (std::string_view field : v::MinistryFields()) {
      offices_.push_back({.name = "Director of the " + std::string(department) +
                                  " Department of the Ministry of " + std::string(field)});
    }
  }
}

Person World::person(uint64_t index) const {
  namespace v = vocabulary;
  // An affine map with a stride coprime to the capacity is a permutation: a
  // pool of any size gets distinct names spread over all the combinations.
  uint64_t code = (index * stride_ + Mix(seed_) % capacity_) % capacity_;
  const uint64_t male_names =
      v::MaleGivenNames().size() * v::SurnameRoots().size() * v::SurnameEndings().size();
  Person person;
  person.female = code >= male_names;
  if (person.female) code -= male_names;
  const vocabulary::List given = person.female ? v::FemaleGivenNames() : v::MaleGivenNames();
  person.given = std::string(given[code % given.size()]);
  code /= given.size();
  const std::string_view ending = v::SurnameEndings()[code % v::SurnameEndings().size()];
  code /= v::SurnameEndings().size();
  person.surname = std::string(v::SurnameRoots()[code]) + std::string(ending);
  if (person.female) person.surname += "a";
  const uint64_t traits = Mix(seed_ ^ Mix(index));
  person.born = 1958 + static_cast<int>(traits % 35);
  person.birthplace = v::Cities()[(traits >> 8) % v::Cities().size()];
  return person;
}

size_t World::PickBusyOffice(Random& random) const {
  const uint64_t tier = random.Below(10);
  if (tier < 3) return random.Below(5);
  if (tier < 6) return random.Below(40);
  return random.Below(named_posts_);
}

Law& World::PickLaw(Random& random) {
  std::erase_if(active_laws_, [](const Law& law) { return law.stage == LawStage::kDone; });
  constexpr size_t kMaxActive = 12;
  if (active_laws_.empty() || (active_laws_.size() < kMaxActive && random.Percent(25))) {
    const vocabulary::List areas = vocabulary::LawAreas();
    const vocabulary::List matters = vocabulary::LawMatters();
    // Walk the topics in a scrambled but fixed order; after all of them a
    // topic comes back as a new law with the same name (an amended law).
    const uint64_t topics = areas.size() * matters.size();
    const uint64_t topic = (next_topic_++ * 37 + seed_) % topics;
    active_laws_.push_back(
        {.topic = std::string(areas[topic % areas.size()]) + " " +
                  std::string(matters[topic / areas.size()]),
         .stage = LawStage::kDrafted,
         .drafting_field = static_cast<int>(random.Below(vocabulary::MinistryFields().size()))});
    return active_laws_.back();
  }
  return active_laws_[random.Below(active_laws_.size())];
}

}  // namespace kg::bench
