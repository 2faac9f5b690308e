import * as Comlink from 'comlink';
import { chooseBackend } from '../ml/backends';
import { createReplica, stateBuffers, type Replica, type RoundRequest, type RoundResult } from '../ml/dataParallel';
import type { BaselineSplit } from '../core/baselines/baselineProfile';
import type { BaselineProfile } from '../shared/baselines';
import { buffersOf } from '../shared/transfer';
import type { Matrix, TrainConfig } from '../shared/model';
import type { BackendChoice } from '../shared/training';

// The helper replica of data-parallel training, started by the train worker (see ml/dataParallel).
let replica: Replica | null = null;

const api = {
  /** Takes the shard; false when `backend` does not start here (the train worker then trains alone). */
  async start(shard: Matrix, config: TrainConfig, backend: BackendChoice): Promise<boolean> {
    if ((await chooseBackend(backend)) !== backend) return false;
    replica = createReplica(shard, config);
    return true;
  },

  async round(request: RoundRequest): Promise<RoundResult> {
    if (!replica) throw new Error('The training replica was not started.');
    const result = await replica.round(request);
    return Comlink.transfer(result, stateBuffers(result.state));
  },

  async fitBaselines(split: BaselineSplit): Promise<BaselineProfile> {
    if (!replica) throw new Error('The training replica was not started.');
    const profile = await replica.fitBaselines(split);
    return Comlink.transfer(profile, buffersOf([profile.pcaReference, profile.zReference]));
  },
};

export type ReplicaApi = typeof api;

Comlink.expose(api);
