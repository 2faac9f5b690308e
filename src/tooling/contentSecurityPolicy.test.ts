import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, policyFor } from './contentSecurityPolicy';

describe('policyFor', () => {
  it("lets the page and every worker connect to their own origin only", () => {
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self';");
    for (const path of ['/', '/index.html', '/assets/train.worker-a1B2.js', '/assets/index-x.js?connect=ws://127.0.0.1:9']) {
      expect(policyFor(path)).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('adds the typed origin to the live worker’s policy only', () => {
    const policy = policyFor(`/assets/live.worker-Dk3_x9.js?connect=${encodeURIComponent('ws://127.0.0.1:8080')}`);
    expect(policy).toContain("connect-src 'self' ws://127.0.0.1:8080;");
    expect(policy.replace(' ws://127.0.0.1:8080', '')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('ignores a connect parameter that is not a plain origin', () => {
    for (const value of ['*', "ws://x.example; script-src 'unsafe-inline'", 'data:', 'https://[::1]:4']) {
      expect(policyFor(`/assets/live.worker-abc.js?connect=${encodeURIComponent(value)}`)).toBe(CONTENT_SECURITY_POLICY);
    }
  });
});
