import { policyFor } from '../contentSecurityPolicy.ts';

/** One file of the production build the service worker keeps: its path below the app's root and its SRI hash. */
export interface PrecacheEntry {
  path: string;
  /** `sha256-<base64>`, checked by fetch while precaching, so a half-deployed host cannot mix two builds. */
  integrity: string;
}

/** Every cache this app ever makes starts with this; others on the origin are not ours to delete. */
export const CACHE_PREFIX = 'metrics-analyzer-precache-';

/** The cache one build's files live in. */
export function cacheName(version: string): string {
  return `${CACHE_PREFIX}${version}`;
}

/** Caches of earlier builds, which a newly activated service worker deletes. */
export function staleCaches(names: readonly string[], current: string): string[] {
  return names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== current);
}

/**
 * The cache key (an absolute URL without query or fragment) of a request for one of `paths`, or null
 * for anything else, which the service worker leaves to the network. The app's root means index.html;
 * a query is ignored, so the live worker's `?connect=` URL is still its one cached script.
 */
export function precacheKey(requestUrl: string, scope: string, paths: ReadonlySet<string>): string | null {
  const url = new URL(requestUrl);
  const root = new URL(scope);
  if (url.origin !== root.origin || !url.pathname.startsWith(root.pathname)) return null;
  const path = url.pathname.slice(root.pathname.length) || 'index.html';
  return paths.has(path) ? new URL(path, root).href : null;
}

/**
 * A cached response as served, with the Content-Security-Policy the request's URL calls for
 * (src/tooling/contentSecurityPolicy.ts): a worker takes its policy only from its own response, and a
 * static host sets no headers. What the host sent is kept otherwise.
 */
export function withPolicy(response: Response, requestUrl: string): Response {
  const headers = new Headers(response.headers);
  headers.set('Content-Security-Policy', policyFor(requestUrl));
  // Cross-Origin-Opener-Policy / Cross-Origin-Embedder-Policy for wasm threads would be set here (the performance issue).
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
