import { describe, expect, it } from 'vitest';
import type { TrainHistory } from '../../shared/model';
import { initialTrainJob } from '../../state/trainJob';
import { backendHint, formatEta, formatSpeed, formatOutcome, formatUpdate, trainStatusText } from './trainText';

const history: TrainHistory = { loss: [0.3, 0.2, 0.25], valLoss: [0.31, 0.0012345, 0.4], bestEpoch: 1, stoppedEarly: true, seconds: 8.42, samplesPerSecond: 152_000, epochSeconds: [3, 2, 2], trainRows: 400_000, backend: 'wasm' };

describe('trainText', () => {
  it('formats the time left', () => {
    expect(formatEta(null)).toBe('time left unknown');
    expect(formatEta(12.4)).toBe('about 12 s left');
    expect(formatEta(125)).toBe('about 2 min 5 s left');
  });

  it('describes a progress report', () => {
    const text = formatUpdate({ epoch: 2, epochs: 10, batch: 120, batches: 410, loss: 0.1, valLoss: 0.1, samplesPerSecond: 152_000.4, etaSeconds: 25, backend: 'wasm' });
    expect(text).toBe('Epoch 3 of 10 · batch 120 of 410 · 152,000 samples/s on WebAssembly · about 25 s left');
  });

  it('names the kept epoch and an early stop', () => {
    expect(formatOutcome(history)).toBe('Best epoch 2 of 3 (validation loss 1.23e-3); stopped early, no better validation loss');
  });

  it('says when the kept epoch was reached, where the model recorded it', () => {
    expect(formatOutcome({ ...history, bestSeconds: 5.04 })).toBe('Best epoch 2 of 3 (validation loss 1.23e-3, reached after 5.0 s); stopped early, no better validation loss');
  });

  it('gives the warmed-up step speed beside the whole run, and the threads where recorded', () => {
    expect(formatSpeed(history, 'wasm')).toBe('8.4 s on WebAssembly; 200,000 samples/s in training steps, 152,000 overall');
    expect(formatSpeed({ ...history, threads: 1 }, 'wasm')).toBe('8.4 s on WebAssembly (1 thread); 200,000 samples/s in training steps, 152,000 overall');
    expect(formatSpeed({ ...history, threads: 2 }, 'wasm')).toMatch(/on WebAssembly \(2 threads\);/);
  });

  it('says a cancel kept the earlier models', () => {
    expect(trainStatusText({ ...initialTrainJob(), status: 'cancelled' })).toMatch(/nothing was saved/);
  });
});

describe('backendHint', () => {
  it('explains why automatic avoids software WebGL', () => {
    expect(backendHint({ renderer: 'SwiftShader Device', software: true, auto: 'wasm' })).toBe(
      'Automatic uses WebAssembly here: this browser has no graphics card for WebGL, and WebGL on the processor is slower.',
    );
    expect(backendHint({ renderer: null, software: false, auto: 'wasm' })).toMatch(/no WebGL/);
    expect(backendHint({ renderer: 'ANGLE (NVIDIA, NVIDIA RTX 4090 Direct3D11 vs_5_0 ps_5_0, D3D11)', software: false, auto: 'webgl' })).toBe(
      'Automatic uses WebGL here: this browser trains on the graphics card.',
    );
  });
});
