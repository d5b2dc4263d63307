// Taking an order without a quote (POST /api/v1/sales-orders, decision 0075): the account, the
// products and quantities; the server prices every line as a quote of the account would be
// priced today, numbers the order and, when asked, confirms it (credit checks included).
import { engineLines, linesComplete, type LineDraft } from '../../../lib/engine-lines';

export type IntakeDraft = { accountId: string; priceListId: string; rows: LineDraft[]; confirm: boolean };

export const emptyIntake = (accountId = ''): IntakeDraft => ({ accountId, priceListId: '', rows: [{ product_id: '', quantity: '1' }], confirm: false });

/** The request body: the account as an id (none: null, so the server names `account_id`). */
export function intakeBody(d: IntakeDraft): Record<string, unknown> {
  const account = Number(d.accountId);
  const body: Record<string, unknown> = {
    account_id: d.accountId === '' || !Number.isFinite(account) ? null : account,
    lines: engineLines(d.rows),
  };
  if (d.priceListId) body.price_list_id = Number(d.priceListId);
  if (d.confirm) body.confirm = true;
  return body;
}

/** Whether the form may be sent: an account and at least one complete line. */
export const intakeReady = (d: IntakeDraft) => d.accountId !== '' && d.rows.length > 0 && linesComplete(d.rows);
