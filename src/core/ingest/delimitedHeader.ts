import Papa from 'papaparse';
import type { Delimiter } from '../../shared/ingest';

/** Fields of one delimited line, quotes and all (papaparse does the quoting rules). */
export function splitRecord(line: string, delimiter: Delimiter): string[] {
  if (!line.includes('"')) return line.split(delimiter);
  const result = Papa.parse<string[]>(line, { delimiter, header: false, skipEmptyLines: false });
  return result.data[0] ?? [''];
}

/** Column names from header cells: trimmed, blanks named `colN`, repeats suffixed ` (2)` so every name is unique. */
export function headerNames(cells: string[]): string[] {
  const seen = new Set<string>();
  return cells.map((cell, i) => {
    const base = cell.trim() || `col${i + 1}`;
    let name = base;
    for (let k = 2; seen.has(name); k++) name = `${base} (${k})`;
    seen.add(name);
    return name;
  });
}

/** `col1`..`colN`, the names of a headerless file's columns. */
export function headerlessNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `col${i + 1}`);
}

/** The delimiter in words, for notes and messages. */
export function delimiterName(delimiter: Delimiter): string {
  const names: Record<Delimiter, string> = { ',': 'comma', '\t': 'tab', ';': 'semicolon', '|': 'pipe' };
  return names[delimiter];
}
