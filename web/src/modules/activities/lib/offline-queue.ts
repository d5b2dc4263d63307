// Activities logged on a phone without network wait here (IndexedDB, so a reload keeps them) and
// are sent in order when the network returns. Each gets its Idempotency-Key when queued and keeps
// it for every attempt: a send whose answer was lost is sent again with the same key and the
// server stores it once — nothing lost, nothing doubled.

export type QueuedActivity = {
  key: string; // the Idempotency-Key
  body: Record<string, unknown>;
  queuedAt: string;
  attempts: number;
  /** The server refused it (a 4xx problem's detail): kept, shown, never resent on its own. */
  refused?: string;
  /** Who logged it (user id): only their session sends it, so the next person on the phone
   *  never sends — or sees counted — someone else's visits. Absent on items queued before. */
  owner?: number;
};

/** Where the queue lives: IndexedDB in the browser, memory in tests. */
export interface QueueStore {
  all(): Promise<QueuedActivity[]>;
  put(item: QueuedActivity): Promise<void>;
  remove(key: string): Promise<void>;
}

/** A send's outcome: stored (2xx, or a replay), offline (no answer: try later), or refused. */
export type SendResult = { kind: 'stored' } | { kind: 'offline' } | { kind: 'refused'; detail: string };
export type Sender = (item: QueuedActivity) => Promise<SendResult>;

export function newKey(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return `act-${crypto.randomUUID()}`;
  return `act-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

export async function enqueue(store: QueueStore, body: Record<string, unknown>, now = new Date(), owner?: number): Promise<QueuedActivity> {
  const item: QueuedActivity = { key: newKey(), body, queuedAt: now.toISOString(), attempts: 0 };
  if (owner !== undefined) item.owner = owner;
  await store.put(item);
  return item;
}

/** Whether `owner`'s session may send and see the item (every item when no owner is given). */
export function ownedBy(item: QueuedActivity, owner?: number): boolean {
  return owner === undefined || item.owner === undefined || item.owner === owner;
}

/** Items still to send, oldest first (refused ones wait for the user); only `owner`'s when given. */
export async function waiting(store: QueueStore, owner?: number): Promise<QueuedActivity[]> {
  return (await store.all()).filter((i) => !i.refused && ownedBy(i, owner)).sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
}

let flushing: Promise<number> | null = null;

/**
 * Sends the waiting items in order; stops at the first that gets no answer (still offline).
 * Returns how many were stored. Concurrent calls share one run, so no item is sent twice at once.
 * With `owner`, only that user's items are sent (the signed-in user's session sends them).
 */
export function flush(store: QueueStore, send: Sender, owner?: number): Promise<number> {
  if (flushing) return flushing;
  flushing = (async () => {
    let stored = 0;
    for (const item of await waiting(store, owner)) {
      item.attempts += 1;
      await store.put(item); // the key is stored before the send, so a crash cannot change it
      const result = await send(item);
      if (result.kind === 'offline') break;
      if (result.kind === 'refused') {
        await store.put({ ...item, refused: result.detail });
        continue;
      }
      await store.remove(item.key);
      stored += 1;
    }
    return stored;
  })().finally(() => {
    flushing = null;
  });
  return flushing;
}

export function memoryStore(): QueueStore & { items: Map<string, QueuedActivity> } {
  const items = new Map<string, QueuedActivity>();
  return {
    items,
    all: async () => [...items.values()].map((i) => ({ ...i })),
    put: async (i) => void items.set(i.key, { ...i }),
    remove: async (k) => void items.delete(k),
  };
}

const DB = 'salesdesk-offline';
const STORE = 'activities';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'key' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function run<T>(mode: IDBTransactionMode, op: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        const req = op(tx.objectStore(STORE));
        tx.oncomplete = () => {
          db.close();
          resolve(req.result);
        };
        tx.onerror = () => reject(tx.error);
      }),
  );
}

/** The browser's queue (raw IndexedDB: no library needed for three operations). */
export const idbStore: QueueStore = {
  all: () => run('readonly', (s) => s.getAll() as IDBRequest<QueuedActivity[]>),
  put: (i) => run('readwrite', (s) => s.put(i)).then(() => undefined),
  remove: (k) => run('readwrite', (s) => s.delete(k)).then(() => undefined),
};
