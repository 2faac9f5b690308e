import { describe, expect, it } from 'vitest';
import { csvLayoutFromHeader, looksLikeCsvHeader, parseCsvLine, type CsvLayout } from './csvLine';

const ARRIVAL = Date.UTC(2024, 4, 1);

function layout(header: string): CsvLayout {
  const found = csvLayoutFromHeader(header);
  if ('kind' in found) throw new Error(found.reason);
  return found;
}

describe('csvLayoutFromHeader', () => {
  it('guesses the delimiter and makes names unique as the importer does', () => {
    expect(layout('timestamp,cpu,cpu,')).toMatchObject({ names: ['timestamp', 'cpu', 'cpu (2)', 'col4'], delimiter: ',' });
    expect(layout('time\tcpu\tram').delimiter).toBe('\t');
    expect(layout('time;cpu;ram').delimiter).toBe(';');
    expect(layout('value')).toMatchObject({ names: ['value'], delimiter: ',' });
  });

  it('refuses a data line as a header', () => {
    expect(csvLayoutFromHeader('2024-01-01 00:00:00,1,2')).toMatchObject({ kind: 'unknown-format' });
    expect(csvLayoutFromHeader('  ')).toMatchObject({ kind: 'unknown-format' });
  });
});

describe('looksLikeCsvHeader', () => {
  it('is true for names and false for data', () => {
    expect(looksLikeCsvHeader('time,cpu')).toBe(true);
    expect(looksLikeCsvHeader('1704067200,5')).toBe(false);
  });
});

describe('parseCsvLine', () => {
  it('reads the time column by name and the numeric columns', () => {
    expect(parseCsvLine('2024-01-01 00:00:30,23.5,41', layout('timestamp,cpu,ram'), ARRIVAL)).toEqual({
      timestamp: Date.UTC(2024, 0, 1, 0, 0, 30),
      values: { cpu: 23.5, ram: 41 },
    });
  });

  it('takes the arrival time without a time column', () => {
    expect(parseCsvLine('1,2', layout('cpu,ram'), ARRIVAL)).toEqual({ timestamp: ARRIVAL, values: { cpu: 1, ram: 2 } });
  });

  it('honours quotes, a trailing delimiter and decimal commas of semicolon files', () => {
    expect(parseCsvLine('"2024-01-01T00:00:00Z","1.5",', layout('time,cpu'), ARRIVAL)).toEqual({ timestamp: Date.UTC(2024, 0, 1), values: { cpu: 1.5 } });
    expect(parseCsvLine('1704067200;12,5', layout('epoch;cpu'), ARRIVAL)).toEqual({ timestamp: Date.UTC(2024, 0, 1), values: { cpu: 12.5 } });
  });

  it('names the header when the field count differs', () => {
    const problem = parseCsvLine('1,2,3', layout('cpu,ram'), ARRIVAL);
    expect(problem).toMatchObject({ kind: 'field-count', reason: 'the line has 3 fields, the header has 2 (cpu, ram)' });
  });
});
