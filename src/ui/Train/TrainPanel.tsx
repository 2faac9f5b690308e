import { useEffect } from 'react';
import { NextStep } from '../components/NextStep';
import { probeBackendOnce } from '../../state/training';
import { FeatureFields } from './FeatureFields';
import { ModelFields } from './ModelFields';
import { ModelList } from './ModelList';
import { TrainControls } from './TrainControls';
import { TrainCurves } from './TrainCurves';
import './TrainPanel.css';

/** Training: settings on the left; run, curves and saved models on the right. */
export function TrainPanel() {
  useEffect(() => void probeBackendOnce(), []);
  return (
    <div className="train">
      <div className="train-form">
        <FeatureFields />
        <ModelFields />
      </div>
      <div className="train-side">
        <TrainControls />
        <NextStep after="train" />
        <TrainCurves />
        <ModelList />
      </div>
    </div>
  );
}
