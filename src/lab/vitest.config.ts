// Runs the lab's measurement files (`*.lab.ts`) under Vitest, which resolves the app's `?url` wasm imports as Vite does.
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const APP_VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(APP_VERSION) },
  test: { include: ['src/lab/**/*.lab.ts'], environment: 'node', testTimeout: 4 * 60 * 60 * 1000 },
});
