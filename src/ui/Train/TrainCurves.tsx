import { useMemo } from 'react';
import { useAppStore } from '../../state/appStore';
import { isTraining } from '../../state/trainJob';
import { LossChart } from '../charts/LossChart';
import { historyLossRows, liveLossRows } from '../charts/lossCurve';
import { formatOutcome } from './trainText';

/** The live curves while a run trains; otherwise the picked model's saved curves. */
export function TrainCurves() {
  const job = useAppStore((state) => state.training);
  const models = useAppStore((state) => state.models);
  const selectedId = useAppStore((state) => state.selectedModelId);
  const live = isTraining(job);
  const model = models.find((m) => m.id === selectedId) ?? null;
  const liveRows = useMemo(() => liveLossRows(job.lossPoints, job.valLoss), [job.lossPoints, job.valLoss]);
  const savedRows = useMemo(() => (model ? historyLossRows(model.history) : []), [model]);

  if (live && job.lossPoints.length > 0) {
    return <LossChart title={`Loss while training on ${job.datasetName ?? 'the dataset'}`} rows={liveRows} epochs={job.update?.epochs ?? 1} />;
  }
  if (model) {
    return (
      <LossChart
        title={`Loss of ${model.name}`}
        rows={savedRows}
        epochs={model.config.epochs}
        bestEpoch={model.history.bestEpoch + 1}
        note={formatOutcome(model.history)}
      />
    );
  }
  return <p className="hint train-curves-empty">{live ? 'The loss curves appear after the first batches.' : 'Train a model to see its loss curves here.'}</p>;
}
