import { createStore, get, update, type UseStore } from 'idb-keyval';
import type { NotAnomalyMark } from '../shared/feedback';
import { describeIssue, finite, listOf, shape, time, type Rule } from './recordChecks';
import { versionProblem } from './metaRecords';
import { writeError } from './storageQuota';

/** Bump when the record changes shape, and teach loadMarks to read the older one. */
export const FEEDBACK_SCHEMA_VERSION = 1;

/** One dataset's feedback, stored under its id: the stretches marked "not an anomaly". */
export interface FeedbackRecord {
  version: typeof FEEDBACK_SCHEMA_VERSION;
  marks: NotAnomalyMark[];
}

/** The marks stored for a dataset, and what was wrong with a record that could not be read (then none are read). */
export interface LoadedMarks {
  marks: NotAnomalyMark[];
  problem: string | null;
}

let store: UseStore | undefined;

/** The IndexedDB store of feedback records, opened on first use. */
export function feedbackStore(): UseStore {
  return (store ??= createStore('metrics-anomaly-analyzer-feedback', 'records'));
}

const RECORD: Rule = shape({ marks: listOf(shape({ start: time, end: time, markedAt: finite })) });

/** What is wrong with a stored feedback record, or null. */
export function feedbackRecordProblem(record: unknown): string | null {
  const version = versionProblem(record, (v) => v === FEEDBACK_SCHEMA_VERSION);
  if (version) return version;
  const issue = RECORD(record);
  return issue ? describeIssue(issue, 'its record') : null;
}

/**
 * A dataset's not-an-anomaly marks. A damaged record never locks the user out: it reads as no marks
 * with a problem to show, and the next mark replaces it.
 */
export async function loadMarks(datasetId: string): Promise<LoadedMarks> {
  const record = await get<unknown>(datasetId, feedbackStore());
  if (record === undefined) return { marks: [], problem: null };
  const problem = feedbackRecordProblem(record);
  return problem ? { marks: [], problem } : { marks: (record as FeedbackRecord).marks, problem: null };
}

/** Changes a dataset's marks in one read-modify-write (a damaged record counts as none) and returns them. */
export async function updateMarks(datasetId: string, edit: (marks: NotAnomalyMark[]) => NotAnomalyMark[]): Promise<NotAnomalyMark[]> {
  let marks: NotAnomalyMark[] = [];
  try {
    await update<unknown>(
      datasetId,
      (old) => {
        marks = edit(old !== undefined && feedbackRecordProblem(old) === null ? (old as FeedbackRecord).marks : []);
        return { version: FEEDBACK_SCHEMA_VERSION, marks } satisfies FeedbackRecord;
      },
      feedbackStore(),
    );
  } catch (error) {
    throw await writeError(error, 'the feedback', null);
  }
  return marks;
}
