import { useAppStore } from '../../state/appStore';
import { setFormat, setLabelColumn, setTimeColumn, updateMapping } from '../../state/ingest';
import { isImporting } from '../../state/ingestJob';
import { hasDelimiter, hasTimeColumn, needsIntervalAndStart } from '../../state/ingestMapping';
import { HostField } from './HostField';
import { IntervalFields } from './IntervalFields';
import { LongFormatFields } from './LongFormatFields';
import { DELIMITER_OPTIONS, FORMAT_OPTIONS, NONE, TIME_FORMAT_OPTIONS } from './mappingOptions';
import { SelectField } from '../components/SelectField';
import { ValueColumns } from './ValueColumns';

/** The detected mapping, editable: format, delimiter, time column and format, values, labels. */
export function MappingEditor() {
  const mapping = useAppStore((state) => state.ingest.mapping);
  const columns = useAppStore((state) => state.ingest.preview?.columns);
  const busy = useAppStore((state) => isImporting(state.ingest));
  if (!mapping || !columns) return null;
  const columnOptions = columns.map((column) => ({ value: column.name, label: column.name }));
  const table = hasTimeColumn(mapping.format);

  return (
    <fieldset className="mapping" disabled={busy}>
      <legend>Mapping</legend>
      <div className="mapping-grid">
        <SelectField label="Format" value={mapping.format} options={FORMAT_OPTIONS} onChange={setFormat} />
        {hasDelimiter(mapping.format) && (
          <SelectField label="Delimiter" value={mapping.delimiter ?? ','} options={DELIMITER_OPTIONS} onChange={(delimiter) => updateMapping({ delimiter })} />
        )}
        {table && (
          <SelectField
            label="Time column"
            value={mapping.timeColumn ?? NONE}
            options={[...(mapping.timeColumn === null ? [{ value: NONE, label: 'None: rows are steps' }] : []), ...columnOptions]}
            onChange={(name) => (name === NONE ? updateMapping({ timeColumn: null, timeFormat: null }) : setTimeColumn(name))}
          />
        )}
        {table && mapping.timeColumn !== null && (
          <SelectField
            label="Time format"
            value={mapping.timeFormat ?? 'iso'}
            options={TIME_FORMAT_OPTIONS}
            onChange={(timeFormat) => updateMapping({ timeFormat })}
          />
        )}
        {(table || mapping.format === 'headerless') && (
          <SelectField
            label="Label column"
            value={mapping.labelColumn ?? NONE}
            options={[{ value: NONE, label: 'None' }, ...columnOptions.filter((option) => option.value !== mapping.timeColumn)]}
            onChange={(name) => setLabelColumn(name === NONE ? null : name)}
          />
        )}
        <HostField />
      </div>
      {needsIntervalAndStart(mapping) && <IntervalFields />}
      {table && <LongFormatFields />}
      {!mapping.long && <ValueColumns />}
    </fieldset>
  );
}
