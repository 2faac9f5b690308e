import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './src/tooling/contentSecurityPolicy.ts';
import { offlineServiceWorker } from './src/tooling/offline/serviceWorkerPlugin.ts';

/** The app's version from package.json, written into exported model bundles. */
const APP_VERSION = (JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }).version;

export default defineConfig({
  plugins: [react(), ...contentSecurityPolicy(), offlineServiceWorker()],
  define: { __APP_VERSION__: JSON.stringify(APP_VERSION) },
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    exclude: ['src/e2e/**', 'node_modules/**'],
    environment: 'node',
    // A hang guard, not a speed limit: a 100k-row export on a busy 2-core machine can pass 5 s.
    testTimeout: 30_000,
  },
});
