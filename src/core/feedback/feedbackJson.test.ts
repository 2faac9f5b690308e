import { describe, expect, it } from 'vitest';
import type { FeedbackFile } from './feedbackJson';
import { FeedbackFileError, readFeedbackJson, writeFeedbackJson } from './feedbackJson';

const FILE: FeedbackFile = {
  datasetName: 'server-1 · 1 mo',
  modelName: 'server-1 · model 1',
  notAnomalies: [{ start: Date.UTC(2024, 0, 4, 3, 58), end: Date.UTC(2024, 0, 4, 4, 3), markedAt: 7 }],
  maintenance: [
    { kind: 'once', start: Date.UTC(2024, 0, 9, 10), end: Date.UTC(2024, 0, 9, 11, 30) },
    { kind: 'daily', from: 120, to: 150 },
    { kind: 'weekly', days: [0, 3], from: 0, to: 1440 },
  ],
};

/** The file's text with some fields replaced. */
const edited = (patch: Record<string, unknown>) => JSON.stringify({ ...JSON.parse(writeFeedbackJson(FILE, 0)), ...patch });
const reason = (text: string) => {
  try {
    readFeedbackJson(text, 'f.json', 7);
  } catch (error) {
    expect(error).toBeInstanceOf(FeedbackFileError);
    return (error as Error).message;
  }
  throw new Error('expected the file to be refused');
};

describe('feedback JSON', () => {
  it('round-trips marks and windows, with times people can read', () => {
    const text = writeFeedbackJson(FILE, Date.UTC(2024, 1, 1));
    expect(text).toContain('"from": "02:00"');
    expect(text).toContain('"days": [\n        "Sun",\n        "Wed"\n      ]');
    expect(text).toContain('"start": "2024-01-04T03:58:00.000Z"');
    expect(readFeedbackJson(text, 'f.json', 7)).toEqual(FILE);
  });

  it('reads a hand-written file: weekdays by name in any case, a weekly window without times is the whole day, no marks', () => {
    const text = JSON.stringify({ format: 'metrics-anomaly-analyzer/feedback', version: 1, maintenance: [{ kind: 'weekly', days: ['sunday', 'SAT'] }] });
    expect(readFeedbackJson(text, 'f.json')).toEqual({ datasetName: null, modelName: null, notAnomalies: [], maintenance: [{ kind: 'weekly', days: [0, 6], from: 0, to: 1440 }] });
  });

  it('refuses what is not a feedback file of this version, naming the file', () => {
    expect(reason('{')).toBe('The feedback file “f.json” cannot be imported: it is not valid JSON.');
    expect(reason('[]')).toMatch(/the file is \[\], not an object/);
    expect(reason(JSON.stringify({ format: 'other' }))).toMatch(/not a feedback file of this app/);
    expect(reason(edited({ version: 2 }))).toMatch(/newer version of the app \(format 2\); this one reads up to 1/);
    expect(reason(edited({ version: 'one' }))).toMatch(/"version" is "one"/);
  });

  it('names the first bad field and what it should be', () => {
    expect(reason(edited({ maintenance: [{ kind: 'daily', from: '25:00', to: '02:30' }] }))).toBe(
      'The feedback file “f.json” cannot be imported: maintenance[0].from is "25:00", not a time of day such as "02:00" (00:00 to 24:00, UTC).',
    );
    expect(reason(edited({ maintenance: [{ kind: 'hourly' }] }))).toMatch(/maintenance\[0\]\.kind is "hourly", not "once", "daily" or "weekly"/);
    expect(reason(edited({ maintenance: [{ kind: 'weekly', days: ['Sun', 'Funday'] }] }))).toMatch(/maintenance\[0\]\.days\[1\] is "Funday", not a weekday/);
    expect(reason(edited({ maintenance: [{ kind: 'daily', from: '02:00', to: '02:00' }] }))).toMatch(/maintenance\[0\] is a window that starts and ends at the same time/);
    expect(reason(edited({ maintenance: [{ kind: 'once', start: '2024-01-02', end: '2024-01-01' }] }))).toMatch(/ends before it starts/);
    expect(reason(edited({ maintenance: 'daily' }))).toMatch(/maintenance is "daily", not a list/);
    expect(reason(edited({ notAnomalies: [{ start: 'yesterday', end: '2024-01-01' }] }))).toMatch(/notAnomalies\[0\]\.start is "yesterday", not a date and time/);
    expect(reason(edited({ notAnomalies: [{ start: '2024-01-02', end: '2024-01-01' }] }))).toMatch(/notAnomalies\[0\] ends before it starts/);
  });
});
