// A pricing rule's price_list_ids: the lists it is restricted to, kept in the form as the JSON
// array the API takes ("" = any list).

/** The ids in the stored value: a JSON string or an array; anything else gives none. */
export function parseListIds(value: unknown): number[] {
  let v = value;
  if (typeof v === 'string') {
    if (!v.trim()) return [];
    try { v = JSON.parse(v); } catch { return []; }
  }
  if (!Array.isArray(v)) return [];
  return v.map(Number).filter((n) => Number.isInteger(n) && n > 0);
}

/** The form value with `id` ticked or not: ids kept in ascending order, "" when none. */
export function toggleListId(value: unknown, id: number, on: boolean): string {
  const ids = new Set(parseListIds(value));
  if (on) ids.add(id); else ids.delete(id);
  return ids.size ? JSON.stringify([...ids].sort((a, b) => a - b)) : '';
}
