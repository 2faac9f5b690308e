import type { ImportMapping } from '../../shared/ingest';
import { ImportError } from '../../shared/errors';
import { clip } from './numbers';

/** How a mapping applies to a header: the field index of each column it uses (-1: none). */
export interface Layout {
  names: string[];
  /** Field index of each output column (value columns in mapping order; one value field for long tables). */
  valueFields: number[];
  timeField: number;
  labelField: number;
  seriesField: number;
}

/** Matches the mapping's column names to the header's; a name not in the header is an ImportError at `line`. */
export function buildLayout(names: string[], mapping: ImportMapping, fileName: string, line: number | null): Layout {
  const index = new Map(names.map((name, i) => [name, i]));
  const find = (name: string): number => {
    const i = index.get(name);
    if (i === undefined) {
      const known = names.length > 12 ? `${names.slice(0, 12).join(', ')}, …` : names.join(', ');
      throw new ImportError(fileName, line, `the column "${clip(name)}" is not in the file (its columns: ${known}).`);
    }
    return i;
  };
  const timeField = mapping.timeColumn === null ? -1 : find(mapping.timeColumn);
  const labelField = mapping.labelColumn === null || mapping.long !== null ? -1 : find(mapping.labelColumn);
  const seriesField = mapping.long === null ? -1 : find(mapping.long.seriesColumn);
  const valueFields = mapping.long === null ? mapping.valueColumns.map(find) : [find(mapping.long.valueColumn)];
  return { names, valueFields, timeField, labelField, seriesField };
}
