import { describe, expect, it } from 'vitest';
import { AppError, ImportError, StorageError } from './errors';
import { fromPortableError, toPortableError } from './portableError';

describe('portable errors', () => {
  it('carry an ImportError through structured cloning with its fields', () => {
    const sent = structuredClone(toPortableError(new ImportError('a.csv', 12, 'not a number')));
    const error = fromPortableError(sent);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toBe('a.csv, line 12: not a number');
    expect((error as ImportError).line).toBe(12);
  });

  it('keep the message and name of other app errors', () => {
    const error = fromPortableError(structuredClone(toPortableError(new StorageError('disk gone'))));
    expect(error).toBeInstanceOf(AppError);
    expect((error as Error).message).toBe('disk gone');
    expect((error as Error).name).toBe('StorageError');
  });

  it('leave other values alone', () => {
    const bug = new TypeError('x is undefined');
    expect(toPortableError(bug)).toBe(bug);
    expect(fromPortableError(bug)).toBe(bug);
    expect(fromPortableError('text')).toBe('text');
  });
});
