import { useEffect, useState } from 'react';
import { drawTurns } from './drawTurns';

/**
 * How many of `total` items to render now: `first` at once, then one more per turn of drawTurns (a task of its own,
 * one list at a time), starting again when `resetKey` changes, so drawing many heavy charts never blocks the page in
 * one long task. `first` 0 leaves even the first item to a turn, for a list drawn beside others.
 */
export function useProgressiveCount(total: number, resetKey: unknown, first = 1): number {
  const [state, setState] = useState({ key: resetKey, count: first });
  if (state.key !== resetKey) setState({ key: resetKey, count: first }); // reset during render, React's documented pattern
  const count = state.key === resetKey ? state.count : first;
  useEffect(() => {
    if (count >= total) return;
    // The cleanup runs after the next commit (or on unmount): that is when this turn's drawing is done.
    return drawTurns.request(() => setState((s) => ({ ...s, count: s.count + 1 })));
  }, [count, total]);
  return Math.min(count, total);
}
