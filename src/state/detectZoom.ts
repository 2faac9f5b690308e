import { create } from 'zustand';
import type { TimeWindow } from '../core/timeBuckets';
import { selectIncident } from './detection';

/** The Detect panel's zoomed time window (from the swimlane or a drag on the score chart); null shows the whole scoring. */
export const useDetectZoom = create<{ window: TimeWindow | null }>(() => ({ window: null }));

/** Zooms the Detect charts and incident list to a window; a shown incident gives way, as the user asked for this time. */
export function zoomDetect(window: TimeWindow): void {
  selectIncident(null);
  useDetectZoom.setState({ window });
}

/** Back to the whole scoring. */
export function clearDetectZoom(): void {
  useDetectZoom.setState({ window: null });
}
