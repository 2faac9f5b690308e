import { rawRecordsJson } from '../persistence/rawJson';
import { checkStorage } from '../persistence/storageCheck';
import type { StorageProblem } from '../persistence/storageProblem';
import { deleteStoredItem, readRawRecords } from '../persistence/storedItems';
import { reportError } from './alerts';
import { refreshDatasets } from './datasetActions';
import { addStorageProblems, dropStorageProblem } from './quarantine';
import { saveFile } from './saveFile';

/** The start-up storage check: what cut-off saves left is removed, other orphans are listed for the user. */
export async function runStorageCheck(): Promise<void> {
  try {
    const { orphans, cleaned } = await checkStorage();
    // Nothing the user saw: these saves never reached a list.
    if (cleaned.length > 0) console.info('Removed the records of saves cut off before they finished', cleaned);
    addStorageProblems(orphans);
  } catch (error) {
    reportError(error);
  }
}

/** Deletes a broken item's records (or an orphan's) and takes it off the list. */
export async function deleteProblemRecords(problem: StorageProblem): Promise<void> {
  try {
    await deleteStoredItem(problem.kind, problem.id, problem.orphan);
    dropStorageProblem(problem);
    // The storage figure changes with it.
    await refreshDatasets();
  } catch (error) {
    reportError(error);
  }
}

/** "storage-dataset-server-1.json": a file name from the item's name or id. */
export function rawExportName(problem: StorageProblem): string {
  const base = (problem.name ?? problem.id).replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || problem.id;
  return `storage-${problem.kind}-${base}.json`;
}

/** Downloads every record stored for a broken item, as it is, as JSON. */
export async function exportProblemRecords(problem: StorageProblem): Promise<void> {
  try {
    const records = await readRawRecords(problem.kind, problem.id);
    saveFile(new Blob(rawRecordsJson(problem.kind, problem.id, records), { type: 'application/json' }), rawExportName(problem));
  } catch (error) {
    reportError(error);
  }
}
