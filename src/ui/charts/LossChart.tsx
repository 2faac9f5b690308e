import { memo, useMemo, useState } from 'react';
import { linePath, logTicks, nearestIndex, xOf, yOf, type PlotFrame } from '../../core/plot/plotScale';
import { ChartFigure } from './ChartFigure';
import { formatNumber } from './chartText';
import { CHART_COLORS } from './chartTheme';
import { epochAxis, lossAxis, lossReadout, lossSeries, type LossAxis, type LossRow } from './lossCurve';
import { PlotArea } from './PlotArea';
import type { LegendEntry } from './saveChartImage';
import { ChartTooltip, CursorLine } from './svgParts';

export interface LossChartProps {
  title: string;
  rows: readonly LossRow[];
  /** The x axis runs to the planned epochs, so a live curve grows into a fixed frame. */
  epochs: number;
  /** The epoch whose weights were kept (1-based x position), marked with a line. */
  bestEpoch?: number | null;
  note?: string;
  height?: number;
}

const VAL_COLOR = '#ea580c';
const BEST_COLOR = '#15803d';
const LEGEND: LegendEntry[] = [
  { label: 'training loss', color: CHART_COLORS.line, shape: 'line' },
  { label: 'validation loss', color: VAL_COLOR, shape: 'line' },
];
const BEST_LEGEND: LegendEntry = { label: 'best epoch (weights kept)', color: BEST_COLOR, shape: 'line', dashed: true };
// Before any loss is known: an empty decade, so the frame is drawn all the same.
const NO_LOSS: LossAxis = { domain: [1, 10], ticks: logTicks(1, 10) };

/** Training and validation loss per epoch on a log scale, as plain SVG; hover reads the nearest epoch. */
export function LossChart({ title, rows, epochs, bestEpoch = null, note, height = 220 }: LossChartProps) {
  const [active, setActive] = useState(-1);
  const legend = useMemo(() => (bestEpoch === null ? LEGEND : [...LEGEND, BEST_LEGEND]), [bestEpoch]);
  const x = useMemo(() => {
    const axis = epochAxis(epochs);
    return { domain: axis.domain, ticks: { ticks: axis.ticks, format: formatNumber } };
  }, [epochs]);
  const y = useMemo(() => {
    const axis = lossAxis(rows) ?? NO_LOSS;
    return { domain: axis.domain, ticks: { ticks: axis.ticks, format: formatNumber } };
  }, [rows]);
  const rowEpochs = useMemo(() => rows.map((row) => row.epoch), [rows]);
  const shown = active >= 0 && active < rows.length ? active : -1;

  return (
    <ChartFigure title={title} legend={legend} note={note}>
      <PlotArea
        title={title}
        height={height}
        yAxisWidth={56}
        x={x.domain}
        y={y.domain}
        logY
        xTicks={x.ticks}
        yTicks={y.ticks}
        onHover={(epoch) => setActive(epoch === null ? -1 : nearestIndex(rowEpochs, rowEpochs.length, epoch))}
        onBlur={() => setActive(-1)}
        overlay={(frame) =>
          shown >= 0 && <ChartTooltip frame={frame} x={xOf(frame, rows[shown].epoch)} heading={`epoch ${formatNumber(rows[shown].epoch)}`} rows={lossReadout(rows[shown])} />
        }
      >
        {(frame) => (
          <>
            {bestEpoch !== null && <BestEpochLine frame={frame} epoch={bestEpoch} />}
            <LossLines frame={frame} rows={rows} />
            {shown >= 0 && <CursorLine frame={frame} x={xOf(frame, rows[shown].epoch)} />}
          </>
        )}
      </PlotArea>
    </ChartFigure>
  );
}

/** Both lines, each joined across rows that lack its loss, and a dot per validation loss; memoised, so hovering redraws neither. */
const LossLines = memo(function LossLines({ frame, rows }: { frame: PlotFrame; rows: readonly LossRow[] }) {
  const training = lossSeries(rows, 'loss');
  const validation = lossSeries(rows, 'valLoss');
  return (
    <>
      <path className="chart-line" d={linePath(frame, training.epochs, training.values, training.epochs.length)} fill="none" stroke={CHART_COLORS.line} strokeWidth={1.25} />
      <path
        className="chart-line chart-line--validation"
        d={linePath(frame, validation.epochs, validation.values, validation.epochs.length)}
        fill="none"
        stroke={VAL_COLOR}
        strokeWidth={1.25}
      />
      <g className="chart-dots">
        {validation.epochs.map((epoch, i) => (
          <circle key={i} cx={xOf(frame, epoch)} cy={yOf(frame, validation.values[i])} r={2} fill={VAL_COLOR} />
        ))}
      </g>
    </>
  );
});

function BestEpochLine({ frame, epoch }: { frame: PlotFrame; epoch: number }) {
  if (!(epoch >= frame.view.start && epoch <= frame.view.end)) return null;
  const px = xOf(frame, epoch);
  return <line className="chart-reference" x1={px} x2={px} y1={frame.top} y2={frame.top + frame.height} stroke={BEST_COLOR} strokeDasharray="4 3" />;
}
