// The logic behind RefCombobox: type-to-search over a list API (debounced, paged, only the answer
// to the latest query is kept) and the active option under Up/Down/Home/End.
import { listRecords, type RecordData } from './api/client';
import { ENTITIES, type EntityName } from './entities';
import { rememberLabel } from './refs';

export type RefOption = { id: number; label: string };
export type RefPage = { items: RefOption[]; total: number };
export type RefFetcher = (query: string, offset: number, limit: number, signal: AbortSignal) => Promise<RefPage>;

/** Records of `entity` matching `query` (the list API's q=), as options; labels are cached. */
export function listFetcher(entity: EntityName, extra: () => string = () => ''): RefFetcher {
  return async (query, offset, limit, signal) => {
    const p = new URLSearchParams(extra());
    if (query) p.set('q', query);
    p.set('sort', ENTITIES[entity]?.defaultSort ?? 'id');
    p.set('limit', String(limit));
    if (offset) p.set('offset', String(offset));
    const page = await listRecords<RecordData>(entity, p, signal);
    return {
      items: page.items.map((r) => {
        rememberLabel(entity, r);
        return { id: r.id, label: ENTITIES[entity]?.title(r) ?? `#${r.id}` };
      }),
      total: page.total,
    };
  };
}

/** The next active index for a key, or null when the key does not move it. -1 = none. */
export function moveActive(active: number, count: number, key: string): number | null {
  if (count === 0) return key === 'ArrowDown' || key === 'ArrowUp' ? -1 : null;
  switch (key) {
    case 'ArrowDown': return active < 0 ? 0 : Math.min(count - 1, active + 1);
    case 'ArrowUp': return active < 0 ? count - 1 : Math.max(0, active - 1);
    case 'PageDown': return Math.min(count - 1, Math.max(0, active) + 10);
    case 'PageUp': return Math.max(0, active - 10);
    default: return null;
  }
}

export class RefSearch {
  options = $state<RefOption[]>([]);
  total = $state(0);
  loading = $state(false);
  failed = $state(false);
  active = $state(-1);
  /** The query the options answer. */
  query = $state('');

  #fetch: RefFetcher;
  #pageSize: number;
  #delay: number;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #abort: AbortController | null = null;
  #seq = 0;
  /** The option the person moved to with the keys since they last typed (kept by a later answer). */
  #chosen: number | null = null;

  constructor(fetch: RefFetcher, opts: { pageSize?: number; delay?: number } = {}) {
    this.#fetch = fetch;
    this.#pageSize = opts.pageSize ?? 20;
    this.#delay = opts.delay ?? 250;
  }

  get hasMore() { return this.options.length < this.total; }

  /** Searches for `query` after the debounce delay (now when `immediate`); returns when loaded. */
  search(query: string, immediate = false): Promise<void> {
    clearTimeout(this.#timer);
    const q = query.trim();
    this.loading = true;
    this.#chosen = null;
    return new Promise((resolve) => {
      const run = () => this.#load(q, 0).then(resolve);
      if (immediate) run();
      else this.#timer = setTimeout(run, this.#delay);
    });
  }

  /** The next page of the current query, appended. */
  more(): Promise<void> {
    if (this.loading || !this.hasMore) return Promise.resolve();
    this.loading = true;
    return this.#load(this.query, this.options.length);
  }

  move(key: string): boolean {
    const next = moveActive(this.active, this.options.length, key);
    if (next === null) return false;
    this.active = next;
    this.#chosen = this.options[next]?.id ?? null;
    // Reaching the last loaded option fetches the next page.
    if (next === this.options.length - 1 && this.hasMore) void this.more();
    return true;
  }

  cancel() {
    clearTimeout(this.#timer);
    this.#abort?.abort();
    this.#seq++;
    this.loading = false;
  }

  async #load(q: string, offset: number) {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const mine = ++this.#seq;
    try {
      const page = await this.#fetch(q, offset, this.#pageSize, abort.signal);
      if (mine !== this.#seq) return;
      this.options = offset ? [...this.options, ...page.items.filter((o) => !this.options.some((x) => x.id === o.id))] : page.items;
      this.total = page.total;
      this.query = q;
      this.failed = false;
      // The first match is active, unless the person has moved to an option this answer still has
      // (a slower answer to what they typed must not undo their arrow keys).
      const kept = this.#chosen === null ? -1 : page.items.findIndex((o) => o.id === this.#chosen);
      if (!offset) this.active = kept >= 0 ? kept : page.items.length ? 0 : -1;
    } catch (e) {
      if (mine !== this.#seq || (e as Error)?.name === 'AbortError') return;
      if (!offset) { this.options = []; this.total = 0; this.active = -1; }
      this.query = q;
      this.failed = true;
    } finally {
      if (mine === this.#seq) this.loading = false;
    }
  }
}
