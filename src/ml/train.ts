import type * as tf from '@tensorflow/tfjs';
import { createRandom } from '../core/random';
import { abortError } from '../shared/errors';
import type { Matrix, TrainConfig, TrainHistory, TrainProgress } from '../shared/model';
import { shuffledOrder, stepBatches } from './batches';
import { createDenseTrainer, keepsWeightsOnHost, type DenseTrainer } from './denseTrainer';
import { averageInto, replicaLearningRate, splitShards, type Replica, type ReplicaFactory, type RoundRequest, type RoundResult } from './dataParallel';
import { meanLoss } from './evaluate';
import { disposeWeights, restoreWeights, snapshotWeights } from './weights';
import { createYielder } from '../core/yieldToEventLoop';

/** How `trainAutoencoder` reports and stops. */
export interface TrainOptions {
  onProgress?: (progress: TrainProgress) => void;
  /** Checked between batches; when aborted, training rejects with an AbortError. */
  signal?: AbortSignal;
  /** Name of the active tfjs backend, recorded in the history. */
  backend: string;
  /** Threads that backend computes on, recorded in the history. */
  threads?: number;
  /**
   * Batches between loss read-backs (each read waits for the device, so not every batch), and between the
   * replicas' exchanges when there are two. Default 32: with 16, the exchanges' waits were a tenth of an epoch.
   */
  readEvery?: number;
  /**
   * Trains data-parallel with a second replica from this factory (see dataParallel) when the backend keeps its
   * weights on the host; alone when it returns null.
   */
  replicas?: ReplicaFactory;
}

/**
 * Trains `model` in place to reconstruct `train` (Adam, mean squared error, seeded shuffling),
 * scores `validation` after every epoch and stops after `config.patience` epochs without a lower
 * validation loss; the best epoch's weights are restored before it returns. With no validation
 * rows the training loss decides instead and `valLoss` holds NaN.
 *
 * The model must be a stack of Dense layers like `buildAutoencoder`'s (else a RangeError): its
 * weights are trained by `createDenseTrainer`, several times faster than `optimizer.minimize` on wasm.
 *
 * On abort it rejects with an AbortError and the model is left half-trained: the caller should
 * dispose it and keep its previous model. Every tensor it creates, the trainer's too, is freed.
 */
export async function trainAutoencoder(
  model: tf.LayersModel,
  train: Matrix,
  validation: Matrix,
  config: TrainConfig,
  options: TrainOptions,
): Promise<TrainHistory> {
  checkInputs(model, train, validation, config);
  const { onProgress, signal, backend } = options;
  const readEvery = Math.max(1, Math.floor(options.readEvery ?? 32));
  const throwIfAborted = () => {
    if (signal?.aborted) throw abortError('Training was cancelled.');
  };
  throwIfAborted();

  const cols = train.cols;
  const batchSize = Math.min(config.batchSize, train.rows);
  const buffer = new Float32Array(batchSize * cols);
  const random = createRandom(config.seed);
  let helper = await startHelper(train, config, options);
  // After a helper fails, this replica keeps the rate it started with (see replicaLearningRate).
  const trainer = createDenseTrainer(model, helper ? replicaLearningRate(config.learningRate) : config.learningRate);
  const yielder = createYielder();
  // The rows this replica trains on: every other one beside a helper (null: all of them).
  let own = helper?.own ?? null;
  let order = new Uint32Array(own?.length ?? train.rows);
  // Each replica computes on its backend's threads.
  const threads = helper ? 2 * (options.threads ?? 1) : options.threads;

  const history: TrainHistory = {
    loss: [],
    valLoss: [],
    bestEpoch: -1,
    stoppedEarly: false,
    seconds: 0,
    samplesPerSecond: 0,
    epochSeconds: [],
    trainRows: train.rows,
    backend,
    ...(threads === undefined ? {} : { threads }),
  };
  const started = performance.now();
  const totalSamples = config.epochs * train.rows;
  let samplesDone = 0;
  let lastValLoss: number | null = null;
  let best: tf.Tensor[] | null = null;
  let bestMonitored = Infinity;

  // The squared-error sum and samples of this epoch at the previous report, for the loss since then.
  let reported = { sum: 0, samples: 0 };
  const report = (epoch: number, batch: number, batches: number, sum: number, samples: number) => {
    const seconds = (performance.now() - started) / 1000;
    const samplesPerSecond = seconds > 0 ? samplesDone / seconds : 0;
    const etaSeconds = samplesPerSecond > 0 ? (totalSamples - samplesDone) / samplesPerSecond : null;
    const loss = sum / (samples * cols);
    const recentLoss = samples > reported.samples ? (sum - reported.sum) / ((samples - reported.samples) * cols) : loss;
    reported = { sum, samples };
    onProgress?.({ epoch, epochs: config.epochs, batch, batches, loss, recentLoss, valLoss: lastValLoss, samplesPerSecond, etaSeconds });
  };

  try {
    for (let epoch = 0; epoch < config.epochs; epoch++) {
      const epochStarted = performance.now();
      if (helper === null && own !== null) {
        // The helper failed last epoch: this replica takes every row from now on.
        own = null;
        order = new Uint32Array(train.rows);
      }
      const ownRows = order.length;
      shuffledOrder(ownRows, random, order);
      if (own !== null) for (let i = 0; i < ownRows; i++) order[i] = own[order[i]];
      const batches = Math.ceil(ownRows / batchSize);
      let epochSamples = 0;
      // What the helper's finished rounds of this epoch added.
      let helperSum = 0;
      reported = { sum: 0, samples: 0 };
      for (let from = 0; from < batches; from += readEvery) {
        const to = Math.min(from + readEvery, batches);
        const pending = helper && roundOf(helper.replica, { epoch, fromBatch: from, toBatch: to, state: trainer.exportState()! });
        const stepped = stepBatches(train, order, batchSize, from, to, buffer, (rows, count) => {
          throwIfAborted();
          trainer.step(rows, count);
        });
        epochSamples += stepped;
        samplesDone += stepped;
        // Reported while the helper finishes its round: the loss of every batch whose rows are counted so far.
        if (to < batches) {
          const sum = helperSum + (await trainer.peekSquaredErrorSum());
          await yielder.yieldNow();
          report(epoch, to, batches, sum, epochSamples);
        }
        const helped = pending && (await pending);
        if (helped) {
          averageWith(trainer, helped.state);
          helperSum += helped.squaredErrorSum;
          epochSamples += helped.samples;
          samplesDone += helped.samples;
        } else if (helper && pending) {
          helper.replica.dispose();
          helper = null;
        }
      }
      const epochSum = helperSum + (await trainer.takeSquaredErrorSum());
      const epochLoss = epochSum / (epochSamples * cols);
      history.epochSeconds.push((performance.now() - epochStarted) / 1000);
      throwIfAborted();
      trainer.writeBack();

      const valLoss = validation.rows > 0 ? await meanLoss(model, validation, Math.max(batchSize, 1024)) : Number.NaN;
      history.loss.push(epochLoss);
      history.valLoss.push(valLoss);
      lastValLoss = valLoss;
      report(epoch, batches, batches, epochSum, epochSamples);

      const monitored = validation.rows > 0 ? valLoss : epochLoss;
      if (monitored < bestMonitored) {
        bestMonitored = monitored;
        history.bestEpoch = epoch;
        history.bestSeconds = (performance.now() - started) / 1000;
        disposeWeights(best);
        best = snapshotWeights(model);
      } else if (epoch - history.bestEpoch >= config.patience && epoch + 1 < config.epochs) {
        history.stoppedEarly = true;
        break;
      }
      await yielder.yieldNow();
    }
    const lastEpoch = history.loss.length - 1;
    if (best !== null && history.bestEpoch !== lastEpoch) restoreWeights(model, best);
    // Never improved (every loss NaN): the last weights are the ones kept.
    if (history.bestEpoch < 0) history.bestEpoch = lastEpoch;
    history.seconds = (performance.now() - started) / 1000;
    history.samplesPerSecond = history.seconds > 0 ? samplesDone / history.seconds : 0;
    return history;
  } finally {
    disposeWeights(best);
    trainer.dispose();
    helper?.replica.dispose();
    yielder.close();
  }
}

