import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../contentSecurityPolicy';
import { cacheName, precacheKey, staleCaches, withPolicy } from './precache';

const SCOPE = 'https://app.example/';
const PATHS = new Set(['index.html', 'assets/index-a1.js', 'assets/live.worker-Dk3_x9.js', 'assets/tfjs-backend-wasm-simd-b2.wasm']);

describe('precacheKey', () => {
  it('finds the build’s files, the root as index.html, whatever the query', () => {
    expect(precacheKey('https://app.example/', SCOPE, PATHS)).toBe('https://app.example/index.html');
    expect(precacheKey('https://app.example/?x=1#train', SCOPE, PATHS)).toBe('https://app.example/index.html');
    expect(precacheKey('https://app.example/assets/tfjs-backend-wasm-simd-b2.wasm', SCOPE, PATHS)).toBe('https://app.example/assets/tfjs-backend-wasm-simd-b2.wasm');
    expect(precacheKey('https://app.example/assets/live.worker-Dk3_x9.js?connect=ws%3A%2F%2F127.0.0.1%3A8080', SCOPE, PATHS)).toBe(
      'https://app.example/assets/live.worker-Dk3_x9.js',
    );
  });

  it('leaves other origins, other paths and files outside the scope to the network', () => {
    expect(precacheKey('https://other.example/assets/index-a1.js', SCOPE, PATHS)).toBeNull();
    expect(precacheKey('https://app.example/assets/index-a1.js.map', SCOPE, PATHS)).toBeNull();
    expect(precacheKey('https://app.example/e2e-upload/bundle.zip', SCOPE, PATHS)).toBeNull();
    expect(precacheKey('https://app.example/index.html', 'https://app.example/app/', PATHS)).toBeNull();
    expect(precacheKey('https://app.example/app/', 'https://app.example/app/', PATHS)).toBe('https://app.example/app/index.html');
  });
});

describe('caches', () => {
  it('deletes only this app’s caches of other builds', () => {
    const current = cacheName('b2');
    expect(staleCaches([cacheName('a1'), current, 'someone-else', cacheName('c3')], current)).toEqual([cacheName('a1'), cacheName('c3')]);
  });
});

describe('withPolicy', () => {
  it('serves a cached file with the page’s policy, keeping what the host sent', async () => {
    const cached = new Response('body', { status: 200, statusText: 'OK', headers: { 'Content-Type': 'application/wasm' } });
    const served = withPolicy(cached, 'https://app.example/assets/tfjs-backend-wasm-simd-b2.wasm');
    expect(served.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(served.headers.get('Content-Type')).toBe('application/wasm');
    expect(served.status).toBe(200);
    expect(await served.text()).toBe('body');
  });

  it('replaces the policy cached with the file by the one the request’s URL calls for', () => {
    const cached = new Response('', { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } });
    const url = `https://app.example/assets/live.worker-Dk3_x9.js?connect=${encodeURIComponent('ws://127.0.0.1:8080')}`;
    expect(withPolicy(cached, url).headers.get('Content-Security-Policy')).toContain("connect-src 'self' ws://127.0.0.1:8080;");
    const forged = `https://app.example/assets/live.worker-Dk3_x9.js?connect=${encodeURIComponent("ws://x.example; script-src 'unsafe-inline'")}`;
    expect(withPolicy(cached, forged).headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});
