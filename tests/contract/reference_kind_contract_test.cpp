// A reference into several kinds (a related_id named by its related_entity) whose kind this
// installation lacks is the caller's to fix: a 422 naming the kind field, never a server error.
// Every kind the shipped modules allow is installed in the full build, so the case is made here
// with an entity spec of the test's own (an installation without, say, the leads module).
#include "app/records/catalog_fields.h"
#include "app/records/record_rules.h"
#include "contract/storage_contract_fixture.h"
#include "storage/common/migration.h"
#include "storage/common/sql_store.h"

namespace salesdesk::storage::testing {
namespace {

using namespace app::catalog;

class ReferenceKindContract : public StorageContract {};

TEST_P(ReferenceKindContract, AKindThatIsNotInstalledIsAProblemNamingTheKindField) {
  ASSERT_OK(Migrate(db()));
  SqlStore store(db());
  app::FieldSpec related = Int("related_id", 1, INT64_MAX);
  related.ref_entity_from = "related_entity";
  const app::EntitySpec notes{
      .plural = "gadget-notes",
      .singular = "gadget_note",
      .title = "Gadget note",
      .fields = {Enum("related_entity", {"accounts", "gadgets"}, false), related}};
  auto uow = store.Write();
  ASSERT_OK(uow);
  const app::Caller system = app::Caller::System();
  app::Record fields{{"related_entity", std::string("gadgets")}, {"related_id", std::int64_t{7}}};
  auto checked = app::ValidateChange(**uow, system, notes, app::Visibility::All(), {}, fields);
  ASSERT_FALSE(checked.ok());
  EXPECT_EQ(checked.error().code, core::ErrorCode::kInvalidArgument);
  EXPECT_EQ(checked.error().field, "related_entity");
  EXPECT_EQ(checked.error().message_code, "reference.kind_not_installed");
  EXPECT_NE(checked.error().message.find("gadgets"), std::string::npos) << checked.error().message;
  // An installed kind goes on to the reference check itself: no such account.
  app::Record account{{"related_entity", std::string("accounts")},
                      {"related_id", std::int64_t{987654}}};
  auto missing = app::ValidateChange(**uow, system, notes, app::Visibility::All(), {}, account);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().field, "related_id");
}

INSTANTIATE_TEST_SUITE_P(Storage, ReferenceKindContract,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const auto& info) {
                           return std::string(info.param == Backend::kSqlite ? "Sqlite"
                                                                             : "Postgres");
                         });

}  // namespace
}  // namespace salesdesk::storage::testing
