// The web app's build: src/web is Vite's root, the bundle goes to dist/web where the API
// process serves it (src/http/app.ts). In development Vite serves the app with hot reload and
// forwards /api to the API process, so the browser sees one origin and the session cookie works.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './scripts/vite-precompress.js';

const fromRoot = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: fromRoot('./src/web'),
  // The app has no public/ folder: its few assets are imported and hashed by the bundle.
  publicDir: false,
  plugins: [react(), precompress(fromRoot('./dist/web'))],
  build: {
    // outDir lies outside the root, so Vite would refuse to empty it without being told.
    outDir: fromRoot('./dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    // Lists each page's chunks and what they import: bench/web-size.ts reads it to weigh a page.
    manifest: true,
  },
  server: {
    host: '127.0.0.1',
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
});
