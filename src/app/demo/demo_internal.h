// Internals of the demo generator shared by its translation units: deterministic randomness,
// the batching writer, text helpers and the steps (organisation, catalogue, customers).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <random>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "app/auth/auth_service.h"
#include "app/demo/demo_company.h"
#include "app/demo/demo_tables.h"
#include "app/ports/store.h"
#include "app/records/company_calendar.h"
#include "core/result.h"
#include "core/time/date.h"

namespace salesdesk::app::demo {

// Independent random streams, one per generation step.
enum Stream : std::uint64_t {
  kRatesStream = 1,
  kPeopleStream,
  kProductsStream,
  kCustomersStream,
  kOlderRatesStream
};

// mt19937_64 is specified bit for bit by the standard; the std distributions are not, so the
// mapping onto ranges is ours. Each generation step gets its own stream, so changing the
// number of products does not reshuffle the customers.
class DemoRandom {
 public:
  DemoRandom(std::uint64_t seed, std::uint64_t stream);
  std::uint64_t Next() { return rng_(); }
  // Uniform in [lo, hi] (inclusive) by 128-bit multiply-shift; the bias is below 2^-50.
  std::int64_t Uniform(std::int64_t lo, std::int64_t hi);
  bool Percent(int percent) { return Uniform(0, 99) < percent; }
  std::size_t Index(std::size_t size) { return static_cast<std::size_t>(Uniform(0, size - 1)); }
  template <typename T>
  const T& Pick(const std::vector<T>& items) {
    return items[Index(items.size())];
  }
  // Index chosen with probability proportional to weights[i].
  std::size_t Weighted(std::span<const int> weights);

 private:
  std::mt19937_64 rng_;
};

// Inserts records with one "create" audit row each (actor 0, the system), committing a unit of
// work every kBatchSize records: a transaction per record would take minutes at 200,000.
class BatchWriter {
 public:
  static constexpr int kBatchSize = 2000;
  BatchWriter(Store& store, std::int64_t now_us) : store_(store), now_(now_us) {}
  core::Result<Record> Insert(const EntitySpec& e, const Record& fields);
  // Updates `current` to `fields` and audits before and after.
  core::Result<Record> Update(const EntitySpec& e, const Record& current, const Record& fields);
  core::Result<void> Commit();  // commits what is pending

 private:
  core::Result<UnitOfWork*> Open();
  Store& store_;
  std::int64_t now_;
  std::unique_ptr<UnitOfWork> uow_;
  int pending_ = 0;
};

// Text helpers.
// Replaces {key} placeholders with values; unknown keys stay as they are.
std::string Expand(std::string_view pattern,
                   std::initializer_list<std::pair<std::string_view, std::string_view>> values);
// '#' becomes a random digit and '@' a random capital letter; the rest is kept.
std::string FillPattern(std::string_view pattern, DemoRandom& random);
// Lower-case ASCII with Latin diacritics folded ("Müller" -> "muller"); other characters
// become `separator`, runs of them collapse, and the result is at most max_length long.
std::string AsciiSlug(std::string_view text, char separator, std::size_t max_length = 40);

// What later steps need from the organisation.
struct SalesTeam {
  std::int64_t team_id = 0;
  std::int64_t manager_id = 0;
  std::vector<std::int64_t> rep_ids;
};
struct OrgIds {
  std::map<std::string, std::int64_t, std::less<>> territory_by_code;
  std::map<std::string, std::int64_t, std::less<>> group_by_key;
  std::vector<SalesTeam> sales_teams;  // in SalesTeamOfRegion order
  std::vector<DemoUser> users;
  std::vector<std::int64_t> user_ids;  // parallel to users
};

// The spec of a catalogue entity (the names used here are fixed, so it always exists).
const EntitySpec& Spec(std::string_view plural);

// Index into OrgIds::sales_teams of the team that covers a region code (e.g. "EU-IB").
std::size_t SalesTeamOfRegion(std::string_view region);

// The demo company's base currency and time zone, as CreateSettingsAndMoney writes them.
CompanyCalendar DemoCalendar();

// Steps, in order. The organisation is committed before passwords are set (hashing is slow
// and must not hold a write transaction open).
core::Result<void> CreateSettingsAndMoney(BatchWriter& writer, core::Date today,
                                          const DemoOptions& options);
core::Result<void> CreateTerritoriesAndGroups(BatchWriter& writer, OrgIds& org);
core::Result<OrgIds> CreateOrganisation(BatchWriter& writer, const DemoOptions& options);
core::Result<void> SetDemoPasswords(AuthService& auth, const OrgIds& org);
core::Result<std::int64_t> CreateCatalogue(BatchWriter& writer, const DemoOptions& options);
struct CustomerCounts {
  std::int64_t accounts = 0, contacts = 0;
};
core::Result<CustomerCounts> CreateCustomers(BatchWriter& writer, const OrgIds& org,
                                             const DemoOptions& options);

}  // namespace salesdesk::app::demo
