// Issue 11: the app loads on a phone with no network (the service worker serves the shell,
// decision 0063), a visit logged offline waits on the phone and is stored exactly once when the
// network returns — also when the answer to a send was lost and the queue sends it again.
import { test, expect, signInApi, unique, type Page } from './fixtures';

test.use({ viewport: { width: 390, height: 844 } });

/** Waits until the service worker has installed the shell and controls the page. */
async function workerControls(page: Page) {
  await page.waitForFunction(() => !!navigator.serviceWorker?.controller, null, { timeout: 45_000 });
}

/** The rep's activities whose report is exactly `note` (read through the API as the rep). */
async function activitiesWithNote(page: Page, note: string): Promise<Array<Record<string, unknown>>> {
  const res = await page.request.get(`/api/v1/activities?q=${encodeURIComponent(note)}&limit=50`);
  expect(res.status()).toBe(200);
  const body = await res.json() as { items: Array<Record<string, unknown>> };
  return body.items.filter((a) => a.report === note);
}

async function logVisit(page: Page, note: string) {
  await page.getByTestId('log-visit').click();
  const dialog = page.getByTestId('log-dialog');
  await dialog.getByTestId('log-note').fill(note);
  await dialog.getByTestId('outcome-meeting_held').click();
  await expect(dialog).toBeHidden();
}

/** Every URL the page's origin keeps in Cache Storage. */
async function cachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      for (const req of await (await caches.open(name)).keys()) paths.push(new URL(req.url).pathname);
    }
    return paths;
  });
}

test('a rep reloads Today with no network, logs a visit offline and it is stored once when back online', async ({ page, context }) => {
  await signInApi(page, 'rep1', '/today');
  await expect(page.getByTestId('today')).toBeVisible();
  await workerControls(page);

  await context.setOffline(true);
  await page.reload();
  // Served by the worker: the page, its menu and the log buttons, with the offline note.
  await expect(page.getByTestId('today')).toBeVisible();
  await expect(page.getByTestId('nav-toggle')).toBeVisible();
  await expect(page.getByTestId('offline')).toBeVisible();
  await expect(page.getByTestId('queue')).toBeHidden();

  const note = `Offline visit ${unique()}`;
  await logVisit(page, note);
  await expect(page.getByTestId('notice')).toHaveText('Saved on this phone; it is sent when the network returns.');
  await expect(page.getByTestId('queue')).toHaveText('1 waiting to send');
  // A reload in the dead zone keeps it waiting.
  await page.reload();
  await expect(page.getByTestId('queue')).toHaveText('1 waiting to send');

  await context.setOffline(false);
  await expect(page.getByTestId('queue')).toBeHidden();
  await expect(page.getByTestId('offline')).toBeHidden();
  await expect.poll(async () => (await activitiesWithNote(page, note)).length).toBe(1);
  const [stored] = await activitiesWithNote(page, note);
  expect(stored.kind).toBe('visit');
  expect(stored.outcome).toBe('meeting_held');

  // Nothing of the API was kept by the worker: only the shell's files are cached.
  const paths = await cachedPaths(page);
  expect(paths).toContain('/index.html');
  expect(paths.filter((p) => p.startsWith('/api/'))).toEqual([]);

  // Signing out forgets who was signed in: offline, the next person gets the sign-in, not the rep.
  await page.getByTestId('user-menu').click();
  await page.getByTestId('sign-out').click();
  await expect(page.getByTestId('login-form')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('salesdesk.user'))).toBeNull();
  await context.setOffline(true);
  await page.goto('/today');
  await expect(page.getByTestId('login-form')).toBeVisible();
  await context.setOffline(false);
});

test('a send whose answer is lost is sent again with the same key and stored once', async ({ page, context }) => {
  await signInApi(page, 'rep1', '/today');
  await expect(page.getByTestId('today')).toBeVisible();
  await workerControls(page);

  // The first POST reaches the server and is stored; its answer never reaches the page.
  const keys: string[] = [];
  let lose = true;
  await page.route('**/api/v1/activities', async (route) => {
    if (route.request().method() !== 'POST') return route.fallback();
    keys.push(route.request().headers()['idempotency-key'] ?? '');
    if (lose) {
      lose = false;
      const answer = await route.fetch();
      expect(answer.status()).toBe(201);
      return route.abort('failed');
    }
    return route.fallback();
  });

  const note = `Lost answer ${unique()}`;
  await logVisit(page, note);
  await expect(page.getByTestId('notice')).toHaveText('Saved on this phone; it is sent when the network returns.');
  await expect(page.getByTestId('queue')).toHaveText('1 waiting to send');
  expect(await activitiesWithNote(page, note)).toHaveLength(1); // the server has it already

  // The network "returns": the queue sends it again, with the same Idempotency-Key.
  await context.setOffline(true);
  await context.setOffline(false);
  await expect(page.getByTestId('queue')).toBeHidden();
  expect(keys).toHaveLength(2);
  expect(keys[0]).toMatch(/^act-/);
  expect(keys[1]).toBe(keys[0]);
  await expect.poll(async () => (await activitiesWithNote(page, note)).length).toBe(1);
});

test('a newer worker taking over reloads the page into its shell', async ({ page }) => {
  await signInApi(page, 'rep1', '/today');
  await workerControls(page);
  expect(await page.evaluate(() => caches.keys())).toEqual([expect.stringMatching(/^salesdesk-shell-[0-9a-f]{16}$/)]);
  await page.evaluate(() => { (window as unknown as { oldBuild: boolean }).oldBuild = true; });

  // A worker from another script URL is a new worker for the browser (as a new build's sw.js
  // is): it installs, takes over at once, and the page — nothing being edited — reloads.
  const reloaded = page.waitForEvent('framenavigated');
  await page.evaluate(() => navigator.serviceWorker.register('/sw.js?next=1', { scope: '/' }).then(() => undefined));
  await reloaded;
  await expect(page.getByTestId('today')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { oldBuild?: boolean }).oldBuild)).toBeUndefined();
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw\.js\?next=1$/);
});

test('signing out with no network ends the session once the network is back', async ({ page, context }) => {
  await signInApi(page, 'rep1', '/today');
  await workerControls(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('offline')).toBeVisible();
  await page.getByTestId('user-menu').click();
  await page.getByTestId('sign-out').click();
  await expect(page.getByTestId('login-form')).toBeVisible();

  // Back online, the cookie would still sign the rep in: the app ends that session first.
  await context.setOffline(false);
  await page.reload();
  await expect(page.getByTestId('login-form')).toBeVisible();
  expect((await page.request.get('/api/v1/auth/me')).status()).toBe(401);
  expect(await page.evaluate(() => localStorage.getItem('salesdesk.signout-pending'))).toBeNull();
});
