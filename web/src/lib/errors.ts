import { ApiError } from './api/client';
import { t } from './i18n/index.svelte';

/** A sentence for the person, from any error the API client throws. */
export function errorMessage(e: unknown): string {
  if (!(e instanceof ApiError)) return t('error.generic', { detail: String((e as Error)?.message ?? e) });
  if (e.status === 0) return t('error.network');
  if (e.status === 429) return t('error.rateLimited', { seconds: e.retryAfter ?? 60 });
  if (e.status === 403) return t('error.forbidden');
  if (e.status === 404) return t('error.notFound');
  if (e.status >= 500) return t('error.server');
  return e.detail || t('error.generic', { detail: e.title || String(e.status) });
}
