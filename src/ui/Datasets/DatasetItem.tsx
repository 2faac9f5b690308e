import { openDataset, removeDataset, renameStoredDataset } from '../../state/datasetActions';
import type { DatasetMeta } from '../../shared/dataset';
import { formatBytes } from '../../shared/units';
import { formatCount, formatInterval, formatUtcRange } from '../components/format';
import { StoredItemActions } from '../components/StoredItemActions';

interface DatasetItemProps {
  meta: DatasetMeta;
  selected: boolean;
}

/** One stored dataset: what it holds, and Open / Rename / Delete (with an in-page confirmation). */
export function DatasetItem({ meta, selected }: DatasetItemProps) {
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
      <StoredItemActions
        name={name}
        kind="dataset"
        openVerb="Open"
        onOpen={() => void openDataset(meta.id)}
        onRename={(next) => renameStoredDataset(meta.id, next)}
        onDelete={() => void removeDataset(meta.id)}
      />
    </li>
  );
}
