import { useAppStore } from '../../state/appStore';
import { exportConfig, importConfig } from '../../state/configActions';
import { JsonExchange } from '../components/JsonExchange';
import { downloadGroundTruth, downloadServerLog, GROUND_TRUTH_FILE, SERVER_LOG_FILE } from '../../state/downloads';

/** Log downloads for the selected generated dataset, and configuration export/import. */
export function FileActions() {
  const generated = useAppStore((state) => state.selectedDataset?.meta.source === 'generated');
  const pending = useAppStore((state) => state.pendingDownloads);

  return (
    <section className="card files" aria-labelledby="files-heading">
      <h2 id="files-heading">Files</h2>
      <div className="button-row">
        <button type="button" disabled={!generated || pending.includes(SERVER_LOG_FILE)} onClick={() => void downloadServerLog()}>
          Download logs
        </button>
        <button type="button" disabled={!generated || pending.includes(GROUND_TRUTH_FILE)} onClick={() => void downloadGroundTruth()}>
          Download ground truth
        </button>
      </div>
      {!generated && <p className="hint">Generate or open a generated dataset to download its logs.</p>}
      <JsonExchange what="configuration" onExport={exportConfig} onImport={(file) => void importConfig(file)} />
    </section>
  );
}
