import { useRef, useState, type ReactNode } from 'react';
import { ChartLegend } from './ChartLegend';
import { saveChartImage, type LegendEntry } from './saveChartImage';
import './charts.css';

/** Horizontal px a figure adds around its chart (padding and border in charts.css). */
export const FIGURE_INSET_PX = 26;

export interface ChartFigureProps {
  /** Caption, accessible name of the figure, and the saved image's title and file name. */
  title: string;
  legend?: readonly LegendEntry[];
  /** Extra controls shown before "Save image" (e.g. a zoom button). */
  actions?: ReactNode;
  /** A line under the chart, e.g. what range and how many points it shows. */
  note?: ReactNode;
  children: ReactNode;
}

/** A chart in a captioned <figure> with a legend and a "Save image" (PNG) button. */
export function ChartFigure({ title, legend = [], actions, note, children }: ChartFigureProps) {
  const figureRef = useRef<HTMLElement>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const onSave = async (): Promise<void> => {
    const svg = figureRef.current?.querySelector<SVGSVGElement>('svg.chart-svg');
    setSaveError(null);
    if (!svg) {
      setSaveError('The chart is not drawn yet, so there is nothing to save.');
      return;
    }
    setSaving(true);
    try {
      await saveChartImage(svg, { title, legend });
    } catch (error) {
      setSaveError(error instanceof Error ? error.message : 'The image could not be saved.');
    } finally {
      setSaving(false);
    }
  };

  return (
    <figure ref={figureRef} className="chart-figure" aria-label={title}>
      <div className="chart-figure__header">
        <figcaption className="chart-figure__title">{title}</figcaption>
        <div className="chart-figure__actions">
          {actions}
          <button type="button" className="chart-button" onClick={() => void onSave()} disabled={saving} aria-label={`Save ${title} as PNG`}>
            Save image
          </button>
        </div>
      </div>
      {children}
      <ChartLegend entries={legend} />
      {note ? <p className="chart-figure__note">{note}</p> : null}
      {saveError ? <p className="chart-figure__error" role="alert">{saveError}</p> : null}
    </figure>
  );
}
