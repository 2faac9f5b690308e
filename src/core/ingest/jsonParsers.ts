import type { ImportMapping } from '../../shared/ingest';
import { clip } from './numbers';
import { JsonArrayScanner } from './jsonArrayScanner';
import { JsonRowReader } from './jsonRows';
import { isBlank, LineSplitter } from './lineSplitter';
import type { RowParser } from './table';

/** JSON.parse, with the reason in words instead of an exception. */
function parseJson(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { error: `not valid JSON (${clip(error instanceof Error ? error.message : String(error), 80)})` };
  }
}

/** JSON Lines: one object per line; blank lines are ignored, unreadable lines skipped and counted. */
export function createJsonLinesParser(mapping: ImportMapping, fileName: string): RowParser {
  const rows = new JsonRowReader(mapping, fileName);
  const splitter = new LineSplitter(fileName, (text, start, end, line) => {
    if (isBlank(text, start, end)) return;
    const parsed = parseJson(text.slice(start, end));
    if ('error' in parsed) rows.skip(line, parsed.error);
    else rows.read(parsed.value, line);
  });
  return {
    push: (text) => splitter.push(text),
    finish: () => {
      splitter.finish();
      return rows.finish();
    },
  };
}

/** A JSON array of objects, read element by element (one element's text in memory at a time). */
export function createJsonArrayParser(mapping: ImportMapping, fileName: string): RowParser {
  const rows = new JsonRowReader(mapping, fileName);
  const scanner = new JsonArrayScanner(
    fileName,
    (text, line) => {
      const parsed = parseJson(text);
      if ('error' in parsed) rows.skip(line, parsed.error);
      else rows.read(parsed.value, line);
    },
    (line) => rows.skip(line, 'the JSON array ends early (no closing "]"); the file may be cut short', false),
  );
  return {
    push: (text) => scanner.push(text),
    finish: () => {
      scanner.finish();
      return rows.finish();
    },
  };
}
