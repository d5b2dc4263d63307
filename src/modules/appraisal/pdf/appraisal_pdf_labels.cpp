#include "modules/appraisal/pdf/appraisal_pdf_labels.h"

#include <array>

namespace salesdesk::pdf {
namespace {

namespace ca = core::appraisal;

constexpr AppraisalLabels kEn{"Monthly appraisal",
                              "Salesperson",
                              "Month",
                              "Figures",
                              "live",
                              "frozen when signed",
                              "Planned target",
                              "Actual sales",
                              "Row",
                              "Target",
                              "Actual",
                              "Attainment",
                              "Weight",
                              "Score",
                              "Conduct rating",
                              "Manager's comment",
                              "Rated by",
                              "Signed by",
                              "Acknowledged by the salesperson",
                              "not yet",
                              "n/a"};
constexpr AppraisalLabels kDe{"Monatliche Beurteilung",
                              "Mitarbeiter",
                              "Monat",
                              "Zahlen",
                              "aktuell",
                              "mit der Unterschrift eingefroren",
                              "Planziel",
                              "Ist-Umsatz",
                              "Zeile",
                              "Ziel",
                              "Ist",
                              "Erreichung",
                              "Gewicht",
                              "Punktzahl",
                              "Verhalten",
                              "Kommentar der Führungskraft",
                              "Bewertet von",
                              "Unterschrieben von",
                              "Vom Mitarbeiter zur Kenntnis genommen",
                              "noch nicht",
                              "entfällt"};
constexpr AppraisalLabels kEs{"Evaluación mensual",
                              "Comercial",
                              "Mes",
                              "Cifras",
                              "en vivo",
                              "congeladas al firmar",
                              "Objetivo previsto",
                              "Ventas reales",
                              "Fila",
                              "Objetivo",
                              "Real",
                              "Cumplimiento",
                              "Peso",
                              "Puntuación",
                              "Conducta",
                              "Comentario del responsable",
                              "Valorada por",
                              "Firmada por",
                              "Recibida por el comercial",
                              "todavía no",
                              "n/a"};
constexpr AppraisalLabels kZh{
    "月度考核",     "销售人员", "月份",   "数据",   "实时",         "签字时冻结", "计划目标",
    "实际销售额",   "行",       "目标",   "实际",   "达成率",       "权重",       "得分",
    "工作表现评分", "主管评语", "评分人", "签字人", "销售人员确认", "尚未",       "不适用"};

// Row names in form order (ca::kAllItems).
constexpr std::array<std::array<const char*, 10>, 4> kItems = {{
    {"Sales attainment", "New customers", "Visits to existing customers", "Telemarketing calls",
     "Weekly order quantity", "Growth", "Customers lost", "Report completion",
     "Response to requests", "Conduct"},
    {"Umsatzzielerreichung", "Neukunden", "Besuche bei Bestandskunden", "Telefonakquise",
     "Wöchentliche Auftragsmenge", "Wachstum", "Verlorene Kunden", "Berichte vollständig",
     "Reaktion auf Anfragen", "Verhalten"},
    {"Cumplimiento de ventas", "Clientes nuevos", "Visitas a clientes existentes",
     "Llamadas de televenta", "Cantidad semanal de pedidos", "Crecimiento", "Clientes perdidos",
     "Informes completados", "Respuesta a solicitudes", "Conducta"},
    {"销售达成率", "新开发客户", "老客户拜访", "电话营销", "每周订单量", "增长率", "流失客户",
     "报告完成率", "客户需求响应", "工作表现"},
}};

struct Reason {
  std::string_view code;
  std::array<const char*, 4> words;
};
constexpr Reason kReasons[] = {
    {"no_target", {"no target", "kein Ziel", "sin objetivo", "无目标"}},
    {"no_base",
     {"no sales last year", "kein Vorjahresumsatz", "sin ventas el año anterior", "去年无销售"}},
    {"not_built", {"not recorded yet", "noch nicht erfasst", "aún no se registra", "尚未记录"}},
    {"not_rated", {"not rated", "nicht bewertet", "sin valorar", "未评分"}},
    {"none_due", {"nothing due yet", "noch nichts fällig", "nada vencido", "尚无到期项"}},
};

}  // namespace

const AppraisalLabels& AppraisalLabelsFor(Language language) {
  switch (language) {
    case Language::kDe:
      return kDe;
    case Language::kEs:
      return kEs;
    case Language::kZh:
      return kZh;
    case Language::kEn:
      break;
  }
  return kEn;
}

const char* ItemLabel(Language language, ca::Item item) {
  return kItems[static_cast<std::size_t>(language)][static_cast<std::size_t>(item)];
}

const char* ReasonLabel(Language language, std::string_view code) {
  for (const Reason& r : kReasons) {
    if (r.code == code) return r.words[static_cast<std::size_t>(language)];
  }
  return "";
}

}  // namespace salesdesk::pdf
