import type { Role } from '../../../lib/api/client';

/**
 * Who e-mails billing documents: who writes invoices. Invoices change only through billing's own
 * routes (no generic writes in the contract), so the roles are named here: finance and the
 * director (docs/billing.md, docs/mail.md).
 */
export function mayMailDocuments(role: Role | undefined): boolean {
  return role === 'finance' || role === 'director';
}
