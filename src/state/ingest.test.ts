import 'fake-indexeddb/auto';
import { clear } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportedFile, ImportFileOptions } from '../bridge/ingestBridge';
import { datasetDataStore, datasetMetaStore, listDatasets, saveDataset } from '../persistence/datasetStore';
import { loadSettings, settingsStore } from '../persistence/settingsStore';
import { testDataset } from '../persistence/testDataset';
import { abortError, ImportError } from '../shared/errors';
import { csvMapping } from '../core/ingest/testing';
import type { ImportPreview, ImportReport } from '../shared/ingest';
import { initialState, useAppStore } from './appStore';
import { openDataset, renameStoredDataset } from './datasetActions';
import { cancelImport, pickLabelsFile, pickLogFile, resetImport, setValueColumn, startImport, updateMapping } from './ingest';

interface Pending<T, O = unknown> {
  file: File;
  options: O;
  args: unknown[];
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

const calls = vi.hoisted(() => ({ previews: [] as Pending<unknown>[], imports: [] as Pending<unknown, ImportFileOptions>[] }));

// The workers are replaced by promises the test settles; abort behaves like the real bridge.
vi.mock('../bridge/ingestBridge', () => ({
  previewFile: (file: File) => new Promise((resolve, reject) => calls.previews.push({ file, options: {}, args: [], resolve, reject })),
  importFile: (file: File, mapping: unknown, labels: unknown, options: ImportFileOptions) =>
    new Promise((resolve, reject) => {
      options.signal?.addEventListener('abort', () => reject(abortError()));
      calls.imports.push({ file, options, args: [mapping, labels], resolve, reject });
    }),
}));

const MAPPING = csvMapping();

function preview(fileName: string): ImportPreview {
  const column = (name: string) => ({ name, numeric: name !== 'timestamp', timeFormat: null, samples: ['1'] });
  return {
    fileName,
    sizeBytes: 100,
    mapping: MAPPING,
    columns: ['timestamp', 'cpu', 'ram'].map(column),
    sampleRows: [['2024-01-01 00:00:00', '1', '2']],
    notes: ['CSV with a header'],
  };
}

function report(fileName: string): ImportReport {
  return {
    fileName,
    format: 'delimited',
    bytesRead: 100,
    rowsRead: 4,
    rowsImported: 4,
    skipped: { count: 0, examples: [] },
    duplicatesDropped: 0,
    intervalMs: 30_000,
    gaps: { count: 0, missingRows: 0, longest: null },
    filledRows: 0,
    alignedRows: 0,
    labels: null,
  };
}

function imported(id: string, fileName: string): ImportedFile {
  const dataset = testDataset(id, 5000);
  dataset.meta = { ...dataset.meta, name: fileName, source: 'upload', report: report(fileName) };
  return { dataset, report: report(fileName) };
}

const csv = (name = 'metrics.csv') => new File(['timestamp,cpu,ram\n'], name, { type: 'text/csv' });

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

const job = () => useAppStore.getState().ingest;
const ids = async () => (await listDatasets()).map((meta) => meta.id);

beforeEach(async () => {
  calls.previews.length = 0;
  calls.imports.length = 0;
  useAppStore.setState(initialState());
  await Promise.all([clear(datasetMetaStore()), clear(datasetDataStore()), clear(settingsStore())]);
});

describe('import flow', () => {
  it('previews a picked file, lets the mapping be edited, imports, saves and selects it', async () => {
    const picking = pickLogFile(csv());
    expect(job().status).toBe('previewing');
    calls.previews[0].resolve(preview('metrics.csv'));
    await picking;
    expect(job()).toMatchObject({ status: 'ready', mapping: MAPPING });

    setValueColumn('ram', false);
    updateMapping({ timeFormat: 'iso' });
    const labels = new File(['0\n1\n'], 'labels.txt');
    pickLabelsFile(labels);

    const importing = startImport();
    expect(job().status).toBe('importing');
    expect(calls.imports[0].args).toEqual([{ ...MAPPING, valueColumns: ['cpu'], timeFormat: 'iso' }, labels]);
    calls.imports[0].options.onProgress?.({ phase: 'reading', bytesRead: 50, totalBytes: 100 });
    expect(job().progress).toEqual({ phase: 'reading', bytesRead: 50, totalBytes: 100 });
    calls.imports[0].resolve(imported('up', 'metrics.csv'));
    await importing;

    const state = useAppStore.getState();
    expect(state.ingest).toMatchObject({ status: 'done', file: null, labelsFile: null, preview: null, mapping: null });
    expect(state.ingest.result).toEqual({ datasetId: 'up', name: 'metrics.csv', report: report('metrics.csv') });
    expect(state.selectedDataset?.meta.id).toBe('up');
    expect(state.datasets.map((meta) => meta.id)).toEqual(['up']);
    expect((await loadSettings()).selectedDatasetId).toBe('up');
    expect(state.alerts).toEqual([]);
  });

  it('sends a preview error to the alert outlet and shows no mapping', async () => {
    const picking = pickLogFile(csv('page.html'));
    calls.previews[0].reject(new ImportError('page.html', null, 'is an HTML page, not a metric log'));
    await picking;
    expect(job()).toMatchObject({ status: 'failed', preview: null, mapping: null, file: null });
    expect(useAppStore.getState().alerts.map((alert) => alert.message)).toEqual(['page.html: is an HTML page, not a metric log']);
  });

  it('shows only the latest picked file, however the previews finish', async () => {
    const first = pickLogFile(csv('a.csv'));
    const second = pickLogFile(csv('b.csv'));
    calls.previews[1].resolve(preview('b.csv'));
    calls.previews[0].resolve(preview('a.csv'));
    await Promise.all([first, second]);
    expect(job().preview?.fileName).toBe('b.csv');
    expect(job().file?.name).toBe('b.csv');
  });

  it('cancel leaves the stored and selected datasets as they were, silently', async () => {
    await saveDataset(testDataset('old', 1000));
    await openDataset('old');
    const picking = pickLogFile(csv());
    calls.previews[0].resolve(preview('metrics.csv'));
    await picking;

    const importing = startImport();
    await settle();
    cancelImport();
    await importing;
    const state = useAppStore.getState();
    expect(state.ingest.status).toBe('cancelled');
    expect(state.ingest.mapping).toEqual(MAPPING);
    expect(state.selectedDataset?.meta.id).toBe('old');
    expect(await ids()).toEqual(['old']);
    expect(state.alerts).toEqual([]);
  });

  it('a failed import names the file and stores nothing', async () => {
    await saveDataset(testDataset('old', 1000));
    const picking = pickLogFile(csv());
    calls.previews[0].resolve(preview('metrics.csv'));
    await picking;
    const importing = startImport();
    calls.imports[0].reject(new ImportError('metrics.csv', 7, 'has 3 columns where the header has 4'));
    await importing;
    expect(job().status).toBe('failed');
    expect(useAppStore.getState().alerts.map((a) => a.message)).toEqual(['metrics.csv, line 7: has 3 columns where the header has 4']);
    expect(await ids()).toEqual(['old']);
  });

  it('refuses to import a mapping with problems and says why', async () => {
    const picking = pickLogFile(csv());
    calls.previews[0].resolve(preview('metrics.csv'));
    await picking;
    updateMapping({ valueColumns: [] });
    await startImport();
    expect(calls.imports).toHaveLength(0);
    expect(useAppStore.getState().alerts[0].message).toBe('metrics.csv cannot be imported yet: Tick at least one value column.');
  });

  it('ignores new files while importing, and reset forgets everything after', async () => {
    const picking = pickLogFile(csv());
    calls.previews[0].resolve(preview('metrics.csv'));
    await picking;
    const importing = startImport();
    await pickLogFile(csv('other.csv'));
    pickLabelsFile(new File(['1'], 'l.txt'));
    expect(calls.previews).toHaveLength(1);
    expect(job().labelsFile).toBeNull();
    calls.imports[0].resolve(imported('up', 'metrics.csv'));
    await importing;
    resetImport();
    expect(job()).toMatchObject({ status: 'idle', file: null, preview: null, result: null });
  });
});

describe('rename', () => {
  it('renames in storage, in the list and in the open dataset', async () => {
    await saveDataset(testDataset('a', 1000));
    await openDataset('a');
    useAppStore.setState({ datasets: await listDatasets() });
    expect(await renameStoredDataset('a', '  Web tier, March ')).toBe(true);
    const state = useAppStore.getState();
    expect(state.datasets[0].name).toBe('Web tier, March');
    expect(state.selectedDataset?.meta.name).toBe('Web tier, March');
    expect((await listDatasets())[0].name).toBe('Web tier, March');
    expect(await renameStoredDataset('a', '   ')).toBe(false);
    expect((await listDatasets())[0].name).toBe('Web tier, March');
  });

  it('reports a dataset deleted elsewhere', async () => {
    expect(await renameStoredDataset('gone', 'x')).toBe(false);
    expect(useAppStore.getState().alerts[0].message).toMatch(/could not be found/);
  });
});
