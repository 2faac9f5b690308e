import { describe, expect, it } from 'vitest';
import { connectOrigin } from './connectOrigin';

describe('connectOrigin', () => {
  it('gives the scheme, host and port of a live endpoint address', () => {
    expect(connectOrigin('ws://127.0.0.1:8080/metrics?x=1#y')).toBe('ws://127.0.0.1:8080');
    expect(connectOrigin('wss://Metrics.Example.org/stream')).toBe('wss://metrics.example.org');
    expect(connectOrigin('http://localhost:80/events')).toBe('http://localhost');
    expect(connectOrigin('https://bücher.example/x')).toBe('https://xn--bcher-kva.example');
  });

  it('gives nothing for other schemes, non-URLs and hosts a policy cannot name', () => {
    expect(connectOrigin('ftp://example.org')).toBeNull();
    expect(connectOrigin('javascript:alert(1)')).toBeNull();
    expect(connectOrigin('localhost:8080')).toBeNull();
    expect(connectOrigin('not a url')).toBeNull();
    expect(connectOrigin('ws://[::1]:8080')).toBeNull();
    expect(connectOrigin('ws://a;b.example/')).toBeNull();
  });
});
