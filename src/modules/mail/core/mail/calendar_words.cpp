#include "modules/mail/core/mail/calendar_words.h"

namespace salesdesk::core::mail {

const CalendarWords& CalendarWordsFor(std::string_view language) {
  static constexpr CalendarWords kEn{"Visit", "Meeting", "Call", "E-mail", "Task", "Next step"};
  static constexpr CalendarWords kDe{"Besuch", "Termin",  "Anruf",
                                     "E-Mail", "Aufgabe", "Nächster Schritt"};
  static constexpr CalendarWords kEs{"Visita", "Reunión", "Llamada",
                                     "Correo", "Tarea",   "Próximo paso"};
  static constexpr CalendarWords kZh{"拜访", "会议", "电话", "邮件", "任务", "下一步"};
  if (language == "de") return kDe;
  if (language == "es") return kEs;
  if (language == "zh") return kZh;
  return kEn;
}

}  // namespace salesdesk::core::mail
