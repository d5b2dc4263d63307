// Who was signed in on this device, kept so the app can open with no network (decision 0063):
// the session cookie (HttpOnly) still rides along when the network returns, and the server
// decides then — a 401 forgets this and shows the sign-in. Only the identity is kept (id, name,
// e-mail, role: what the shell's menus need), never a token and never business data; signing out
// or an expired session removes it, so the next person on the phone starts from the sign-in.
import type { Me, Role } from './api/client';

export const REMEMBERED_USER_KEY = 'salesdesk.user';

const ROLES: readonly Role[] = ['admin', 'director', 'senior_manager', 'manager', 'rep', 'finance', 'logistics'];

/** The stored form of a signed-in user: the identity only (no csrf token). */
export function toRemembered(user: Me): string {
  return JSON.stringify({ id: user.id, name: user.name, email: user.email, role: user.role });
}

/** Reads a stored identity; null when missing or not one (a damaged or older value). */
export function fromRemembered(raw: string | null | undefined): Me | null {
  if (!raw) return null;
  let v: unknown;
  try { v = JSON.parse(raw); } catch { return null; }
  if (!v || typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  if (typeof o.id !== 'number' || !Number.isInteger(o.id) || o.id <= 0) return null;
  if (typeof o.name !== 'string' || typeof o.email !== 'string') return null;
  if (typeof o.role !== 'string' || !ROLES.includes(o.role as Role)) return null;
  return { id: o.id, name: o.name, email: o.email, role: o.role as Role };
}

function storage(): Storage | null {
  try { return typeof localStorage === 'undefined' ? null : localStorage; } catch { return null; }
}

export function rememberUser(user: Me): void {
  try { storage()?.setItem(REMEMBERED_USER_KEY, toRemembered(user)); } catch { /* full or blocked: online only */ }
}

export function rememberedUser(): Me | null {
  try { return fromRemembered(storage()?.getItem(REMEMBERED_USER_KEY)); } catch { return null; }
}

export function forgetUser(): void {
  try { storage()?.removeItem(REMEMBERED_USER_KEY); } catch { /* nothing kept */ }
}
