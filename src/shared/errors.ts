import { formatBytes } from './units';

/** Base of every error the app explains to the user: `message` is written for people, not logs. */
export class AppError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
  }
}

/** A generator configuration (typed in or imported) that cannot be used. */
export class ConfigError extends AppError {
  readonly problems: string[];

  constructor(problems: string[], intro = 'The configuration cannot be used') {
    super(problems.length > 0 ? `${intro}: ${problems.join(' ')}` : `${intro}.`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/**
 * The browser refused to store more data. `availableBytes` is set only when the app refused a write
 * up front on the browser's estimate; a refused write names no free space, which a full disk makes untrue.
 */
export class StorageQuotaError extends AppError {
  readonly neededBytes: number | null;
  readonly availableBytes: number | null;

  constructor(what: string, neededBytes: number | null, availableBytes: number | null, options?: { cause?: unknown }) {
    const size = neededBytes === null ? '' : ` (about ${formatBytes(neededBytes)})`;
    super(
      availableBytes === null
        ? `The browser refused to store ${what}${size}: its storage for this app, or the disk, is full. Nothing new was saved. Delete a dataset or free disk space and try again.`
        : `Not enough browser storage to save ${what}: it needs about ${formatBytes(neededBytes ?? 0)} but only ${formatBytes(availableBytes)} is available. Delete a dataset and try again.`,
      options,
    );
    this.name = 'StorageQuotaError';
    this.neededBytes = neededBytes;
    this.availableBytes = availableBytes;
  }
}

/** Any other IndexedDB failure (blocked, corrupt or unreadable records). */
export class StorageError extends AppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
  }
}

/** A dataset id that is not (or no longer) stored. */
export class DatasetNotFoundError extends AppError {
  constructor(id: string) {
    super(`The dataset could not be found in this browser's storage (id ${id}). It may have been deleted in another tab.`);
    this.name = 'DatasetNotFoundError';
  }
}

/** A model id that is not (or no longer) stored. */
export class ModelNotFoundError extends AppError {
  constructor(id: string) {
    super(`The model could not be found in this browser's storage (id ${id}). It may have been deleted in another tab.`);
    this.name = 'ModelNotFoundError';
  }
}

/** A worker died or could not start; the next call starts a fresh one. */
export class WorkerCrashedError extends AppError {
  constructor(worker: string, detail?: string) {
    super(`The ${worker} stopped unexpectedly${detail ? `: ${detail}` : ''}. Please try again.`);
    this.name = 'WorkerCrashedError';
  }
}

/** A file that cannot be imported (or a part of it): names the file, the line when known, and the reason. */
export class ImportError extends AppError {
  readonly fileName: string;
  readonly line: number | null;
  readonly reason: string;

  constructor(fileName: string, line: number | null, reason: string, options?: { cause?: unknown }) {
    super(`${fileName}${line === null ? '' : `, line ${line}`}: ${reason}`, options);
    this.name = 'ImportError';
    this.fileName = fileName;
    this.line = line;
    this.reason = reason;
  }
}

/** True for a cancellation (DOMException or Error named AbortError), which the app treats as silence. */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

/** A fresh cancellation error, the same kind `AbortController.abort()` produces. */
export function abortError(message = 'The operation was cancelled.'): DOMException {
  return new DOMException(message, 'AbortError');
}

/** The sentence to show for any thrown value: our own messages as they are, others prefixed. */
export function userMessage(error: unknown): string {
  if (error instanceof AppError) return error.message;
  if (error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    if (name === 'QuotaExceededError') return 'The browser ran out of storage space. Delete a dataset and try again.';
    return `Something went wrong: ${String(message)}`;
  }
  return `Something went wrong: ${String(error)}`;
}

