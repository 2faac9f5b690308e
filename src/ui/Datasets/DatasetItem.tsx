import { openDataset, removeDataset, renameStoredDataset } from '../../state/datasetActions';
import type { DatasetMeta } from '../../shared/dataset';
import { formatBytes } from '../../shared/units';
import { formatCount, formatInterval, formatUtcRange } from '../components/format';
import { StoredItem } from '../components/StoredItem';
import { StoredItemActions } from '../components/StoredItemActions';

interface DatasetItemProps {
  meta: DatasetMeta;
  selected: boolean;
}

/** One stored dataset: what it holds, and Open / Rename / Delete (with an in-page confirmation). */
export function DatasetItem({ meta, selected }: DatasetItemProps) {
  const { name } = meta;
  const facts = [
    ['Source', meta.source],
    ['Rows', formatCount(meta.rowCount)],
    ['Columns', meta.columnKeys.length],
    ['Time range', formatUtcRange(meta.start, meta.end)],
    ['Interval', formatInterval(meta.intervalMs)],
    ['Size', formatBytes(meta.sizeBytes)],
  ] as const;

  return (
    <StoredItem name={name} selected={selected} facts={facts}>
      <StoredItemActions
        name={name}
        kind="dataset"
        openVerb="Open"
        onOpen={() => void openDataset(meta.id)}
        onRename={(next) => renameStoredDataset(meta.id, next)}
        onDelete={() => void removeDataset(meta.id)}
      />
    </StoredItem>
  );
}
