import { useEffect, useState } from 'react';

/**
 * How many of `total` items to render now: one more per task, starting again when `resetKey`
 * changes, so drawing many heavy charts never blocks the page in one long task.
 */
export function useProgressiveCount(total: number, resetKey: unknown): number {
  const [state, setState] = useState({ key: resetKey, count: 1 });
  if (state.key !== resetKey) setState({ key: resetKey, count: 1 }); // reset during render, React's documented pattern
  const count = state.key === resetKey ? state.count : 1;
  useEffect(() => {
    if (count >= total) return;
    const timer = setTimeout(() => setState((s) => ({ ...s, count: s.count + 1 })), 0);
    return () => clearTimeout(timer);
  }, [count, total]);
  return Math.min(count, total);
}
