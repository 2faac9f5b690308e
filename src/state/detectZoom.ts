import { create } from 'zustand';
import type { TimeWindow } from '../core/timeBuckets';

/** The Detect panel's zoomed time window (from the swimlane or a drag on the score chart); null shows the whole scoring. */
export const useDetectZoom = create<{ window: TimeWindow | null }>(() => ({ window: null }));

/** Zooms the Detect charts and incident list to a window. */
export function zoomDetect(window: TimeWindow): void {
  useDetectZoom.setState({ window });
}

/** Back to the whole scoring. */
export function clearDetectZoom(): void {
  useDetectZoom.setState({ window: null });
}
