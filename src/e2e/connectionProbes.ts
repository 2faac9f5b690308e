/** Functions the specs run in the page or in a worker to see which connections its Content-Security-Policy lets through. */
import type { ProbeTargets } from './testServers';

/** What became of each way to reach `targets`: 'refused', or 'open' / 'sent' when it got through. Runs in the page or a worker. */
export async function probe(targets: ProbeTargets): Promise<Record<string, string>> {
  const results: Record<string, string> = {};
  try {
    await fetch(`${targets.http}fetch`);
    results.fetch = 'sent';
  } catch {
    results.fetch = 'refused';
  }
  const opened = (open: (done: (result: string) => void) => void) =>
    new Promise<string>((resolve) => {
      setTimeout(() => resolve('no answer'), 5000);
      try {
        open(resolve);
      } catch {
        resolve('refused');
      }
    });
  results.websocket = await opened((done) => {
    const socket = new WebSocket(`${targets.ws}socket`);
    socket.onopen = () => done('open');
    socket.onerror = () => done('refused');
  });
  results.eventSource = await opened((done) => {
    const events = new EventSource(`${targets.http}events`);
    events.onopen = () => done('open');
    events.onerror = () => {
      events.close();
      done('refused');
    };
  });
  if ('sendBeacon' in navigator) results.beacon = navigator.sendBeacon(`${targets.http}beacon`, 'data') ? 'queued' : 'refused';
  return results;
}

/** Whether a WebSocket to `url` opens, from the page or a worker. */
export function socketOpens(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url);
    socket.onopen = () => resolve(true);
    socket.onerror = () => resolve(false);
  });
}

/** What `probe` finds where the Content-Security-Policy holds (sendBeacon is only in the page). */
export const REFUSED = { fetch: 'refused', websocket: 'refused', eventSource: 'refused' };
