#include "bench/corpus_vocabulary.h"

#include <string_view>

namespace kg::bench::vocabulary {
namespace {

using namespace std::string_view_literals;

// A few names on purpose are not in data/lexicon/given_names.txt (Baurzhan,
// Meirambek, Zhuldyz...): real feeds name people the lexicon does not know.
constexpr std::string_view kMaleGivenNames[] = {
    "Aibek"sv,    "Aidar"sv,   "Arman"sv,   "Askar"sv,   "Asset"sv,     "Azamat"sv, "Bakhyt"sv,
    "Baurzhan"sv, "Berik"sv,   "Daniyar"sv, "Dauren"sv,  "Darkhan"sv,   "Yerlan"sv, "Yerzhan"sv,
    "Yerbol"sv,   "Kairat"sv,  "Kanat"sv,   "Marat"sv,   "Meirambek"sv, "Murat"sv,  "Nurlan"sv,
    "Olzhas"sv,   "Rustam"sv,  "Ruslan"sv,  "Serik"sv,   "Talgat"sv,    "Timur"sv,  "Bolat"sv,
    "Galym"sv,    "Almas"sv,   "Abzal"sv,   "Adilbek"sv, "Samat"sv,     "Sultan"sv, "Beibut"sv,
    "Nurzhan"sv,  "Mukhtar"sv, "Erlan"sv,   "Madi"sv,    "Alibek"sv,
};

constexpr std::string_view kFemaleGivenNames[] = {
    "Aigerim"sv, "Aigul"sv,   "Ainur"sv,   "Aizhan"sv, "Akmaral"sv, "Aliya"sv,   "Assel"sv,
    "Dana"sv,    "Dinara"sv,  "Gaukhar"sv, "Gulnar"sv, "Gulzat"sv,  "Indira"sv,  "Kamila"sv,
    "Lyazzat"sv, "Madina"sv,  "Saule"sv,   "Symbat"sv, "Tamara"sv,  "Zhanar"sv,  "Zarina"sv,
    "Zhuldyz"sv, "Aruzhan"sv, "Botagoz"sv, "Moldir"sv, "Nazgul"sv,  "Raushan"sv, "Saltanat"sv,
    "Togzhan"sv, "Yelena"sv,  "Dariga"sv,  "Aida"sv,   "Asem"sv,    "Balzhan"sv,
};

constexpr std::string_view kSurnameRoots[] = {
    "Abdrakhman"sv,  "Abil"sv,        "Akhmet"sv,    "Alim"sv,        "Amanzhol"sv,
    "Aitkali"sv,     "Baimukhan"sv,   "Bekmurat"sv,  "Beisen"sv,      "Dauletkali"sv,
    "Dosmukhamet"sv, "Duisen"sv,      "Yesim"sv,     "Yessen"sv,      "Zhaksylyk"sv,
    "Zhumagali"sv,   "Zhunus"sv,      "Ibrai"sv,     "Isken"sv,       "Kasym"sv,
    "Kemel"sv,       "Kenzhe"sv,      "Kuanysh"sv,   "Kudaibergen"sv, "Mukhamedzhan"sv,
    "Mukash"sv,      "Nurgali"sv,     "Nurpeis"sv,   "Omarkhan"sv,    "Ospan"sv,
    "Rakhim"sv,      "Sadyk"sv,       "Sarsen"sv,    "Seit"sv,        "Smagul"sv,
    "Suleimen"sv,    "Tasmagambet"sv, "Temirkhan"sv, "Tleu"sv,        "Tokhtar"sv,
    "Tursyn"sv,      "Utegen"sv,      "Zhanuzak"sv,  "Zhakup"sv,      "Aman"sv,
    "Ashim"sv,       "Baktygali"sv,   "Yergali"sv,   "Karim"sv,       "Kozhakhmet"sv,
    "Mamyr"sv,       "Myrzakhmet"sv,  "Nazar"sv,     "Orazal"sv,      "Sagyndyk"sv,
    "Sultangazi"sv,  "Tazhi"sv,       "Turar"sv,     "Zhantore"sv,    "Abylkas"sv,
    "Ayapbergen"sv,  "Baizhan"sv,     "Yermek"sv,    "Kalmukhan"sv,   "Serikkali"sv,
    "Shaimerden"sv,  "Tulegen"sv,     "Kurman"sv,    "Zhakiyan"sv,    "Sapar"sv,
    "Yeszhan"sv,     "Nauryz"sv,      "Kuspan"sv,    "Bisen"sv,       "Zhylkaidar"sv,
    "Tolegen"sv,     "Syzdyk"sv,      "Mendybai"sv,  "Nurmagambet"sv, "Kaliakbar"sv,
    "Ermekbai"sv,    "Akhmetzhan"sv,  "Dzhumagul"sv, "Ussen"sv,
};

constexpr std::string_view kSurnameEndings[] = {"ov"sv, "bayev"sv, "bekov"sv};

constexpr std::string_view kMinistryFields[] = {
    "Energy"sv,
    "Finance"sv,
    "Health"sv,
    "Justice"sv,
    "Education"sv,
    "Agriculture"sv,
    "Culture and Information"sv,
    "Ecology and Natural Resources"sv,
    "Foreign Affairs"sv,
    "National Economy"sv,
    "Digital Development, Innovations and Aerospace Industry"sv,
    "Trade and Integration"sv,
    "Transport"sv,
    "Emergency Situations"sv,
    "Industry and Construction"sv,
    "Science and Higher Education"sv,
    "Tourism and Sports"sv,
    "Water Resources and Irrigation"sv,
    "Labor and Social Protection of the Population"sv,
    "Internal Affairs"sv,
    "Defense"sv,
};

constexpr std::string_view kRegions[] = {
    "Abai region"sv,      "Akmola region"sv,
    "Aktobe region"sv,    "Almaty region"sv,
    "Atyrau region"sv,    "East Kazakhstan region"sv,
    "Zhambyl region"sv,   "Karaganda region"sv,
    "Kostanay region"sv,  "Kyzylorda region"sv,
    "Mangystau region"sv, "North Kazakhstan region"sv,
    "Pavlodar region"sv,  "Turkistan region"sv,
    "Ulytau region"sv,    "West Kazakhstan region"sv,
};

constexpr std::string_view kCities[] = {
    "Astana"sv,    "Almaty"sv, "Shymkent"sv,  "Karaganda"sv, "Aktobe"sv,      "Taraz"sv,
    "Pavlodar"sv,  "Semey"sv,  "Atyrau"sv,    "Kostanay"sv,  "Kyzylorda"sv,   "Uralsk"sv,
    "Petropavl"sv, "Aktau"sv,  "Turkistan"sv, "Kokshetau"sv, "Taldykorgan"sv, "Ekibastuz"sv,
};

constexpr std::string_view kCountries[] = {
    "Russia"sv,        "China"sv,        "Uzbekistan"sv,
    "Kyrgyzstan"sv,    "Tajikistan"sv,   "Turkmenistan"sv,
    "Azerbaijan"sv,    "Türkiye"sv,      "Germany"sv,
    "France"sv,        "Italy"sv,        "United Kingdom"sv,
    "United States"sv, "Japan"sv,        "Republic of Korea"sv,
    "India"sv,         "Saudi Arabia"sv, "United Arab Emirates"sv,
    "Qatar"sv,         "Hungary"sv,      "Poland"sv,
    "Mongolia"sv,      "Iran"sv,         "Pakistan"sv,
    "Egypt"sv,         "Malaysia"sv,     "Singapore"sv,
    "Vietnam"sv,       "Spain"sv,        "Georgia"sv,
};

constexpr std::string_view kPartnershipLevels[] = {
    "strategic partnership"sv,
    "enhanced strategic partnership"sv,
    "comprehensive strategic partnership"sv,
    "allied relations"sv,
};

constexpr std::string_view kAgencies[] = {
    "Financial Monitoring Agency"sv, "Agency for Strategic Planning and Reforms"sv,
    "Anti-Corruption Agency"sv,      "Central Election Commission"sv,
    "Supreme Audit Chamber"sv,       "National Security Committee"sv,
};

constexpr std::string_view kUniversities[] = {
    "Al-Farabi Kazakh National University"sv,
    "L.N. Gumilyov Eurasian National University"sv,
    "Karaganda State Technical University"sv,
    "the Kazakh Economic University named after T. Ryskulov"sv,
    "the Academy of Public Administration under the President of the Republic of Kazakhstan"sv,
    "Satbayev University"sv,
    "the Kazakh National Agrarian University"sv,
    "the Kazakh-British Technical University"sv,
    "M. Auezov South Kazakhstan University"sv,
    "Moscow State University"sv,
};

constexpr std::string_view kJuniorRoles[] = {
    "an engineer"sv,      "an economist"sv, "a lawyer"sv,         "a chief specialist"sv,
    "a leading expert"sv, "a teacher"sv,    "a shift engineer"sv, "an accountant"sv,
};

constexpr std::string_view kEmployers[] = {
    "the Karaganda Metallurgical Plant"sv,
    "KazMunayGas"sv,
    "the Ministry of Finance"sv,
    "the akimat of Pavlodar region"sv,
    "Kazakhtelecom"sv,
    "the National Bank"sv,
    "Kazakhstan Temir Zholy"sv,
    "the Ekibastuz power plant"sv,
    "a regional tax committee"sv,
    "the Almaty city court"sv,
};

constexpr std::string_view kDepartments[] = {
    "Strategic Planning"sv,        "Budget Policy"sv,   "Legal"sv,
    "International Cooperation"sv, "State Property"sv,  "Digitalization"sv,
    "Investment Policy"sv,         "Human Resources"sv,
};

constexpr std::string_view kLawAreas[] = {
    "road"sv,    "railway"sv,   "water"sv,          "energy"sv,     "digital"sv,
    "tourism"sv, "housing"sv,   "pharmaceutical"sv, "veterinary"sv, "agricultural"sv,
    "banking"sv, "insurance"sv, "grain"sv,          "forest"sv,     "mineral"sv,
    "space"sv,   "sports"sv,    "cultural"sv,       "youth"sv,      "family"sv,
};

constexpr std::string_view kLawMatters[] = {
    "safety"sv,        "activity"sv,   "regulation"sv, "development"sv, "infrastructure"sv,
    "supervision"sv,   "statistics"sv, "services"sv,   "standards"sv,   "policy"sv,
    "security"sv,      "licensing"sv,  "markets"sv,    "heritage"sv,    "education"sv,
    "certification"sv, "quality"sv,    "funding"sv,    "innovation"sv,  "cooperation"sv,
};

constexpr std::string_view kNewsSources[] = {
    "Kazinform News Agency"sv,          "the Akorda press service"sv,
    "the Government's press service"sv, "Kazinform's correspondent"sv,
    "the ministry's press service"sv,
};

constexpr std::string_view kSectors[] = {
    "manufacturing"sv, "construction"sv, "agriculture"sv, "mining"sv,     "transport"sv,
    "logistics"sv,     "energy"sv,       "tourism"sv,     "healthcare"sv, "retail"sv,
};

constexpr std::string_view kProducts[] = {
    "wheat"sv,         "flour"sv, "copper"sv,      "uranium"sv, "ferroalloys"sv,
    "sunflower oil"sv, "meat"sv,  "fertilizers"sv, "zinc"sv,    "barley"sv,
};

constexpr std::string_view kFillerSentences[] = {
    "In {year}, investment in the {sector} sector of {region} reached {x} billion tenge, {pct} "
    "percent more than a year earlier."sv,
    "The meeting discussed the construction of {n} schools, {m} clinics and {x} kilometers of "
    "roads in {region}."sv,
    "According to the Bureau of National Statistics, {n} thousand people were employed in "
    "{sector} at the end of the third quarter."sv,
    "Particular attention was paid to the digitalization of public services and the reduction of "
    "administrative barriers for small businesses."sv,
    "The participants also considered the preparations for the heating season and the repair of "
    "{n} boiler houses in {city}."sv,
    "Exports of {product} to {country} grew by {pct} percent in the first {m} months of the "
    "year."sv,
    "The program provides for the creation of {n} new jobs in {region} by {year}."sv,
    "Trade between Kazakhstan and {country} amounted to {x} billion US dollars last year."sv,
    "The sides agreed to launch {m} joint projects in {sector} worth a total of {x} million US "
    "dollars."sv,
    "More than {n} residents of {city} took part in the public hearings on the city's new master "
    "plan."sv,
    "The average wage in {sector} rose to {n} thousand tenge, the statistics bureau said."sv,
    "The harvest of {product} in {region} is expected to exceed {n} thousand tons this year."sv,
    "Local executive bodies were instructed to complete the modernization of water supply "
    "networks in {m} rural districts."sv,
    "The new logistics center near {city} will handle up to {n} thousand containers a year."sv,
    "Some {n} entrepreneurs from {country} attended the business forum in {city}."sv,
};

constexpr std::string_view kStatements[] = {
    "the sector's output grew by {pct} percent in the first half of the year"sv,
    "the ministry would present a new development concept by the end of the year"sv,
    "{n} projects worth {x} billion tenge were under way in {region}"sv,
    "the supply of {product} to the domestic market was sufficient"sv,
    "the public would be able to comment on the draft rules until the end of the month"sv,
    "the digitalization of licensing had cut waiting times by half"sv,
};

template <size_t N>
List Of(const std::string_view (&array)[N]) {
  return List(array, N);
}

}  // namespace

List MaleGivenNames() { return Of(kMaleGivenNames); }
List FemaleGivenNames() { return Of(kFemaleGivenNames); }
List SurnameRoots() { return Of(kSurnameRoots); }
List SurnameEndings() { return Of(kSurnameEndings); }
List MinistryFields() { return Of(kMinistryFields); }
List Regions() { return Of(kRegions); }
List Cities() { return Of(kCities); }
List Countries() { return Of(kCountries); }
List PartnershipLevels() { return Of(kPartnershipLevels); }
List Agencies() { return Of(kAgencies); }
List Universities() { return Of(kUniversities); }
List JuniorRoles() { return Of(kJuniorRoles); }
List Employers() { return Of(kEmployers); }
List Departments() { return Of(kDepartments); }
List LawAreas() { return Of(kLawAreas); }
List LawMatters() { return Of(kLawMatters); }
List NewsSources() { return Of(kNewsSources); }
List Sectors() { return Of(kSectors); }
List Products() { return Of(kProducts); }
List FillerSentences() { return Of(kFillerSentences); }
List Statements() { return Of(kStatements); }

}  // namespace kg::bench::vocabulary
