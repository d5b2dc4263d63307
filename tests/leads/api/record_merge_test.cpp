// Merging two accounts or two leads (issue 11, docs/leads.md): every record that refers to the
// merged one moves to the kept one (references and related_id alike), the kept one takes the
// values only the merged one had, the merged one is deleted; the merge is audited, idempotent,
// refused for records the caller cannot see, and undone within a day — not after.
#include "api/api_test_server.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

class RecordMergeTest : public ApiTest {
 protected:
  std::int64_t Create(const std::string& user, const std::string& plural, json::object body) {
    HttpResult r = Call(user, "POST", "/api/v1/" + plural, json::serialize(body));
    EXPECT_EQ(r.status, 201) << r.Describe();
    return r.status == 201 ? IntAt(r.Json(), "id") : 0;
  }
  HttpResult Merge(const std::string& user, std::int64_t keep, std::int64_t gone,
                   Headers headers = {}, const char* entity = "accounts") {
    return Call(
        user, "POST", "/api/v1/record-merges",
        json::serialize(json::object{{"entity", entity}, {"keep_id", keep}, {"merge_id", gone}}),
        std::move(headers));
  }
  HttpResult Undo(const std::string& user, std::int64_t merge) {
    return Call(user, "POST", "/api/v1/record-merges/" + std::to_string(merge) + "/undo");
  }
  HttpResult Get(const std::string& user, const std::string& plural, std::int64_t id) {
    return Call(user, "GET", "/api/v1/" + plural + "/" + std::to_string(id));
  }
  void ExpectProblem(const HttpResult& r, int status, const char* field, const char* code) {
    EXPECT_EQ(r.status, status) << r.Describe();
    if (field != nullptr) {
      EXPECT_EQ(StringAt(r.Json(), "field"), field) << r.body;
    }
    EXPECT_EQ(StringAt(r.Json(), "code"), code) << r.body;
  }
  // Two accounts of rep_a for one clinic: the kept one lacks the phone and VAT id.
  void TwoAccounts() {
    keep_ = Create("rep_a", "accounts",
                   {{"kind", "company"},
                    {"name", "Klinik Nord"},
                    {"country", "DE"},
                    {"currency", "EUR"},
                    {"city", "Hamburg"}});
    gone_ = Create("rep_a", "accounts",
                   {{"kind", "company"},
                    {"name", "Klinik Nord GmbH"},
                    {"country", "DE"},
                    {"currency", "EUR"},
                    {"city", "Kiel"},
                    {"phone", "+49 40 1234567"},
                    {"tax_id", "DE123456789"}});
    contact_ = Create("rep_a", "contacts",
                      {{"account_id", gone_}, {"first_name", "Anna"}, {"last_name", "Weber"}});
    task_ = Create("rep_a", "tasks",
                   {{"title", "Call back"}, {"related_entity", "accounts"}, {"related_id", gone_}});
  }
  std::int64_t keep_ = 0, gone_ = 0, contact_ = 0, task_ = 0;
};

TEST_P(RecordMergeTest, AMergeMovesEverythingAndIsUndoneWithinADay) {
  TwoAccounts();
  HttpResult merged = Merge("rep_a", keep_, gone_, {{"Idempotency-Key", "merge-nord-1"}});
  ASSERT_EQ(merged.status, 201) << merged.Describe();
  const std::int64_t merge = IntAt(merged.Json(), "id");
  EXPECT_EQ(IntAt(merged.Json(), "moved_count"), 2);
  EXPECT_EQ(IntAt(merged.Json(), "owner_id"), UserId("rep_a"));
  // A retry with the key answers the same merge and merges nothing more.
  HttpResult again = Merge("rep_a", keep_, gone_, {{"Idempotency-Key", "merge-nord-1"}});
  EXPECT_EQ(again.status, 201);
  EXPECT_EQ(again.body, merged.body);

  EXPECT_EQ(Get("rep_a", "accounts", gone_).status, 404);
  const json::value kept = Get("rep_a", "accounts", keep_).Json();
  EXPECT_EQ(StringAt(kept, "name"), "Klinik Nord");  // the kept record's own values stay
  EXPECT_EQ(StringAt(kept, "city"), "Hamburg");
  EXPECT_EQ(StringAt(kept, "phone"), "+49 40 1234567");  // what only the merged one knew
  EXPECT_EQ(StringAt(kept, "tax_id"), "DE123456789");
  EXPECT_EQ(IntAt(Get("rep_a", "contacts", contact_).Json(), "account_id"), keep_);
  EXPECT_EQ(IntAt(Get("rep_a", "tasks", task_).Json(), "related_id"), keep_);
  // The duplicate check now finds the kept account by the VAT id it took over.
  HttpResult check = Call("rep_a", "POST", "/api/v1/duplicate-checks",
                          R"({"entity":"leads","fields":{"vat_id":"DE 123456789"}})");
  ASSERT_EQ(check.Json().at("candidates").as_array().size(), 1u) << check.body;
  EXPECT_EQ(check.Json().at("candidates").at(0).at("id").as_int64(), keep_);
  // Audited: the merged account's deletion and the merge itself.
  HttpResult audit = Call(
      "director", "GET", "/api/v1/audit-events?entity=accounts&entity_id=" + std::to_string(gone_));
  EXPECT_NE(audit.body.find("\"delete\""), std::string::npos) << audit.body;

  HttpResult undone = Undo("rep_a", merge);
  ASSERT_EQ(undone.status, 200) << undone.Describe();
  EXPECT_FALSE(undone.Json().at("undone_at").is_null());
  const json::value back = Get("rep_a", "accounts", gone_).Json();
  EXPECT_EQ(StringAt(back, "name"), "Klinik Nord GmbH");
  EXPECT_EQ(StringAt(back, "city"), "Kiel");
  EXPECT_EQ(IntAt(Get("rep_a", "contacts", contact_).Json(), "account_id"), gone_);
  EXPECT_EQ(IntAt(Get("rep_a", "tasks", task_).Json(), "related_id"), gone_);
  const json::value kept_again = Get("rep_a", "accounts", keep_).Json();
  EXPECT_TRUE(kept_again.at("phone").is_null()) << kept_again;
  EXPECT_TRUE(kept_again.at("tax_id").is_null()) << kept_again;
  ExpectProblem(Undo("rep_a", merge), 409, nullptr, "merge.already_undone");
}

