// Who is signed in. The session cookie is HttpOnly; the CSRF token comes from sign-in or /me.
// With no network at start (the service worker served the shell, decision 0063) the app opens as
// the user remembered on this device, `offline` until /me answers again; see remembered-user.ts.
import { api, ApiError, setCsrfToken, type Me } from './api/client';
import { hasSavedLocale, isLocale, setLocale } from './i18n/index.svelte';
import { forgetUser, rememberUser, rememberedUser } from './remembered-user';

export const session = $state<{ user: Me | null; checked: boolean; expired: boolean; offline: boolean }>({
  user: null,
  checked: false,
  expired: false,
  offline: false,
});

async function adoptUserLocale(user: Me) {
  if (hasSavedLocale()) return;
  try {
    const { data } = await api.get<{ locale?: string }>(`/api/v1/users/${user.id}`, { quiet401: true });
    if (isLocale(data.locale)) setLocale(data.locale, false);
  } catch { /* keep the browser's language */ }
}

/** No answer at all (the fetch failed): the network or the server is out of reach. */
function unreachable(e: unknown): boolean {
  return e instanceof ApiError && e.status === 0;
}

export async function loadSession() {
  try {
    if (signOutPending()) await finishSignOut();
    const { data } = await api.get<Me>('/api/v1/auth/me', { quiet401: true });
    setCsrfToken(data.csrf_token);
    session.user = data;
    session.offline = false;
    rememberUser(data);
    void adoptUserLocale(data);
  } catch (e) {
    const known = unreachable(e) ? rememberedUser() : null;
    if (!known) forgetUser();
    session.user = known;
    session.offline = known !== null;
  } finally {
    session.checked = true;
  }
}

let reconnecting: Promise<boolean> | null = null;

/**
 * After working offline: asks /me again, which brings the CSRF token that sending needs (a
 * state change without it is refused). True when the session is live; a 401 signs out.
 */
export function reconnect(): Promise<boolean> {
  if (!session.offline) return Promise.resolve(session.user !== null);
  // The app and Today both ask when the network returns: one request answers both.
  reconnecting ??= askAgain().finally(() => { reconnecting = null; });
  return reconnecting;
}

async function askAgain(): Promise<boolean> {
  try {
    const { data } = await api.get<Me>('/api/v1/auth/me', { quiet401: true });
    setCsrfToken(data.csrf_token);
    session.user = data;
    session.offline = false;
    rememberUser(data);
    return true;
  } catch (e) {
    // Only a 401 ends it; no answer or a passing server error keeps working offline.
    if (e instanceof ApiError && e.status === 401) {
      session.offline = false;
      forgetUser();
      session.user = null;
      session.expired = true;
    }
    return false;
  }
}

export async function signIn(email: string, password: string) {
  markSignOut(false); // signing in replaces whatever session the cookie held
  const { data } = await api.post<{ user: Me; csrf_token: string }>(
    '/api/v1/auth/login', { email, password }, { quiet401: true });
  setCsrfToken(data.csrf_token);
  session.user = { ...data.user, csrf_token: data.csrf_token };
  session.expired = false;
  session.offline = false;
  rememberUser(data.user);
  void adoptUserLocale(data.user);
}

// A sign-out with no network cannot end the server's session: it is marked here and finished on
// the next start with a network, before anyone is signed in again from the old cookie.
const SIGN_OUT_PENDING = 'salesdesk.signout-pending';

function signOutPending(): boolean {
  try { return localStorage.getItem(SIGN_OUT_PENDING) === '1'; } catch { return false; }
}

function markSignOut(pending: boolean) {
  try {
    if (pending) localStorage.setItem(SIGN_OUT_PENDING, '1');
    else localStorage.removeItem(SIGN_OUT_PENDING);
  } catch { /* storage blocked */ }
}

async function finishSignOut() {
  try {
    const { data } = await api.get<Me>('/api/v1/auth/me', { quiet401: true });
    setCsrfToken(data.csrf_token);
    await api.post('/api/v1/auth/logout', undefined, { quiet401: true });
  } catch (e) {
    if (unreachable(e)) throw e; // still offline: stay signed out, try again next time
  }
  setCsrfToken('');
  markSignOut(false);
}

export async function signOut() {
  try {
    if (session.offline) await finishSignOut(); // no CSRF token yet: fetch it, then sign out
    else await api.post('/api/v1/auth/logout', undefined, { quiet401: true });
    markSignOut(false);
  } catch (e) {
    if (unreachable(e)) markSignOut(true); /* else already gone */
  }
  setCsrfToken('');
  forgetUser();
  session.user = null;
  session.offline = false;
}

export function sessionExpired() {
  forgetUser();
  if (!session.user) return;
  setCsrfToken('');
  session.user = null;
  session.offline = false;
  session.expired = true;
}
