import type { Classified } from './classify';
import { describeTimeFormat } from './timeFormats';

const LISTED = 10;

/** Names for a sentence: `a, b, c` or `a, b, … and 12 more`. */
export function listNames(names: readonly string[]): string {
  if (names.length <= LISTED) return names.join(', ');
  return `${names.slice(0, LISTED).join(', ')} and ${names.length - LISTED} more`;
}

/** Sentences on the time, metric, label and unused columns of a classified table. */
export function columnNotes(found: Classified, noTime: string): string[] {
  const notes: string[] = [];
  const time = found.columns.find((c) => c.name === found.timeColumn);
  if (time !== undefined && time.timeFormat !== null) {
    notes.push(`Time in \`${time.name}\` (${describeTimeFormat(time.timeFormat, time.samples)}).`);
  } else {
    notes.push(noTime);
  }
  if (found.long !== null) {
    const { seriesColumn, valueColumn } = found.long;
    notes.push(
      `Long format (one row per time and series): pivoted to one column per \`${seriesColumn}\` value, with values from \`${valueColumn}\`; seen so far: ${listNames(found.seriesNames)}.`,
    );
  } else {
    const n = found.valueColumns.length;
    notes.push(`${n} numeric ${n === 1 ? 'column becomes a metric' : 'columns become metrics'}: ${listNames(found.valueColumns)}.`);
  }
  if (found.labelColumn !== null) notes.push(`\`${found.labelColumn}\` holds only 0 and 1: used as the label (ground truth) column.`);
  const ids = found.identifierColumns;
  const unused = found.unusedColumns.filter((name) => !ids.includes(name));
  if (ids.length > 0) notes.push(`Not proposed as metrics, since each holds one identifying value (tick to import anyway): ${listNames(ids)}.`);
  if (unused.length > 0) notes.push(`Not imported (not numeric, or a second time column): ${listNames(unused)}.`);
  return notes;
}

/** The note for a file of several hosts: what the "Hosts" choice offers. */
export function hostsNote(hosts: readonly string[]): string {
  return `${hosts.length} hosts (${listNames(hosts)}): import them as one dataset with a column per host and metric, or pick under "Hosts" one dataset per host or one host.`;
}
