/** The query parameter of the live worker's URL that names the one other origin its policy lets it reach. */
export const CONNECT_PARAM = 'connect';

const SCHEMES = new Set(['ws:', 'wss:', 'http:', 'https:']);
// Scheme, host and port only: no space, semicolon or comma that could add to a policy; IPv6 literals cannot be a CSP source.
const SAFE_ORIGIN = /^[a-z]+:\/\/[A-Za-z0-9.-]+(:\d+)?$/;

/**
 * The origin (scheme, host, port) of a live endpoint address as a Content-Security-Policy source
 * (`ws://127.0.0.1:8080`), or null for anything that is not a plain ws, wss, http or https address.
 */
export function connectOrigin(address: string): string | null {
  if (!URL.canParse(address)) return null;
  const url = new URL(address);
  if (!SCHEMES.has(url.protocol)) return null;
  return SAFE_ORIGIN.test(url.origin) ? url.origin : null;
}
