/** Helpers shared by the importer's tests (and the state tests that drive it). */
import { ImportError } from '../../shared/errors';
import type { ImportMapping } from '../../shared/ingest';

/** A CSV mapping with `timestamp` as `YYYY-MM-DD HH:MM:SS` and `cpu`, `ram` as metrics; override what a test needs. */
export function csvMapping(overrides: Partial<ImportMapping> = {}): ImportMapping {
  return {
    format: 'delimited',
    compressed: false,
    delimiter: ',',
    timeColumn: 'timestamp',
    timeFormat: 'datetime',
    valueColumns: ['cpu', 'ram'],
    long: null,
    labelColumn: null,
    intervalSeconds: null,
    startTime: null,
    ...overrides,
  };
}

/** The ImportError that `run` throws; fails the test when it throws nothing or something else. */
export function importError(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}
