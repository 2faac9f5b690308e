import { describe, expect, it } from 'vitest';
import { checkModelMeta, modelArtifactsProblem, MODEL_SCHEMA_VERSION } from './modelRecords';
import { testArtifacts, testErrors, testModelMeta } from './testModel';

const meta = testModelMeta('m', 1000);
const artifacts = { version: MODEL_SCHEMA_VERSION, artifacts: testArtifacts([1, 2]), errors: testErrors() };

function problemOf(record: unknown): string {
  const checked = checkModelMeta('m', record);
  return 'problem' in checked ? checked.problem : 'fine';
}

describe('checkModelMeta', () => {
  it('passes a saved meta record', () => {
    expect(checkModelMeta('m', { version: 1, meta })).toEqual({ meta });
  });

  it('names what a meta record missing fields lacks, and keeps its name', () => {
    expect(checkModelMeta('m', { version: 1, meta: { id: 'm', name: 'night' } })).toEqual({ problem: 'meta.createdAt is missing', name: 'night' });
    expect(problemOf({ version: 1, meta: { ...meta, history: { ...meta.history, loss: undefined } } })).toBe('meta.history.loss is missing');
    expect(problemOf({ version: 1, meta: { ...meta, config: { ...meta.config, encoderSizes: [4, 0] } } })).toBe('meta.config.encoderSizes[1] is a number, not a whole number > 0');
  });

  it('names preprocessing that contradicts itself', () => {
    const preprocessing = { ...meta.preprocessing, inputWidth: 9 };
    expect(problemOf({ version: 1, meta: { ...meta, preprocessing } })).toBe('meta.preprocessing.inputWidth is 9, but its features, window and extras make 2');
    expect(problemOf({ version: 1, meta: { ...meta, preprocessing: { ...meta.preprocessing, min: [0] } } })).toBe('meta.preprocessing.min and max do not have one value per feature (2)');
  });

  it('reads a model saved before step timings, with none', () => {
    const { epochSeconds: _e, trainRows: _t, ...history } = meta.history;
    const checked = checkModelMeta('m', { version: 1, meta: { ...meta, history } });
    expect('meta' in checked && checked.meta.history).toMatchObject({ epochSeconds: [], trainRows: 0 });
  });

  it('keeps the time to converge and the threads where recorded, and names a thread count that is none', () => {
    const history = { ...meta.history, bestSeconds: 4.5, threads: 2 };
    expect(checkModelMeta('m', { version: 1, meta: { ...meta, history } })).toEqual({ meta: { ...meta, history } });
    expect(problemOf({ version: 1, meta: { ...meta, history: { ...history, threads: 0 } } })).toBe('meta.history.threads is a number, not a whole number > 0');
  });
});

describe('modelArtifactsProblem', () => {
  it('passes the artifacts a model was saved with', () => {
    expect(modelArtifactsProblem(artifacts, meta)).toBeNull();
  });

  it('names missing weights, a wrong type and weights that do not fit their layers', () => {
    expect(modelArtifactsProblem(undefined, meta)).toBe('its weights are missing');
    expect(modelArtifactsProblem({ ...artifacts, errors: { validation: [0.1], training: new Float32Array(1) } }, meta)).toBe(
      'its weights record errors.validation is a list, not a Float32Array',
    );
    const short = { ...artifacts, artifacts: { ...artifacts.artifacts, weightData: new ArrayBuffer(4) } };
    expect(modelArtifactsProblem(short, meta)).toBe('its weights hold 4 bytes, its layers need 8');
  });

  it('names a first layer that reads another width than the preprocessing makes', () => {
    const wide = { ...artifacts, artifacts: { ...artifacts.artifacts, weightSpecs: [{ name: 'k', shape: [3, 1], dtype: 'float32' }], weightData: new ArrayBuffer(12) } };
    expect(modelArtifactsProblem(wide, meta)).toBe('its first layer reads 3 inputs, its preprocessing makes 2');
  });
});
