// The browser's side of the offline queue: send one queued activity with its Idempotency-Key, and
// flush whenever the network comes back or the app starts.
import { api, ApiError } from '../../../lib/api/client';
import { errorMessage } from '../../../lib/errors';
import { reconnect, session } from '../../../lib/session.svelte';
import { enqueue, flush, idbStore, type QueuedActivity, type SendResult } from './offline-queue';

export async function sendQueued(item: QueuedActivity): Promise<SendResult> {
  try {
    await api.post('/api/v1/activities', item.body, { idempotencyKey: item.key });
    return { kind: 'stored' };
  } catch (e) {
    // No answer, or a server error: keep it and try again later. A client error is the item's.
    if (e instanceof ApiError && e.status >= 400 && e.status < 500 && e.status !== 401 && e.status !== 429) {
      return { kind: 'refused', detail: errorMessage(e) };
    }
    return { kind: 'offline' };
  }
}

/** Queues the activity and tries to send it at once; true when it reached the server. */
export async function logActivity(body: Record<string, unknown>): Promise<boolean> {
  await enqueue(idbStore, body, new Date(), session.user?.id);
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return false;
  return (await flushQueue()) > 0;
}

/**
 * Sends what waits. An app opened offline has no CSRF token yet (the server would refuse the
 * sends as forbidden, and the queue would keep them as refused): the session is re-checked first,
 * and nothing is sent while the server is still out of reach or the session has ended. Only
 * the signed-in user's items are sent (another user's wait on the phone for them).
 */
export async function flushQueue(): Promise<number> {
  if (session.offline && !(await reconnect())) return 0;
  if (!session.user) return 0;
  return flush(idbStore, sendQueued, session.user.id);
}
