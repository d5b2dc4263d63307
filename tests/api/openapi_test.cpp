// The OpenAPI document and the route table describe the same API, and every documented
// operation really dispatches.
#include <cstdio>
#include <set>

#include "api/api_test_server.h"
#include "app/records/entity_spec.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

class OpenApiTest : public ApiTest {
 protected:
  static std::string Lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  }
  // An existing record for each {id} path, so requests reach the handlers.
  std::string Concrete(const std::string& pattern) {
    const std::map<std::string, std::int64_t> ids = {{"users", UserId("rep_a")},
                                                     {"teams", Seeded("team:Spare")},
                                                     {"territories", Seeded("territory")},
                                                     {"customer-groups", Seeded("customer_group")},
                                                     {"accounts", AccountOf("director").id},
                                                     {"contacts", AccountOf("director").contact_id},
                                                     {"product-categories", Seeded("category")},
                                                     {"products", product_id()},
                                                     {"currencies", Seeded("currency:GBP")},
                                                     {"exchange-rates", Seeded("rate")},
                                                     {"authority-rules", Seeded("authority:rep")},
                                                     {"audit-events", 1},
                                                     {"saved-views", Seeded("view:director")}};
    const auto pos = pattern.find("{id}");
    if (pos == std::string::npos) return pattern;
    const std::string prefix = "/api/v1/";
    const std::string entity = pattern.substr(prefix.size(), pos - prefix.size() - 1);
    // Entities without a seeded record: id 1 still proves the route dispatches (an absent
    // record is a 404 about the record, not "no such resource").
    auto it = ids.find(entity);
    const std::int64_t id = it == ids.end() ? 1 : it->second;
    return pattern.substr(0, pos) + std::to_string(id) + pattern.substr(pos + 4);
  }
};

TEST_P(OpenApiTest, DocumentAndRouteTableMatchBothWays) {
  HttpResult r = Call("", "GET", "/api/v1/openapi.json");
  ASSERT_EQ(r.status, 200) << r.Describe();
  const json::value doc = r.Json();
  ASSERT_TRUE(doc.is_object()) << "openapi.json does not parse";
  EXPECT_EQ(StringAt(doc, "openapi").rfind("3.1", 0), 0u);
  const json::object& paths = doc.at("paths").as_object();

  std::set<std::string> from_routes, from_doc, operation_ids;
  for (const auto& route : api().routes()) {
    const std::string key = route.method + " " + route.pattern;
    from_routes.insert(key);
    EXPECT_TRUE(operation_ids.insert(route.operation_id).second)
        << "duplicate operationId " << route.operation_id;
    const json::value* item = paths.if_contains(route.pattern);
    const json::value* op =
        item && item->is_object() ? item->as_object().if_contains(Lower(route.method)) : nullptr;
    if (op == nullptr) continue;  // reported by the set comparison below
    EXPECT_EQ(StringAt(*op, "operationId"), route.operation_id) << key;
    const json::value* responses = op->as_object().if_contains("responses");
    EXPECT_TRUE(responses && responses->is_object() && !responses->as_object().empty()) << key;
    if (responses && responses->is_object()) {
      EXPECT_TRUE(responses->as_object().contains(std::to_string(route.success_status))) << key;
    }
  }
  for (const auto& [pattern, item] : paths) {
    for (const auto& [method, op] : item.as_object()) {
      std::string upper(method);
      for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      from_doc.insert(upper + " " + std::string(pattern));
    }
  }
  std::vector<std::string> undocumented, unrouted;
  std::set_difference(from_routes.begin(), from_routes.end(), from_doc.begin(), from_doc.end(),
                      std::back_inserter(undocumented));
  std::set_difference(from_doc.begin(), from_doc.end(), from_routes.begin(), from_routes.end(),
                      std::back_inserter(unrouted));
  for (const auto& u : undocumented) ADD_FAILURE() << "route not in openapi.json: " << u;
  for (const auto& u : unrouted) ADD_FAILURE() << "documented but no route: " << u;
  EXPECT_GE(from_routes.size(), 50u) << "suspiciously few routes";
}

TEST_P(OpenApiTest, EveryDocumentedOperationDispatches) {
  const json::value doc = Call("", "GET", "/api/v1/openapi.json").Json();
  ASSERT_TRUE(doc.is_object());
  int checked = 0;
  for (const auto& [pattern, item] : doc.at("paths").as_object()) {
    for (const auto& [method, op] : item.as_object()) {
      std::string upper(method);
      for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      const std::string target = Concrete(std::string(pattern));
      // A fresh token each time (logout revokes the one it is sent with); bodies are empty
      // objects and no If-Match is sent, so nothing is changed.
      const std::string token = NewToken("director");
      const std::string body = upper == "GET" || upper == "DELETE" ? "" : "{}";
      HttpResult r = client().Send(upper, target, body, {{"Authorization", "Bearer " + token}});
      const std::string detail = StringAt(r.Json(), "detail");
      EXPECT_NE(r.status, 405) << upper << " " << target << ": " << r.Describe();
      EXPECT_NE(r.status, 0) << upper << " " << target << ": " << r.error;
      EXPECT_LT(r.status, 500) << upper << " " << target << ": " << r.Describe();
      EXPECT_FALSE(r.status == 404 && detail.rfind("no such resource", 0) == 0)
          << upper << " " << target << " does not reach a handler: " << r.Describe();
      ++checked;
    }
  }
  EXPECT_EQ(checked, static_cast<int>(api().routes().size()));
}

