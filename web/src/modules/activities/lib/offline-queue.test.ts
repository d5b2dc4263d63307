import { describe, expect, it } from 'vitest';
import { enqueue, flush, memoryStore, waiting, type QueuedActivity, type SendResult } from './offline-queue';

// A server that stores each Idempotency-Key once, and a network that may be down or lose answers.
function fakeServer() {
  const stored = new Map<string, Record<string, unknown>>();
  let online = false;
  let loseNextAnswer = false;
  const sent: string[] = [];
  const send = async (item: QueuedActivity): Promise<SendResult> => {
    if (!online) return { kind: 'offline' };
    sent.push(item.key);
    if (!item.body.subject) return { kind: 'refused', detail: 'subject is required' };
    if (!stored.has(item.key)) stored.set(item.key, item.body);
    if (loseNextAnswer) {
      loseNextAnswer = false;
      return { kind: 'offline' }; // stored, but the phone never heard back
    }
    return { kind: 'stored' };
  };
  return {
    stored, sent, send,
    setOnline: (v: boolean) => (online = v),
    loseNextAnswer: () => (loseNextAnswer = true),
  };
}

describe('offline activity queue', () => {
  it('keeps what is logged offline and sends each once when the network returns', async () => {
    const store = memoryStore();
    const server = fakeServer();
    const a = await enqueue(store, { kind: 'visit', subject: 'Ward' }, new Date('2026-12-03T09:00:00Z'));
    const b = await enqueue(store, { kind: 'call', subject: 'Reorder' }, new Date('2026-12-03T09:05:00Z'));
    expect(a.key).not.toBe(b.key);
    expect(await flush(store, server.send)).toBe(0);
    expect((await waiting(store)).map((i) => i.key)).toEqual([a.key, b.key]);

    server.setOnline(true);
    expect(await flush(store, server.send)).toBe(2);
    expect(server.stored.size).toBe(2);
    expect(await waiting(store)).toEqual([]);
    expect(await flush(store, server.send)).toBe(0);
    expect(server.sent).toEqual([a.key, b.key]);
  });

  it('resends a lost answer with the same key, so the server stores it once', async () => {
    const store = memoryStore();
    const server = fakeServer();
    const a = await enqueue(store, { kind: 'call', subject: 'Reorder' });
    server.setOnline(true);
    server.loseNextAnswer();
    expect(await flush(store, server.send)).toBe(0);
    expect((await waiting(store))[0].attempts).toBe(1);
    expect(await flush(store, server.send)).toBe(1);
    expect(server.sent).toEqual([a.key, a.key]);
    expect(server.stored.size).toBe(1);
  });

  it('keeps a refused activity visible instead of dropping it, and sends the rest', async () => {
    const store = memoryStore();
    const server = fakeServer();
    const bad = await enqueue(store, { kind: 'call', subject: '' }, new Date('2026-12-03T08:00:00Z'));
    await enqueue(store, { kind: 'call', subject: 'Fine' }, new Date('2026-12-03T08:01:00Z'));
    server.setOnline(true);
    expect(await flush(store, server.send)).toBe(1);
    expect(store.items.get(bad.key)?.refused).toBe('subject is required');
    expect(await waiting(store)).toEqual([]);
  });

  it('two flushes at once send nothing twice', async () => {
    const store = memoryStore();
    const server = fakeServer();
    await enqueue(store, { kind: 'call', subject: 'One' });
    server.setOnline(true);
    const [x, y] = await Promise.all([flush(store, server.send), flush(store, server.send)]);
    expect(x + y).toBe(2); // one shared run, counted by both callers
    expect(server.sent.length).toBe(1);
  });

  it("sends only the signed-in user's items: another user's wait for them", async () => {
    const store = memoryStore();
    const server = fakeServer();
    server.setOnline(true);
    const mine = await enqueue(store, { kind: 'visit', subject: 'Ward A' }, new Date('2026-12-03T09:00:00Z'), 1);
    expect(await flush(store, server.send, 2)).toBe(0);
    expect(server.sent).toEqual([]);
    expect(await waiting(store, 2)).toEqual([]);
    expect((await waiting(store, 1)).map((i) => i.key)).toEqual([mine.key]);
    expect(await flush(store, server.send, 1)).toBe(1);
    expect(server.sent).toEqual([mine.key]);
  });
});
