import { useId } from 'react';
import { useAppStore } from '../../state/appStore';
import { updateConfig } from '../../state/configActions';
import { NumberField } from '../components/NumberField';

// The configuration keeps a fraction; people think in percent.
function toPercent(fraction: number): number {
  return Number((fraction * 100).toPrecision(12));
}

/** Server name, period, interval, seed and the overall anomaly chance. */
export function ServerFields() {
  const config = useAppStore((state) => state.config);
  const nameId = useId();
  const dateId = useId();
  return (
    <fieldset className="card fieldset">
      <legend>Server and period</legend>
      <div className="field">
        <label htmlFor={nameId}>Server name</label>
        <input id={nameId} type="text" value={config.serverName} spellCheck={false} onChange={(event) => updateConfig({ serverName: event.target.value })} />
      </div>
      <NumberField label="Months" value={config.months} min={1} step={1} onChange={(months) => updateConfig({ months })} />
      <NumberField label="Interval (seconds)" value={config.intervalSeconds} min={1} step={1} onChange={(intervalSeconds) => updateConfig({ intervalSeconds })} />
      <div className="field">
        <label htmlFor={dateId}>Start date</label>
        <input id={dateId} type="date" value={config.startDate.slice(0, 10)} onChange={(event) => updateConfig({ startDate: event.target.value })} />
      </div>
      <NumberField label="Random seed" value={config.seed} step={1} onChange={(seed) => updateConfig({ seed })} />
      <NumberField
        label="Anomaly probability (%)"
        value={toPercent(config.anomalyProbability)}
        min={0}
        max={100}
        onChange={(percent) => updateConfig({ anomalyProbability: percent / 100 })}
      />
    </fieldset>
  );
}
