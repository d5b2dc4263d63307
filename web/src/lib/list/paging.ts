// Keyset paging of the list screens (decision 0030): the server hands each page's `next`
// cursor; going forward puts it in the URL as `after`, and the cursors of the pages already seen
// are kept (in memory) so "previous" returns to them. Offset pages stay for old links.
export type PageInfo = { items: unknown[]; has_more?: boolean; next?: string | null; total?: number };

export type Trail = { after: string | null; before: (string | null)[] };

/** The trail after going to the next page, or null when there is none. */
export function forward(trail: Trail, page: PageInfo): Trail | null {
  if (!page.has_more || !page.next) return null;
  return { after: page.next, before: [...trail.before, trail.after] };
}

/** The trail of the previous page (the first page when the earlier cursors are not known). */
export function back(trail: Trail): Trail {
  if (trail.before.length === 0) return { after: null, before: [] };
  return { after: trail.before[trail.before.length - 1], before: trail.before.slice(0, -1) };
}

/** Where the shown rows start (0-based): earlier pages of `limit` rows, or the offset; null
 *  for a cursor page reached without its history (a reload): its place is not known. */
export function firstRow(trail: Trail, limit: number, offset: number): number | null {
  if (!trail.after) return offset;
  return trail.before.length ? trail.before.length * limit : null;
}

/** The range label's numbers; total only when it is known (counted, or this is the last page). */
export function range(page: PageInfo, start: number): { from: number; to: number; total: number | null } {
  const to = start + page.items.length;
  const total = page.total ?? (page.has_more ? null : to);
  return { from: page.items.length ? start + 1 : 0, to, total };
}
