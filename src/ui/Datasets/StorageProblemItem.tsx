import { useState } from 'react';
import type { StorageProblem } from '../../persistence/storageProblem';
import { deleteProblemRecords, exportProblemRecords } from '../../state/storageProblems';

/** "Dataset “server-1”", or "Dataset, id 4f…" when no record says its name. */
function problemTitle(problem: StorageProblem): string {
  const kind = problem.kind === 'dataset' ? 'Dataset' : 'Model';
  return problem.name === null ? `${kind}, id ${problem.id}` : `${kind} “${problem.name}”`;
}

/** One broken stored item: what is wrong, Export raw and Delete (with an in-page confirmation). */
export function StorageProblemItem({ problem }: { problem: StorageProblem }) {
  const [confirming, setConfirming] = useState(false);
  const label = problem.name ?? problem.id;
  return (
    <li className="dataset storage-problem">
      <h4 className="dataset-name">{problemTitle(problem)}</h4>
      <p className="storage-problem-reason">{problem.reason[0].toUpperCase() + problem.reason.slice(1)}.</p>
      {confirming ? (
        <>
          <p className="confirm-prompt">Delete these records from this browser? This cannot be undone.</p>
          <div className="button-row">
            <button type="button" className="button-danger" aria-label={`Confirm delete of the stored records of ${label}`} autoFocus onClick={() => void deleteProblemRecords(problem)}>
              Confirm delete
            </button>
            <button type="button" aria-label={`Keep the stored records of ${label}`} onClick={() => setConfirming(false)}>
              Keep
            </button>
          </div>
        </>
      ) : (
        <div className="button-row">
          <button type="button" aria-label={`Export the stored records of ${label}`} onClick={() => void exportProblemRecords(problem)}>
            Export raw
          </button>
          <button type="button" aria-label={`Delete the stored records of ${label}`} onClick={() => setConfirming(true)}>
            Delete
          </button>
        </div>
      )}
    </li>
  );
}
