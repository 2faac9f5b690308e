import { useId } from 'react';
import { useAppStore } from '../../state/appStore';
import { formatBytes } from '../../shared/units';
import { DatasetItem } from './DatasetItem';
import { StorageProblems } from './StorageProblems';

/** The stored datasets, newest first, with Open and Delete, then any storage problems; usable in any panel. */
export function DatasetList() {
  const datasets = useAppStore((state) => state.datasets);
  const loaded = useAppStore((state) => state.datasetsLoaded);
  const selectedId = useAppStore((state) => state.selectedDataset?.meta.id ?? null);
  const storage = useAppStore((state) => state.storage);
  const headingId = useId();

  return (
    <section className="card datasets" aria-labelledby={headingId}>
      <h2 id={headingId}>Datasets</h2>
      {!loaded && <p className="hint">Reading stored datasets…</p>}
      {loaded && datasets.length === 0 && <p className="hint">No datasets yet. Generate or upload one to see it here.</p>}
      {datasets.length > 0 && (
        <ul className="dataset-list">
          {datasets.map((meta) => (
            <DatasetItem key={meta.id} meta={meta} selected={meta.id === selectedId} />
          ))}
        </ul>
      )}
      {datasets.length > 0 && (
        <p className="hint">
          {/* Only what is listed: the browser's own usage figure also counts records nobody can see. */}
          These datasets take {formatBytes(datasets.reduce((sum, meta) => sum + meta.sizeBytes, 0))}
          {storage ? `; this browser lets this app store up to ${formatBytes(storage.quota)}.` : '.'}
        </p>
      )}
      <StorageProblems />
    </section>
  );
}
