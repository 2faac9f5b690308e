import { useAppStore } from '../../state/appStore';
import { setTrainSettings } from '../../state/training';
import { contextEnabled } from '../../state/trainSettings';
import { NumberField } from '../components/NumberField';

/** Which metrics the model reads, the context and window features, and how rows are split. */
export function FeatureFields() {
  const settings = useAppStore((state) => state.trainSettings);
  const dataset = useAppStore((state) => state.selectedDataset);
  const excluded = settings.excludedFeatures;
  const toggle = (key: string, on: boolean) =>
    setTrainSettings({ excludedFeatures: on ? excluded.filter((k) => k !== key) : [...excluded, key] });

  return (
    <>
      <fieldset className="card fieldset train-features">
        <legend>Metrics to learn</legend>
        {!dataset && <p className="hint">Open a dataset to choose its metrics.</p>}
        {dataset && dataset.columns.length > 1 && (
          <div className="train-features-all">
            <button type="button" className="button-quiet" onClick={() => setTrainSettings({ excludedFeatures: [] })} disabled={excluded.length === 0}>
              All
            </button>
            <button
              type="button"
              className="button-quiet"
              onClick={() => setTrainSettings({ excludedFeatures: dataset.columns.map((c) => c.key) })}
              disabled={dataset.columns.every((c) => excluded.includes(c.key))}
            >
              None
            </button>
          </div>
        )}
        {dataset?.columns.map((column) => (
          <label key={column.key} className="check">
            <input type="checkbox" checked={!excluded.includes(column.key)} onChange={(event) => toggle(column.key, event.target.checked)} />
            {column.label}
          </label>
        ))}
      </fieldset>
      <fieldset className="card fieldset">
        <legend>Input rows</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={dataset ? contextEnabled(settings, dataset) : (settings.context ?? true)}
            onChange={(event) => setTrainSettings({ context: event.target.checked })}
          />
          Time of day and day of week
        </label>
        <label className="check">
          <input type="checkbox" checked={settings.stillness} onChange={(event) => setTrainSettings({ stillness: event.target.checked })} />
          Share of metrics unchanged (catches frozen values)
        </label>
        <label className="check">
          <input type="checkbox" checked={settings.seasonal} onChange={(event) => setTrainSettings({ seasonal: event.target.checked })} />
          Usual level by time of day or week (catches load at the wrong hour; more false alarms around jobs that start late)
        </label>
        <NumberField label="Window (steps)" value={settings.window} min={1} step={1} onChange={(window) => setTrainSettings({ window })} />
        <NumberField
          label="Validation share (%)"
          value={Number((settings.config.validationSplit * 100).toPrecision(12))}
          min={0}
          max={99}
          onChange={(percent) => setTrainSettings({ config: { ...settings.config, validationSplit: percent / 100 } })}
        />
        <label className="check">
          <input type="checkbox" checked={settings.chronological} onChange={(event) => setTrainSettings({ chronological: event.target.checked })} />
          Validate on the latest rows
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={settings.excludeLabelled}
            disabled={!dataset?.labels}
            onChange={(event) => setTrainSettings({ excludeLabelled: event.target.checked })}
          />
          Leave labelled anomalies out of training
        </label>
      </fieldset>
    </>
  );
}
