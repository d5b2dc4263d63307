import type { Catalog } from './en';

export const es: Catalog = {
  "nav.group.finance": "Finanzas",
  "entity.invoices": "Facturas",
  "entity.one.invoices": "Factura",
  "entity.credit-notes": "Notas de crédito",
  "entity.one.credit-notes": "Nota de crédito",
  "entity.dunning-claims": "Reclamaciones de cobro",
  "entity.one.dunning-claims": "Reclamación de cobro",
  "enum.invoices.status.draft": "Borrador",
  "enum.invoices.status.posted": "Contabilizada",
  "enum.credit-notes.status.draft": "Borrador",
  "enum.credit-notes.status.posted": "Contabilizada",
  "enum.dunning-claims.status.open": "Abierta",
  "enum.dunning-claims.status.waived": "Condonada",
};
