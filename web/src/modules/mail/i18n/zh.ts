import type { Catalog } from './en';

export const zh: Catalog = {
  "mail.emailQuote": "通过电子邮件发送给客户",
  "mail.customerPdf": "将以报价单的语言附上客户版 PDF（不含成本和毛利）。发送记录会显示在客户的时间线上。",
  "mail.to": "收件人",
  "mail.toDefault": "报价单的联系人",
  "mail.cc": "抄送（以逗号分隔）",
  "mail.subject": "主题",
  "mail.subjectDefault": "报价单 <编号> — <公司>",
  "mail.message": "正文",
  "mail.send": "发送",
  "mail.queued": "已为 {to} 排队：将在发件箱下一次运行时发出。",
  "mail.documentPdf": "客户版 PDF",
  "mail.documentCustomerPdf": "将附上客户语言的客户版 PDF（不含成本和毛利）。发送记录会显示在客户的时间线上。",
  "mail.documentToDefault": "客户的联系人",
  "entity.outbox-messages": "发件箱",
  "entity.one.outbox-messages": "发件箱邮件",
  "entity.outbox-attachments": "发件箱附件",
  "entity.one.outbox-attachments": "发件箱附件",
  "entity.calendar-feeds": "日历订阅",
  "entity.one.calendar-feeds": "日历订阅",
};
