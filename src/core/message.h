// A message for a person: a stable code ("field.required") and its parameters (name -> text).
// The English words come from one catalog of templates keyed by code (message_catalog.cpp), so
// clients may word the same message in their user's language (docs/sales-desk-api.md).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace salesdesk::core {

using MessageParams = std::vector<std::pair<std::string, std::string>>;

struct Message {
  std::string code;
  MessageParams params;
};

inline Message Msg(std::string code, MessageParams params = {}) {
  return Message{std::move(code), std::move(params)};
}

// The catalog's English template for the message's code with its {name} placeholders filled.
// A code without a template is a bug (the message_catalog unit test scans the sources for it).
std::string EnglishText(const Message& message);

}  // namespace salesdesk::core
