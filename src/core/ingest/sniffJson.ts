import { ImportError } from '../../shared/errors';
import { classifyColumns } from './classify';
import type { HeadLine } from './headChecks';
import { JsonArrayScanner } from './jsonArrayScanner';
import { flattenObject, isJsonObject, jsonCellText } from './jsonRows';
import { unknownKindMessage } from './knownFormats';
import { columnNotes } from './sniffNotes';
import type { Sniffed } from './sniffTypes';

const MAX_OBJECTS = 1000;
const SAMPLE_ROWS = 10;

/** The parsed value, or undefined (which JSON cannot produce) when the text is not valid JSON. */
function tryParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
}

/** Columns and notes from sampled objects (nested objects flattened with dots). */
function sniffObjects(values: unknown[], format: 'json-lines' | 'json-array', fileName: string, firstLine: number): Sniffed {
  const objects = values.filter(isJsonObject).map((value) => flattenObject(value));
  if (objects.length === 0) throw new ImportError(fileName, firstLine, 'the JSON holds no objects to read rows from.');
  const names: string[] = [];
  for (const object of objects) for (const key of object.keys()) if (!names.includes(key)) names.push(key);
  const rows = objects.map((object) => names.map((name) => jsonCellText(object.get(name))));
  const found = classifyColumns(names, rows);
  if (found.valueColumns.length === 0) {
    throw new ImportError(fileName, firstLine, `no numeric field: nothing here can be charted (fields: ${names.join(', ')}).`);
  }
  const notes = [
    format === 'json-lines' ? 'JSON Lines: one object per line.' : 'A JSON array of objects, read one object at a time.',
    ...(names.some((name) => name.includes('.')) ? ['Nested fields are named with dots (e.g. cpu.user).'] : []),
    ...columnNotes(found, 'No time field was found: pick one, or state the interval between rows and the start time.'),
  ];
  const skipped = values.length - objects.length;
  if (skipped > 0) notes.push(`${skipped} of the first ${values.length} entries are not JSON objects and will be skipped.`);
  return {
    mapping: {
      format,
      timeColumn: found.timeColumn,
      timeFormat: found.timeFormat,
      valueColumns: found.valueColumns,
      long: found.long,
      labelColumn: found.labelColumn,
    },
    columns: found.columns,
    sampleRows: rows.slice(0, SAMPLE_ROWS),
    notes,
  };
}

/** One JSON object per line; a first line that is no complete object means some other JSON layout. */
export function sniffJsonLines(data: HeadLine[], fileName: string): Sniffed {
  const first = tryParse(data[0].text);
  if (!isJsonObject(first)) {
    throw new ImportError(
      fileName,
      data[0].line,
      unknownKindMessage('this JSON is neither one object per line (JSON Lines), an array of objects, nor a monitoring tool’s export this app knows.'),
    );
  }
  const values = data.slice(0, MAX_OBJECTS).map((l) => tryParse(l.text));
  return sniffObjects(values, 'json-lines', fileName, data[0].line);
}

/** A JSON array: the objects complete within the sampled text. */
export function sniffJsonArray(text: string, fileName: string): Sniffed {
  const values: unknown[] = [];
  let firstLine = 1;
  const scanner = new JsonArrayScanner(
    fileName,
    (element, line) => {
      if (values.length === 0) firstLine = line;
      if (values.length < MAX_OBJECTS) values.push(tryParse(element));
    },
    () => {},
  );
  scanner.push(text);
  return sniffObjects(values, 'json-array', fileName, firstLine);
}
