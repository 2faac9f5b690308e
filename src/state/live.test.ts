import { describe, expect, it } from 'vitest';
import { endpointProblem } from './live';

describe('endpointProblem', () => {
  it('accepts WebSocket and Server-Sent Events addresses', () => {
    for (const url of ['ws://localhost:8080', 'wss://example.org/metrics', 'http://127.0.0.1:9000/events', ' https://host/stream ']) expect(endpointProblem(url)).toBeNull();
  });

  it('names what is wrong with anything else', () => {
    expect(endpointProblem('')).toMatch(/Type the address/);
    expect(endpointProblem('ftp://host/file')).toMatch(/not a ws:\/\/, wss:\/\/, http:\/\/ or https:\/\/ address/);
    expect(endpointProblem('ws://')).toMatch(/not a valid address/);
  });
});
