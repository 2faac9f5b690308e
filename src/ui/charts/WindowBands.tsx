import { memo } from 'react';
import { ReferenceArea } from 'recharts';
import type { KindedWindow } from '../../core/windows';
import { WINDOW_STYLES, type WindowKind } from './chartTheme';

/**
 * Anomaly windows as shaded ReferenceArea bands. Memoised: each ReferenceArea re-registers
 * itself with the chart store on every render, which is costly across dozens of bands.
 */
export const WindowBands = memo(function WindowBands({ windows }: { windows: readonly KindedWindow<WindowKind>[] }) {
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
});
