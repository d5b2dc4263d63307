// Lines priced by the engine alone — a deal's products (pipeline's DealLines) and an order taken
// without a quote (sales' TakeOrderPage): a product and a quantity per line, the price always the
// server's. The editable row is components/EngineLineRow.svelte.

/** A line as the form holds it: the product's id and the quantity as decimal strings. */
export type LineDraft = { product_id: string; quantity: string; unit?: string };

/**
 * The lines of a request body, in order: an empty row is sent as it is, so the server's problem
 * names it (`lines[1].product_id`); the quantity trimmed; the unit only when one is set.
 */
export function engineLines(rows: LineDraft[]): Record<string, unknown>[] {
  return rows.map((r) => {
    const id = Number(r.product_id);
    const line: Record<string, unknown> = { product_id: r.product_id === '' || !Number.isFinite(id) ? null : id, quantity: r.quantity.trim() };
    if (r.unit) line.unit = r.unit;
    return line;
  });
}

/** Whether every row names a product and a quantity (the save button's condition). */
export const linesComplete = (rows: LineDraft[]) => rows.every((r) => r.product_id !== '' && r.quantity.trim() !== '');
