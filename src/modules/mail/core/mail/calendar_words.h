// The words of a person's calendar feed in their language (users.locale): what an entry is
// ("Visit: Clínica Sur") and the next step line of its description. Calendar programs show the
// summary as the whole title, so it must be in the reader's language, not the server's.
#pragma once

#include <string_view>

namespace salesdesk::core::mail {

struct CalendarWords {
  std::string_view visit, meeting, call, email, task, next_step;
};

// `language` en, de, es or zh; anything else reads as en.
const CalendarWords& CalendarWordsFor(std::string_view language);

}  // namespace salesdesk::core::mail
