// The service worker (dist/sw.js, decision 0063): the app's shell — index.html and every file of
// the build (JS chunks, CSS, the favicon) — is stored in a cache named for the build's version,
// so the app loads with no network; everything else, above all /api/, is left to the network
// untouched (the worker does not answer it, so no answer is ever cached: data is per user and
// per role). scripts/shell-worker.ts compiles this file into dist/sw.js and puts the build's
// list and version in front of it (`self.__SHELL__`). A new build is a new sw.js: the browser
// installs it, it stores the new shell, takes over at once (skipWaiting + clients.claim) and
// deletes the old shell; src/lib/offline-shell.ts reloads the page into the new shell.
//
// The decisions are the pure functions below (tested in worker.test.ts); the listeners at the
// bottom are only added when this runs as a service worker.

export type Shell = { version: string; files: string[] };
export type Route = 'file' | 'page' | 'network';

export const CACHE_PREFIX = 'salesdesk-shell-';

export function cacheNameFor(version: string): string {
  return CACHE_PREFIX + version;
}

/** The shell caches of older builds (other caches of the origin are not this worker's). */
export function staleCaches(names: readonly string[], current: string): string[] {
  return names.filter((n) => n.startsWith(CACHE_PREFIX) && n !== current);
}

/** Whether a built file (a path under dist/, e.g. "assets/index-3f2a.js") belongs to the shell. */
export function isShellFile(fileName: string): boolean {
  if (fileName === 'sw.js' || fileName.endsWith('.gz') || fileName.endsWith('.map')) return false;
  return /\.(html|js|css|svg|png|ico|woff2?|webmanifest|json)$/.test(fileName);
}

/** Paths the server never answers with the shell: the API and the health check. */
export function isServerPath(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/') || pathname === '/healthz';
}

/**
 * How a request is answered: 'file' from the shell cache, 'page' with the cached index.html (a
 * navigation to one of the app's own routes, which the server also answers with index.html), or
 * 'network' — not touched by the worker at all.
 */
export function routeOf(req: { method: string; url: string; mode?: string }, origin: string, files: ReadonlySet<string>): Route {
  if (req.method !== 'GET') return 'network';
  const url = new URL(req.url);
  if (url.origin !== origin || isServerPath(url.pathname)) return 'network';
  if (url.search === '' && files.has(url.pathname)) return 'file';
  const last = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
  if (req.mode === 'navigate' && !last.includes('.')) return 'page';
  return 'network';
}

// ---- the worker itself -------------------------------------------------------------------------

type ExtendableEvent = Event & { waitUntil(p: Promise<unknown>): void };
type FetchEvent = ExtendableEvent & { request: Request; respondWith(r: Promise<Response>): void };
type WorkerScope = {
  __SHELL__?: Shell;
  location: Location;
  addEventListener(type: 'install' | 'activate', fn: (e: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', fn: (e: FetchEvent) => void): void;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
};

function startWorker(scope: WorkerScope, shell: Shell) {
  const name = cacheNameFor(shell.version);
  const files = new Set(shell.files);

  scope.addEventListener('install', (e) => {
    // `reload`: the files come from the server, not from the browser's HTTP cache.
    e.waitUntil(caches.open(name)
      .then((c) => c.addAll(shell.files.map((f) => new Request(f, { cache: 'reload' }))))
      .then(() => scope.skipWaiting()));
  });

  scope.addEventListener('activate', (e) => {
    e.waitUntil(caches.keys()
      .then((names) => Promise.all(staleCaches(names, name).map((n) => caches.delete(n))))
      .then(() => scope.clients.claim()));
  });

  scope.addEventListener('fetch', (e) => {
    const req = e.request;
    const route = routeOf(req, scope.location.origin, files);
    if (route === 'network') return; // the browser fetches it as if there were no worker
    const path = route === 'page' ? '/index.html' : new URL(req.url).pathname;
    e.respondWith(caches.open(name)
      .then((c) => c.match(path, { ignoreVary: true }))
      .then((hit) => hit ?? fetch(req)));
  });
}

const scope = (typeof self !== 'undefined' ? self : undefined) as unknown as WorkerScope | undefined;
if (scope?.__SHELL__ && typeof (globalThis as { ServiceWorkerGlobalScope?: unknown }).ServiceWorkerGlobalScope !== 'undefined') {
  startWorker(scope, scope.__SHELL__);
}
