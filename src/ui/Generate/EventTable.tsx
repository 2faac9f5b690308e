import { useAppStore } from '../../state/appStore';
import { updateEventSettings } from '../../state/configActions';
import { eventProbabilities } from '../../core/generator/schedule';
import { ANOMALY_TYPES, type AnomalyType } from '../../shared/anomaly';
import type { EventSettings, Range } from '../../shared/generatorConfig';
import { NumberField } from '../components/NumberField';
import { formatChance } from '../components/format';

type RangeKey = 'durationMinutes' | 'cpu' | 'ram';

/** Two inputs for a [min, max] setting, or a dash where this anomaly type has no such setting. */
function RangeCells({ type, settings, field, name }: { type: AnomalyType; settings: EventSettings; field: RangeKey; name: string }) {
  const range = settings[field];
  if (!range) {
    return (
      <td colSpan={2} className="cell-none">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">not used</span>
      </td>
    );
  }
  const set = (next: Range) => updateEventSettings(type, { [field]: next });
  return (
    <>
      <td>
        <NumberField hideLabel label={`${type} minimum ${name}`} value={range[0]} min={0} onChange={(v) => set([v, range[1]])} />
      </td>
      <td>
        <NumberField hideLabel label={`${type} maximum ${name}`} value={range[1]} min={0} onChange={(v) => set([range[0], v])} />
      </td>
    </>
  );
}

/** Per anomaly type: on/off, weight, duration and impact, and the chance per interval that follows. */
export function EventTable() {
  const config = useAppStore((state) => state.config);
  const chances = eventProbabilities(config);
  return (
    <section className="card events" aria-labelledby="events-heading">
      <h2 id="events-heading">Anomaly types</h2>
      <div className="table-scroll">
        <table className="events-table">
          <thead>
            <tr>
              <th scope="col">Type</th>
              <th scope="col">On</th>
              <th scope="col">Weight</th>
              <th scope="col">Min duration (min)</th>
              <th scope="col">Max duration (min)</th>
              <th scope="col">CPU % min</th>
              <th scope="col">CPU % max</th>
              <th scope="col">RAM % min</th>
              <th scope="col">RAM % max</th>
              <th scope="col">Disk + (points)</th>
              <th scope="col">Chance per interval</th>
            </tr>
          </thead>
          <tbody>
            {ANOMALY_TYPES.map((type) => {
              const settings = config.events[type];
              return (
                <tr key={type} className={settings.enabled ? undefined : 'row-off'}>
                  <th scope="row">{type}</th>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`${type} enabled`}
                      checked={settings.enabled}
                      onChange={(event) => updateEventSettings(type, { enabled: event.target.checked })}
                    />
                  </td>
                  <td>
                    <NumberField hideLabel label={`${type} weight`} value={settings.weight} min={0} onChange={(weight) => updateEventSettings(type, { weight })} />
                  </td>
                  <RangeCells type={type} settings={settings} field="durationMinutes" name="duration (minutes)" />
                  <RangeCells type={type} settings={settings} field="cpu" name="CPU (%)" />
                  <RangeCells type={type} settings={settings} field="ram" name="RAM (%)" />
                  {settings.disk === undefined ? (
                    <td className="cell-none">
                      <span aria-hidden="true">—</span>
                      <span className="visually-hidden">not used</span>
                    </td>
                  ) : (
                    <td>
                      <NumberField hideLabel label={`${type} disk increase (points)`} value={settings.disk} min={0} onChange={(disk) => updateEventSettings(type, { disk })} />
                    </td>
                  )}
                  <td className="cell-number">{formatChance(chances[type])}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
