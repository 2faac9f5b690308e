import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG } from '../core/config';
import type { LiveRow } from '../core/live/liveRow';
import type { LiveSourceSink } from '../core/live/liveSource';
import { EndpointLiveSource, FileLiveSource, openLiveSource, SimulatedLiveSource } from './liveSources';

/** A sink that records what it is told. */
function recordingSink(backlog = 0) {
  const seen = { messages: [] as unknown[], rows: [] as LiveRow[], events: [] as string[], status: [] as string[], problems: [] as string[] };
  const sink: LiveSourceSink = {
    message: (message) => seen.messages.push(message),
    rows: (rows) => seen.rows.push(...rows),
    events: (events) => seen.events.push(...events.map((e) => e.type)),
    connected: () => seen.status.push('connected'),
    reconnecting: (problem) => seen.problems.push(problem),
    problem: (sentence) => seen.problems.push(sentence),
    ended: (problem) => seen.status.push(`ended: ${problem}`),
    failed: (problem) => seen.status.push(`failed: ${problem}`),
    backlog: () => backlog,
  };
  return { sink, seen };
}

/** A file handle whose content the test rewrites. */
function growingFile(name = 'server.log') {
  let bytes = new Uint8Array(0);
  return {
    handle: { name, getFile: async () => new File([bytes], name) },
    write: (text: string) => (bytes = new TextEncoder().encode(text)),
    append: (more: Uint8Array) => (bytes = Uint8Array.from([...bytes, ...more])),
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('FileLiveSource', () => {
  it('reads appended bytes as lines, a split UTF-8 character and line included, and rereads a file that got shorter', async () => {
    const file = growingFile();
    const { sink, seen } = recordingSink();
    const source = new FileLiveSource(file.handle, sink);
    const text = new TextEncoder().encode('{"cpu": 1}\n{"name": "café", "cpu": 2}\n');
    const cut = text.indexOf(0xc3) + 1; // inside the two bytes of é
    file.append(text.subarray(0, cut));
    await source.poll();
    expect(seen.messages).toEqual(['{"cpu": 1}']);
    file.append(text.subarray(cut));
    await source.poll();
    expect(seen.messages).toEqual(['{"cpu": 1}', '{"name": "café", "cpu": 2}']);
    await source.poll();
    expect(seen.messages).toHaveLength(2);
    file.write('{"cpu": 3}\n');
    await source.poll();
    expect(seen.messages.at(-1)).toBe('{"cpu": 3}');
    expect(seen.problems).toEqual(['server.log got shorter (truncated or replaced); reading it again from the start.']);
  });

  it('waits while the scorer is behind, and reads an unfinished last line on close', async () => {
    const file = growingFile();
    const busy = recordingSink(50_000);
    const source = new FileLiveSource(file.handle, busy.sink);
    file.write('a\nb');
    expect(await source.poll()).toBe(true);
    expect(busy.seen.messages).toEqual([]);
    const idle = recordingSink();
    const other = new FileLiveSource(file.handle, idle.sink);
    expect(await other.poll()).toBe(false);
    other.close();
    expect(idle.seen.messages).toEqual(['a', 'b']);
  });

  it('fails the session, without throwing, when the file can no longer be read', async () => {
    vi.useFakeTimers();
    const { sink, seen } = recordingSink();
    const source = new FileLiveSource({ name: 'gone.log', getFile: () => Promise.reject(new Error('permission was withdrawn')) }, sink);
    source.start();
    await vi.advanceTimersByTimeAsync(10);
    expect(seen.status).toEqual(['connected', 'failed: gone.log can no longer be read: permission was withdrawn']);
    source.close();
  });
});

describe('EndpointLiveSource', () => {
  it('accepts WebSocket and HTTP(S) addresses and names the problem with others', () => {
    const { sink } = recordingSink();
    expect(() => new EndpointLiveSource('wss://metrics.example/live', sink)).not.toThrow();
    expect(() => new EndpointLiveSource('http://localhost:8080/events', sink)).not.toThrow();
    expect(() => new EndpointLiveSource('ftp://example.com/log', sink)).toThrow(/ftp: addresses are not supported; use ws:\/\//);
    expect(() => openLiveSource({ kind: 'endpoint', url: 'localhost:8080' }, sink)).toThrow(/not supported|not a URL/);
    expect(() => new EndpointLiveSource('no url', sink)).toThrow(/“no url” is not a URL/);
  });
});

describe('SimulatedLiveSource', () => {
  it('produces the rows due on its clock every tick, stands still while paused, and reports injected anomalies', async () => {
    vi.useFakeTimers({ now: Date.UTC(2024, 0, 1) });
    const config = { ...DEFAULT_CONFIG, intervalSeconds: 30, anomalyProbability: 0, processes: ['web' as const, 'db' as const] };
    const { sink, seen } = recordingSink();
    const source = new SimulatedLiveSource({ kind: 'simulated', config, speed: 60, startMs: Date.now() }, sink);
    source.start();
    await vi.advanceTimersByTimeAsync(1000); // one simulated minute: rows at 0, 30 and 60 s
    expect(seen.rows.map((r) => r.timestamp - Date.UTC(2024, 0, 1))).toEqual([0, 30_000, 60_000]);
    source.pause();
    await vi.advanceTimersByTimeAsync(5000);
    expect(seen.rows).toHaveLength(3);
    source.resume();
    source.setSpeed(3600);
    source.inject('Memory Leak');
    await vi.advanceTimersByTimeAsync(100); // six simulated minutes
    expect(seen.rows).toHaveLength(15);
    expect(seen.events).toEqual(['Memory Leak']);
    expect(seen.rows.at(-1)!.label).toBeGreaterThan(0);
    expect(source.events()[0]).not.toHaveProperty('injected');
    source.close();
  });
});
