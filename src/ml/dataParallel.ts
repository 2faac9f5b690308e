import { createRandom } from '../core/random';
import { fitBaselines, type BaselineSplit } from '../core/baselines/baselineProfile';
import type { BaselineProfile } from '../shared/baselines';
import type { Matrix, TrainConfig } from '../shared/model';
import { buildAutoencoder } from './autoencoder';
import { gatherRows, shuffledOrder, stepBatches } from './batches';
import { createDenseTrainer, keepsWeightsOnHost, type TrainerState } from './denseTrainer';
import { buffersOf } from '../shared/transfer';

/**
 * Data-parallel training on two replicas (local SGD): each trains the same model on its own half of the rows, and
 * after every round of a few batches both continue from the average of their weights and Adam moments. On a
 * single-threaded backend this puts the second core to work, for one exchange of a few tens of kilobytes a round.
 */

/** One round for the helper replica: continue from `state` with batches [fromBatch, toBatch) of `epoch`. */
export interface RoundRequest {
  epoch: number;
  fromBatch: number;
  toBatch: number;
  state: TrainerState;
}

/** Where the helper got to: its state, and the squared errors and rows of the round's batches. */
export interface RoundResult {
  state: TrainerState;
  squaredErrorSum: number;
  samples: number;
}

/** The second replica, in this thread (tests, Node) or in a worker of its own. */
export interface Replica {
  round(request: RoundRequest): Promise<RoundResult>;
  /** Training's last job on the second core: the baselines, which read no weights, while the first profiles the model's errors. */
  fitBaselines(split: BaselineSplit): Promise<BaselineProfile>;
  dispose(): void;
}

/**
 * Makes the helper replica for a shard, trained with `config` (the replicas' learning rate) on the named backend,
 * or null where it cannot run (the caller then trains alone).
 */
export type ReplicaFactory = (shard: Matrix, config: TrainConfig, backend: string) => Promise<Replica | null>;

/** The rows each replica trains on: every other row (so both halves span the whole period), the helper's copied. */
export function splitShards(train: Matrix): { own: Uint32Array; helper: Matrix } {
  const own = Uint32Array.from({ length: Math.ceil(train.rows / 2) }, (_, i) => 2 * i);
  const helperRows = Uint32Array.from({ length: Math.floor(train.rows / 2) }, (_, i) => 2 * i + 1);
  const values = gatherRows(train, helperRows, 0, helperRows.length, new Float32Array(helperRows.length * train.cols));
  return { own, helper: { values, rows: helperRows.length, cols: train.cols } };
}

/**
 * Both replicas' learning rate. Each replica takes whole batches (half batches each cost more than half a step:
 * kernel dispatch, not rows, is most of it; default training 12.8 s with them, 11.5 s whole, back to back), so an
 * averaged round moves like one of twice the batch, and the rate follows Adam's square-root scaling rule for it.
 */
export function replicaLearningRate(learningRate: number): number {
  return learningRate * Math.SQRT2;
}

/** The buffers of a trainer state, to transfer rather than copy. */
export const stateBuffers = (state: TrainerState): ArrayBuffer[] => buffersOf([state.values, state.first, state.second]);

/** The helper's shuffling seed: its own sequence, fixed by the run's seed. */
const helperSeed = (seed: number) => seed + 1;

const f32 = Math.fround;

/** Replaces `target` with the average of it and `other` (weights and both moments; the step counts agree). */
export function averageInto(target: TrainerState, other: TrainerState): void {
  for (const key of ['values', 'first', 'second'] as const) {
    const a = target[key];
    const b = other[key];
    for (let i = 0; i < a.length; i++) a[i] = f32(f32(a[i] + b[i]) * 0.5);
  }
}

/**
 * The helper replica's work in the thread it runs in: a model of the run's shape (its weights come with every
 * round's state), a trainer on the host backend, and its shard shuffled afresh each epoch from its own seed.
 * @throws RangeError when the active backend keeps weights on a device (data parallelism is for host backends).
 */
export function createReplica(shard: Matrix, config: TrainConfig): Replica {
  if (!keepsWeightsOnHost()) throw new RangeError('A replica needs a backend that keeps its weights on the host (wasm or cpu).');
  const model = buildAutoencoder(shard.cols, config.encoderSizes, config.seed);
  const trainer = createDenseTrainer(model, config.learningRate);
  const batchSize = Math.min(config.batchSize, shard.rows);
  const random = createRandom(helperSeed(config.seed));
  const order = new Uint32Array(shard.rows);
  const buffer = new Float32Array(batchSize * shard.cols);
  let shuffledEpoch = -1;
  return {
    async round({ epoch, fromBatch, toBatch, state }) {
      if (epoch !== shuffledEpoch) {
        shuffledOrder(shard.rows, random, order);
        shuffledEpoch = epoch;
      }
      trainer.importState(state);
      const samples = stepBatches(shard, order, batchSize, fromBatch, toBatch, buffer, trainer.step);
      const squaredErrorSum = await trainer.takeSquaredErrorSum();
      return { state: trainer.exportState() as TrainerState, squaredErrorSum, samples };
    },
    fitBaselines: async (split) => fitBaselines(split),
    dispose() {
      trainer.dispose();
      model.dispose();
    },
  };
}

/** A factory for replicas in this thread: the same arithmetic as a worker's, one core (tests and Node runs). */
export const inThreadReplicas: ReplicaFactory = async (shard, config) => createReplica(shard, config);

/** A replica kept past the training loop for training's last job (see lendReplicas). */
export interface LentReplicas {
  /** The factory for trainAutoencoder: its replica's dispose is put off until `release`. */
  factory: ReplicaFactory;
  /** The baselines fitted by the replica, or null where there is none or it failed (the caller fits them itself). */
  fitBaselines(split: BaselineSplit): Promise<BaselineProfile | null>;
  /** Disposes the replica, if one started. */
  release(): void;
}

/**
 * Lends `factory`'s replica to the training loop and keeps it afterwards, so the second core also fits the baselines;
 * a replica whose round failed is disposed at once, as the loop would, and is asked nothing more.
 */
export function lendReplicas(factory: ReplicaFactory): LentReplicas {
  let replica: Replica | null = null;
  const drop = () => {
    replica?.dispose();
    replica = null;
  };
  return {
    factory: async (shard, config, backend) => {
      replica = await factory(shard, config, backend);
      const lent = replica;
      return (
        lent && {
          round: (request) =>
            lent.round(request).catch((error: unknown) => {
              drop();
              throw error;
            }),
          fitBaselines: (split) => lent.fitBaselines(split),
          // The loop lets it go when it ends; `release` disposes it after the baselines.
          dispose: () => {},
        }
      );
    },
    fitBaselines: async (split) => {
      if (!replica) return null;
      try {
        return await replica.fitBaselines(split);
      } catch (error) {
        console.warn('The second training worker could not fit the baselines; fitting them here.', error);
        return null;
      }
    },
    release: drop,
  };
}
