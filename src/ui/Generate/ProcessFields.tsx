import { useAppStore } from '../../state/appStore';
import { setProcessEnabled } from '../../state/configActions';
import { PROCESS_IDS, PROCESS_NAMES } from '../../shared/generatorConfig';

/** One checkbox per process the simulated server may run. */
export function ProcessFields() {
  const processes = useAppStore((state) => state.config.processes);
  return (
    <fieldset className="card fieldset">
      <legend>Processes</legend>
      {PROCESS_IDS.map((id) => (
        <label key={id} className="check">
          <input type="checkbox" checked={processes.includes(id)} onChange={(event) => setProcessEnabled(id, event.target.checked)} />
          {PROCESS_NAMES[id]}
        </label>
      ))}
    </fieldset>
  );
}
