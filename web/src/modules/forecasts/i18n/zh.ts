import type { Catalog } from './en';

export const zh: Catalog = {
  'nav.forecastGrid': '预测',
  'forecasts.period': '月份',
  'forecasts.person': '人员',
  'forecasts.closed': '已成交',
  'forecasts.commit': '承诺',
  'forecasts.bestCase': '最佳情况',
  'forecasts.openPipeline': '未结商机',
  'forecasts.computed': '计算值 {value}',
  'forecasts.adjust': '调整',
  'forecasts.value': '新的承诺值',
  'forecasts.reason': '原因',
  'forecasts.save': '保存',
  'forecasts.cancel': '取消',
  'forecasts.stale': '已过时：被替换的数值已变化',
  'forecasts.adjustedBy': '{name} 调整为 {value}：{reason}',
  'forecasts.none': '没有需要预测的人员。',
};
