import { describe, expect, it } from 'vitest';
import { swimlane } from '../core/detection/swimlane';
import type { MaintenanceWindow } from '../shared/feedback';
import { detectionView } from './detectionView';
import { evaluationReport } from './evaluationFigures';
import { shownView, SWIMLANE_CELLS } from './shownDetection';
import { testDetection } from './testDetection';

const ROWS = 2000;
const detection = () => testDetection(ROWS, [1, 1500]);
const { dataset } = detection();

describe('shownView', () => {
  it('is the view, the report and the swimlane the page computed before, at the threshold and windows asked', () => {
    const scored = detection();
    const shown = shownView(scored, 10, []);
    const view = detectionView(scored, 10, []);
    expect(shown.view).toEqual(view);
    expect(shown.view.incidents).toHaveLength(2);
    expect(shown.report).toEqual(evaluationReport(scored, 10, view));
    const end = dataset.timestamps[ROWS - 1] + dataset.meta.intervalMs;
    expect(shown.swimlane).toEqual(swimlane(dataset.timestamps, scored.scores.rowScores, 10, SWIMLANE_CELLS, end));
    expect(shown).toMatchObject({ threshold: 10, maintenance: [] });
  });

  it('applies the maintenance windows as the view does: a spike inside one raises no incident', () => {
    const scored = detection();
    const maintenance: MaintenanceWindow[] = [{ kind: 'once', start: dataset.timestamps[1400], end: dataset.timestamps[1600] }];
    const shown = shownView(scored, 10, maintenance);
    expect(shown.view.incidents).toHaveLength(1);
    expect(shown.view).toEqual(detectionView(scored, 10, maintenance));
    expect(shown.maintenance).toBe(maintenance);
  });

  it('has no report without labels', () => {
    const scored = { ...detection(), dataset: { ...dataset, labels: null, events: [] } };
    expect(shownView(scored, 10, []).report).toBeNull();
  });
});
