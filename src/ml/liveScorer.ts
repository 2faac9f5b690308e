import type * as tf from '@tensorflow/tfjs';
import { buildMatrix } from '../core/preprocess/matrix';
import type { Dataset } from '../shared/dataset';
import type { Preprocessing } from '../shared/preprocessing';
import type { BackendChoice, BackendName, StoredArtifacts } from '../shared/training';
import { chooseBackend } from './backends';
import { fromArtifacts } from './modelArtifacts';
import { reconstructionErrors } from './score';

/** What a live scorer needs: the model, its preprocessing and where to run. */
export interface LiveScorerSetup {
  artifacts: StoredArtifacts;
  preprocessing: Preprocessing;
  backend: BackendChoice;
}

/** Scores of the newest rows of a rolling view. */
export interface LiveScores {
  /** View rows that were scored (a row whose window covers a gap or a bad value is not). */
  rows: Uint32Array;
  /** Per scored row, the squared error of each model input, row-major. */
  featureErrors: Float32Array;
  /** Per scored row, each model input minus its reconstruction, row-major. */
  differences: Float32Array;
}

/** A model kept loaded between batches: a live stream scores a few rows at a time, so loading it per batch would dominate. */
export interface LiveScorer {
  backend: BackendName;
  score(view: Dataset, firstNewRow: number): Promise<LiveScores>;
  dispose(): void;
}

/** Loads the model once; each call scores rows `firstNewRow..` of the view, which holds enough older rows for windows and the unchanged-metrics input. */
export async function openLiveScorer(setup: LiveScorerSetup): Promise<LiveScorer> {
  const backend = await chooseBackend(setup.backend);
  const model: tf.LayersModel = await fromArtifacts(setup.artifacts);
  return {
    backend,
    async score(view, firstNewRow) {
      const count = Math.max(0, view.timestamps.length - firstNewRow);
      const wanted = Uint32Array.from({ length: count }, (_, i) => firstNewRow + i);
      const input = buildMatrix(view, setup.preprocessing, wanted);
      if (input.rows.length === 0) return { rows: input.rows, featureErrors: new Float32Array(0), differences: new Float32Array(0) };
      const { featureErrors, differences } = await reconstructionErrors(model, input.matrix, Math.max(1, input.rows.length), true);
      return { rows: input.rows, featureErrors, differences: differences! };
    },
    dispose: () => model.dispose(),
  };
}
