// The service worker that lets the app load with no network (decision 0063; src/sw/worker.ts,
// written to dist/sw.js by scripts/shell-worker.ts): registered here, and the page's side of an
// update. A new deploy's worker takes control at once (skipWaiting + clientsClaim) and
// drops the old shell's files; the page, still running the old build, must not lazy-load an old
// chunk that no longer exists, so it reloads into the new shell — at once when nothing is being
// edited, else at the next move inside the app (a full page load instead of a client-side one).

import { hasUnsaved } from './unsaved';

/** What to do when a worker takes control of this page. */
export type ShellChange = 'ignore' | 'reload' | 'reload-on-next-move';

/**
 * hadController: a worker controlled the page just before this change (else this is the first
 * install claiming a page that loaded without one: same build, nothing to replace). busy: a form
 * holds unsaved edits.
 */
export function onControllerChange(hadController: boolean, busy: boolean): ShellChange {
  if (!hadController) return 'ignore';
  return busy ? 'reload-on-next-move' : 'reload';
}

let pending = false;

/** True when a newer shell took over and the next in-app move should be a full page load. */
export function shellUpdatePending(): boolean {
  return pending;
}

/** Registers /sw.js (production builds only; `npm run dev` serves modules the worker must not cache). */
export function registerShellWorker(): void {
  if (import.meta.env.DEV || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const sw = navigator.serviceWorker;
  let controlled = sw.controller !== null;
  let reloading = false;
  sw.addEventListener('controllerchange', () => {
    const what = onControllerChange(controlled, hasUnsaved());
    controlled = true; // the next change replaces this worker
    if (what === 'reload' && !reloading) {
      reloading = true;
      location.reload();
    } else if (what === 'reload-on-next-move') {
      pending = true;
    }
  });
  const register = () => {
    sw.register('/sw.js', { scope: '/' }).then(
      (reg) => {
        // Back from a dead zone: ask for a newer worker (the browser also checks on each load).
        addEventListener('online', () => void reg.update().catch(() => undefined));
      },
      () => undefined, // no worker (e.g. a private window): the app still works online
    );
  };
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
