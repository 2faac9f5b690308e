import { useId, type ChangeEvent } from 'react';
import { importModel } from '../../state/modelExchange';
import { useAppStore } from '../../state/appStore';
import { StorageProblems } from '../Datasets/StorageProblems';
import { ModelItem } from './ModelItem';

/** The saved models, newest first; the picked one's curves show above. */
export function ModelList() {
  const models = useAppStore((state) => state.models);
  const loaded = useAppStore((state) => state.modelsLoaded);
  const selectedId = useAppStore((state) => state.selectedModelId);
  const headingId = useId();
  const importId = useId();
  const onImport = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared at once, so choosing the same file again still fires a change.
    event.target.value = '';
    if (file) void importModel(file);
  };

  return (
    <section className="card datasets" aria-labelledby={headingId}>
      <h2 id={headingId}>Models</h2>
      <div className="button-row">
        <input id={importId} className="file-input" type="file" accept=".zip,application/zip" onChange={onImport} />
        <label htmlFor={importId} className="button">
          Import model
        </label>
      </div>
      {!loaded && <p className="hint">Reading saved models…</p>}
      {loaded && models.length === 0 && <p className="hint">No models yet. Train one to see it here.</p>}
      {models.length > 0 && (
        <ul className="dataset-list" aria-label="Saved models">
          {models.map((meta) => (
            <ModelItem key={meta.id} meta={meta} selected={meta.id === selectedId} />
          ))}
        </ul>
      )}
      <StorageProblems kind="model" />
    </section>
  );
}
