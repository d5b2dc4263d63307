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
 * (one cached call); other ids are read one by one. Errors (no access) are ignored. */
export async function resolveRefs(entity: EntityName, ids: Iterable<unknown>): Promise<void> {
  const b = bucket(entity);
  const wanted = () => [...new Set([...ids].filter((x) => x !== null && x !== undefined).map(Number))].filter((id) => !b.has(id));
  if (wanted().length === 0) return;
  if (entity !== 'accounts' && entity !== 'contacts') await refOptions(entity);
  const missing = wanted().slice(0, 100);
  await Promise.all(missing.map((id) => readOne(entity, id)));
}

// Reads under way, so screens asking for the same record at once (a page's cards) read it once.
const reading = new Map<string, Promise<void>>();

function readOne(entity: EntityName, id: number): Promise<void> {
  const key = `${entity}/${id}`;
  let p = reading.get(key);
  if (!p) {
    p = api.get<RecordData>(`/api/v1/${entity}/${id}`, { quiet401: true })
      .then((r) => rememberLabel(entity, r.data))
      .catch(() => { bucket(entity).set(id, `#${id}`); })
      .finally(() => reading.delete(key));
    reading.set(key, p);
  }
  return p;
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
