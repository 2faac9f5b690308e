import { describe, expect, it } from 'vitest';
import { drawOneMore, restartAt, type ProgressState } from './useProgressiveCount';

describe('progressive count steps', () => {
  it('a turn’s step and a restart in the same render change the turn even when the count ends where it was', () => {
    // The effect that held the turn re-runs (and so releases it) only when its deps change.
    const before: ProgressState = { key: 'detection 1', count: 1, turn: 4 };
    const after = restartAt(drawOneMore(before), 'detection 2', 1);
    expect(after.count).toBe(before.count);
    expect(after.turn).not.toBe(before.turn);
  });

  it('counts one more per step and starts again at the first count', () => {
    const state = drawOneMore(drawOneMore({ key: 'a', count: 0, turn: 0 }));
    expect(state).toEqual({ key: 'a', count: 2, turn: 2 });
    expect(restartAt(state, 'b', 0)).toEqual({ key: 'b', count: 0, turn: 3 });
  });
});
