import { useState } from 'react';
import { openDataset, removeDataset, renameStoredDataset } from '../../state/datasetActions';
import type { DatasetMeta } from '../../shared/dataset';
import { formatBytes } from '../../shared/units';
import { formatCount, formatInterval, formatUtcRange } from '../components/format';
import { RenameForm } from '../components/RenameForm';

interface DatasetItemProps {
  meta: DatasetMeta;
  selected: boolean;
}

/** One stored dataset: what it holds, and Open / Rename / Delete (with an in-page confirmation). */
export function DatasetItem({ meta, selected }: DatasetItemProps) {
  const [mode, setMode] = useState<'idle' | 'confirming' | 'renaming'>('idle');
  const confirming = mode === 'confirming';
  const { name } = meta;

  return (
    <li className="dataset" aria-current={selected ? 'true' : undefined}>
      <div className="dataset-head">
        <h3 className="dataset-name">{name}</h3>
        {selected && <span className="badge">Selected</span>}
      </div>
      <dl className="dataset-facts">
        <dt>Source</dt>
        <dd>{meta.source}</dd>
        <dt>Rows</dt>
        <dd>{formatCount(meta.rowCount)}</dd>
        <dt>Columns</dt>
        <dd>{meta.columnKeys.length}</dd>
        <dt>Time range</dt>
        <dd>{formatUtcRange(meta.start, meta.end)}</dd>
        <dt>Interval</dt>
        <dd>{formatInterval(meta.intervalMs)}</dd>
        <dt>Size</dt>
        <dd>{formatBytes(meta.sizeBytes)}</dd>
      </dl>
      {confirming && <p className="confirm-prompt">Delete this dataset from this browser? This cannot be undone.</p>}
      {mode === 'renaming' ? (
        <RenameForm name={name} onRename={(next) => renameStoredDataset(meta.id, next)} onDone={() => setMode('idle')} />
      ) : confirming ? (
        <div className="button-row">
          <button type="button" className="button-danger" aria-label={`Confirm delete ${name}`} autoFocus onClick={() => void removeDataset(meta.id)}>
            Confirm delete
          </button>
          <button type="button" aria-label={`Keep ${name}`} onClick={() => setMode('idle')}>
            Keep
          </button>
        </div>
      ) : (
        <div className="button-row">
          <button type="button" aria-label={`Open ${name}`} onClick={() => void openDataset(meta.id)}>
            Open
          </button>
          <button type="button" aria-label={`Rename ${name}`} onClick={() => setMode('renaming')}>
            Rename
          </button>
          <button type="button" aria-label={`Delete ${name}`} onClick={() => setMode('confirming')}>
            Delete
          </button>
        </div>
      )}
    </li>
  );
}
