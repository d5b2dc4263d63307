// The billing module's English words: the source of its keys (de/es/zh have the same).
export const en = {
  "nav.group.finance": "Finance",
  "entity.invoices": "Invoices",
  "entity.one.invoices": "Invoice",
  "entity.credit-notes": "Credit notes",
  "entity.one.credit-notes": "Credit note",
  "entity.dunning-claims": "Dunning claims",
  "entity.one.dunning-claims": "Dunning claim",
  "enum.invoices.status.draft": "Draft",
  "enum.invoices.status.posted": "Posted",
  "enum.credit-notes.status.draft": "Draft",
  "enum.credit-notes.status.posted": "Posted",
  "enum.dunning-claims.status.open": "Open",
  "enum.dunning-claims.status.waived": "Waived",
};
export type Catalog = Record<keyof typeof en, string>;
