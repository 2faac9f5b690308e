import { describe, expect, it } from 'vitest';
import { shownView } from '../state/shownDetection';
import { testDetection } from '../state/testDetection';
import { viewOf } from './scoreBridge';

describe('viewOf', () => {
  it('computes the view on the page, with the same figures, for a scoring the score worker does not hold', async () => {
    const detection = testDetection(500, [100]);
    const shown = await viewOf(detection, 10, []);
    expect(shown).toEqual(shownView(detection, 10, []));
    expect(shown.view.incidents).toHaveLength(1);
  });
});
