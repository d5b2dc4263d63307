// The lead score (docs/leads.md): each rule's points, the bounds, and the free-mail and
// seniority judgements it rests on.
#include <gtest/gtest.h>

#include "modules/leads/core/email_domain.h"
#include "modules/leads/core/lead_score.h"
#include "modules/leads/core/round_robin.h"

namespace salesdesk::core::leads {
namespace {

int PointsFor(const LeadScore& s, std::string_view reason) {
  for (const auto& p : s.parts) {
    if (p.reason == reason) return p.points;
  }
  return 0;
}

TEST(LeadScoreTest, AnEmptyNewLeadScoresNothing) {
  const LeadScore s = ScoreLead({.status = "new", .source = "other"});
  EXPECT_EQ(s.total, 0);
  EXPECT_TRUE(s.parts.empty());
}

TEST(LeadScoreTest, TheBestPossibleLeadScoresOneHundred) {
  const LeadScore s = ScoreLead({.company = "Klinik Nord GmbH",
                                 .job_title = "Geschäftsführerin",
                                 .email = "a.weber@klinik-nord.de",
                                 .phone = "+49 40 1234567",
                                 .vat_id = "DE123456789",
                                 .status = "qualified",
                                 .source = "referral",
                                 .country_served = true});
  EXPECT_EQ(s.total, 100);
  EXPECT_EQ(PointsFor(s, "fit.company"), 10);
  EXPECT_EQ(PointsFor(s, "fit.country_served"), 10);
  EXPECT_EQ(PointsFor(s, "fit.seniority"), 10);
  EXPECT_EQ(PointsFor(s, "fit.vat_id"), 10);
  EXPECT_EQ(PointsFor(s, "fit.business_email"), 10);
  EXPECT_EQ(PointsFor(s, "engagement.status"), 25);
  EXPECT_EQ(PointsFor(s, "engagement.source"), 15);
  EXPECT_EQ(PointsFor(s, "engagement.email"), 5);
  EXPECT_EQ(PointsFor(s, "engagement.phone"), 5);
}

TEST(LeadScoreTest, AFreeMailAddressCountsAsAChannelButNotAsFit) {
  const LeadScore s = ScoreLead({.email = "someone@GMAIL.com", .status = "new", .source = "web"});
  EXPECT_EQ(PointsFor(s, "fit.business_email"), 0);
  EXPECT_EQ(PointsFor(s, "engagement.email"), 5);
  EXPECT_EQ(PointsFor(s, "engagement.source"), 10);
  EXPECT_EQ(s.total, 15);
}

TEST(LeadScoreTest, StatusAndSourceWeights) {
  auto total = [](const char* status, const char* source) {
    return ScoreLead({.status = status, .source = source}).total;
  };
  EXPECT_EQ(total("new", "import"), 0);
  EXPECT_EQ(total("contacted", "import"), 10);
  EXPECT_EQ(total("qualified", "import"), 25);
  EXPECT_EQ(total("converted", "import"), 25);
  EXPECT_EQ(total("disqualified", "referral"), 15);
  EXPECT_EQ(total("new", "event"), 10);
  EXPECT_EQ(total("new", "campaign"), 5);
  EXPECT_EQ(total("new", "cold_call"), 5);
  EXPECT_EQ(total("new", "other"), 0);
}

TEST(LeadScoreTest, SeniorityFromTheTitleInSeveralLanguages) {
  EXPECT_EQ(SeniorityPoints("CEO"), 10);
  EXPECT_EQ(SeniorityPoints("Head of Procurement"), 10);
  EXPECT_EQ(SeniorityPoints("Directora de compras"), 10);
  EXPECT_EQ(SeniorityPoints("Leiter Einkauf"), 10);
  EXPECT_EQ(SeniorityPoints("总经理"), 10);
  EXPECT_EQ(SeniorityPoints("Purchasing Manager"), 5);
  EXPECT_EQ(SeniorityPoints("采购"), 5);
  EXPECT_EQ(SeniorityPoints("Nurse"), 0);
  // Whole words only: "headset" is not a head, "leader" not a lead.
  EXPECT_EQ(SeniorityPoints("Headset technician"), 0);
  EXPECT_EQ(SeniorityPoints(""), 0);
}

TEST(EmailDomainTest, DomainAndFreeMail) {
  EXPECT_EQ(EmailDomain("Ana@Hospital-Clinic.ES"), "hospital-clinic.es");
  EXPECT_EQ(EmailDomain("no-at-sign"), "");
  EXPECT_EQ(EmailDomain("trailing@"), "");
  for (const char* free : {"gmail.com", "outlook.com", "yahoo.com", "gmx.de", "qq.com", "163.com",
                           "web.de", "yandex.ru"}) {
    EXPECT_TRUE(IsFreeMailDomain(free)) << free;
  }
  EXPECT_FALSE(IsFreeMailDomain("klinik-nord.de"));
  EXPECT_FALSE(IsFreeMailDomain("gmail.com.evil.example"));
}

TEST(RoundRobinTest, TurnsGoToEachRepInIdOrderAndWrapAround) {
  const std::vector<std::int64_t> reps = {42, 7, 19};
  EXPECT_EQ(RepForTurn(1, reps), 7);
  EXPECT_EQ(RepForTurn(2, reps), 19);
  EXPECT_EQ(RepForTurn(3, reps), 42);
  EXPECT_EQ(RepForTurn(4, reps), 7);
  EXPECT_EQ(RepForTurn(3001, reps), 7);
  EXPECT_EQ(RepForTurn(1, {}), std::nullopt);
  EXPECT_EQ(RepForTurn(0, reps), std::nullopt);
  // Over whole rounds, everyone gets the same number.
  std::map<std::int64_t, int> got;
  for (int turn = 1; turn <= 300; ++turn) ++got[*RepForTurn(turn, reps)];
  EXPECT_EQ(got[7], 100);
  EXPECT_EQ(got[19], 100);
  EXPECT_EQ(got[42], 100);
}

}  // namespace
}  // namespace salesdesk::core::leads
