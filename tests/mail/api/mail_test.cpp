// The mail module through the API, on SQLite and PostgreSQL: a quote e-mailed to the customer is
// queued once per Idempotency-Key with the customer PDF (never cost or margin) and logged on the
// account's timeline; who may send is who may send the quote; each person's calendar feed answers
// their own visits and calls without a session, and a rotated or wrong token is a 404.
#include "modules/mail/core/mail/mime_message.h"
#include "sales/api/eur_price_list_test.h"
#include "sales/pdf/pdf_test_util.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

class MailTest : public EurPriceListTest {
 protected:
  // rep_a's quote for their first account, 10 units at 20.00; approved on submit (no deviation).
  std::int64_t ApprovedQuote() {
    json::object line{{"product_id", product_id()}, {"quantity", "10"}, {"tax_rate_pct", "21"}};
    HttpResult r = Call("rep_a", "POST", "/api/v1/quotes",
                        json::serialize(json::object{{"account_id", AccountOf("rep_a").id},
                                                     {"price_list_id", list_id_},
                                                     {"payment_terms_days", 30},
                                                     {"lines", json::array{line}}}));
    EXPECT_EQ(r.status, 201) << r.Describe();
    const std::int64_t id = r.status == 201 ? IntAt(r.Json().at("quote"), "id") : 0;
    draft_ = id;
    HttpResult submitted =
        Call("rep_a", "POST", Q(id, "/submit"), "", {{"If-Match", ETagOf("quotes", id)}});
    EXPECT_EQ(StringAt(submitted.Json().at("quote"), "status"), "approved") << submitted.body;
    return id;
  }
  static std::string Q(std::int64_t id, const char* tail = "") {
    return "/api/v1/quotes/" + std::to_string(id) + tail;
  }
  std::int64_t draft_ = 0;
};

TEST_P(MailTest, AQuoteIsEmailedOnceWithTheCustomerPdfAndLoggedOnTheTimeline) {
  // A draft is not for the customer yet.
  json::object line{{"product_id", product_id()}, {"quantity", "1"}, {"tax_rate_pct", "21"}};
  HttpResult draft = Call("rep_a", "POST", "/api/v1/quotes",
                          json::serialize(json::object{{"account_id", AccountOf("rep_a").id},
                                                       {"price_list_id", list_id_},
                                                       {"payment_terms_days", 30},
                                                       {"lines", json::array{line}}}));
  ASSERT_EQ(draft.status, 201) << draft.Describe();
  const std::int64_t draft_id = IntAt(draft.Json().at("quote"), "id");
  HttpResult early =
      Call("rep_a", "POST", Q(draft_id, "/email"), R"({"to":"buyer@clinic.example"})");
  EXPECT_EQ(early.status, 409) << early.Describe();
  EXPECT_NE(early.body.find("mail.quote_state"), std::string::npos) << early.body;

  const std::int64_t id = ApprovedQuote();
  ASSERT_GT(id, 0);
  const Headers key{{"Idempotency-Key", "mail-quote-1"}};
  const std::string body =
      R"({"to":"buyer@clinic.example","cc":["boss@clinic.example"],"message":"As discussed."})";
  HttpResult sent = Call("rep_a", "POST", Q(id, "/email"), body, key);
  ASSERT_EQ(sent.status, 201) << sent.Describe();
  const json::value m = sent.Json();
  EXPECT_EQ(StringAt(m, "state"), "queued");
  EXPECT_EQ(StringAt(m, "to_address"), "buyer@clinic.example");
  EXPECT_EQ(StringAt(m, "cc"), "boss@clinic.example");
  EXPECT_EQ(StringAt(m, "reply_to"), Email("rep_a"));
  EXPECT_EQ(StringAt(m, "related_entity"), "quotes");
  EXPECT_EQ(IntAt(m, "related_id"), id);
  EXPECT_EQ(IntAt(m, "owner_id"), UserId("rep_a"));
  EXPECT_NE(StringAt(m, "body").find("As discussed."), std::string::npos);
  const std::int64_t message_id = IntAt(m, "id");
  EXPECT_EQ(sent.Header("location"), "/api/v1/outbox-messages/" + std::to_string(message_id));

  HttpResult again = Call("rep_a", "POST", Q(id, "/email"), body, key);
  EXPECT_EQ(again.status, 201);
  EXPECT_EQ(again.Header("idempotent-replayed"), "true");
  EXPECT_EQ(IntAt(again.Json(), "id"), message_id);
  EXPECT_EQ(IntAt(Call("rep_a", "GET", "/api/v1/outbox-messages").Json(), "total"), 1);

  // The attachment is the customer document: the quote's figures, never cost or margin.
  HttpResult files =
      Call("rep_a", "GET", "/api/v1/outbox-attachments?message_id=" + std::to_string(message_id));
  ASSERT_EQ(files.status, 200) << files.Describe();
  const json::value list = files.Json();
  ASSERT_EQ(list.at("items").as_array().size(), 1u);
  const json::value& file = list.at("items").at(0);
  EXPECT_EQ(StringAt(file, "content_type"), "application/pdf");
  const std::string pdf = core::mail::DecodeBase64(StringAt(file, "content_base64"));
  EXPECT_EQ(static_cast<std::int64_t>(pdf.size()), IntAt(file, "size_bytes"));
  const std::string text = pdf::testing::RenderedPdf(pdf).Text();
  ASSERT_NE(text.find("200.00"), std::string::npos) << text;  // 10 x 20.00
  for (const char* hidden : {"Unit cost", "Margin", "12.50", "INTERNAL"}) {
    EXPECT_EQ(text.find(hidden), std::string::npos) << hidden;
  }

  // One e-mail activity on the account's timeline, about the quote.
  HttpResult timeline =
      Call("rep_a", "GET",
           "/api/v1/timeline?entity=accounts&id=" + std::to_string(AccountOf("rep_a").id));
  ASSERT_EQ(timeline.status, 200) << timeline.Describe();
  int emails = 0;
  const json::value items = timeline.Json();
  for (const auto& item : items.at("items").as_array()) {
    if (StringAt(item, "entity") != "activities") continue;
    const json::value& a = item.at("record");
    if (StringAt(a, "kind") != "email") continue;
    ++emails;
    EXPECT_EQ(StringAt(a, "status"), "done");
    EXPECT_EQ(StringAt(a, "related_entity"), "quotes");
    EXPECT_EQ(IntAt(a, "related_id"), id);
    EXPECT_NE(StringAt(a, "report").find("To: buyer@clinic.example"), std::string::npos);
  }
  EXPECT_EQ(emails, 1) << "the replay logged nothing more";
}

