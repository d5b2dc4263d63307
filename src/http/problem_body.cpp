#include "http/problem_body.h"

#include <boost/json.hpp>

#include <string>

namespace salesdesk::http {

std::string ProblemSlug(std::string_view title) {
  std::string slug;
  bool pending_dash = false;
  for (const char c : title) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    const bool upper = c >= 'A' && c <= 'Z';
    if (!alnum && !upper) {
      pending_dash = !slug.empty();
      continue;
    }
    if (pending_dash) slug += '-';
    pending_dash = false;
    slug += upper ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return slug;
}

namespace {

void AddCode(boost::json::object& o, std::string_view code, const core::MessageParams& params) {
  if (code.empty()) return;
  o["code"] = code;
  boost::json::object p;
  for (const auto& [name, value] : params) p[name] = value;
  o["params"] = std::move(p);
}

}  // namespace

Response MakeProblem(int status, std::string_view title, const core::Message& message,
                     std::string_view field, std::string_view type_suffix) {
  return MakeProblem(status, title, core::EnglishText(message), field, type_suffix, {}, message);
}

Response MakeProblem(int status, std::string_view title, std::string_view detail,
                     std::string_view field, std::string_view type_suffix,
                     std::span<const core::FieldIssue> issues, const core::Message& message) {
  std::string type(kProblemTypeBase);
  type += type_suffix.empty() ? ProblemSlug(title) : std::string(type_suffix);

  boost::json::object body;
  body["type"] = type;
  body["title"] = title;
  body["status"] = status;
  body["detail"] = detail;
  if (!field.empty()) body["field"] = field;
  AddCode(body, message.code, message.params);
  boost::json::array errors;
  for (const auto& issue : issues) {
    boost::json::object e{{"field", issue.field}, {"detail", issue.message}};
    AddCode(e, issue.code, issue.params);
    errors.push_back(std::move(e));
  }
  if (errors.empty() && !field.empty()) {
    boost::json::object e{{"field", field}, {"detail", detail}};
    AddCode(e, message.code, message.params);
    errors.push_back(std::move(e));
  }
  if (!errors.empty()) body["errors"] = std::move(errors);

  Response response;
  response.status = status;
  response.content_type = std::string(kProblemContentType);
  response.body = boost::json::serialize(body);
  return response;
}

}  // namespace salesdesk::http
