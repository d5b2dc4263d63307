// Where a dunning run's letters stand in the outbox (GET /dunning-runs/{id}/letters, decision
// 0068), as the run's page and the finance home's dunning card read it.
export type Delivery = 'delivered' | 'waiting' | 'failed' | 'not_sent';
export type Letter = {
  account_id: number; claim_id: number; level: number; delivery: Delivery; outbox_message_id: number | null;
  to_address: string | null; attempts: number; last_error: string | null; sent_at: string | null;
};
export type Letters = { run_id: number; counts: Record<Delivery, number>; letters: Letter[] };

/** The ones needing attention first: failed, then waiting, not sent, delivered. */
export const DELIVERY_ORDER: Delivery[] = ['failed', 'waiting', 'not_sent', 'delivered'];

/** The deliveries that have letters, in DELIVERY_ORDER, with their counts. */
export function nonZeroCounts(counts: Record<Delivery, number>): Array<[Delivery, number]> {
  return DELIVERY_ORDER.filter((d) => counts[d] > 0).map((d) => [d, counts[d]]);
}