TEST_P(MailTest, WhoMaySendTheQuoteMayEmailIt) {
  const std::int64_t id = ApprovedQuote();
  ASSERT_GT(id, 0);
  const std::string body = R"({"to":"buyer@clinic.example"})";
  EXPECT_EQ(Call("rep_c", "POST", Q(id, "/email"), body).status, 404) << "another team's quote";
  EXPECT_EQ(Call("finance", "POST", Q(id, "/email"), body).status, 403) << "reads, never sends";
  EXPECT_EQ(Call("logistics", "POST", Q(id, "/email"), body).status, 403);
  EXPECT_EQ(Call("manager", "POST", Q(id, "/email"), body).status, 201) << "the rep's leader";
  // Each sender's outbox: the manager's message is theirs; rep_a sees none, rep_c none either.
  EXPECT_EQ(IntAt(Call("manager", "GET", "/api/v1/outbox-messages").Json(), "total"), 1);
  EXPECT_EQ(IntAt(Call("rep_a", "GET", "/api/v1/outbox-messages").Json(), "total"), 0);
  EXPECT_EQ(IntAt(Call("director", "GET", "/api/v1/outbox-messages").Json(), "total"), 1);
  EXPECT_EQ(Call("finance", "GET", "/api/v1/outbox-messages").status, 403);

  // Bad addresses name the field to fix, and nothing is queued.
  for (const auto& [bad, field] : std::vector<std::pair<std::string, std::string>>{
           {R"({"to":"buyer at clinic"})", "to"},
           {R"({"to":"a@b.example","cc":["x\r\nBcc: y@z.example"]})", "cc"},
           {R"({"to":"a@b.example","bcc":"x@y.example"})", "bcc"}}) {
    HttpResult r = Call("rep_a", "POST", Q(id, "/email"), bad);
    EXPECT_EQ(r.status, 422) << bad << r.Describe();
    EXPECT_EQ(StringAt(r.Json(), "field"), field) << r.body;
  }
  EXPECT_EQ(IntAt(Call("director", "GET", "/api/v1/outbox-messages").Json(), "total"), 1);
}

