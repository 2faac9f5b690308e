import { AppError } from '../../shared/errors';

/** A model bundle (.zip) that cannot be imported: names the file inside it, when one is at fault, and what is wrong. */
export class BundleError extends AppError {
  /** The file inside the bundle at fault (`preprocessing.json`), or null when the bundle as a whole is. */
  readonly entry: string | null;
  readonly reason: string;
  /** The .zip's own name, when known. */
  readonly fileName: string | null;

  /** @param reason completes the sentence after the entry name, e.g. `is missing` */
  constructor(entry: string | null, reason: string, options?: { cause?: unknown; fileName?: string }) {
    const detail = entry === null ? reason : `${entry} ${reason}`;
    const bundle = options?.fileName === undefined ? 'This model bundle' : `The model bundle “${options.fileName}”`;
    super(`${bundle} cannot be imported: ${detail}${/[.!?]$/.test(detail) ? '' : '.'}`, options);
    this.name = 'BundleError';
    this.entry = entry;
    this.reason = reason;
    this.fileName = options?.fileName ?? null;
  }

  /** The same error, its message naming the .zip `fileName`. */
  inFile(fileName: string): BundleError {
    return new BundleError(this.entry, this.reason, { cause: this.cause, fileName });
  }
}
