import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import packageJson from '../package.json' with { type: 'json' };
import { catalogPlugin } from './build/catalog-plugin.ts';

const clientDir = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: clientDir,
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(packageJson.version) },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The staff pages are their own entry: the enumerator shell never loads their code.
    rollupOptions: { input: { main: `${clientDir}index.html`, staff: `${clientDir}staff/index.html` } },
  },
  // Messages are parsed at build time (client/build/), so the app ships intl-messageformat without its parser.
  resolve: {
    alias: [
      { find: /^@formatjs\/icu-messageformat-parser$/, replacement: '@formatjs/icu-messageformat-parser/no-parser.js' },
    ],
  },
  server: { proxy: { '/api': 'http://localhost:8787' } },
  plugins: [
    preact(),
    catalogPlugin(),
    VitePWA({
      registerType: 'prompt',
      // The app registers the worker itself with useRegisterSW, to show the update prompt.
      injectRegister: false,
      // globPatterns below already precaches public/, so listing the icons again would duplicate them.
      includeManifestIcons: false,
      manifest: {
        name: 'FMP Collect',
        short_name: 'FMP Collect',
        description: 'Offline data collection at flow monitoring points',
        theme_color: '#0b3d5c',
        background_color: '#ffffff',
        display: 'standalone',
        start_url: '/',
        scope: '/',
        icons: [
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Precache the whole shell so the app starts with no connection at all.
        globPatterns: ['**/*.{js,css,html,svg,png}'],
        // Staff pages are for office links, not tablets: keep them out of the tablet's precache.
        globIgnores: ['staff/**', 'assets/staff-*'],
        // Any in-app URL opened offline gets the cached shell, which routes by state, not URL.
        navigateFallback: '/index.html',
        // The API and metrics must reach the server (or fail); a cached HTML page would lie.
        navigateFallbackDenylist: [/^\/api\//, /^\/metrics/, /^\/staff(\/|$)/],
        // Drop precaches of older versions so the tablet's storage does not fill up with them.
        cleanupOutdatedCaches: true,
        // A first-install page comes under the worker at once, so "Update now" can reload on controllerchange.
        clientsClaim: true,
      },
    }),
  ],
});
