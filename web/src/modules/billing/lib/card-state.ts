// What a finance-home card shows while it reads: loading, the error's problem detail, nothing to
// do, its content — or nothing at all when the server answers 403 (the role may not read it: the
// card goes, the page never shows an error wall).
import { ApiError } from '../../../lib/api/client';
import { errorMessage } from '../../../lib/errors';

export type CardStatus = 'loading' | 'hidden' | 'error' | 'empty' | 'ready';

export function failed(e: unknown): { status: CardStatus; error: string } {
  if (e instanceof ApiError && e.status === 403) return { status: 'hidden', error: '' };
  return { status: 'error', error: errorMessage(e) };
}
