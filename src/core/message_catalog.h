// The server's catalog of message codes and their English templates ({name} placeholders),
// exported for the web app's translations (web/src/lib/i18n/server_messages.json).
#pragma once

#include <span>
#include <string_view>

namespace salesdesk::core {

struct MessageTemplate {
  std::string_view code;
  std::string_view english;
};

// Every code the server may send, sorted by code.
std::span<const MessageTemplate> MessageCatalog();

// The template of `code`, or empty when the catalog has none.
std::string_view EnglishTemplate(std::string_view code);

}  // namespace salesdesk::core
