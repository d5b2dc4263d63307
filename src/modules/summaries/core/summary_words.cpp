#include "modules/summaries/core/summary_words.h"

#include <array>
#include <map>

namespace salesdesk::core::summaries {
namespace {

constexpr SummaryWords kEn{"Daily sales summary",
                           "Weekly sales summary",
                           "Monthly sales summary",
                           "Period",
                           "Read on",
                           "Prepared for",
                           "Scope",
                           "The team",
                           "Own figures",
                           "Sales against target",
                           "Activity against target",
                           "Pipeline (open deals)",
                           "Receivables",
                           "Customers",
                           "Discount given",
                           "Person",
                           "Team",
                           "Measure",
                           "Target",
                           "Actual",
                           "Attainment",
                           "Month attainment",
                           "Year to date",
                           "Needed per working day (year)",
                           "Category",
                           "Deals",
                           "Amount",
                           "Won in 90 days",
                           "Lost in 90 days",
                           "Win rate by amount",
                           "Currency",
                           "Not due",
                           "Overdue",
                           "New customers",
                           "Customers lost",
                           "Invoices",
                           "At list price",
                           "Invoiced",
                           "Given",
                           "Given share",
                           "No target plan covers this period.",
                           "No figures in this period.",
                           "Good morning,",
                           "the {title} for {period} is attached ({formats}).",
                           "Sent by Salesdesk for {person}."};

constexpr SummaryWords kDe{"Täglicher Vertriebsbericht",
                           "Wöchentlicher Vertriebsbericht",
                           "Monatlicher Vertriebsbericht",
                           "Zeitraum",
                           "Stand",
                           "Erstellt für",
                           "Umfang",
                           "Das Team",
                           "Eigene Zahlen",
                           "Umsatz gegen Ziel",
                           "Aktivität gegen Ziel",
                           "Pipeline (offene Chancen)",
                           "Forderungen",
                           "Kunden",
                           "Gewährte Rabatte",
                           "Person",
                           "Team",
                           "Kennzahl",
                           "Ziel",
                           "Ist",
                           "Erreichung",
                           "Erreichung Monat",
                           "Seit Jahresbeginn",
                           "Nötig je Arbeitstag (Jahr)",
                           "Kategorie",
                           "Chancen",
                           "Betrag",
                           "Gewonnen in 90 Tagen",
                           "Verloren in 90 Tagen",
                           "Gewinnquote nach Betrag",
                           "Währung",
                           "Nicht fällig",
                           "Überfällig",
                           "Neue Kunden",
                           "Verlorene Kunden",
                           "Rechnungen",
                           "Zum Listenpreis",
                           "Berechnet",
                           "Gewährt",
                           "Anteil",
                           "Kein Zielplan deckt diesen Zeitraum.",
                           "Keine Zahlen in diesem Zeitraum.",
                           "Guten Morgen,",
                           "im Anhang: {title} für {period} ({formats}).",
                           "Gesendet von Salesdesk für {person}."};

constexpr SummaryWords kEs{"Resumen diario de ventas",
                           "Resumen semanal de ventas",
                           "Resumen mensual de ventas",
                           "Periodo",
                           "Fecha de lectura",
                           "Preparado para",
                           "Alcance",
                           "El equipo",
                           "Cifras propias",
                           "Ventas frente al objetivo",
                           "Actividad frente al objetivo",
                           "Embudo (oportunidades abiertas)",
                           "Cuentas por cobrar",
                           "Clientes",
                           "Descuento concedido",
                           "Persona",
                           "Equipo",
                           "Medida",
                           "Objetivo",
                           "Real",
                           "Cumplimiento",
                           "Cumplimiento del mes",
                           "En lo que va de año",
                           "Necesario por día laborable (año)",
                           "Categoría",
                           "Oportunidades",
                           "Importe",
                           "Ganadas en 90 días",
                           "Perdidas en 90 días",
                           "Tasa de éxito por importe",
                           "Moneda",
                           "No vencido",
                           "Vencido",
                           "Clientes nuevos",
                           "Clientes perdidos",
                           "Facturas",
                           "A precio de lista",
                           "Facturado",
                           "Concedido",
                           "Proporción",
                           "Ningún plan de objetivos cubre este periodo.",
                           "No hay cifras en este periodo.",
                           "Buenos días:",
                           "adjuntamos el {title} de {period} ({formats}).",
                           "Enviado por Salesdesk para {person}."};

constexpr SummaryWords kZh{"每日销售汇总",
                           "每周销售汇总",
                           "每月销售汇总",
                           "期间",
                           "统计日期",
                           "报告对象",
                           "范围",
                           "团队",
                           "本人数据",
                           "销售额对比目标",
                           "活动对比目标",
                           "销售管道（未结商机）",
                           "应收账款",
                           "客户",
                           "折扣让利",
                           "人员",
                           "团队",
                           "指标",
                           "目标",
                           "实际",
                           "达成率",
                           "本月达成率",
                           "年初至今",
                           "每个工作日所需（全年）",
                           "类别",
                           "商机数",
                           "金额",
                           "90 天内赢单",
                           "90 天内丢单",
                           "按金额赢单率",
                           "币种",
                           "未到期",
                           "逾期",
                           "新客户",
                           "流失客户",
                           "发票",
                           "按目录价",
                           "开票金额",
                           "让利",
                           "让利比例",
                           "没有覆盖此期间的目标计划。",
                           "此期间没有数据。",
                           "早上好，",
                           "附件是 {period} 的{title}（{formats}）。",
                           "由 Salesdesk 代 {person} 发送。"};

using Names = std::map<std::string_view, std::array<const char*, 4>>;  // en, de, es, zh

const Names& Measures() {
  static const Names k{
      {"revenue", {"Revenue", "Umsatz", "Ventas", "销售额"}},
      {"margin", {"Margin", "Marge", "Margen", "毛利"}},
      {"visits", {"Visits", "Besuche", "Visitas", "拜访"}},
      {"calls", {"Calls", "Anrufe", "Llamadas", "电话"}},
      {"orders", {"Orders", "Aufträge", "Pedidos", "订单"}},
      {"new_customers", {"New customers", "Neue Kunden", "Clientes nuevos", "新客户"}}};
  return k;
}

const Names& Categories() {
  static const Names k{{"commit", {"Commit", "Zugesagt", "Comprometido", "承诺"}},
                       {"best_case", {"Best case", "Bestfall", "Mejor caso", "最佳情况"}},
                       {"pipeline", {"Pipeline", "Pipeline", "Embudo", "管道"}}};
  return k;
}

std::size_t IndexOf(std::string_view language) {
  if (language == "de") return 1;
  if (language == "es") return 2;
  if (language == "zh") return 3;
  return 0;
}

std::string NameIn(const Names& names, std::string_view language, std::string_view code) {
  auto it = names.find(code);
  return it == names.end() ? std::string(code) : std::string(it->second[IndexOf(language)]);
}

}  // namespace

const SummaryWords& SummaryWordsFor(std::string_view language) {
  static constexpr std::array<const SummaryWords*, 4> kAll{&kEn, &kDe, &kEs, &kZh};
  return *kAll[IndexOf(language)];
}

std::string_view TitleOf(const SummaryWords& w, Cadence cadence) {
  switch (cadence) {
    case Cadence::kDaily:
      return w.daily_title;
    case Cadence::kWeekly:
      return w.weekly_title;
    case Cadence::kMonthly:
      break;
  }
  return w.monthly_title;
}

std::string MeasureWord(std::string_view language, std::string_view measure) {
  return NameIn(Measures(), language, measure);
}

std::string CategoryWord(std::string_view language, std::string_view category) {
  return NameIn(Categories(), language, category);
}

}  // namespace salesdesk::core::summaries
