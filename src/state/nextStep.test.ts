import { describe, expect, it } from 'vitest';
import { initialState, type AppState } from './appStore';
import { nextStepAfter } from './nextStep';

function withStatus(patch: (state: AppState) => Partial<AppState>): AppState {
  const state = initialState();
  return { ...state, ...patch(state) };
}

describe('nextStepAfter', () => {
  it('points nowhere before a job has finished', () => {
    for (const panel of ['generate', 'data', 'train', 'detect', 'explore', 'live']) expect(nextStepAfter(panel, initialState())).toBeNull();
  });

  it('points from data to Train, from a model to Detect, from a detection to Live', () => {
    expect(nextStepAfter('generate', withStatus((s) => ({ job: { ...s.job, status: 'done' } })))?.panel).toBe('train');
    expect(nextStepAfter('data', withStatus((s) => ({ ingest: { ...s.ingest, status: 'done' } })))?.panel).toBe('train');
    expect(nextStepAfter('train', withStatus((s) => ({ training: { ...s.training, status: 'done' } })))?.panel).toBe('detect');
    expect(nextStepAfter('detect', withStatus((s) => ({ detect: { ...s.detect, status: 'done' } })))).toBeNull();
  });

  it('returns the same object each time, so a store selector does not re-render for nothing', () => {
    const state = withStatus((s) => ({ job: { ...s.job, status: 'done' } }));
    expect(nextStepAfter('generate', state)).toBe(nextStepAfter('generate', state));
  });

  it('does not point on after a failed or cancelled job', () => {
    expect(nextStepAfter('generate', withStatus((s) => ({ job: { ...s.job, status: 'failed' } })))).toBeNull();
    expect(nextStepAfter('train', withStatus((s) => ({ training: { ...s.training, status: 'cancelled' } })))).toBeNull();
  });
});
