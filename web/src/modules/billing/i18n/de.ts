import type { Catalog } from './en';

export const de: Catalog = {
  "nav.group.finance": "Finanzen",
  "entity.invoices": "Rechnungen",
  "entity.one.invoices": "Rechnung",
  "entity.credit-notes": "Gutschriften",
  "entity.one.credit-notes": "Gutschrift",
  "entity.dunning-claims": "Mahnforderungen",
  "entity.one.dunning-claims": "Mahnforderung",
  "enum.invoices.status.draft": "Entwurf",
  "enum.invoices.status.posted": "Gebucht",
  "enum.credit-notes.status.draft": "Entwurf",
  "enum.credit-notes.status.posted": "Gebucht",
  "enum.dunning-claims.status.open": "Offen",
  "enum.dunning-claims.status.waived": "Erlassen",
};
