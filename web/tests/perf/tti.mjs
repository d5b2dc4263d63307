#!/usr/bin/env node
// Time to interactive of the accounts list in headless Chromium (issue 3's figure).
//
//   node tests/perf/tti.mjs [--binary PATH] [--accounts 2000,200000] [--runs 5] [--keep]
//
// For each account count: a fresh demo database (`salesdesk demo --accounts N`, reused from
// $TMPDIR/salesdesk-tti-N.db with --keep), `salesdesk serve` on 127.0.0.1:0, the director signed
// in through the API. Each run opens /accounts in a NEW browser context (empty HTTP cache, so the
// app's JS/CSS are fetched again) and measures, from navigation start (performance.timeOrigin):
//   row   — the first [data-testid=list-row] is in the DOM with the table no longer busy
//   tti   — that row painted (next animation frame) and the main thread free (a task queued
//           after the frame ran), i.e. a click would be handled now
//   api   — responseEnd of the GET /api/v1/accounts list call
// then clicks the first row link to check it really is interactive (not timed).
// Prints each run and the median of the runs. Binary default: the release build.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : def;
};
const binary = path.resolve(opt('binary', process.env.SALESDESK_BINARY ?? path.join(repoRoot, 'build/release/src/cli/salesdesk')));
const counts = opt('accounts', '2000,200000').split(',').map(Number);
const runs = Number(opt('runs', '5'));
const keep = args.includes('--keep');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(binary)) {
  console.error(`salesdesk binary not found: ${binary} (cmake --preset release && cmake --build --preset release --target salesdesk)`);
  process.exit(2);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function demoDb(n) {
  const file = keep ? path.join(tmpdir(), `salesdesk-tti-${n}.db`) : path.join(mkdtempSync(path.join(tmpdir(), 'salesdesk-tti-')), 'tti.db');
  if (keep && existsSync(file)) return { file, seconds: 0, reused: true };
  const t0 = Date.now();
  const r = spawnSync(binary, ['demo', '--db', `sqlite:${file}`, '--accounts', String(n)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`demo failed: ${r.stdout}\n${r.stderr}`);
  return { file, seconds: (Date.now() - t0) / 1000, reused: false };
}

function serve(file) {
  return new Promise((resolve, reject) => {
    const server = spawn(binary, ['serve', '--db', `sqlite:${file}`, '--listen', '127.0.0.1:0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    server.stderr.setEncoding('utf8').on('data', (d) => (err += d));
    server.stdout.setEncoding('utf8').on('data', (d) => {
      out += d;
      const m = /salesdesk listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve({ server, url: m[1].replace(/\/$/, '') });
    });
    server.on('exit', (code) => reject(new Error(`serve exited (${code}): ${out}\n${err}`)));
  });
}

const stop = (server) => new Promise((resolve) => {
  if (server.exitCode !== null || server.signalCode !== null) return resolve();
  server.once('exit', resolve);
  server.kill('SIGTERM');
});

// Runs in the page before the app: watches for the first list row.
function probe() {
  window.__tti = new Promise((resolve) => {
    const check = () => {
      const row = document.querySelector('[data-testid="list-row"]');
      const wrap = document.querySelector('.table-wrap');
      if (!row || !wrap || wrap.getAttribute('aria-busy') !== 'false') return false;
      const rowAt = performance.now();
      requestAnimationFrame(() => setTimeout(() => resolve({ row: rowAt, tti: performance.now() }), 0));
      return true;
    };
    const obs = new MutationObserver(() => { if (check()) obs.disconnect(); });
    document.addEventListener('DOMContentLoaded', () => {
      if (!check()) obs.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
    });
  });
}

/** Compressed JS bytes the browser downloaded for a page (the home page lazy-loads ECharts). */
async function jsBytes(browser, url, storageState, route, ready) {
  const context = await browser.newContext({ storageState, viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => localStorage.setItem('salesdesk.locale', 'en'));
  const page = await context.newPage();
  await page.goto(`${url}${route}`);
  await page.locator(ready).first().waitFor();
  await page.waitForLoadState('networkidle');
  const bytes = await page.evaluate(() => performance.getEntriesByType('resource').concat(performance.getEntriesByType('navigation'))
    .filter((e) => /\.js(\?|$)/.test(e.name)).reduce((a, e) => a + e.encodedBodySize, 0));
  await context.close();
  return bytes;
}

// The raw anchor, measured in the same run: Chromium loading and painting a static page with a
// 25-row table (no script, no API; served by page.route, so no server work either).
const ANCHOR_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>anchor</title></head><body>
<div class="table-wrap" aria-busy="false"><table><thead><tr><th>Name</th><th>City</th><th>Country</th></tr></thead><tbody>
${Array.from({ length: 25 }, (_, i) => `<tr data-testid="list-row"><td><a data-testid="row-link" href="#${i}">Account ${i}</a></td><td>City</td><td>DE</td></tr>`).join('')}
</tbody></table></div></body></html>`;

async function measure(browser, url, storageState, anchor = false) {
  const context = await browser.newContext({ storageState, viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  await context.addInitScript(() => localStorage.setItem('salesdesk.locale', 'en'));
  await context.addInitScript(probe);
  const page = await context.newPage();
  if (anchor) {
    await page.route('**/__anchor', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: ANCHOR_HTML }));
    await page.goto(`${url}/__anchor`, { waitUntil: 'commit' });
    const t = await page.evaluate(() => window.__tti);
    await context.close();
    return t;
  }
  await page.goto(`${url}/accounts`, { waitUntil: 'commit' });
  const t = await page.evaluate(async () => {
    const r = await window.__tti;
    const api = performance.getEntriesByType('resource').find((e) => /\/api\/v1\/accounts\?/.test(e.name));
    const js = performance.getEntriesByType('resource').filter((e) => /\.js(\?|$)/.test(e.name)).reduce((a, e) => a + e.encodedBodySize, 0);
    return { ...r, api: api ? api.responseEnd : null, js, total: document.querySelector('[data-testid="list-range"]')?.textContent ?? '' };
  });
  // Really interactive: the first row link opens the record.
  await page.getByTestId('row-link').first().click();
  await page.getByTestId('record-title').waitFor();
  await context.close();
  return t;
}

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const chromiumVersion = browser.version();
const summary = [];
try {
  for (const n of counts) {
    const db = demoDb(n);
    const { server, url } = await serve(db.file);
    try {
      const loginContext = await browser.newContext();
      const req = loginContext.request;
      const login = await req.post(`${url}/api/v1/auth/login`, { data: { email: 'director@medsupply.example', password: 'director-demo-2026' } });
      if (login.status() !== 200) throw new Error(`sign-in failed: ${login.status()}`);
      const storageState = await req.storageState();
      await loginContext.close();
      const kb = (b) => (b / 1024).toFixed(1);
      const jsLogin = await jsBytes(browser, url, undefined, '/', '[data-testid="login-form"]');
      const jsHome = await jsBytes(browser, url, storageState, '/', '[data-testid="lifecycle-chart"] canvas');
      const jsList = await jsBytes(browser, url, storageState, '/accounts', '[data-testid="list-row"]');
      console.log(`JS downloaded (gzip, as served): sign-in page ${kb(jsLogin)} KB, home ${kb(jsHome)} KB (with the lazy ECharts chunk), accounts list ${kb(jsList)} KB`);
      await measure(browser, url, storageState); // warm-up (server caches, SQLite pages), not counted
      await measure(browser, url, undefined, true);
      const results = [];
      const anchors = [];
      for (let i = 0; i < runs; i++) {
        const a = await measure(browser, url, undefined, true);
        anchors.push(a);
        const r = await measure(browser, url, storageState);
        results.push(r);
        console.log(`${n} accounts run ${i + 1}: first row ${r.row.toFixed(0)} ms, interactive ${r.tti.toFixed(0)} ms, list API done ${r.api?.toFixed(0)} ms (${r.total}); anchor ${a.tti.toFixed(0)} ms`);
      }
      const tti = results.map((r) => r.tti);
      const s = { accounts: n, runs, tti_ms: Math.round(median(tti)), tti_min_ms: Math.round(Math.min(...tti)), tti_max_ms: Math.round(Math.max(...tti)),
        row_ms: Math.round(median(results.map((r) => r.row))), api_ms: Math.round(median(results.map((r) => r.api ?? NaN))),
        anchor_ms: Math.round(median(anchors.map((a) => a.tti))), demo_s: db.reused ? null : Number(db.seconds.toFixed(1)) };
      s.ratio = Number((s.tti_ms / s.anchor_ms).toFixed(1));
      summary.push(s);
      console.log(`${n} accounts: median time to interactive ${s.tti_ms} ms (min ${s.tti_min_ms}, max ${s.tti_max_ms}; first row ${s.row_ms} ms, list API ${s.api_ms} ms); ` +
        `anchor (static 25-row table) ${s.anchor_ms} ms, ratio ${s.ratio}×${s.demo_s ? `; demo took ${s.demo_s} s` : ''}`);
    } finally {
      await stop(server);
      if (!keep) rmSync(path.dirname(db.file), { recursive: true, force: true });
    }
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify({ binary: path.relative(repoRoot, binary), chromium: chromiumVersion, results: summary }));
