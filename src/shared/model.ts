/** Types the training worker, the model code and the UI share (issue 4). */

/** A row-major matrix of float32 values: row r, column c is `values[r * cols + c]`. */
export interface Matrix {
  values: Float32Array;
  rows: number;
  cols: number;
}

/** How the autoencoder is built and trained. Defaults live in core/ (chosen by measurement). */
export interface TrainConfig {
  /** Hidden layer sizes from input to bottleneck; the decoder mirrors them (the original tool: [16, 4]). */
  encoderSizes: number[];
  epochs: number;
  batchSize: number;
  learningRate: number;
  /** Epochs without a better validation loss before training stops (the best weights are restored). */
  patience: number;
  /** Share of rows (chronologically last) held out for validation. */
  validationSplit: number;
  /** Seed for weight initialisation and batch shuffling, so runs repeat. */
  seed: number;
}

/** Progress reported during training, for the progress bar, the ETA and the live curves. */
export interface TrainProgress {
  epoch: number;
  epochs: number;
  batch: number;
  batches: number;
  /** Mean training loss of the epoch so far. */
  loss: number;
  /**
   * Mean training loss over the batches since the previous report (of this epoch): the live curve's
   * point, which unlike the epoch's mean does not restart at each epoch. Absent: use `loss`.
   */
  recentLoss?: number;
  /** Validation loss of the last finished epoch, or null before the first. */
  valLoss: number | null;
  samplesPerSecond: number;
  /** Estimated seconds left, or null when unknown. */
  etaSeconds: number | null;
}

/** Loss per finished epoch. */
export interface TrainHistory {
  loss: number[];
  valLoss: number[];
  /** Index of the epoch whose weights were kept. */
  bestEpoch: number;
  /** True when early stopping ended training before the configured epochs. */
  stoppedEarly: boolean;
  /** Whole run, validation included. */
  seconds: number;
  samplesPerSecond: number;
  /** Seconds each epoch spent in training steps (shuffle, batches, loss read-back), validation excluded. */
  epochSeconds: number[];
  /** Rows trained on per epoch. */
  trainRows: number;
  backend: string;
  /** Seconds from the start until the kept epoch's validation loss was known: the time to converge. Absent in older models. */
  bestSeconds?: number;
  /** Processor threads the backend computed on (wasm's thread pool, cpu's 1); absent for WebGL and in older models. */
  threads?: number;
}
