import { useState } from 'react';
import type { TimeWindow } from '../../core/timeBuckets';
import type { ChartDrag } from '../charts/TimeSeriesChart';

/** Drag-to-zoom state for a TimeSeriesChart: a press starts a selection, release zooms to it. */
export function useDragZoom(onZoom: (selection: TimeWindow) => void): ChartDrag {
  const [drag, setDrag] = useState<{ anchor: number; current: number } | null>(null);
  const selection = drag ? { start: Math.min(drag.anchor, drag.current), end: Math.max(drag.anchor, drag.current) } : null;
  return {
    selection,
    onStart: (time) => setDrag({ anchor: time, current: time }),
    onMove: (time) => setDrag((d) => (d && d.current !== time ? { ...d, current: time } : d)),
    onEnd: () => {
      // A press without movement is a click, not a zoom.
      if (selection && selection.end > selection.start) onZoom(selection);
      setDrag(null);
    },
    onCancel: () => setDrag(null),
  };
}
