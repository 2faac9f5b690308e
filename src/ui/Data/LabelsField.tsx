import { useId, type ChangeEvent } from 'react';
import { useAppStore } from '../../state/appStore';
import { pickLabelsFile } from '../../state/ingest';
import { isImporting } from '../../state/ingestJob';

/** The optional "Upload labels" file input: debug_logs.txt, one label per line, or NAB windows JSON. */
export function LabelsField() {
  const inputId = useId();
  const labelsFile = useAppStore((state) => state.ingest.labelsFile);
  const busy = useAppStore((state) => isImporting(state.ingest));

  const onPick = (event: ChangeEvent<HTMLInputElement>) => {
    const picked = event.target.files?.[0];
    event.target.value = '';
    if (picked) pickLabelsFile(picked);
  };

  return (
    <div className="labels-field">
      <div className="button-row">
        <input id={inputId} className="file-input" type="file" accept=".txt,.log,.csv,.json,.gz,text/*,application/json" disabled={busy} onChange={onPick} />
        <label htmlFor={inputId} className="button">
          Upload labels
        </label>
        {labelsFile ? (
          <>
            <span className="labels-file">{labelsFile.name}</span>
            <button type="button" className="button-quiet" disabled={busy} aria-label={`Remove labels ${labelsFile.name}`} onClick={() => pickLabelsFile(null)}>
              Remove
            </button>
          </>
        ) : (
          <span className="hint">Optional ground truth: debug_logs.txt, one 0/1 label per line, or NAB windows JSON.</span>
        )}
      </div>
    </div>
  );
}
