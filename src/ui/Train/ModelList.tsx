import { useId } from 'react';
import { useAppStore } from '../../state/appStore';
import { ModelItem } from './ModelItem';
import '../Datasets/Datasets.css';

/** The saved models, newest first; the picked one's curves show above. */
export function ModelList() {
  const models = useAppStore((state) => state.models);
  const loaded = useAppStore((state) => state.modelsLoaded);
  const selectedId = useAppStore((state) => state.selectedModelId);
  const headingId = useId();

  return (
    <section className="card datasets" aria-labelledby={headingId}>
      <h2 id={headingId}>Models</h2>
      {!loaded && <p className="hint">Reading saved models…</p>}
      {loaded && models.length === 0 && <p className="hint">No models yet. Train one to see it here.</p>}
      {models.length > 0 && (
        <ul className="dataset-list" aria-label="Saved models">
          {models.map((meta) => (
            <ModelItem key={meta.id} meta={meta} selected={meta.id === selectedId} />
          ))}
        </ul>
      )}
    </section>
  );
}
