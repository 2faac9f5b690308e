import { useId } from 'react';
import { useAppStore } from '../../state/appStore';
import { setLongFormat, updateMapping } from '../../state/ingest';
import { SelectField } from '../components/SelectField';

/** A long table (time, series, value): the switch and which columns hold the series name and value. */
export function LongFormatFields() {
  const checkId = useId();
  const mapping = useAppStore((state) => state.ingest.mapping);
  const columns = useAppStore((state) => state.ingest.preview?.columns);
  if (!mapping || !columns) return null;
  const { long } = mapping;
  const options = columns.filter((column) => column.name !== mapping.timeColumn).map((column) => ({ value: column.name, label: column.name }));
  return (
    <div className="mapping-long">
      <div className="check">
        <input id={checkId} type="checkbox" checked={long !== null} onChange={(event) => setLongFormat(event.target.checked)} />
        <label htmlFor={checkId}>Long format: one row per time and series</label>
      </div>
      {long && (
        <div className="mapping-grid">
          <SelectField
            label="Series column"
            value={long.seriesColumn}
            options={options}
            onChange={(seriesColumn) => updateMapping({ long: { ...long, seriesColumn } })}
          />
          <SelectField
            label="Value column"
            value={long.valueColumn}
            options={options}
            onChange={(valueColumn) => updateMapping({ long: { ...long, valueColumn } })}
          />
        </div>
      )}
    </div>
  );
}
