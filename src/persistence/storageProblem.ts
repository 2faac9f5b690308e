import { StorageError } from '../shared/errors';

/** The two kinds of stored item, each a meta record plus its data records. */
export type StoredKind = 'dataset' | 'model';

/** A stored item that cannot be used as it is: kept away from the app and listed for the user. */
export interface StorageProblem {
  kind: StoredKind;
  /** The key every record of the item is stored under. */
  id: string;
  /** The item's name where a record still says it. */
  name: string | null;
  /** What is wrong: "column cpu has 7 values, the dataset has 89,280 rows". */
  reason: string;
  /** True for data records without a meta record: a save that never finished. */
  orphan: boolean;
}

/** "The dataset “server-1”", or "A dataset (id 4f…)" when no record says its name. */
export function problemSubject(problem: StorageProblem): string {
  return problem.name === null ? `A ${problem.kind} (id ${problem.id})` : `The ${problem.kind} “${problem.name}”`;
}

/** Identity of a problem: one per stored item. */
export function problemKey(problem: Pick<StorageProblem, 'kind' | 'id'>): string {
  return `${problem.kind}:${problem.id}`;
}

/** A stored record found broken while reading it; the state layer quarantines its item. */
export class StoredRecordError extends StorageError {
  readonly problem: StorageProblem;

  constructor(problem: StorageProblem) {
    super(`${problemSubject(problem)} cannot be used: ${problem.reason}. It is listed under Storage problems, where you can export or delete it.`);
    this.name = 'StoredRecordError';
    this.problem = problem;
  }
}

/** Counts as the page prints them, so a reason reads "89,280 rows" everywhere. */
export function formatRecordCount(value: number): string {
  return value.toLocaleString('en-US');
}
