import * as tf from '@tensorflow/tfjs';
import { AppError } from '../shared/errors';
import type { StoredArtifacts } from '../shared/training';

/** Thrown when stored artifacts lack the topology or weights a LayersModel needs. */
export class InvalidArtifactsError extends AppError {
  constructor(detail: string) {
    super(`The saved model cannot be read: ${detail}.`);
    this.name = 'InvalidArtifactsError';
  }
}

/** A model's topology and weights as plain data, weights joined into one ArrayBuffer. */
export async function toArtifacts(model: tf.LayersModel): Promise<StoredArtifacts> {
  let saved: tf.io.ModelArtifacts | null = null;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      saved = artifacts;
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
  const artifacts = saved as tf.io.ModelArtifacts | null;
  if (!artifacts?.modelTopology || !artifacts.weightSpecs || !artifacts.weightData) throw new InvalidArtifactsError('tfjs produced no weights');
  const { weightData } = artifacts;
  return {
    modelTopology: artifacts.modelTopology as object,
    weightSpecs: artifacts.weightSpecs.map(({ name, shape, dtype }) => ({ name, shape: [...shape], dtype })),
    weightData: Array.isArray(weightData) ? tf.io.concatenateArrayBuffers(weightData) : weightData,
    format: artifacts.format,
    generatedBy: artifacts.generatedBy,
    convertedBy: artifacts.convertedBy,
  };
}

/** Rebuilds a LayersModel on the active backend from artifacts made by `toArtifacts`. */
export async function fromArtifacts(artifacts: StoredArtifacts): Promise<tf.LayersModel> {
  if (!artifacts.modelTopology || !Array.isArray(artifacts.weightSpecs) || !(artifacts.weightData instanceof ArrayBuffer)) {
    throw new InvalidArtifactsError('the topology or the weights are missing');
  }
  return tf.loadLayersModel(
    tf.io.fromMemory({
      modelTopology: artifacts.modelTopology,
      weightSpecs: artifacts.weightSpecs,
      weightData: artifacts.weightData,
      format: artifacts.format,
      generatedBy: artifacts.generatedBy,
      convertedBy: artifacts.convertedBy,
    }),
  );
}
