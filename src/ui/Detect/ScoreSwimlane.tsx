import { memo, useRef, useState, type PointerEvent } from 'react';
import type { SwimlaneCell } from '../../core/detection/swimlane';
import type { TimeWindow } from '../../core/timeBuckets';
import { zoomDetect } from '../../state/detectZoom';
import { formatUtcMinute } from '../components/format';

const HEIGHT = 24;

interface ScoreSwimlaneProps {
  /** The cells at the current threshold, computed with the view in the score worker. */
  cells: readonly SwimlaneCell[];
  endMs: number;
  /** The zoomed window, outlined on the strip. */
  zoom: TimeWindow | null;
}

const cellClass = (cell: SwimlaneCell): string =>
  cell.severity ? `swim-cell swim-${cell.severity}` : Number.isNaN(cell.peakRatio) ? 'swim-cell swim-unscored' : cell.peakRatio >= 0.5 ? 'swim-cell swim-near' : 'swim-cell';

/**
 * The whole scoring at a glance: each cell a span of time, coloured by the severity its highest score
 * would give an incident (grey below the threshold). Click a cell or drag across cells to zoom the
 * charts and the incident list to that time.
 */
export const ScoreSwimlane = memo(function ScoreSwimlane({ cells, endMs, zoom }: ScoreSwimlaneProps) {
  const box = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null);
  if (cells.length === 0) return null;
  const start = cells[0].start;
  const span = endMs - start;
  const cellAt = (event: PointerEvent): number => {
    const rect = box.current!.getBoundingClientRect();
    return Math.min(cells.length - 1, Math.max(0, Math.floor(((event.clientX - rect.left) / rect.width) * cells.length)));
  };
  const finish = () => {
    if (!drag) return;
    const [a, b] = [Math.min(drag.from, drag.to), Math.max(drag.from, drag.to)];
    zoomDetect({ start: cells[a].start, end: cells[b].end });
    setDrag(null);
  };
  const alarmed = cells.filter((cell) => cell.severity !== null).length;
  const x = (time: number) => (100 * (time - start)) / span;
  return (
    <figure className="swimlane" aria-label={`Anomaly overview: ${alarmed} of ${cells.length} time spans reach the threshold`}>
      <svg
        ref={box}
        viewBox={`0 0 ${cells.length} ${HEIGHT}`}
        preserveAspectRatio="none"
        role="img"
        aria-hidden="true"
        onPointerDown={(event) => {
          box.current?.setPointerCapture?.(event.pointerId);
          const cell = cellAt(event);
          setDrag({ from: cell, to: cell });
        }}
        onPointerMove={(event) => drag && setDrag({ ...drag, to: cellAt(event) })}
        onPointerUp={finish}
        onPointerCancel={() => setDrag(null)}
      >
        {cells.map((cell, i) => (
          <rect key={cell.start} className={cellClass(cell)} x={i} y={0} width={1} height={HEIGHT}>
            <title>
              {`${formatUtcMinute(cell.start)} – ${formatUtcMinute(cell.end)} UTC: peak ${Number.isNaN(cell.peakRatio) ? 'not scored' : `${cell.peakRatio.toFixed(1)}×`}, ${Math.round(cell.flaggedShare * 100)} % of rows flagged`}
            </title>
          </rect>
        ))}
        {drag && <rect className="swim-selection" x={Math.min(drag.from, drag.to)} y={0} width={Math.abs(drag.to - drag.from) + 1} height={HEIGHT} />}
      </svg>
      {zoom && <span className="swim-zoom" style={{ left: `${x(zoom.start)}%`, width: `${Math.max(0.5, x(zoom.end) - x(zoom.start))}%` }} />}
      <figcaption className="hint">
        Each cell is {formatSpan(span / cells.length)}, coloured by its highest score (grey: below the threshold). Click or drag to zoom.
      </figcaption>
    </figure>
  );
});

function formatSpan(ms: number): string {
  const hours = ms / 3_600_000;
  if (hours < 1) return `${Math.max(1, Math.round(ms / 60_000))} min`;
  if (hours < 48) return `${Number(hours.toPrecision(2))} h`;
  return `${Number((hours / 24).toPrecision(2))} days`;
}
