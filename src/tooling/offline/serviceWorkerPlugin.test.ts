import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { precacheEntries, precacheVersion } from './serviceWorkerPlugin';

let outDir = '';

async function put(path: string, contents: string): Promise<void> {
  await mkdir(join(outDir, path, '..'), { recursive: true });
  await writeFile(join(outDir, path), contents);
}

beforeEach(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'precache-'));
  await put('index.html', '<!doctype html>');
  await put('manifest.webmanifest', '{}');
  await put('assets/index-a1.js', 'console.log(1)');
  await put('assets/index-a1.js.map', '{}');
  await put('assets/tfjs-backend-wasm-b2.wasm', '\0asm');
  await put('service-worker.js', 'self');
  await put('.vite/manifest.json', '{}');
});

afterEach(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('precacheEntries', () => {
  it('lists every file of the build but source maps, hidden files and the service worker, with its hash', async () => {
    const entries = await precacheEntries(outDir);
    expect(entries.map((entry) => entry.path)).toEqual(['assets/index-a1.js', 'assets/tfjs-backend-wasm-b2.wasm', 'index.html', 'manifest.webmanifest']);
    expect(entries[2].integrity).toBe(`sha256-${createHash('sha256').update('<!doctype html>').digest('base64')}`);
  });
});

describe('precacheVersion', () => {
  it('stays for the same files and changes with any file’s contents or the list', async () => {
    const before = precacheVersion(await precacheEntries(outDir));
    expect(precacheVersion(await precacheEntries(outDir))).toBe(before);
    await put('index.html', '<!doctype html><title>new</title>');
    const edited = precacheVersion(await precacheEntries(outDir));
    expect(edited).not.toBe(before);
    await put('app-icon.svg', '<svg/>');
    expect(precacheVersion(await precacheEntries(outDir))).not.toBe(edited);
  });
});