// Nullability is declared from each FieldSpec the OpenAPI 3.1 way (decision 0020): a field an
// answer can carry as null has "null" in its type; a required one has not. The validator run
// (ctest api_contract) checks the answers themselves; this pins the rule.
TEST_P(OpenApiTest, NullableFieldsAreDeclaredNullableAndRequiredOnesAreNot) {
  const json::value doc = Call("", "GET", "/api/v1/openapi.json").Json();
  ASSERT_TRUE(doc.is_object());
  const json::object& schemas = doc.at("components").at("schemas").as_object();
  auto prop = [&](const char* schema, const char* field) {
    return schemas.at(schema).at("properties").at(field);
  };
  auto types = [](const json::value& s) { return json::serialize(s.at("type")); };
  EXPECT_EQ(types(prop("Team", "parent_id")), R"(["integer","null"])");
  EXPECT_EQ(types(prop("Team", "name")), R"("string")");
  EXPECT_EQ(types(prop("Account", "territory_id")), R"(["integer","null"])");
  EXPECT_EQ(types(prop("Account", "country")), R"("string")");
  // A nullable enum admits null among its values; a required one does not.
  EXPECT_EQ(json::serialize(prop("Task", "related_entity").at("enum").as_array().back()), "null");
  EXPECT_EQ(types(prop("Account", "kind")), R"("string")");
  // Money is a $ref, so its null is an alternative.
  EXPECT_EQ(json::serialize(prop("Account", "credit_limit").at("anyOf")),
            R"([{"$ref":"#/components/schemas/Money"},{"type":"null"}])");
  // An update may clear a nullable field; a required one stays non-null in requests too.
  EXPECT_EQ(types(prop("AccountInput", "territory_id")), R"(["integer","null"])");
  EXPECT_EQ(types(prop("AccountInput", "name")), R"("string")");
  // Query filters never take null (__null does that).
  for (const auto& p :
       doc.at("paths").at("/api/v1/accounts").at("get").at("parameters").as_array()) {
    if (StringAt(p, "name") == "territory_id") {
      EXPECT_EQ(types(p.at("schema")), R"("integer")");
    }
  }
  // Non-record answers: the signed-in user's id is an integer.
  EXPECT_EQ(types(prop("Me", "id")), R"("integer")");
}

// x-salesdesk-sortable (what the web offers as sortable columns) is exactly what ?sort= takes,
// on every list, for a reader who sees every field; x-salesdesk-ref names a real entity.
TEST_P(OpenApiTest, SortableAndReferenceMarksAreWhatTheListsAccept) {
  const json::value doc = Call("", "GET", "/api/v1/openapi.json").Json();
  ASSERT_TRUE(doc.is_object());
  const json::object& schemas = doc.at("components").at("schemas").as_object();
  int entities = 0, sortable = 0, refused = 0;
  for (const auto& e : app::AllEntities()) {
    const std::string path = "/api/v1/" + std::string(e.plural);
    const json::object& paths = doc.at("paths").as_object();
    if (!paths.contains(path) || !paths.at(path).as_object().contains("get")) continue;
    std::string reader;
    for (const char* user : {"director", "admin", "finance"}) {
      if (Call(user, "GET", path + "?limit=1").status == 200) {
        reader = user;
        break;
      }
    }
    if (reader.empty()) continue;
    ++entities;
    const std::string schema = StringAt(paths.at(path)
                                            .at("get")
                                            .at("responses")
                                            .at("200")
                                            .at("content")
                                            .at("application/json")
                                            .at("schema")
                                            .at("properties")
                                            .at("items")
                                            .at("items"),
                                        "$ref");
    const json::object& props =
        schemas.at(schema.substr(schema.rfind('/') + 1)).at("properties").as_object();
    for (const auto& [name, s] : props) {
      const bool marked = s.as_object().contains("x-salesdesk-sortable");
      const HttpResult r = Call(reader, "GET", path + "?limit=1&sort=-" + std::string(name));
      EXPECT_EQ(r.status, marked ? 200 : 400)
          << e.plural << "." << name << (marked ? " is marked sortable" : " is not marked") << ": "
          << r.Describe();
      ++(marked ? sortable : refused);
      if (const json::value* ref = s.as_object().if_contains("x-salesdesk-ref")) {
        EXPECT_NE(app::FindEntity(ref->as_string()), nullptr) << e.plural << "." << name;
      }
    }
  }
  std::printf("sort marks: %d entities, %d sortable, %d refused\n", entities, sortable, refused);
  EXPECT_GT(entities, 25);
  EXPECT_GT(sortable, 50);
  EXPECT_GT(refused, 40);
}

SD_INSTANTIATE_API_TEST(OpenApiTest);

}  // namespace
}  // namespace salesdesk::api_test
