// Starts a real `salesdesk serve` on a fresh demo database for the browser tests and stops it
// afterwards. Builds nothing: the binary comes from SALESDESK_BINARY (default: the debug ASan
// build that `make test` produces). The URL and a director API token reach the tests through
// environment variables, which the worker processes inherit.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
const ACCOUNTS = process.env.E2E_DEMO_ACCOUNTS ?? '300';

function run(binary: string, args: string[]): string {
  const r = spawnSync(binary, args, { encoding: 'utf8', timeout: 180_000 });
  if (r.status !== 0) {
    throw new Error(`${path.basename(binary)} ${args.join(' ')} failed (exit ${r.status}, signal ${r.signal}):\n${r.stdout}\n${r.stderr}`);
  }
  return r.stdout;
}

function waitForListening(server: ChildProcess, log: { out: string; err: string }, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`salesdesk serve did not report listening within ${timeoutMs / 1000}s:\n${log.out}\n${log.err}`));
    }, timeoutMs);
    const onData = () => {
      const m = /salesdesk listening on (http:\/\/[^\s]+)/.exec(log.out);
      if (m) { cleanup(); resolve(m[1].replace(/\/$/, '')); }
    };
    const onExit = (code: number | null, signal: string | null) => {
      cleanup();
      reject(new Error(`salesdesk serve exited early (code ${code}, signal ${signal}):\n${log.out}\n${log.err}`));
    };
    function cleanup() {
      clearTimeout(timer);
      server.stdout?.off('data', onData);
      server.off('exit', onExit);
    }
    server.stdout?.on('data', onData);
    server.on('exit', onExit);
    onData();
  });
}

function stop(server: ChildProcess, timeoutMs = 20_000): Promise<{ code: number | null; signal: string | null }> {
  return new Promise((resolve) => {
    if (server.exitCode !== null || server.signalCode !== null) {
      resolve({ code: server.exitCode, signal: server.signalCode });
      return;
    }
    const timer = setTimeout(() => server.kill('SIGKILL'), timeoutMs);
    server.once('exit', (code, signal) => { clearTimeout(timer); resolve({ code, signal }); });
    server.kill('SIGTERM');
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

async function startPreview(api: string): Promise<{ child: ChildProcess; url: string }> {
  let last = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = String(await freePort());
    const vite = path.join(repoRoot, 'web/node_modules/.bin/vite');
    const child = spawn(vite, ['preview', '--host', '127.0.0.1', '--port', port, '--strictPort'], {
      cwd: path.join(repoRoot, 'web'), env: { ...process.env, SALESDESK_URL: api }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    const log = { out: '', err: '' };
    child.stdout!.setEncoding('utf8').on('data', (d: string) => (log.out += d));
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (log.err += d));
    process.on('exit', () => { if (child.exitCode === null) child.kill('SIGKILL'); });
    const started = Date.now();
    while (Date.now() - started < 30_000 && child.exitCode === null) {
      if (/Local:/.test(log.out.replace(/\x1b\[[0-9;]*m/g, ''))) return { child, url: `http://127.0.0.1:${port}` };
      await new Promise((r) => setTimeout(r, 200));
    }
    if (child.exitCode === null) child.kill('SIGKILL');
    last = `${log.out}\n${log.err}`;
  }
  throw new Error(`vite preview did not start:\n${last}`);
}

export default async function globalSetup() {
  const configured = process.env.SALESDESK_BINARY;
  const binary = configured ? path.resolve(configured) : path.join(repoRoot, 'build/debug/src/cli/salesdesk');
  if (!existsSync(binary)) {
    throw new Error(`salesdesk binary not found at ${binary}: build it (cmake --preset debug && cmake --build --preset debug --target salesdesk) or set SALESDESK_BINARY`);
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'salesdesk-e2e-'));
  const db = `sqlite:${path.join(dir, 'e2e.db')}`;
  const started = Date.now();
  run(binary, ['demo', '--db', db, '--accounts', ACCOUNTS]);
  const token = run(binary, ['token', 'create', '--db', db, '--email', 'director@medsupply.example', '--label', 'e2e']).trim();

  const log = { out: '', err: '' };
  const server = spawn(binary, ['serve', '--db', db, '--listen', '127.0.0.1:0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout!.setEncoding('utf8').on('data', (d: string) => (log.out += d));
  server.stderr!.setEncoding('utf8').on('data', (d: string) => (log.err += d));
  // Never leave the server behind, even when the runner is killed or setup fails below.
  const killOnExit = () => { if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL'); };
  process.on('exit', killOnExit);

  let url: string;
  try {
    url = await waitForListening(server, log, 60_000);
  } catch (e) {
    await stop(server);
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  // E2E_WEB_DIST=1: the pages come from web/dist through `vite preview` (API proxied to the
  // server), for trying a web build before the binary that embeds it is rebuilt.
  const preview = process.env.E2E_WEB_DIST ? await startPreview(url) : null;
  if (preview) url = preview.url;
  process.env.SALESDESK_E2E_URL = url;
  process.env.SALESDESK_E2E_DIRECTOR_TOKEN = token;
  process.env.SALESDESK_E2E_DIR = dir;
  console.log(`[e2e] ${path.relative(repoRoot, binary) || binary} serving ${url} (demo with ${ACCOUNTS} accounts, ${((Date.now() - started) / 1000).toFixed(1)}s)`);

  return async () => {
    if (preview) await stop(preview.child);
    const { code, signal } = await stop(server);
    process.off('exit', killOnExit);
    const sanitizer = /Sanitizer|runtime error:/.test(log.err);
    if (code !== 0 || sanitizer) {
      const tail = log.err.split('\n').slice(-60).join('\n');
      if (!process.env.E2E_KEEP) rmSync(dir, { recursive: true, force: true });
      throw new Error(`salesdesk serve did not stop cleanly (exit ${code}, signal ${signal}${sanitizer ? ', sanitizer report' : ''}):\n${tail}`);
    }
    if (!process.env.E2E_KEEP) rmSync(dir, { recursive: true, force: true });
  };
}
