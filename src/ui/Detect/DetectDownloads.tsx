import { useAppStore } from '../../state/appStore';
import { downloadAnomaliesCsv, downloadIncidentsCsv } from '../../state/detectionDownloads';
import { downloadEvaluationReport } from '../../state/evaluationReport';
import { downloadModel } from '../../state/modelExchange';

/** The flags as CSV files and the model as a .zip. */
export function DetectDownloads() {
  const modelId = useAppStore((state) => state.detect.detection?.modelId ?? null);
  const labelled = useAppStore((state) => Boolean(state.detect.detection?.dataset.labels));
  return (
    <section className="card" aria-labelledby="downloads-heading">
      <h2 id="downloads-heading">Downloads</h2>
      <div className="button-row">
        <button type="button" onClick={downloadAnomaliesCsv}>
          Download anomalies CSV
        </button>
        <button type="button" onClick={downloadIncidentsCsv}>
          Download incidents CSV
        </button>
        <button type="button" disabled={!modelId} onClick={() => modelId && void downloadModel(modelId)}>
          Download model
        </button>
        <button type="button" disabled={!labelled} onClick={downloadEvaluationReport}>
          Download evaluation report
        </button>
      </div>
      <p className="hint">The CSV files hold the rows and incidents at the current threshold; the model .zip loads in TensorFlow.js and back into this app. The evaluation report (JSON, for labelled data) holds every figure above for the detector and its baselines.</p>
    </section>
  );
}