TEST_P(RecordMergeTest, UndoIsRefusedAfterADayAndEditsSinceAreKept) {
  TwoAccounts();
  HttpResult merged = Merge("rep_a", keep_, gone_);
  ASSERT_EQ(merged.status, 201) << merged.Describe();
  // The rep corrects the phone the merge filled in: an undo must not take that away.
  HttpResult edited =
      Call("rep_a", "PATCH", "/api/v1/accounts/" + std::to_string(keep_),
           R"({"phone":"+49 40 7654321"})", {{"If-Match", ETagOf("accounts", keep_)}});
  ASSERT_EQ(edited.status, 200) << edited.Describe();
  ASSERT_TRUE(clock().Advance(23LL * 3600 * 1'000'000).ok());
  ASSERT_EQ(Undo("rep_a", IntAt(merged.Json(), "id")).status, 200);
  EXPECT_EQ(StringAt(Get("rep_a", "accounts", keep_).Json(), "phone"), "+49 40 7654321");

  HttpResult second = Merge("rep_a", keep_, gone_);
  ASSERT_EQ(second.status, 201) << second.Describe();
  ASSERT_TRUE(clock().Advance(24LL * 3600 * 1'000'000 + 1).ok());
  ExpectProblem(Undo("rep_a", IntAt(second.Json(), "id")), 409, nullptr, "merge.undo_expired");
  EXPECT_EQ(Get("rep_a", "accounts", gone_).status, 404);
}

TEST_P(RecordMergeTest, OnlyRecordsTheCallerMayChangeAreMerged) {
  TwoAccounts();
  const std::int64_t other = AccountOf("rep_c").id;
  ExpectProblem(Merge("rep_a", keep_, other), 422, "merge_id", "reference.not_visible");
  ExpectProblem(Merge("rep_a", keep_, 987654), 422, "merge_id", "reference.not_visible");
  ExpectProblem(Merge("rep_c", keep_, gone_), 422, "keep_id", "reference.not_visible");
  ExpectProblem(Merge("rep_a", keep_, keep_), 422, "merge_id", "merge.same_record");
  EXPECT_EQ(Merge("finance", keep_, gone_).status, 403);
  ExpectProblem(Call("rep_a", "POST", "/api/v1/record-merges", R"({"entity":"leads","keep_id":1})"),
                422, "merge_id", "field.required");
  ExpectProblem(Call("rep_a", "POST", "/api/v1/record-merges",
                     R"({"entity":"contacts","keep_id":1,"merge_id":2})"),
                422, "entity", "field.not_in_enum");
  // Nothing moved on refusal.
  EXPECT_EQ(IntAt(Get("rep_a", "contacts", contact_).Json(), "account_id"), gone_);

  // The manager merges the team's accounts; another team cannot see or undo that merge.
  HttpResult merged = Merge("manager", keep_, gone_);
  ASSERT_EQ(merged.status, 201) << merged.Describe();
  const std::int64_t merge = IntAt(merged.Json(), "id");
  EXPECT_EQ(Get("manager2", "record-merges", merge).status, 404);
  EXPECT_EQ(Undo("rep_c", merge).status, 404);
  EXPECT_EQ(Get("director", "record-merges", merge).status, 200);
}

TEST_P(RecordMergeTest, TwoLeadsMergeWithTheirScoreRecomputed) {
  const std::int64_t keep = Create("rep_a", "leads", {{"company", "Optik Süd"}, {"country", "DE"}});
  const std::int64_t gone = Create("rep_a", "leads",
                                   {{"company", "Optik Süd GmbH"},
                                    {"country", "DE"},
                                    {"email", "info@optik-sued.de"},
                                    {"phone", "+49 89 1234567"},
                                    {"vat_id", "DE111222333"}});
  const std::int64_t before = IntAt(Get("rep_a", "leads", keep).Json(), "score");
  HttpResult merged = Merge("rep_a", keep, gone, {}, "leads");
  ASSERT_EQ(merged.status, 201) << merged.Describe();
  const json::value lead = Get("rep_a", "leads", keep).Json();
  EXPECT_EQ(StringAt(lead, "email"), "info@optik-sued.de");
  EXPECT_GT(IntAt(lead, "score"), before) << "more ways to reach them, a better fit";
  EXPECT_EQ(Get("rep_a", "leads", gone).status, 404);
  ASSERT_EQ(Undo("rep_a", IntAt(merged.Json(), "id")).status, 200);
  EXPECT_EQ(IntAt(Get("rep_a", "leads", keep).Json(), "score"), before);
  EXPECT_EQ(StringAt(Get("rep_a", "leads", gone).Json(), "email"), "info@optik-sued.de");
}

SD_INSTANTIATE_API_TEST(RecordMergeTest);

}  // namespace
}  // namespace salesdesk::api_test
