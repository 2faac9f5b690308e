import * as Comlink from 'comlink';
import { stateBuffers, type ReplicaFactory } from '../ml/dataParallel';
import type { BackendChoice } from '../shared/training';
import type { ReplicaApi } from './trainReplica.worker';
import { WorkerHandle } from './workerHandle';

/**
 * Helper replicas in a worker of their own, started from the train worker: the second core's share of training.
 * A worker that fails to load or dies rejects its pending call (the trainer then goes on alone) instead of hanging it.
 */
export const workerReplicas: ReplicaFactory = async (shard, config, backend) => {
  if (typeof Worker === 'undefined') return null;
  const handle = new WorkerHandle<ReplicaApi>('training replica', () => new Worker(new URL('./trainReplica.worker.ts', import.meta.url), { type: 'module', name: 'train-replica' }));
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
    dispose: () => handle.terminate(),
  };
};
