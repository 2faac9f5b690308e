import { test as base, expect, type ConsoleMessage, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { AppPage } from './pages/AppPage';

/** What the browser did during one test, recorded by the `guard` fixture. */
export interface BrowserGuard {
  /** Every request URL the browser context made, in order. */
  readonly requests: readonly string[];
  /** The app's own origin, e.g. http://localhost:4173. */
  readonly appOrigin: string;
  /** Declares a console error the test provokes on purpose, so the guard lets it through. */
  allowConsoleError(pattern: RegExp): void;
  /** Declares the live endpoint the test is about to Connect to: the one other origin the app may then reach. */
  allowOrigin(origin: string): void;
}

/** Schemes that never leave the machine. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:']);

/** True when a request stays on the app's origin or never touches the network. */
export function isOwnRequest(url: string, appOrigin: string): boolean {
  const parsed = new URL(url);
  return LOCAL_SCHEMES.has(parsed.protocol) || parsed.origin === appOrigin;
}

function describeConsole(message: ConsoleMessage): string {
  const { url, lineNumber } = message.location();
  return url ? `${message.text()} (${url}:${lineNumber})` : message.text();
}

interface Fixtures {
  guard: BrowserGuard;
  app: AppPage;
}

/**
 * Every test fails on a console error, an uncaught page exception, or a request to another
 * origin: the app promises to run entirely in the browser.
 */
export const test = base.extend<Fixtures>({
  // Fixtures name their callback `provide`: the React hooks lint rule reads `use(...)` as React's hook.
  guard: [
    async ({ context, baseURL }, provide) => {
      if (!baseURL) throw new Error('playwright.config.ts must set use.baseURL');
      const appOrigin = new URL(baseURL).origin;
      const requests: string[] = [];
      const problems: string[] = [];
      const allowed: RegExp[] = [];
      const allowedOrigins: string[] = [];

      context.on('request', (request) => {
        const url = request.url();
        requests.push(url);
        if (!isOwnRequest(url, appOrigin) && !allowedOrigins.includes(new URL(url).origin)) problems.push(`request to another origin: ${url}`);
      });
      context.on('console', (message) => {
        if (message.type() !== 'error') return;
        if (allowed.some((pattern) => pattern.test(message.text()))) return;
        problems.push(`console error: ${describeConsole(message)}`);
      });
      context.on('weberror', (webError) => {
        const error = webError.error();
        problems.push(`uncaught exception: ${error.stack ?? error.message}`);
      });

      await provide({
        requests,
        appOrigin,
        allowConsoleError: (pattern) => allowed.push(pattern),
        allowOrigin: (origin) => allowedOrigins.push(origin),
      });

      expect(problems, 'the browser reported problems during the test').toEqual([]);
    },
    { auto: true },
  ],
  app: async ({ page }, provide) => {
    await provide(new AppPage(page));
  },
});

export { expect };

const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

/** Runs axe on the page with the named panel open and fails on serious or critical violations. */
export async function expectNoSeriousA11yViolations(page: Page, panelName: string): Promise<void> {
  await expect(page.getByRole('tab', { name: panelName, exact: true })).toHaveAttribute('aria-selected', 'true');
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations
    .filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ''))
    .map((violation) => {
      const targets = violation.nodes.map((node) => node.target.join(' ')).slice(0, 5);
      return `[${violation.impact}] ${violation.id}: ${violation.help} -> ${targets.join(', ')}`;
    });
  expect(blocking, `serious accessibility violations with the ${panelName} panel open`).toEqual([]);
}
