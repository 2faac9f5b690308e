import { stepSamplesPerSecond } from '../../core/trainSpeed';
import type { TrainHistory } from '../../shared/model';
import type { BackendName, BackendProbe, TrainUpdate } from '../../shared/training';
import type { TrainJob } from '../../state/trainJob';
import { BACKEND_NAMES, formatCount } from '../components/format';

/** "about 2 min 5 s left", "about 12 s left". */
export function formatEta(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return 'time left unknown';
  const rounded = Math.max(1, Math.round(seconds));
  if (rounded < 60) return `about ${rounded} s left`;
  return `about ${Math.floor(rounded / 60)} min ${rounded % 60} s left`;
}

/** "Epoch 3 of 10 · batch 120 of 410 · 152,000 samples/s on WebAssembly · about 25 s left". */
export function formatUpdate(update: TrainUpdate): string {
  const epoch = Math.min(update.epoch + 1, update.epochs);
  return [
    `Epoch ${epoch} of ${update.epochs}`,
    `batch ${formatCount(update.batch)} of ${formatCount(update.batches)}`,
    `${formatCount(update.samplesPerSecond)} samples/s on ${BACKEND_NAMES[update.backend]}`,
    formatEta(update.etaSeconds),
  ].join(' · ');
}

/** "Best epoch 7 of 9 (validation loss 1.23e-3, reached after 6.1 s); stopped early." */
export function formatOutcome(history: TrainHistory): string {
  const best = history.valLoss[history.bestEpoch];
  const loss = Number.isFinite(best) ? `validation loss ${best.toExponential(2)}` : `training loss ${history.loss[history.bestEpoch]?.toExponential(2) ?? '–'}`;
  const reached = history.bestSeconds === undefined ? '' : `, reached after ${history.bestSeconds.toFixed(1)} s`;
  const stop = history.stoppedEarly ? '; stopped early, no better validation loss' : '';
  return `Best epoch ${history.bestEpoch + 1} of ${history.loss.length} (${loss}${reached})${stop}`;
}

/** "8.4 s on WebAssembly (1 thread); 560,000 samples/s in training steps, 480,000 overall". */
export function formatSpeed(history: TrainHistory, backend: BackendName): string {
  const steps = formatCount(stepSamplesPerSecond(history));
  const threads = history.threads === undefined ? '' : ` (${history.threads} ${history.threads === 1 ? 'thread' : 'threads'})`;
  return `${history.seconds.toFixed(1)} s on ${BACKEND_NAMES[backend]}${threads}; ${steps} samples/s in training steps, ${formatCount(history.samplesPerSecond)} overall`;
}

/** The status line under the progress bar. */
export function trainStatusText(job: TrainJob): string {
  switch (job.status) {
    case 'idle':
      return 'Ready to train.';
    case 'preparing':
      return `Preparing ${job.datasetName ?? 'the dataset'} and starting the compute backend…`;
    case 'running':
      return job.update ? formatUpdate(job.update) : 'Training…';
    case 'saving':
      return 'Saving the model in this browser…';
    case 'done':
      return job.history && job.update
        ? `Trained and saved as ${job.savedModelName ?? 'a new model'}: ${formatSpeed(job.history, job.update.backend)}. ${formatOutcome(job.history)}.`
        : `Trained and saved as ${job.savedModelName ?? 'a new model'}.`;
    case 'cancelled':
      return 'Training cancelled; nothing was saved and the earlier models are unchanged.';
    case 'failed':
      return 'Training failed; see the message above. The earlier models are unchanged.';
  }
}

/** Why `auto` picks what it picks in this browser, in plain words under the Backend field (the driver's name is no help there). */
export function backendHint(probe: BackendProbe | null): string {
  if (!probe) return 'Automatic takes WebGL on a graphics card, otherwise WebAssembly.';
  const auto = BACKEND_NAMES[probe.auto];
  if (probe.renderer === null) return `Automatic uses ${auto} here: this browser offers no WebGL.`;
  if (probe.software) return `Automatic uses ${auto} here: this browser has no graphics card for WebGL, and WebGL on the processor is slower.`;
  return `Automatic uses ${auto} here: this browser trains on the graphics card.`;
}
