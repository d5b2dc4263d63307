// Names of referenced records (owner_id → "Anna Weber"), fetched in one id__in call per entity
// and page, and cached for the session.
import { api, listRecords, type RecordData } from './api/client';
import { ENTITIES, type EntityName } from './entities';

const cache = new Map<string, Map<number, string>>();

function bucket(entity: string) {
  let m = cache.get(entity);
  if (!m) cache.set(entity, (m = new Map()));
  return m;
}

export function refLabel(entity: string, id: unknown): string {
  if (id === null || id === undefined) return '';
  return bucket(entity).get(Number(id)) ?? `#${id}`;
}

export function rememberLabel(entity: EntityName, r: RecordData) {
  bucket(entity).set(r.id, ENTITIES[entity]?.title(r) ?? `#${r.id}`);
}

/** Loads the labels of the given ids that are not cached yet. Small entities are read whole
 * (one cached call); other ids in one `id__in` list read, shared with every screen asking for
 * the same ids meanwhile (a page's cards). What the caller may not see stays `#id`. */
export async function resolveRefs(entity: EntityName, ids: Iterable<unknown>): Promise<void> {
  const b = bucket(entity);
  const wanted = () => [...new Set([...ids].filter((x) => x !== null && x !== undefined).map(Number))].filter((id) => !b.has(id));
  if (wanted().length === 0) return;
  if (entity !== 'accounts' && entity !== 'contacts') await refOptions(entity);
  const missing = wanted().slice(0, 100);
  const pending = missing.map((id) => reading.get(`${entity}/${id}`)).filter((p): p is Promise<void> => !!p);
  const fresh = missing.filter((id) => !reading.has(`${entity}/${id}`));
  if (fresh.length > 0) {
    const p = readMany(entity, fresh).finally(() => fresh.forEach((id) => reading.delete(`${entity}/${id}`)));
    fresh.forEach((id) => reading.set(`${entity}/${id}`, p));
    pending.push(p);
  }
  await Promise.all(pending);
}

// Reads under way by `entity/id`, so screens asking for the same record at once read it once.
const reading = new Map<string, Promise<void>>();

async function readMany(entity: EntityName, ids: number[]): Promise<void> {
  const b = bucket(entity);
  try {
    if (ids.length === 1) {
      rememberLabel(entity, (await api.get<RecordData>(`/api/v1/${entity}/${ids[0]}`, { quiet401: true })).data);
    } else {
      const page = await listRecords(entity, `id__in=${ids.join(',')}&limit=${ids.length}`);
      for (const r of page.items) rememberLabel(entity, r);
    }
  } catch {
    // Hidden, missing or not readable by this role: the ids stay unnamed.
  }
  for (const id of ids) if (!b.has(id)) b.set(id, `#${id}`);
}

const optionCache = new Map<string, Promise<Array<{ id: number; label: string }>>>();

/** Choices for a reference field: the first 500 records by name. */
export function refOptions(entity: EntityName): Promise<Array<{ id: number; label: string }>> {
  let p = optionCache.get(entity);
  if (!p) {
    const sort = ENTITIES[entity]?.defaultSort ?? 'id';
    p = listRecords(entity, `limit=500&sort=${sort}`)
      .then((page) => page.items.map((r) => { rememberLabel(entity, r); return { id: r.id, label: ENTITIES[entity].title(r) }; }))
      .catch(() => []);
    optionCache.set(entity, p);
  }
  return p;
}

export function invalidateOptions(entity: EntityName) { optionCache.delete(entity); }
