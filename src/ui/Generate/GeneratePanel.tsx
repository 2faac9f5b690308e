import { DatasetList } from '../Datasets/DatasetList';
import { NextStep } from '../components/NextStep';
import { ConfigProblems } from './ConfigProblems';
import { EventTable } from './EventTable';
import { FileActions } from './FileActions';
import { FirstRun } from './FirstRun';
import { ProcessFields } from './ProcessFields';
import { RunControls } from './RunControls';
import { ServerFields } from './ServerFields';
import { TrafficFields } from './TrafficFields';
import './GeneratePanel.css';

/** The generator: the first-run guide while nothing is stored; settings on the left; run, files and stored datasets on the right. */
export function GeneratePanel() {
  return (
    <div className="generate">
      <FirstRun />
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
        <NextStep after="generate" />
        <ConfigProblems />
        <FileActions />
        <DatasetList />
      </div>
    </div>
  );
}
