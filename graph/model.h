// The vocabulary of kg's graph: node kinds, relations and partial dates.
//
// These are the names users see (in `kg extract` output, in queries, in
// exports) and the names the scorer reads, so they are spelled once, here.
#ifndef KG_GRAPH_MODEL_H_
#define KG_GRAPH_MODEL_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kg {

enum class NodeKind : uint8_t {
  kPerson = 1,
  kOffice = 2,
  kOrganization = 3,
  kLaw = 4,
  kEvent = 5,
  kCountry = 6,
  kPlace = 7,
};
inline constexpr NodeKind kAllNodeKinds[] = {
    NodeKind::kPerson, NodeKind::kOffice,  NodeKind::kOrganization, NodeKind::kLaw,
    NodeKind::kEvent,  NodeKind::kCountry, NodeKind::kPlace};

// "person", "office", ...
std::string_view NodeKindName(NodeKind kind);
std::optional<NodeKind> ParseNodeKind(std::string_view name);

enum class Relation : uint8_t {
  kAppointedTo = 1,
  kDismissedFrom = 2,
  kHeld = 3,
  kMemberOf = 4,
  kPartOf = 5,
  kDraftedBy = 6,
  kSubmittedTo = 7,
  kConsideredBy = 8,
  kApprovedBy = 9,
  kAdoptedBy = 10,
  kReturnedBy = 11,
  kSignedBy = 12,
  kEnteredIntoForce = 13,
  kPartnerOf = 14,
  kParticipantIn = 15,
  kLocatedIn = 16,
  kBornIn = 17,
  // A person proposed for a post (nominated, put forward, recommended) that
  // the text does not show approved: not an appointment.
  kNominatedFor = 18,
};
inline constexpr Relation kAllRelations[] = {
    Relation::kAppointedTo,      Relation::kDismissedFrom, Relation::kHeld,
    Relation::kMemberOf,         Relation::kPartOf,        Relation::kDraftedBy,
    Relation::kSubmittedTo,      Relation::kConsideredBy,  Relation::kApprovedBy,
    Relation::kAdoptedBy,        Relation::kReturnedBy,    Relation::kSignedBy,
    Relation::kEnteredIntoForce, Relation::kPartnerOf,     Relation::kParticipantIn,
    Relation::kLocatedIn,        Relation::kBornIn,        Relation::kNominatedFor};

// "appointed_to", "partner_of", ... (DESIGN.md's names).
std::string_view RelationName(Relation relation);
// Accepts the snake_case name in any case ("APPOINTED_TO" as in queries).
std::optional<Relation> ParseRelation(std::string_view name);
// partner_of holds in both directions.
bool IsSymmetric(Relation relation);
// The stages a law passes through: drafted_by ... entered_into_force.
bool IsLawStage(Relation relation);

// A calendar date at the precision a text gave it: "2019", "2019-09" or
// "2019-09-01". A year is never widened to a day: "in 2019" is not
// 1 January 2019. The default-constructed Date is "no date".
class Date {
 public:
  enum class Precision : uint8_t { kNone, kYear, kMonth, kDay };

  constexpr Date() = default;
  // month and day are 0 when not given. Does not validate; use Make().
  constexpr Date(int year, int month = 0, int day = 0) : year_(year), month_(month), day_(day) {}

  // A checked date: year 1..9999, month 0..12, day 0..days-in-month, no day
  // without a month. Returns nullopt otherwise.
  static std::optional<Date> Make(int year, int month = 0, int day = 0);
  // Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD". nullopt on anything else.
  static std::optional<Date> Parse(std::string_view text);

  bool empty() const { return year_ == 0; }
  Precision precision() const;
  int year() const { return year_; }
  int month() const { return month_; }
  int day() const { return day_; }

  // "2019", "2019-09", "2019-09-01"; "" when empty.
  std::string ToString() const;

  // True when this date agrees with `other` at the coarser of the two
  // precisions ("2019" is compatible with "2019-09-01"; "2019-08" is not).
  bool CompatibleWith(const Date& other) const;

  // Days since 1970-01-01 of the first day the date covers (its start).
  int64_t FirstDay() const;
  // Days since 1970-01-01 of the last day the date covers.
  int64_t LastDay() const;

  // Lexicographic on (year, month, day) with missing parts as 0, so a year
  // sorts before its months, which sort before their days.
  friend auto operator<=>(const Date&, const Date&) = default;

 private:
  int16_t year_ = 0;
  uint8_t month_ = 0;
  uint8_t day_ = 0;
};

// Days in `month` of `year` (Gregorian).
int DaysInMonth(int year, int month);
// 0 = Monday ... 6 = Sunday for a full date.
int Weekday(const Date& day_precision_date);
// The full date `days` days after `date` (which must have day precision).
Date AddDays(const Date& date, int days);

}  // namespace kg

#endif  // KG_GRAPH_MODEL_H_
