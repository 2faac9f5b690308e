import { useAppStore } from '../../state/appStore';
import { setValueColumn } from '../../state/ingest';

/** One checkbox per column that may become a metric; the time and label columns are left out. */
export function ValueColumns() {
  const mapping = useAppStore((state) => state.ingest.mapping);
  const columns = useAppStore((state) => state.ingest.preview?.columns);
  if (!mapping || !columns) return null;
  const candidates = columns.filter((column) => column.name !== mapping.timeColumn && column.name !== mapping.labelColumn);
  const chosen = new Set(mapping.valueColumns);
  return (
    <fieldset className="value-columns">
      <legend>Value columns</legend>
      {candidates.length === 0 && <p className="hint">No column left to import as a metric.</p>}
      <ul className="value-column-list">
        {candidates.map((column) => (
          <li key={column.name}>
            <label className="check">
              <input type="checkbox" checked={chosen.has(column.name)} onChange={(event) => setValueColumn(column.name, event.target.checked)} />
              <span>{column.name}</span>
              {!column.numeric && <span className="hint value-column-note">(not numbers)</span>}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
