import { useAppStore } from './appStore';
import { EMPTY_LINK, formatViewHash, linkOf, parseViewHash, type ViewLink } from './urlState';

/** The link in the address bar; an empty one outside a browser (unit tests). */
export function currentLink(): ViewLink {
  return typeof location === 'undefined' ? EMPTY_LINK : parseViewHash(location.hash);
}

let started = false;

function writeHash(): void {
  const hash = formatViewHash(linkOf(useAppStore.getState()));
  if (hash === location.hash) return;
  // Replaced, not pushed: a link names a view, and Back should leave the app rather than walk its tabs.
  history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
}

/**
 * Keeps the address bar's hash on what the app shows (panel, dataset, model, incident) from now on,
 * and hands a hash typed or pasted into it to `open`. Starts once; does nothing outside a browser.
 */
export function startHashSync(open: (link: ViewLink) => void): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  useAppStore.subscribe(writeHash);
  window.addEventListener('hashchange', () => open(currentLink()));
  writeHash();
}
