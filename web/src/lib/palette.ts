// The command palette's screens for a query: those whose label contains it, the closest first —
// the label itself, then labels starting with it, then a word starting with it, then the rest —
// so "Products" opens Products, not "Competitor products" that comes earlier in the menu.
export function matchScreens<T extends { label: string }>(items: T[], query: string): T[] {
  const q = query.trim().toLocaleLowerCase();
  if (!q) return items;
  const rank = (label: string) => {
    const l = label.toLocaleLowerCase();
    if (l === q) return 0;
    if (l.startsWith(q)) return 1;
    return l.split(/[\s\-–/]+/).some((w) => w.startsWith(q)) ? 2 : 3;
  };
  // Array sort is stable: equal ranks keep the menu's order.
  return items.filter((i) => i.label.toLocaleLowerCase().includes(q)).map((i) => ({ i, r: rank(i.label) }))
    .sort((a, b) => a.r - b.r).map((x) => x.i);
}
