// A seeded mini-fuzz of account bodies (G6): truncations, byte flips and type swaps of valid
// bodies. Not one may produce a 5xx; every refusal is a problem body that names a field.
#include <random>

#include "api/api_test_server.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

class FuzzTest : public ApiTest {};

const char* const kBases[] = {
    R"({"kind":"company","name":"Farmacia Sol","country":"ES","currency":"EUR",)"
    R"("credit_limit":{"amount":"1500.00","currency":"EUR"},"payment_terms_days":45,)"
    R"("risk_profile":"high","key_account":true,"lifecycle":"active","email":"a@sol.es"})",
    R"({"kind":"person","name":"Jürgen Groß","country":"DE","currency":"JPY",)"
    R"("credit_limit":{"amount":"120000","currency":"JPY"},"notes":"ünïcødé ✓"})",
    R"({"kind":"company","name":"Gulf Med","country":"BH","currency":"BHD",)"
    R"("credit_limit":{"amount":"10.125","currency":"BHD"},"sales_method":"prepayment"})",
};

json::value RandomValue(std::mt19937& rng) {
  switch (rng() % 12) {
    case 0:
      return nullptr;
    case 1:
      return static_cast<std::int64_t>(rng()) - (1LL << 31);
    case 2:
      return true;
    case 3:
      return "";
    case 4:
      return json::string(300, 'z');
    case 5:
      return json::array{1, "a"};
    case 6:
      return json::object{{"amount", "1.00"}};
    case 7:
      return 1.5e300;
    case 8:
      return "EUX";
    case 9:
      return std::numeric_limits<std::uint64_t>::max();
    case 10:
      return json::object{{"amount", "-0.01"}, {"currency", "EUR"}};
    default:
      return "2024-13-01";
  }
}

std::string Mutate(std::mt19937& rng) {
  std::string body = kBases[rng() % std::size(kBases)];
  switch (rng() % 5) {
    case 0:  // truncation
      body.resize(rng() % body.size());
      break;
    case 1: {  // byte flips
      const int flips = 1 + static_cast<int>(rng() % 4);
      for (int i = 0; i < flips; ++i)
        body[rng() % body.size()] ^= static_cast<char>(1 << (rng() % 8));
      break;
    }
    case 2: {  // type swap of one member
      json::object o = json::parse(body).as_object();
      auto it = o.begin() + static_cast<std::ptrdiff_t>(rng() % o.size());
      it->value() = RandomValue(rng);
      body = json::serialize(o);
      break;
    }
    case 3: {  // an extra member, possibly a duplicate key
      const char* keys[] = {"name", "owner_id", "id", "cost", "x", "credit_limit", ""};
      std::string extra = json::serialize(RandomValue(rng));
      body.insert(body.size() - 1,
                  std::string(",\"") + keys[rng() % std::size(keys)] + "\":" + extra);
      break;
    }
    default: {  // random bytes spliced in
      const std::size_t at = rng() % body.size();
      std::string junk;
      for (int i = 0, n = 1 + static_cast<int>(rng() % 6); i < n; ++i) {
        junk += static_cast<char>(rng() % 256);
      }
      body.insert(at, junk);
    }
  }
  return body;
}

TEST_P(FuzzTest, AThousandMutatedAccountBodiesNeverGiveA5xx) {
  std::mt19937 rng(20240301);
  int server_errors = 0, created = 0, refused = 0;
  std::vector<std::string> failures;
  auto fail = [&](const std::string& why, const std::string& body, const HttpResult& r) {
    if (failures.size() < 15) {
      failures.push_back(why + "\n  body: " + json::serialize(json::value(body)) +
                         "\n  got: " + r.Describe());
    }
  };
  for (int i = 0; i < 1000; ++i) {
    const std::string body = Mutate(rng);
    HttpResult r = Call("rep_a", "POST", "/api/v1/accounts", body);
    if (r.status == 0 || r.status >= 500) {
      ++server_errors;
      fail("5xx or no answer", body, r);
      continue;
    }
    if (r.status == 201) {
      ++created;
      continue;
    }
    ++refused;
    const json::value problem = r.Json();
    if (!r.IsProblem() || StringAt(problem, "detail").empty()) {
      fail("refusal is not a problem body with a detail", body, r);
    } else if ((r.status == 400 || r.status == 422) && StringAt(problem, "field").empty()) {
      fail("400/422 without a field", body, r);
    } else if (r.status != 400 && r.status != 422) {
      fail("unexpected status", body, r);
    }
  }
  EXPECT_EQ(server_errors, 0);
  EXPECT_GT(refused, 800) << "the mutations should mostly be invalid";
  EXPECT_GT(created, 0) << "some mutations (e.g. a flipped letter in a name) stay valid";
  for (const auto& f : failures) ADD_FAILURE() << f;
  // The server is still healthy afterwards.
  EXPECT_EQ(Call("", "GET", "/healthz").status, 200);
}

SD_INSTANTIATE_API_TEST(FuzzTest);

}  // namespace
}  // namespace salesdesk::api_test
