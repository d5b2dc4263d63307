#include "modules/mail/http/mail_request.h"

#include <boost/json.hpp>

#include "app/records/record_json.h"
#include "modules/mail/core/mail/mime_message.h"

namespace salesdesk::http {
namespace {

namespace json = boost::json;
using core::Error;
using modules::mail::QuoteMailRequest;

core::Result<std::string> TextMember(const json::value& v, const char* field, std::size_t max) {
  if (!v.is_string())
    return Error::Invalid(field, core::Msg("field.not_string", {{"field", field}}));
  std::string s(v.as_string());
  if (s.size() > max) {
    return Error::Invalid(
        field, core::Msg("field.too_long", {{"field", field}, {"max", std::to_string(max)}}));
  }
  return s;
}

}  // namespace

core::Result<QuoteMailRequest> DecodeMailRequest(const std::string& body,
                                                 const std::string& schema) {
  QuoteMailRequest r;
  if (body.empty()) return r;
  SD_ASSIGN(json::object object, app::ParseBodyObject(body));
  for (const auto& [key, value] : object) {
    if (key == "to") {
      SD_ASSIGN(r.to, TextMember(value, "to", 254));
    } else if (key == "cc") {
      if (value.is_string()) {
        r.cc = core::mail::SplitAddresses(value.as_string());
      } else if (value.is_array()) {
        for (const auto& a : value.as_array()) {
          SD_ASSIGN(std::string address, TextMember(a, "cc", 254));
          r.cc.push_back(std::move(address));
        }
      } else {
        return Error::Invalid("cc", core::Msg("mail.cc"));
      }
      if (r.cc.size() > 10) return Error::Invalid("cc", core::Msg("mail.cc"));
    } else if (key == "subject") {
      SD_ASSIGN(r.subject, TextMember(value, "subject", 200));
    } else if (key == "message") {
      SD_ASSIGN(r.message, TextMember(value, "message", 4000));
    } else {
      return Error::Invalid(
          std::string(key),
          core::Msg("field.unknown", {{"field", std::string(key)}, {"entity", schema}}));
    }
  }
  return r;
}

}  // namespace salesdesk::http
