import { removeModel, renameStoredModel, selectModel } from '../../state/modelActions';
import type { SavedModelMeta } from '../../shared/training';
import { formatUtcMinute } from '../components/format';
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
  const inputs = `${preprocessing.features.length} metrics${preprocessing.window > 1 ? ` × ${preprocessing.window} steps` : ''}${preprocessing.context ? ' + time of day/week' : ''}`;

  return (
    <li className="dataset" aria-current={selected ? 'true' : undefined}>
      <div className="dataset-head">
        <h3 className="dataset-name">{name}</h3>
        {selected && <span className="badge">Selected</span>}
      </div>
      <dl className="dataset-facts">
        <dt>Dataset</dt>
        <dd>{meta.datasetName}</dd>
        <dt>Trained</dt>
        <dd>{formatUtcMinute(meta.createdAt)} UTC</dd>
        <dt>Inputs</dt>
        <dd>{inputs}</dd>
        <dt>Layers</dt>
        <dd>{layerText(meta)}</dd>
        <dt>Result</dt>
        <dd>{formatOutcome(history)}</dd>
        <dt>Speed</dt>
        <dd>{formatSpeed(history, meta.backend)}</dd>
      </dl>
      <StoredItemActions
        name={name}
        kind="model"
        openVerb="Use"
        openDisabled={selected}
        onOpen={() => void selectModel(meta.id)}
        onRename={(next) => renameStoredModel(meta.id, next)}
        onDelete={() => void removeModel(meta.id)}
      />
    </li>
  );
}
