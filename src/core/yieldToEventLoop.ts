/**
 * A macrotask yield (so an abort or a message can arrive) without setTimeout's 4 ms clamp:
 * setImmediate in Node (whose MessagePort drains posted messages in one go, starving timers),
 * a MessageChannel in browsers and workers. Call `close` when done: an open port keeps Node alive.
 */
export function createYielder(): { yieldNow: () => Promise<void>; close: () => void } {
  if (typeof globalThis.setImmediate === 'function') {
    return { yieldNow: () => new Promise<void>((resolve) => setImmediate(resolve)), close: () => undefined };
  }
  const channel = new MessageChannel();
  const waiting: Array<() => void> = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return {
    yieldNow: () =>
      new Promise<void>((resolve) => {
        waiting.push(resolve);
        channel.port2.postMessage(null);
      }),
    close: () => {
      channel.port1.close();
      channel.port2.close();
      for (const resolve of waiting.splice(0)) resolve();
    },
  };
}
