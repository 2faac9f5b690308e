import { AppError, ImportError } from './errors';

/**
 * An AppError as plain data. Comlink sends a thrown Error as only its message, name and stack, so
 * a worker throws this instead and the bridge turns it back into the typed error.
 */
export interface PortableError {
  portableError: true;
  name: string;
  message: string;
  importError?: { fileName: string; line: number | null; reason: string };
}

/** What a worker should throw for `error`: our own errors as plain data, anything else unchanged. */
export function toPortableError(error: unknown): unknown {
  if (!(error instanceof AppError)) return error;
  const portable: PortableError = { portableError: true, name: error.name, message: error.message };
  if (error instanceof ImportError) portable.importError = { fileName: error.fileName, line: error.line, reason: error.reason };
  return portable;
}

function isPortableError(value: unknown): value is PortableError {
  return typeof value === 'object' && value !== null && (value as Partial<PortableError>).portableError === true;
}

/** The typed error a worker threw as PortableError; anything else unchanged. */
export function fromPortableError(value: unknown): unknown {
  if (!isPortableError(value)) return value;
  if (value.importError) {
    const { fileName, line, reason } = value.importError;
    return new ImportError(fileName, line, reason);
  }
  const error = new AppError(value.message);
  error.name = value.name;
  return error;
}
