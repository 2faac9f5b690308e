import { DatasetList } from '../Datasets/DatasetList';
import { ConfigProblems } from './ConfigProblems';
import { EventTable } from './EventTable';
import { FileActions } from './FileActions';
import { ProcessFields } from './ProcessFields';
import { RunControls } from './RunControls';
import { ServerFields } from './ServerFields';
import { TrafficFields } from './TrafficFields';
import './GeneratePanel.css';

/** The generator: settings on the left; run, files and stored datasets on the right. */
export function GeneratePanel() {
  return (
    <div className="generate">
      <div className="generate-form">
        <div className="generate-fieldsets">
          <ServerFields />
          <ProcessFields />
          <TrafficFields />
        </div>
        <EventTable />
      </div>
      <div className="generate-side">
        <RunControls />
        <ConfigProblems />
        <FileActions />
        <DatasetList />
      </div>
    </div>
  );
}
