import { expect, isOwnRequest, test } from './fixtures';

/** Source expressions that cannot name another origin. */
const LOCAL_SOURCES = new Set(['data:', 'blob:']);

/** Directive name -> its source list, from a CSP string. */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

test('the app talks to nobody but its own origin', async ({ app, guard, page }) => {
  await app.goto();
  const tabs = await app.tabNames();
  expect(tabs).toEqual(expect.arrayContaining(['Generate', 'Explore']));
  for (const name of tabs) await app.openPanel(name);

  await app.generate({ months: 1, intervalSeconds: 600, seed: 3 });
  await app.openPanel('Explore');
  await app.expectChartDrawn(app.chart('CPU % distribution'));
  await app.openPanel('Generate');
  await app.download('Download logs');
  // An address typed into the Live panel is not contacted until the user presses Connect.
  await app.openPanel('Live');
  await page.getByRole('radio', { name: 'Live endpoint', exact: true }).check();
  await page.getByLabel('Endpoint address', { exact: true }).fill('ws://192.0.2.1:9/');

  expect(guard.requests.length, 'the page was actually loaded over the network').toBeGreaterThan(0);
  const foreign = guard.requests.filter((url) => !isOwnRequest(url, guard.appOrigin));
  expect(foreign).toEqual([]);
});

test('the Content-Security-Policy, as meta tag and header, allows no inline script and no other origin', async ({ app, page }) => {
  const response = await page.goto('/');
  await expect(app.tablist).toBeVisible();
  const meta = page.locator('meta[http-equiv="Content-Security-Policy" i]');
  await expect(meta).toHaveCount(1);
  const content = (await meta.getAttribute('content')) ?? '';
  // `npm start` (vite preview) sends the same policy as a header, which is what reaches the workers.
  expect(response?.headers()['content-security-policy']).toBe(content);
  const policy = parsePolicy(content);

  const scriptSources = policy.get('script-src') ?? policy.get('default-src');
  expect(scriptSources, 'script-src or default-src is set').toBeDefined();
  expect(scriptSources).not.toContain("'unsafe-inline'");
  expect(policy.get('default-src')).toBeDefined();
  expect(policy.get('connect-src')).toEqual(["'self'"]);

  // Keywords, nonces and hashes are quoted; data: and blob: stay local; anything else names a host.
  const remote = [...policy].flatMap(([name, sources]) =>
    sources.filter((source) => !/^'.*'$/.test(source) && !LOCAL_SOURCES.has(source)).map((source) => `${name} ${source}`),
  );
  expect(remote, "sources other than 'self'").toEqual([]);
});
