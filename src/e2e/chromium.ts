import { existsSync } from 'node:fs';

/** Flags for a quiet headless run: no sandbox (containers), no updater or first-run traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-gpu',
] as const;

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** The system Chromium ($CHROMIUM_PATH, else Debian's), or exit with one line saying how to get it. */
export function chromiumExecutable(): string {
  const candidates = [process.env.CHROMIUM_PATH, SYSTEM_CHROMIUM].filter((path): path is string => Boolean(path));
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  // Playwright's own browser download is not an option here, so say what is.
  process.stderr.write('Chromium not found: install it with `sudo apt-get install -y chromium` or set CHROMIUM_PATH\n');
  process.exit(1);
}
