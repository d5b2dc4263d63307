import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { shellWorker } from './scripts/shell-worker';

// `npm run dev` serves the app on :5173 and forwards API calls to a running `salesdesk serve`
// (SALESDESK_URL, default http://127.0.0.1:18090).
const backend = process.env.SALESDESK_URL ?? 'http://127.0.0.1:18090';

export default defineConfig({
  plugins: [
    svelte(),
    // dist/sw.js, the service worker that lets the app load with no network (decision 0063,
    // web/README.md "Offline"): the shell precached per build, /api/ left to the network.
    shellWorker(),
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
