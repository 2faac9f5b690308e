/**
 * The offline service worker, built by serviceWorkerPlugin.ts into the build's root with the build's
 * file list. It keeps every file of one build in one cache, serves them from there with the app's
 * Content-Security-Policy, and fetches nothing but those files from the app's own origin.
 */
import { cacheName, precacheKey, staleCaches, withPolicy, type PrecacheEntry } from './precache.ts';

/** Written in by the build: every file of this build, and a hash of them all. */
declare const __PRECACHE__: readonly PrecacheEntry[];
declare const __PRECACHE_VERSION__: string;

// The DOM library's types stop at the page; these are the few service worker ones used here.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ServiceWorkerScope {
  readonly registration: ServiceWorkerRegistration;
  readonly clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

const scope = globalThis as unknown as ServiceWorkerScope;
// Read once: the build writes the list in wherever the name appears.
const FILES = __PRECACHE__;
const CACHE = cacheName(__PRECACHE_VERSION__);
const PATHS = new Set(FILES.map((entry) => entry.path));

async function precache(): Promise<void> {
  const cache = await caches.open(CACHE);
  // no-cache: index.html and the icons keep their names across builds, so the HTTP cache may hold an older one.
  await cache.addAll(FILES.map(({ path, integrity }) => new Request(new URL(path, scope.registration.scope), { cache: 'no-cache', integrity })));
}

async function activate(): Promise<void> {
  await Promise.all(staleCaches(await caches.keys(), CACHE).map((name) => caches.delete(name)));
  // The first visit's page, loaded before there was a service worker, is served from the cache from now on.
  await scope.clients.claim();
}

async function serve(request: Request, key: string): Promise<Response> {
  const cached = await caches.match(key, { cacheName: CACHE });
  // A cache the browser evicted leaves the network, as if there were no service worker.
  return withPolicy(cached ?? (await fetch(request)), request.url);
}

// No skipWaiting: a new build waits until every tab of the old one has closed, so an open tab never asks the new cache for its old chunks.
scope.addEventListener('install', (event) => event.waitUntil(precache()));
scope.addEventListener('activate', (event) => event.waitUntil(activate()));
scope.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET') return;
  const key = precacheKey(event.request.url, scope.registration.scope, PATHS);
  if (key !== null) event.respondWith(serve(event.request, key));
});
