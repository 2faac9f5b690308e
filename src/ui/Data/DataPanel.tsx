import { DatasetList } from '../Datasets/DatasetList';
import { ImportCard } from './ImportCard';
import { ImportReportCard } from './ImportReportCard';
import './DataPanel.css';

/** Uploading your own logs on the left; the report of the last import and the dataset library on the right. */
export function DataPanel() {
  return (
    <div className="data-panel">
      <div className="data-main">
        <ImportCard />
      </div>
      <div className="data-side">
        <ImportReportCard />
        <DatasetList />
      </div>
    </div>
  );
}
