import { create } from 'zustand';
import type { MaintenanceWindow, NotAnomalyMark } from '../shared/feedback';
import type { Detection } from './detectionJob';

/** Where "Retrain with feedback" stands, and what it found. */
export interface RetrainState {
  status: 'idle' | 'training' | 'scoring' | 'done' | 'failed';
  /** Incidents the old model raised on the data, and the new one (null until it scored). */
  before: number;
  after: number | null;
  modelName: string | null;
}

/** The Detect panel's feedback: the scored dataset's marks and the scoring model's maintenance windows. */
export interface FeedbackState {
  datasetId: string | null;
  marks: NotAnomalyMark[];
  /** The model whose windows these are; they apply only to its scoring. */
  modelId: string | null;
  maintenance: MaintenanceWindow[];
  retrain: RetrainState;
}

export const useFeedback = create<FeedbackState>(() => ({
  datasetId: null,
  marks: [],
  modelId: null,
  maintenance: [],
  retrain: { status: 'idle', before: 0, after: null, modelName: null },
}));

const NONE: readonly MaintenanceWindow[] = [];

/** The maintenance windows that apply to a scoring: its model's, once loaded. */
export function windowsFor(detection: Pick<Detection, 'modelId'> | null, state: Pick<FeedbackState, 'modelId' | 'maintenance'> = useFeedback.getState()): readonly MaintenanceWindow[] {
  return detection && state.modelId === detection.modelId ? state.maintenance : NONE;
}
