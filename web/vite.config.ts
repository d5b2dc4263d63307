import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';

// `npm run dev` serves the app on :5173 and forwards API calls to a running `salesdesk serve`
// (SALESDESK_URL, default http://127.0.0.1:18090).
const backend = process.env.SALESDESK_URL ?? 'http://127.0.0.1:18090';

export default defineConfig({
  plugins: [
    svelte(),
    // The service worker (decision 0063, web/README.md "Offline"): Workbox precaches the shell —
    // index.html and every built file (JS chunks, CSS, favicon) — under a versioned list, so the
    // app loads with no network; navigations get the cached index.html; /api/ and /healthz are
    // never routed through a cache (network only: data is per user and per role). A new build
    // gives a new list: the new worker takes over at once (skipWaiting + clientsClaim) and
    // src/lib/offline-shell.ts reloads the page into the new shell. Registered by that file, not
    // by the plugin's injected script (the CSP forbids inline scripts).
    VitePWA({
      strategies: 'generateSW',
      injectRegister: false,
      manifest: false,
      filename: 'sw.js',
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg}'],
        globIgnores: ['**/*.gz', 'sw.js'],
        // The ECharts chunk (~500 KB raw) is precached too: the home page's chart works offline.
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/healthz/],
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
        skipWaiting: true,
        clientsClaim: true,
        inlineWorkboxRuntime: true,
        sourcemap: false,
      },
    }),
  ],
  server: {
    proxy: {
      '/api': { target: backend, changeOrigin: false },
      '/healthz': { target: backend },
    },
  },
  build: {
    target: 'es2020',
    assetsDir: 'assets',
    sourcemap: false,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 700,
    rollupOptions: {
      output: {
        // The server's messages of one language (src/lib/i18n/server-messages/<lang>.ts, loaded
        // lazily) are named for it, so `npm run size` can count the one loaded at start.
        chunkFileNames: (chunk) => (chunk.facadeModuleId?.includes('/i18n/server-messages/')
          ? 'assets/messages-[name]-[hash].js' : 'assets/[name]-[hash].js'),
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
