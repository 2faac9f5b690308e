import type { ImportMapping, SourceFormat } from '../shared/ingest';

const TABLE_FORMATS: readonly SourceFormat[] = ['delimited', 'json-lines', 'json-array'];

/** Formats whose rows carry a time column the user picks. */
export function hasTimeColumn(format: SourceFormat): boolean {
  return TABLE_FORMATS.includes(format);
}

/** Formats with a delimiter the user may change. */
export function hasDelimiter(format: SourceFormat): boolean {
  return format === 'delimited' || format === 'headerless';
}

/** Formats whose rows are steps of a stated interval from a stated start. */
export function needsIntervalAndStart(mapping: ImportMapping): boolean {
  return mapping.format === 'headerless' || (hasTimeColumn(mapping.format) && mapping.timeColumn === null);
}

/** Sentences on what keeps a mapping from being imported; empty when Import may run. */
export function mappingProblems(mapping: ImportMapping): string[] {
  const problems: string[] = [];
  const table = hasTimeColumn(mapping.format);
  if (mapping.long) {
    const { seriesColumn, valueColumn } = mapping.long;
    if (!seriesColumn || !valueColumn) problems.push('Pick the series and value columns of the long table.');
    else if (seriesColumn === valueColumn) problems.push('The series column and the value column must differ.');
    if (mapping.timeColumn !== null && [seriesColumn, valueColumn].includes(mapping.timeColumn)) {
      problems.push('The time column cannot also be the series or value column.');
    }
  } else if (mapping.valueColumns.length === 0) {
    problems.push('Tick at least one value column.');
  }
  if (table && mapping.timeColumn !== null) {
    if (mapping.valueColumns.includes(mapping.timeColumn)) problems.push(`“${mapping.timeColumn}” is the time column; untick it as a value.`);
    if (mapping.timeFormat === null) problems.push('Pick how the time column is written.');
  }
  if (mapping.labelColumn !== null && mapping.valueColumns.includes(mapping.labelColumn)) {
    problems.push(`“${mapping.labelColumn}” is the label column; untick it as a value.`);
  }
  if (needsIntervalAndStart(mapping)) {
    if (mapping.intervalSeconds === null || !(mapping.intervalSeconds > 0)) problems.push('Enter the interval between rows in seconds (more than 0).');
    if (mapping.startTime === null || !Number.isFinite(mapping.startTime)) problems.push('Enter the time of the first row.');
  }
  return problems;
}

/** The mapping with one value column ticked or unticked, keeping the file's column order. */
export function withValueColumn(mapping: ImportMapping, name: string, on: boolean, order: readonly string[]): ImportMapping {
  const chosen = new Set(mapping.valueColumns);
  if (on) chosen.add(name);
  else chosen.delete(name);
  return { ...mapping, valueColumns: order.filter((column) => chosen.has(column)) };
}
