// Vite's configuration of the workbench (npm run build:workbench, npm run workbench). The app imports the library by
// its package name only; each public entry point is resolved here to the package's own ESM build in dist/ (run
// `npm run build` first), as an application's bundler resolves it from node_modules/vn-learning-society.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const ENTRIES = ['sheets', 'documents', 'units/2025', 'units', 'charts', 'cases', 'rule-sets', 'schemas'];

if (!existsSync(`${dist}index.js`)) {
  throw new Error('The workbench uses the library as built: run `npm run build` first (dist/index.js is missing).');
}

/**
 * Writes sw.js, the service worker, with the list of every file of the build: it keeps them all on the first visit,
 * so that the workbench works offline afterwards, the lazily loaded parts (documents, the .xlsx writer) included.
 */
function serviceWorker() {
  return {
    name: 'workbench-service-worker',
    apply: 'build',
    enforce: 'post', // after Vite's own plugins, so that the bundle holds index.html too
    generateBundle(_options, bundle) {
      const files = ['./', ...Object.keys(bundle).map((f) => `./${f}`)].sort();
      // The cache's name changes with any file's content, so that a new build replaces the files kept.
      const hash = createHash('sha256');
      for (const name of Object.keys(bundle).sort()) {
        const item = bundle[name];
        hash.update(name).update(item.type === 'chunk' ? item.code : item.source);
      }
      const version = hash.digest('hex').slice(0, 12);
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: SW_SOURCE.replace('__FILES__', JSON.stringify(files)).replace('__VERSION__', JSON.stringify(`workbench-${version}`)),
      });
    },
  };
}

// The service worker: on install it keeps the app's files; on a request for one of them it answers from the cache
// first. It never fetches anything but the app's own files (same origin), and keeps nothing a person enters.
const SW_SOURCE = `const FILES = __FILES__;
const CACHE = __VERSION__;
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k)))).then(() => self.clients.claim()));
});
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(event.request, { ignoreSearch: true }).then((hit) => hit || fetch(event.request)),
    ),
  );
});
`;

export default defineConfig({
  root,
  base: './',
  logLevel: 'warn',
  resolve: {
    alias: [
      ...ENTRIES.map((e) => ({ find: new RegExp(`^vn-learning-society/${e.replace('/', '\\/')}$`), replacement: `${dist}${e}/index.js` })),
      { find: /^vn-learning-society$/, replacement: `${dist}index.js` },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
    chunkSizeWarningLimit: 1024,
  },
  plugins: [serviceWorker()],
});
