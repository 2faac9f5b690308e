import * as Comlink from 'comlink';
import { stateBuffers, type ReplicaFactory } from '../ml/dataParallel';
import type { BaselineSplit } from '../core/baselines/baselineProfile';
import { datasetBuffers, datasetCopy } from '../shared/dataset';
import { buffersOf } from '../shared/transfer';
import type { BackendChoice } from '../shared/training';
import type { ReplicaApi } from './trainReplica.worker';
import { WorkerHandle } from './workerHandle';

const replicaHandle = () => new WorkerHandle<ReplicaApi>('training replica', () => new Worker(new URL('./trainReplica.worker.ts', import.meta.url), { type: 'module', name: 'train-replica' }));

/** A replica's worker started ahead of need (see warmReplica), taken by the next workerReplicas call. */
let spare: WorkerHandle<ReplicaApi> | null = null;

/** Starts a replica's worker now, so its script and runtime load while the train worker prepares the data. */
export function warmReplica(): void {
  if (typeof Worker === 'undefined') return;
  spare ??= replicaHandle();
  spare.warm();
}

/**
 * Helper replicas in a worker of their own, started from the train worker: the second core's share of training.
 * A worker that fails to load or dies rejects its pending call (the trainer then goes on alone) instead of hanging it.
 */
export const workerReplicas: ReplicaFactory = async (shard, config, backend) => {
  if (typeof Worker === 'undefined') return null;
  const handle = spare ?? replicaHandle();
  spare = null;
  try {
    const started = await handle.run((api) => api.start(Comlink.transfer(shard, [shard.values.buffer]), config, backend as BackendChoice));
    if (!started) {
      handle.terminate();
      return null;
    }
  } catch (error) {
    handle.terminate();
    throw error;
  }
  return {
    round: (request) => handle.run((api) => api.round(Comlink.transfer(request, stateBuffers(request.state)))),
    fitBaselines: (split) => {
      const copy = baselineSplitCopy(split);
      return handle.run((api) => api.fitBaselines(Comlink.transfer(copy, [...datasetBuffers(copy.dataset), ...buffersOf([copy.trainRows, copy.validationRows])])));
    },
    dispose: () => handle.terminate(),
  };
};

/** A copy of what the baselines read (the model's features, the times, the masks, the split), to transfer while the train worker keeps its own. */
function baselineSplitCopy(split: BaselineSplit): BaselineSplit {
  return {
    ...split,
    dataset: datasetCopy(split.dataset, { columns: split.preprocessing.features, labels: false, events: false }),
    trainRows: split.trainRows.slice(),
    validationRows: split.validationRows.slice(),
  };
}