/**
 * The helper replica, started on every other row, and the rows left to this one; null when training alone
 * (no factory, a device backend, a failed start).
 */
async function startHelper(train: Matrix, config: TrainConfig, options: TrainOptions): Promise<{ replica: Replica; own: Uint32Array } | null> {
  const { replicas, backend } = options;
  if (!replicas || train.rows < 2 || !keepsWeightsOnHost()) return null;
  const { own, helper } = splitShards(train);
  try {
    const replica = await replicas(helper, { ...config, learningRate: replicaLearningRate(config.learningRate) }, backend);
    return replica && { replica, own };
  } catch (error) {
    console.warn('The second training replica did not start; training on one.', error);
    return null;
  }
}

/** The helper's round, or null when it failed (the caller then goes on alone). */
async function roundOf(replica: Replica, request: RoundRequest): Promise<RoundResult | null> {
  try {
    return await replica.round(request);
  } catch (error) {
    console.warn('The second training replica stopped; training goes on with one.', error);
    return null;
  }
}

/** Continues from the average of this trainer's state and the helper's. */
function averageWith(trainer: DenseTrainer, other: RoundResult['state']): void {
  const state = trainer.exportState()!;
  averageInto(state, other);
  trainer.importState(state);
}

function checkInputs(model: tf.LayersModel, train: Matrix, validation: Matrix, config: TrainConfig): void {
  const width = model.inputs[0].shape[1];
  if (train.rows < 1) throw new RangeError('There are no training rows.');
  if (train.cols !== width || validation.cols !== width) {
    throw new RangeError(`The model takes ${width} features but the data has ${train.cols} (validation ${validation.cols}).`);
  }
  if (train.values.length < train.rows * train.cols || validation.values.length < validation.rows * validation.cols) {
    throw new RangeError('A matrix holds fewer values than rows × cols.');
  }
  if (!Number.isInteger(config.epochs) || config.epochs < 1) throw new RangeError(`Epochs must be a positive integer, got ${config.epochs}.`);
  if (!Number.isInteger(config.batchSize) || config.batchSize < 1) throw new RangeError(`The batch size must be a positive integer, got ${config.batchSize}.`);
  if (!(config.learningRate > 0)) throw new RangeError(`The learning rate must be positive, got ${config.learningRate}.`);
}
