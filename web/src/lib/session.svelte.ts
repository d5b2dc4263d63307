// Who is signed in. The session cookie is HttpOnly; the CSRF token comes from sign-in or /me.
import { api, setCsrfToken, type Me } from './api/client';
import { hasSavedLocale, isLocale, setLocale } from './i18n/index.svelte';

export const session = $state<{ user: Me | null; checked: boolean; expired: boolean }>({
  user: null,
  checked: false,
  expired: false,
});

async function adoptUserLocale(user: Me) {
  if (hasSavedLocale()) return;
  try {
    const { data } = await api.get<{ locale?: string }>(`/api/v1/users/${user.id}`, { quiet401: true });
    if (isLocale(data.locale)) setLocale(data.locale, false);
  } catch { /* keep the browser's language */ }
}

export async function loadSession() {
  try {
    const { data } = await api.get<Me>('/api/v1/auth/me', { quiet401: true });
    setCsrfToken(data.csrf_token);
    session.user = data;
    void adoptUserLocale(data);
  } catch {
    session.user = null;
  } finally {
    session.checked = true;
  }
}

export async function signIn(email: string, password: string) {
  const { data } = await api.post<{ user: Me; csrf_token: string }>(
    '/api/v1/auth/login', { email, password }, { quiet401: true });
  setCsrfToken(data.csrf_token);
  session.user = { ...data.user, csrf_token: data.csrf_token };
  session.expired = false;
  void adoptUserLocale(data.user);
}

export async function signOut() {
  try { await api.post('/api/v1/auth/logout', undefined, { quiet401: true }); } catch { /* already gone */ }
  setCsrfToken('');
  session.user = null;
}

export function sessionExpired() {
  if (!session.user) return;
  setCsrfToken('');
  session.user = null;
  session.expired = true;
}
