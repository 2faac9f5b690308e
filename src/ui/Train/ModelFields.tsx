import { useAppStore } from '../../state/appStore';
import { setTrainSettings } from '../../state/training';
import type { TrainConfig } from '../../shared/model';
import type { BackendChoice } from '../../shared/training';
import { NumberField } from '../components/NumberField';
import { SelectField, type SelectOption } from '../components/SelectField';
import { EncoderSizesField } from './EncoderSizesField';
import { backendHint } from './trainText';

const BACKENDS: readonly SelectOption<BackendChoice>[] = [
  { value: 'auto', label: 'Automatic (fastest here)' },
  { value: 'webgl', label: 'WebGL (graphics card)' },
  { value: 'wasm', label: 'WebAssembly (processor)' },
  { value: 'cpu', label: 'Plain JavaScript (slowest)' },
];

/** The autoencoder's layers, the optimiser settings and the compute backend. */
export function ModelFields() {
  const settings = useAppStore((state) => state.trainSettings);
  const probe = useAppStore((state) => state.backendProbe);
  const { config } = settings;
  const update = (patch: Partial<TrainConfig>) => setTrainSettings({ config: { ...config, ...patch } });
  return (
    <fieldset className="card fieldset">
      <legend>Model and training</legend>
      <EncoderSizesField value={config.encoderSizes} onChange={(encoderSizes) => update({ encoderSizes })} />
      <NumberField label="Epochs" value={config.epochs} min={1} step={1} onChange={(epochs) => update({ epochs })} />
      <NumberField label="Batch size" value={config.batchSize} min={1} step={1} onChange={(batchSize) => update({ batchSize })} />
      <NumberField label="Learning rate" value={config.learningRate} min={0} onChange={(learningRate) => update({ learningRate })} />
      <NumberField label="Patience (epochs)" value={config.patience} min={1} step={1} onChange={(patience) => update({ patience })} />
      <NumberField label="Seed" value={config.seed} step={1} onChange={(seed) => update({ seed })} />
      <SelectField label="Backend" value={settings.backend} options={BACKENDS} onChange={(backend) => setTrainSettings({ backend })} />
      <p className="hint">{backendHint(probe)}</p>
    </fieldset>
  );
}
