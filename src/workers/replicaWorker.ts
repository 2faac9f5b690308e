import * as Comlink from 'comlink';
import { stateBuffers, type ReplicaFactory } from '../ml/dataParallel';
import type { BackendChoice } from '../shared/training';
import type { ReplicaApi } from './trainReplica.worker';

/**
 * Helper replicas in a worker of their own, started from the train worker: the second core's share of training.
 * A worker that fails to load or dies rejects its pending call (the trainer then goes on alone) instead of hanging it.
 */
export const workerReplicas: ReplicaFactory = async (shard, config, backend) => {
  if (typeof Worker === 'undefined') return null;
  const worker = new Worker(new URL('./trainReplica.worker.ts', import.meta.url), { type: 'module', name: 'train-replica' });
  const remote = Comlink.wrap<ReplicaApi>(worker);
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      reject(new Error(`The training replica's worker failed: ${event.message || 'it did not load'}.`));
    });
  });
  failed.catch(() => {}); // only the calls racing it report the failure
  const stop = () => {
    remote[Comlink.releaseProxy]();
    worker.terminate();
  };
  const call = <T>(promise: Promise<T>) => Promise.race([promise, failed]);
  try {
    if (!(await call(remote.start(Comlink.transfer(shard, [shard.values.buffer]), config, backend as BackendChoice)))) {
      stop();
      return null;
    }
  } catch (error) {
    stop();
    throw error;
  }
  return {
    round: (request) => call(remote.round(Comlink.transfer(request, stateBuffers(request.state)))),
    dispose: stop,
  };
};
