import { memo } from 'react';
import type { TimeWindow } from '../../core/timeBuckets';
import type { KindedWindow } from '../../core/windows';
import { WINDOW_STYLES, type WindowKind } from './chartTheme';

interface WindowBandsProps {
  /** Already clipped to `view` (see core/windows visibleWindows). */
  windows: readonly KindedWindow<WindowKind>[];
  /** The x axis's exact domain, so a time maps to the plot linearly. */
  view: TimeWindow;
  /** The plot's box in the chart's SVG. */
  plot: { left: number; top: number; width: number; height: number };
}

/** Same bands, whether or not the array is the same object: a moved threshold rebuilds the list but rarely its truth bands. */
function sameBands(a: WindowBandsProps, b: WindowBandsProps): boolean {
  if (a.view.start !== b.view.start || a.view.end !== b.view.end) return false;
  if (a.plot.left !== b.plot.left || a.plot.top !== b.plot.top || a.plot.width !== b.plot.width || a.plot.height !== b.plot.height) return false;
  const x = a.windows;
  const y = b.windows;
  if (x === y) return true;
  if (x.length !== y.length) return false;
  return x.every((w, i) => w.kind === y[i].kind && w.start === y[i].start && w.end === y[i].end);
}

/** Anomaly windows as shaded rects in one SVG group over the plot area, drawn again only when they or the plot change. */
export const WindowBands = memo(function WindowBands({ windows, view, plot }: WindowBandsProps) {
  const span = view.end - view.start;
  if (!(span > 0) || windows.length === 0) return null;
  const x = (t: number) => plot.left + ((t - view.start) / span) * plot.width;
  return (
    <g className="chart-windows">
      {windows.map((w) => {
        const style = WINDOW_STYLES[w.kind];
        const left = x(w.start);
        return (
          <rect
            key={`${w.kind}-${w.start}`}
            className={`chart-window chart-window--${w.kind}`}
            x={left}
            y={plot.top}
            width={Math.max(0, x(w.end) - left)}
            height={plot.height}
            fill={style.fill}
            fillOpacity={style.fillOpacity}
            stroke={style.stroke}
            strokeDasharray={style.strokeDasharray}
          />
        );
      })}
    </g>
  );
}, sameBands);
