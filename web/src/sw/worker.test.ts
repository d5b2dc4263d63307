import { describe, expect, it } from 'vitest';
import { cacheNameFor, isShellFile, routeOf, staleCaches } from './worker';
import { shellOf } from '../../scripts/shell-worker';

const ORIGIN = 'https://desk.example';
const FILES = new Set(['/index.html', '/assets/index-AbC123.js', '/assets/TodayPage-x1.js', '/favicon.svg']);
const get = (path: string, mode = 'cors') => ({ method: 'GET', url: ORIGIN + path, mode });

describe('the worker routes a request', () => {
  it('never answers the API or the health check: they go to the network, so no answer is cached', () => {
    expect(routeOf(get('/api/v1/me/today'), ORIGIN, FILES)).toBe('network');
    expect(routeOf(get('/api/v1/auth/me'), ORIGIN, FILES)).toBe('network');
    expect(routeOf(get('/api/v1/quotes/3/pdf', 'navigate'), ORIGIN, FILES)).toBe('network');
    expect(routeOf(get('/api', 'navigate'), ORIGIN, FILES)).toBe('network');
    expect(routeOf(get('/healthz'), ORIGIN, FILES)).toBe('network');
    expect(routeOf({ method: 'POST', url: `${ORIGIN}/api/v1/activities`, mode: 'cors' }, ORIGIN, FILES)).toBe('network');
  });
  it('answers the shell files from the cache', () => {
    expect(routeOf(get('/assets/index-AbC123.js'), ORIGIN, FILES)).toBe('file');
    expect(routeOf(get('/favicon.svg', 'no-cors'), ORIGIN, FILES)).toBe('file');
    expect(routeOf(get('/index.html', 'navigate'), ORIGIN, FILES)).toBe('file');
  });
  it('answers a navigation to one of the app routes with the cached index.html', () => {
    expect(routeOf(get('/', 'navigate'), ORIGIN, FILES)).toBe('page');
    expect(routeOf(get('/today', 'navigate'), ORIGIN, FILES)).toBe('page');
    expect(routeOf(get('/accounts?lifecycle=active&sort=-name', 'navigate'), ORIGIN, FILES)).toBe('page');
    expect(routeOf(get('/accounts/12', 'navigate'), ORIGIN, FILES)).toBe('page');
  });
  it('leaves everything else alone', () => {
    expect(routeOf(get('/today'), ORIGIN, FILES)).toBe('network'); // not a navigation
    expect(routeOf(get('/assets/old-Zz9.js'), ORIGIN, FILES)).toBe('network'); // not this build's
    expect(routeOf(get('/assets/index-AbC123.js?v=2'), ORIGIN, FILES)).toBe('network');
    expect(routeOf(get('/robots.txt', 'navigate'), ORIGIN, FILES)).toBe('network');
    expect(routeOf({ method: 'GET', url: 'https://cdn.example/x.js', mode: 'cors' }, ORIGIN, FILES)).toBe('network');
    expect(routeOf({ method: 'HEAD', url: `${ORIGIN}/index.html`, mode: 'cors' }, ORIGIN, FILES)).toBe('network');
  });
});

describe('the shell caches', () => {
  it('are named for the build and only older shells are removed', () => {
    const current = cacheNameFor('b2');
    expect(staleCaches(['salesdesk-shell-a1', current, 'someone-else', 'salesdesk-shell-c3'], current))
      .toEqual(['salesdesk-shell-a1', 'salesdesk-shell-c3']);
  });
});

describe('the shell of a build', () => {
  it('lists the built files without gzip copies, source maps or the worker itself', () => {
    expect(isShellFile('index.html')).toBe(true);
    expect(isShellFile('assets/index-AbC123.js')).toBe(true);
    expect(isShellFile('assets/index-AbC123.css')).toBe(true);
    expect(isShellFile('favicon.svg')).toBe(true);
    expect(isShellFile('assets/index-AbC123.js.gz')).toBe(false);
    expect(isShellFile('assets/index-AbC123.js.map')).toBe(false);
    expect(isShellFile('sw.js')).toBe(false);
  });
  it('has a version that changes with any file, and only then', () => {
    const build = (js: string) => new Map<string, string | Uint8Array>([
      ['index.html', '<script src="/assets/index-AbC123.js"></script>'],
      ['assets/index-AbC123.js', js],
      ['favicon.svg', new TextEncoder().encode('<svg/>')],
      ['assets/index-AbC123.js.gz', 'zz'],
    ]);
    const a = shellOf(build('one'));
    expect(a.files).toEqual(['/assets/index-AbC123.js', '/favicon.svg', '/index.html']);
    expect(a.version).toMatch(/^[0-9a-f]{16}$/);
    expect(shellOf(build('one')).version).toBe(a.version);
    expect(shellOf(build('two')).version).not.toBe(a.version);
  });
});
