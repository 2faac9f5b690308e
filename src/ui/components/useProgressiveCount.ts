import { useEffect, useState } from 'react';
import { drawTurns } from './drawTurns';

/** How far a progressive list has drawn; `turn` changes with every step and restart, so each one ends the turn it used. */
export interface ProgressState {
  key: unknown;
  count: number;
  turn: number;
}

/** One more item drawn. */
export const drawOneMore = (state: ProgressState): ProgressState => ({ ...state, count: state.count + 1, turn: state.turn + 1 });

/** Starting again for a new `key`: a restart that lands on the same count as before still counts as a step. */
export const restartAt = (state: ProgressState, key: unknown, first: number): ProgressState => ({ key, count: first, turn: state.turn + 1 });

/**
 * How many of `total` items to render now: `first` at once, then one more per turn of drawTurns (a task of its own,
 * one list at a time), starting again when `resetKey` changes, so drawing many heavy charts never blocks the page in
 * one long task. `first` 0 leaves even the first item to a turn, for a list drawn beside others.
 */
export function useProgressiveCount(total: number, resetKey: unknown, first = 1): number {
  const [state, setState] = useState<ProgressState>({ key: resetKey, count: first, turn: 0 });
  if (state.key !== resetKey) setState((s) => restartAt(s, resetKey, first)); // reset during render, React's documented pattern
  const count = state.key === resetKey ? state.count : first;
  useEffect(() => {
    if (count >= total) return;
    // The cleanup runs after the next commit (or on unmount): that is when this turn's drawing is done. The turn is in
    // the deps because a restart in the same render as a step can leave the count where it was.
    return drawTurns.request(() => setState(drawOneMore));
  }, [count, total, state.turn]);
  return Math.min(count, total);
}