TEST_P(MailTest, TheCalendarFeedAnswersTheOwnersPlansWithoutASession) {
  // The test clock is 2024-03-01 09:00 UTC: a visit tomorrow, one of rep_b's, and one far out.
  auto plan = [this](const std::string& user, const char* subject, const char* at) {
    HttpResult r = Call(user, "POST", "/api/v1/activities",
                        json::serialize(json::object{{"kind", "visit"},
                                                     {"subject", subject},
                                                     {"planned_at", at},
                                                     {"duration_minutes", 90},
                                                     {"place", "Calle Mayor 1, Madrid"}}));
    EXPECT_EQ(r.status, 201) << r.Describe();
  };
  plan("rep_a", "Review, gloves", "2024-03-02T10:00:00+01:00");
  plan("rep_b", "Not rep_a's", "2024-03-02T11:00:00+01:00");
  plan("rep_a", "Beyond 180 days", "2024-12-01T10:00:00+01:00");

  HttpResult issued = Call("rep_a", "POST", "/api/v1/me/calendar-feed");
  ASSERT_EQ(issued.status, 200) << issued.Describe();
  const std::string path = StringAt(issued.Json(), "path");
  ASSERT_EQ(path.rfind("/api/v1/calendar/feed.ics?token=", 0), 0u) << path;

  HttpResult feed = Call("", "GET", path);  // no session: the URL is the key
  ASSERT_EQ(feed.status, 200) << feed.Describe();
  EXPECT_EQ(feed.Header("content-type"), "text/calendar; charset=utf-8");
  // 10:00 +01:00 = 09:00 UTC; 90 minutes later 10:30 UTC. The comma is escaped.
  EXPECT_NE(feed.body.find("DTSTART:20240302T090000Z\r\nDTEND:20240302T103000Z\r\n"
                           "SUMMARY:Visit: Review\\, gloves\r\n"),
            std::string::npos)
      << feed.body;
  EXPECT_EQ(feed.body.find("Not rep_a's"), std::string::npos);
  EXPECT_EQ(feed.body.find("Beyond 180 days"), std::string::npos);

  // The titles are in the reader's language (users.locale), read at each poll.
  const std::int64_t rep_a = UserId("rep_a");
  HttpResult german = Call("admin", "PATCH", "/api/v1/users/" + std::to_string(rep_a),
                           R"({"locale":"de"})", {{"If-Match", ETagOf("users", rep_a)}});
  ASSERT_EQ(german.status, 200) << german.Describe();
  HttpResult feed_de = Call("", "GET", path);
  ASSERT_EQ(feed_de.status, 200) << feed_de.Describe();
  EXPECT_NE(feed_de.body.find("SUMMARY:Besuch: Review\\, gloves\r\n"), std::string::npos)
      << feed_de.body;
  EXPECT_EQ(feed_de.body.find("SUMMARY:Visit:"), std::string::npos);

  // Rotating ends the old URL; a wrong token looks like a missing one.
  HttpResult rotated = Call("rep_a", "POST", "/api/v1/me/calendar-feed");
  ASSERT_EQ(rotated.status, 200);
  EXPECT_EQ(Call("", "GET", path).status, 404);
  EXPECT_EQ(Call("", "GET", StringAt(rotated.Json(), "path")).status, 200);
  EXPECT_EQ(Call("", "GET", "/api/v1/calendar/feed.ics?token=guess").status, 404);
  // The feed's record shows its hash, never the secret.
  HttpResult mine = Call("rep_a", "GET", "/api/v1/calendar-feeds");
  ASSERT_EQ(IntAt(mine.Json(), "total"), 1);
  EXPECT_EQ(mine.body.find(StringAt(rotated.Json(), "token")), std::string::npos);
  EXPECT_EQ(IntAt(Call("rep_b", "GET", "/api/v1/calendar-feeds").Json(), "total"), 0);
}

TEST_P(MailTest, AWeekOfAPersonOrATeamThroughTheCallersScope) {
  // 2024-03-01 is a Friday: its week runs Monday 2024-02-26 to Sunday 2024-03-03.
  for (const auto& [user, subject, at] :
       std::vector<std::tuple<std::string, std::string, std::string>>{
           {"rep_a", "Mon call", "2024-02-26T08:00:00Z"},
           {"rep_b", "Sun visit", "2024-03-03T22:00:00Z"},
           {"rep_a", "Next Monday", "2024-03-04T00:00:00Z"}}) {
    HttpResult r = Call(
        user, "POST", "/api/v1/activities",
        json::serialize(json::object{{"kind", "call"}, {"subject", subject}, {"planned_at", at}}));
    ASSERT_EQ(r.status, 201) << r.Describe();
  }
  HttpResult own = Call("rep_a", "GET", "/api/v1/calendar/week?date=2024-03-01");
  ASSERT_EQ(own.status, 200) << own.Describe();
  const json::value week = own.Json();
  EXPECT_EQ(StringAt(week, "from"), "2024-02-26");
  EXPECT_EQ(StringAt(week, "to"), "2024-03-03");
  ASSERT_EQ(week.at("people").as_array().size(), 1u);
  const json::value& me = week.at("people").at(0);
  ASSERT_EQ(me.at("activities").as_array().size(), 1u) << own.body;  // not next Monday's
  EXPECT_EQ(StringAt(me.at("activities").at(0), "subject"), "Mon call");

  // The Iberia team for its manager: rep_a's and rep_b's items; rep_a may not ask for it.
  const std::string team =
      "/api/v1/calendar/week?date=2024-03-01&team_id=" + std::to_string(Seeded("team:Iberia"));
  HttpResult lead = Call("manager", "GET", team);
  ASSERT_EQ(lead.status, 200) << lead.Describe();
  int items = 0;
  const json::value t = lead.Json();
  for (const auto& p : t.at("people").as_array()) items += p.at("activities").as_array().size();
  EXPECT_EQ(items, 2);
  HttpResult rep = Call("rep_a", "GET", team);
  EXPECT_EQ(rep.status, 403) << rep.Describe();
  EXPECT_EQ(StringAt(rep.Json(), "field"), "team_id");
  EXPECT_EQ(Call("rep_a", "GET", "/api/v1/calendar/week?date=tomorrow").status, 400);
}

SD_INSTANTIATE_API_TEST(MailTest);

}  // namespace
}  // namespace salesdesk::api_test
