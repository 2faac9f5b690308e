import { useId } from 'react';
import { useAppStore } from '../../state/appStore';
import { selectModel } from '../../state/modelActions';

/** Which saved model scores the stream: the same pick as the Train panel's, so both panels agree. */
export function LiveModelField({ disabled }: { disabled: boolean }) {
  const models = useAppStore((state) => state.models);
  const selectedId = useAppStore((state) => state.selectedModelId);
  const id = useId();
  if (models.length === 0) return <p className="hint">No model yet: train or import one in the Train panel.</p>;
  return (
    <div className="field">
      <label htmlFor={id}>Model</label>
      <select id={id} value={selectedId ?? ''} disabled={disabled} onChange={(event) => void selectModel(event.target.value || null)}>
        {selectedId === null && <option value="">Pick a model…</option>}
        {models.map((model) => (
          <option key={model.id} value={model.id}>
            {model.name}
          </option>
        ))}
      </select>
    </div>
  );
}
