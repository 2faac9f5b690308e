import { readBundleFile } from '../bridge/bundleBridge';
import { writeModelBundle } from '../core/bundle/writeModelBundle';
import { loadModel, saveModel } from '../persistence/modelStore';
import { APP_VERSION } from '../shared/appVersion';
import type { BackendName, SavedModelMeta } from '../shared/training';
import { reportError } from './alerts';
import { useAppStore } from './appStore';
import { refreshModels, selectModel } from './modelActions';
import { modelThreshold } from './modelThreshold';
import { saveFile } from './saveFile';

const BACKENDS: readonly BackendName[] = ['webgl', 'wasm', 'cpu'];

/** "server-1 · model 2" → "server-1-model-2.zip": safe on every file system. */
export function bundleFileName(modelName: string): string {
  const stem = modelName.normalize('NFKD').replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return `${stem || 'model'}.zip`;
}

/**
 * Downloads a saved model as one .zip (TF.js model.json + weights.bin, preprocessing, threshold,
 * history, settings, reference errors). The threshold is the one in use on the Detect panel when
 * this model is scoring, else the automatic one.
 */
export async function downloadModel(id: string): Promise<void> {
  try {
    const { meta, artifacts, errors } = await loadModel(id);
    const { detect } = useAppStore.getState();
    const automatic = modelThreshold(meta, errors);
    // An imported model keeps the value it came with; the slider's value wins while this model is scoring.
    const value = detect.detection?.modelId === id ? detect.threshold : (meta.threshold?.value ?? automatic.value);
    const bytes = writeModelBundle({
      info: { appVersion: APP_VERSION, createdAt: Date.now(), datasetName: meta.datasetName, modelName: meta.name },
      artifacts,
      preprocessing: meta.preprocessing,
      threshold: { value, rule: automatic.rule },
      history: meta.history,
      config: meta.config,
      errors,
      maintenance: meta.maintenance ?? [],
    });
    saveFile(new Blob([new Uint8Array(bytes)], { type: 'application/zip' }), bundleFileName(meta.name));
  } catch (error) {
    reportError(error);
  }
}

/**
 * Reads a model .zip in a worker, checks every file, saves it as a new model and picks it. A wrong,
 * damaged or oversized file gets a message naming it and what is wrong, and leaves the saved models untouched.
 */
export async function importModel(file: File): Promise<void> {
  try {
    const bundle = await readBundleFile(file);
    const backend = BACKENDS.find((name) => name === bundle.history.backend) ?? 'cpu';
    const meta: SavedModelMeta = {
      id: crypto.randomUUID(),
      name: bundle.info.modelName ?? file.name.replace(/\.zip$/i, ''),
      createdAt: Date.now(),
      datasetId: '',
      datasetName: bundle.info.datasetName,
      config: bundle.config,
      preprocessing: bundle.preprocessing,
      history: bundle.history,
      backend,
      threshold: bundle.threshold,
      ...(bundle.maintenance?.length ? { maintenance: bundle.maintenance } : {}),
    };
    await saveModel(meta, bundle.artifacts, bundle.errors);
    await refreshModels();
    await selectModel(meta.id);
  } catch (error) {
    reportError(error);
  }
}
