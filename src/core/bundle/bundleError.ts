import { AppError } from '../../shared/errors';

/** A model bundle (.zip) that cannot be imported: names the file inside it, when one is at fault, and what is wrong. */
export class BundleError extends AppError {
  /** The file inside the bundle at fault (`preprocessing.json`), or null when the bundle as a whole is. */
  readonly entry: string | null;
  readonly reason: string;

  /** @param reason completes the sentence after the entry name, e.g. `is missing` */
  constructor(entry: string | null, reason: string, options?: { cause?: unknown }) {
    const detail = entry === null ? reason : `${entry} ${reason}`;
    super(`This model bundle cannot be imported: ${detail}${/[.!?]$/.test(detail) ? '' : '.'}`, options);
    this.name = 'BundleError';
    this.entry = entry;
    this.reason = reason;
  }
}
