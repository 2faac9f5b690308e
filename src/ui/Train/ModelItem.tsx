import { removeModel, renameStoredModel, selectModel } from '../../state/modelActions';
import type { SavedModelMeta } from '../../shared/training';
import { formatUtcMinute } from '../components/format';
import { StoredItem } from '../components/StoredItem';
import { StoredItemActions } from '../components/StoredItemActions';
import { formatOutcome, formatSpeed } from './trainText';

interface ModelItemProps {
  meta: SavedModelMeta;
  selected: boolean;
}

/** "19 → 16 → 4 → 16 → 19". */
function layerText(meta: SavedModelMeta): string {
  const sizes = meta.config.encoderSizes;
  const width = meta.preprocessing.inputWidth;
  return [width, ...sizes, ...sizes.slice(0, -1).reverse(), width].join(' → ');
}

/** One saved model: what it learned from and how training went, with Use / Rename / Delete. */
export function ModelItem({ meta, selected }: ModelItemProps) {
  const { name, history, preprocessing } = meta;
  const inputs = `${preprocessing.features.length} metrics${preprocessing.window > 1 ? ` × ${preprocessing.window} steps` : ''}${preprocessing.stillness ? ' + unchanged share' : ''}${preprocessing.context ? ' + time of day/week' : ''}`;

  const facts = [
    ['Dataset', meta.datasetName],
    ['Trained', `${formatUtcMinute(meta.createdAt)} UTC`],
    ['Inputs', inputs],
    ['Layers', layerText(meta)],
    ['Result', formatOutcome(history)],
    ['Speed', formatSpeed(history, meta.backend)],
  ] as const;

  return (
    <StoredItem name={name} selected={selected} facts={facts}>
      <StoredItemActions
        name={name}
        kind="model"
        openVerb="Use"
        openDisabled={selected}
        onOpen={() => void selectModel(meta.id)}
        onRename={(next) => renameStoredModel(meta.id, next)}
        onDelete={() => void removeModel(meta.id)}
      />
    </StoredItem>
  );
}
