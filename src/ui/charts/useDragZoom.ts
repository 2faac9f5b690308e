import { useLayoutEffect, useState } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { TimeWindow } from '../../core/timeBuckets';

/** Drag-to-select on a TimeSeriesChart's plot, in time units: stable handlers, the selection read only by what draws it. */
export interface ChartDrag {
  onStart: (time: number) => void;
  onMove: (time: number) => void;
  onEnd: () => void;
  onCancel: () => void;
  /** The selection under way (a hook): only the component that draws it re-renders as the pointer moves. */
  useSelection: () => TimeWindow | null;
}

type DragState = { anchor: number; current: number } | null;

const selectionOf = (drag: DragState): TimeWindow | null => (drag ? { start: Math.min(drag.anchor, drag.current), end: Math.max(drag.anchor, drag.current) } : null);

function chartDrag(store: StoreApi<DragState>): ChartDrag & { setOnZoom: (onZoom: (selection: TimeWindow) => void) => void } {
  let onZoom: (selection: TimeWindow) => void = () => {};
  return {
    setOnZoom: (next) => {
      onZoom = next;
    },
    onStart: (time) => store.setState({ anchor: time, current: time }, true),
    onMove: (time) => {
      const drag = store.getState();
      if (drag && drag.current !== time) store.setState({ ...drag, current: time }, true);
    },
    onEnd: () => {
      const selection = selectionOf(store.getState());
      store.setState(null, true);
      // A press without movement is a click, not a zoom.
      if (selection && selection.end > selection.start) onZoom(selection);
    },
    onCancel: () => store.setState(null, true),
    useSelection: () => {
      const drag = useStore(store);
      return selectionOf(drag);
    },
  };
}

/**
 * Drag-to-zoom for a TimeSeriesChart: a press starts a selection, release zooms to it. The object is
 * the same on every render and a move re-renders only the selection, so a drag never redraws the chart.
 */
export function useDragZoom(onZoom: (selection: TimeWindow) => void): ChartDrag {
  const [drag] = useState(() => chartDrag(createStore<DragState>(() => null)));
  // The latest onZoom, read on release: the handlers stay the same while the callback may not.
  useLayoutEffect(() => drag.setOnZoom(onZoom));
  return drag;
}
