import { useAppStore } from '../../state/appStore';
import { ErrorHistogramChart } from '../charts/ErrorHistogramChart';

/** The reconstruction-error histogram of training vs scored rows with the threshold (the original tool's unseen_data_errors.png). */
export function ErrorCharts({ threshold }: { threshold: number }) {
  const detection = useAppStore((state) => state.detect.detection);
  if (!detection) return null;
  return <ErrorHistogramChart title="Reconstruction error, training vs scored rows" bins={detection.scores.errorBins} threshold={threshold} />;
}
