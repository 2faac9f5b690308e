import 'fake-indexeddb/auto';
import { clear, get, set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { feedbackStore, loadMarks, updateMarks } from './feedbackStore';

beforeEach(async () => {
  await clear(feedbackStore());
});

const MARK = { start: 1000, end: 2000, markedAt: 5 };

describe('feedbackStore', () => {
  it('keeps each dataset’s marks under its id, versioned', async () => {
    expect(await loadMarks('ds-1')).toEqual({ marks: [], problem: null });
    expect(await updateMarks('ds-1', (marks) => [...marks, MARK])).toEqual([MARK]);
    await updateMarks('ds-2', () => [{ ...MARK, start: 0 }]);
    expect(await loadMarks('ds-1')).toEqual({ marks: [MARK], problem: null });
    expect(await get('ds-1', feedbackStore())).toEqual({ version: 1, marks: [MARK] });
  });

  it('reads a damaged record as no marks with a reason, and the next change replaces it', async () => {
    await set('ds-1', { version: 1, marks: [{ start: 'noon', end: 2, markedAt: 0 }] }, feedbackStore());
    expect(await loadMarks('ds-1')).toEqual({ marks: [], problem: 'its record marks[0].start is text, not a time' });
    await set('ds-1', { version: 7, marks: [] }, feedbackStore());
    expect((await loadMarks('ds-1')).problem).toMatch(/newer version of this app \(record format 7\)/);
    await set('ds-1', 'garbage', feedbackStore());
    expect((await loadMarks('ds-1')).problem).toMatch(/no readable format version/);
    expect(await updateMarks('ds-1', (marks) => [...marks, MARK])).toEqual([MARK]);
    expect(await loadMarks('ds-1')).toEqual({ marks: [MARK], problem: null });
  });
});
