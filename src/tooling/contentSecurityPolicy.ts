import type { Plugin } from 'vite';
// With its extension, as Vite's native config loader (its coming default) requires.
import { CONNECT_PARAM, connectOrigin } from '../core/live/connectOrigin.ts';

/**
 * What the production page and every worker may load: only their own files, and connections only to
 * their own origin. The live worker's policy alone adds the origin the user typed (see livePolicy).
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
];

/** The policy of the page (meta tag and header) and of every worker but a connected live one. */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** The built live worker's file, as Vite names it (assets/live.worker-<hash>.js). */
const LIVE_WORKER = /\/live\.worker-[\w-]+\.js$/;

/** The policy for a request: the live worker's script, asked for with `?connect=<origin>`, may also reach that origin. */
export function policyFor(requestUrl: string): string {
  const url = new URL(requestUrl, 'http://preview.invalid');
  const typed = LIVE_WORKER.test(url.pathname) ? connectOrigin(url.searchParams.get(CONNECT_PARAM) ?? '') : null;
  return typed === null ? CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY.replace("connect-src 'self'", `connect-src 'self' ${typed}`);
}

/**
 * The Content-Security-Policy of the production build: a meta tag in index.html (the page, on any
 * host) and, from `vite preview` (`npm start`, the end-to-end tests), a header on every response,
 * because a worker loaded from a URL takes its policy from its own response, never from the page's meta tag.
 */
export function contentSecurityPolicy(): Plugin[] {
  return [
    {
      name: 'content-security-policy:meta',
      // Dev mode goes without: React's refresh preamble is inline.
      apply: 'build',
      transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
    },
    {
      name: 'content-security-policy:headers',
      apply: (_config, env) => env.isPreview === true,
      configurePreviewServer(server) {
        server.middlewares.use((request, response, next) => {
          response.setHeader('Content-Security-Policy', policyFor(request.url ?? '/'));
          next();
        });
      },
    },
  ];
}
