import type { BaseTickContentProps } from 'recharts';
import { CHART_COLORS } from './chartTheme';

const DY = { start: '0.71em', middle: '0.355em', end: '0' } as const;

/**
 * A plain SVG tick label. Recharts' default <Text> measures every label through a hidden DOM
 * span, forcing a layout per label; tick labels here never wrap, so that work is wasted.
 */
export function renderAxisTick(props: BaseTickContentProps) {
  const { x, y, textAnchor, verticalAnchor, payload, tickFormatter, index, className } = props;
  const label = tickFormatter ? tickFormatter(payload.value, index) : String(payload.value);
  return (
    <text x={x} y={y} dy={DY[verticalAnchor]} textAnchor={textAnchor} fill={CHART_COLORS.tick} fontSize={12} className={className}>
      {label}
    </text>
  );
}
