import type { CSSProperties } from 'react';
import type { LegendEntry } from './saveChartImage';

function swatchStyle(entry: LegendEntry): CSSProperties {
  if (entry.shape === 'line') return { borderTopColor: entry.color };
  const fill = { backgroundColor: entry.color, opacity: entry.opacity ?? 1 };
  return entry.dashed ? { ...fill, outline: `1px dashed ${entry.color}` } : fill;
}

/** The HTML legend under a chart; the same entries are drawn into saved images. */
export function ChartLegend({ entries }: { entries: readonly LegendEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <ul className="chart-legend">
      {entries.map((entry) => (
        <li key={entry.label}>
          <span className={`chart-legend__swatch chart-legend__swatch--${entry.shape}`} style={swatchStyle(entry)} aria-hidden="true" />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
