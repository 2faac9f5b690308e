import { useId } from 'react';
import { useAppStore } from '../../state/appStore';
import { updateMapping } from '../../state/ingest';
import { NumberField } from '../components/NumberField';
import { parseUtcInput, utcInputValue } from './mappingOptions';

/** For rows without times: the interval between rows and the first row's time (UTC). */
export function IntervalFields() {
  const startId = useId();
  const interval = useAppStore((state) => state.ingest.mapping?.intervalSeconds ?? null);
  const start = useAppStore((state) => state.ingest.mapping?.startTime ?? null);
  return (
    <div className="mapping-grid">
      <NumberField
        label="Interval (seconds)"
        value={interval ?? Number.NaN}
        min={0}
        step="any"
        onChange={(seconds) => updateMapping({ intervalSeconds: Number.isFinite(seconds) ? seconds : null })}
      />
      <div className="field">
        <label htmlFor={startId}>Start time (UTC)</label>
        <input
          id={startId}
          type="datetime-local"
          step={1}
          value={utcInputValue(start)}
          onChange={(event) => updateMapping({ startTime: parseUtcInput(event.target.value) })}
        />
      </div>
    </div>
  );
}
