import { memo } from 'react';
import { ReferenceArea } from 'recharts';
import type { KindedWindow } from '../../core/windows';
import { WINDOW_STYLES, type WindowKind } from './chartTheme';

interface WindowBandsProps {
  windows: readonly KindedWindow<WindowKind>[];
}

/** Same bands, whether or not the array is the same object: a moved threshold rebuilds the list but rarely its truth bands. */
function sameBands(a: WindowBandsProps, b: WindowBandsProps): boolean {
  const x = a.windows;
  const y = b.windows;
  if (x === y) return true;
  if (x.length !== y.length) return false;
  return x.every((w, i) => w.kind === y[i].kind && w.start === y[i].start && w.end === y[i].end);
}

/**
 * Anomaly windows as shaded ReferenceArea bands. Memoised by content: each ReferenceArea
 * re-registers itself with the chart store on every render, which is costly across hundreds of bands.
 */
export const WindowBands = memo(function WindowBands({ windows }: WindowBandsProps) {
  return windows.map((w) => {
    const style = WINDOW_STYLES[w.kind];
    return (
      <ReferenceArea
        key={`${w.kind}-${w.start}`}
        className={`chart-window chart-window--${w.kind}`}
        x1={w.start}
        x2={w.end}
        ifOverflow="hidden"
        fill={style.fill}
        fillOpacity={style.fillOpacity}
        stroke={style.stroke}
        strokeDasharray={style.strokeDasharray}
      />
    );
  });
}, sameBands);
