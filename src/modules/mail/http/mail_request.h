// The body of every "e-mail this document" route: {to?, cc?, subject?, message?}, each member
// checked and named in the problem when wrong.
#pragma once

#include <string>

#include "core/result.h"
#include "modules/mail/app/quote_mail.h"

namespace salesdesk::http {

// `schema` names the request in the problem for an unknown member.
core::Result<modules::mail::QuoteMailRequest> DecodeMailRequest(const std::string& body,
                                                                const std::string& schema);

}  // namespace salesdesk::http
