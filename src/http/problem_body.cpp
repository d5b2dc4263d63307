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

Response MakeProblem(int status, std::string_view title, std::string_view detail,
                     std::string_view field, std::string_view type_suffix,
                     std::span<const core::FieldIssue> issues) {
  std::string type(kProblemTypeBase);
  type += type_suffix.empty() ? ProblemSlug(title) : std::string(type_suffix);

  boost::json::object body;
  body["type"] = type;
  body["title"] = title;
  body["status"] = status;
  body["detail"] = detail;
  if (!field.empty()) body["field"] = field;
  boost::json::array errors;
  for (const auto& issue : issues) {
    errors.push_back(boost::json::object{{"field", issue.field}, {"detail", issue.message}});
  }
  if (errors.empty() && !field.empty()) {
    errors.push_back(boost::json::object{{"field", field}, {"detail", detail}});
  }
  if (!errors.empty()) body["errors"] = std::move(errors);

  Response response;
  response.status = status;
  response.content_type = std::string(kProblemContentType);
  response.body = boost::json::serialize(body);
  return response;
}

}  // namespace salesdesk::http
