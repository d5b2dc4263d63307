import type { Catalog } from './en';

export const zh: Catalog = {
  "nav.group.finance": "财务",
  "entity.invoices": "发票",
  "entity.one.invoices": "发票",
  "entity.credit-notes": "贷项通知单",
  "entity.one.credit-notes": "贷项通知单",
  "entity.dunning-claims": "催款记录",
  "entity.one.dunning-claims": "催款记录",
  "enum.invoices.status.draft": "草稿",
  "enum.invoices.status.posted": "已过账",
  "enum.credit-notes.status.draft": "草稿",
  "enum.credit-notes.status.posted": "已过账",
  "enum.dunning-claims.status.open": "未结",
  "enum.dunning-claims.status.waived": "已豁免",
};
