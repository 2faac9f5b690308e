import { useAppStore } from '../../state/appStore';
import { updateConfig } from '../../state/configActions';
import type { TrafficSettings } from '../../shared/generatorConfig';
import { NumberField } from '../components/NumberField';

function toPercent(share: number): number {
  return Number((share * 100).toPrecision(12));
}

/** The daily and weekly rhythm of user traffic. */
export function TrafficFields() {
  const traffic = useAppStore((state) => state.config.traffic);
  const set = (patch: Partial<TrafficSettings>) => updateConfig({ traffic: { ...traffic, ...patch } });
  const [open, close] = traffic.businessHours;
  return (
    <fieldset className="card fieldset">
      <legend>Traffic (UTC)</legend>
      <NumberField label="Business hours start (hour)" value={open} min={0} max={24} step={1} onChange={(hour) => set({ businessHours: [hour, close] })} />
      <NumberField label="Business hours end (hour)" value={close} min={0} max={24} step={1} onChange={(hour) => set({ businessHours: [open, hour] })} />
      <NumberField
        label="Night traffic (% of peak)"
        value={toPercent(traffic.nightLevel)}
        min={0}
        max={100}
        onChange={(percent) => set({ nightLevel: percent / 100 })}
      />
      <NumberField
        label="Weekend traffic (% of peak)"
        value={toPercent(traffic.weekendLevel)}
        min={0}
        max={100}
        onChange={(percent) => set({ weekendLevel: percent / 100 })}
      />
    </fieldset>
  );
}
