// Browser tests: @playwright/test driving Debian's Chromium (/usr/bin/chromium, headless) against
// a real `salesdesk serve` on a fresh demo database (global-setup.ts). No browser is downloaded.
// Run from web/: `npm run test:e2e` (SALESDESK_BINARY picks the binary, default the debug build).
import { defineConfig } from '@playwright/test';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: './.results',
  globalSetup: './global-setup.ts',
  // The debug binary is built with ASan+UBSan and the machine may be busy compiling: be generous.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    // Set by global-setup.ts (the server listens on 127.0.0.1:0); workers start after it ran.
    baseURL: process.env.SALESDESK_E2E_URL,
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'Europe/Madrid',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
