// Client-side routing over the History API. The server answers every extension-less path with
// index.html, so /accounts/12 can be opened, reloaded and bookmarked.
import { pageRoute } from './registry';
import type { ModuleRoute } from '../modules/types';
import { confirmLeave, onBeforeUnload } from './unsaved';
import { shellUpdatePending } from './offline-shell';

export const route = $state({ path: location.pathname, search: location.search });

/**
 * Moves to `href`. Leaving a form with unsaved edits asks first (unless `force`: the form was just
 * saved or discarded); returns whether it moved.
 */
export function navigate(href: string, replace = false, force = false): boolean {
  const url = new URL(href, location.origin);
  if (url.pathname + url.search === location.pathname + location.search) return false;
  if (!force && url.pathname !== location.pathname && !confirmLeave()) return false;
  // A newer build's worker took over while a form was being edited: this move loads the new shell.
  if (shellUpdatePending() && url.pathname !== location.pathname) {
    location.assign(url.pathname + url.search);
    return true;
  }
  if (replace) history.replaceState(null, '', url.pathname + url.search);
  else history.pushState(null, '', url.pathname + url.search);
  route.path = url.pathname;
  route.search = url.search;
  if (!replace) window.scrollTo(0, 0);
  return true;
}

/** Replaces the query string of the current page (list state), without a new history entry. */
export function setSearch(params: URLSearchParams) {
  const s = params.toString();
  navigate(route.path + (s ? `?${s}` : ''), true);
}

export function startRouter() {
  addEventListener('popstate', () => {
    // Back/Forward has already moved the URL: staying puts the form's URL back.
    if (location.pathname !== route.path && !confirmLeave()) {
      history.pushState(null, '', route.path + route.search);
      return;
    }
    route.path = location.pathname;
    route.search = location.search;
  });
  addEventListener('beforeunload', onBeforeUnload);
  // Same-origin <a href> clicks navigate without a page load.
  document.addEventListener('click', (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = (e.target as Element | null)?.closest?.('a');
    if (!a || a.target || a.hasAttribute('download')) return;
    const href = a.getAttribute('href');
    if (!href || !href.startsWith('/') || href.startsWith('//') || href.startsWith('/api/')) return;
    e.preventDefault();
    navigate(href);
  });
}

export type Match =
  | { page: 'home' }
  | { page: 'login' }
  | { page: 'module'; route: ModuleRoute; params: Record<string, string> }
  | { page: 'list'; entity: string }
  | { page: 'record'; entity: string; id: number | 'new' }
  | { page: 'import'; entity: string }
  | { page: 'notfound' };

export function match(path: string): Match {
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return { page: 'home' };
  if (parts[0] === 'login' && parts.length === 1) return { page: 'login' };
  const own = pageRoute(path);
  if (own) return { page: 'module', ...own };
  if (parts.length === 1) return { page: 'list', entity: parts[0] };
  if (parts.length === 2) {
    if (parts[1] === 'new') return { page: 'record', entity: parts[0], id: 'new' };
    if (parts[1] === 'import') return { page: 'import', entity: parts[0] };
    if (/^\d+$/.test(parts[1])) return { page: 'record', entity: parts[0], id: Number(parts[1]) };
  }
  return { page: 'notfound' };
}
