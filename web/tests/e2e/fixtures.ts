// Shared fixtures for the browser tests: demo logins, signing in through the API (fast) or the
// form, a director API client (bearer token from `salesdesk token create`), axe injection.
import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export { expect };
export type { Page };

export const USERS = {
  director: { email: 'director@medsupply.example', password: 'director-demo-2026', name: 'Elena Martínez Soler' },
  manager1: { email: 'manager1@medsupply.example', password: 'manager-demo-2026' },
  senior1: { email: 'senior1@medsupply.example', password: 'senior-demo-2026', name: 'Markus Hofmann' },
  rep1: { email: 'rep1@medsupply.example', password: 'rep-demo-2026' },
  rep2: { email: 'rep2@medsupply.example', password: 'rep-demo-2026' },
  admin: { email: 'admin@medsupply.example', password: 'admin-demo-2026' },
  finance: { email: 'finance@medsupply.example', password: 'finance-demo-2026' },
} as const;
export type UserKey = keyof typeof USERS;

/** A unique suffix for records a test creates (tests share one database). */
export const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;

type Fixtures = {
  /** Language stored in localStorage before the app boots when none was chosen yet (null: none). */
  uiLocale: 'en' | 'de' | 'es' | 'zh' | null;
};
type WorkerFixtures = {
  /** API client authenticated as the director with a bearer token. */
  api: APIRequestContext;
};

export const test = base.extend<Fixtures, WorkerFixtures>({
  uiLocale: ['en', { option: true }],
  context: async ({ context, uiLocale }, use) => {
    // The demo director and reps have user locale `es`; tests read English strings unless they
    // switch language themselves. Only a missing choice is filled in, so a switch is remembered.
    if (uiLocale) {
      await context.addInitScript((l) => {
        try { if (!localStorage.getItem('salesdesk.locale')) localStorage.setItem('salesdesk.locale', l); } catch { /* opaque origin */ }
      }, uiLocale);
    }
    await use(context);
  },
  api: [async ({ playwright }, use) => {
    const ctx = await playwright.request.newContext({
      baseURL: process.env.SALESDESK_E2E_URL,
      extraHTTPHeaders: { Authorization: `Bearer ${process.env.SALESDESK_E2E_DIRECTOR_TOKEN}` },
    });
    await use(ctx);
    await ctx.dispose();
  }, { scope: 'worker' }],
});

/** Signs in through the API (the session cookie lands in the page's context), then opens `path`. */
export async function signInApi(page: Page, who: UserKey, path = '/') {
  const u = USERS[who];
  const res = await page.request.post('/api/v1/auth/login', { data: { email: u.email, password: u.password } });
  expect(res.status(), `API sign-in as ${who}`).toBe(200);
  await page.goto(path);
  await expect(page.getByTestId('user-menu')).toBeVisible();
}

/** Signs in with the form, as a person would. */
export async function signInForm(page: Page, who: UserKey) {
  const u = USERS[who];
  await page.goto('/');
  await page.getByTestId('login-email').fill(u.email);
  await page.getByTestId('login-password').fill(u.password);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('user-menu')).toBeVisible();
}

export async function apiJson<T = any>(api: APIRequestContext, path: string): Promise<T> {
  const res = await api.get(path);
  expect(res.status(), `GET ${path}`).toBe(200);
  return (await res.json()) as T;
}

/** Today in the demo company's time zone (Europe/Madrid, as the browser's in playwright.config.ts):
 * the server dates what it records by the company's days, not by the test runner's clock. */
export const companyToday = (): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Madrid' }).format(new Date());

export async function userId(api: APIRequestContext, who: UserKey): Promise<number> {
  const page = await apiJson<{ items: Array<{ id: number }> }>(api, `/api/v1/users?email=${encodeURIComponent(USERS[who].email)}`);
  expect(page.items.length, `user ${who}`).toBe(1);
  return page.items[0].id;
}

export async function createAccount(api: APIRequestContext, fields: Record<string, unknown>): Promise<Record<string, any>> {
  const res = await api.post('/api/v1/accounts', {
    data: { kind: 'company', country: 'DE', currency: 'EUR', ...fields },
  });
  expect(res.status(), `create account: ${await res.text()}`).toBe(201);
  return res.json();
}

/** Waits until a list page has finished loading (the table is not busy and rows or "empty" show). */
export async function listLoaded(page: Page) {
  await expect(page.locator('.table-wrap')).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByTestId('list-row').first().or(page.getByTestId('list-empty'))).toBeVisible();
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

type AxeViolation = { id: string; impact: string | null; help: string; helpUrl: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> };

/**
 * Runs axe-core in the page (injected with evaluate: the CSP forbids inline scripts) and fails
 * listing every serious or critical violation.
 */
export async function expectNoSeriousA11yViolations(page: Page, label: string) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: any }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations as AxeViolation[];
  });
  if (process.env.E2E_A11Y_VERBOSE) {
    console.log(`axe ${label}: ${violations.map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`).join(', ') || 'no violations'}`);
  }
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map((v) => `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
    v.nodes.slice(0, 5).map((n) => `      at ${JSON.stringify(n.target)}: ${(n.failureSummary ?? '').replace(/\n\s*/g, ' ')}`).join('\n'))
    .join('\n');
  expect(bad, `axe on ${label}: ${bad.length} serious/critical violation(s)\n${report}`).toEqual([]);
}

/** The name a picker shows for a record (name, title or number), read with the director's token. */
export async function refName(api: APIRequestContext, entity: string, id: number): Promise<string> {
  const r = await apiJson<Record<string, unknown>>(api, `/api/v1/${entity}/${id}`);
  return String(r.name ?? r.title ?? r.number ?? `#${id}`);
}

/**
 * Picks record `id` in the type-to-search picker `testid` (RefCombobox): types `text` (its name),
 * clicks the option with that id, and checks the picker holds it.
 */
export async function pickRef(page: Page, testid: string, id: number, text: string) {
  const input = page.getByTestId(testid);
  await input.fill(text);
  await page.locator(`[data-testid="${testid}-option"][data-id="${id}"]`).click();
  await expect(input).toHaveAttribute('data-value', String(id));
}
