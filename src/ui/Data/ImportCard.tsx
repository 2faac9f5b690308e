import { useId } from 'react';
import { useAppStore } from '../../state/appStore';
import { NextStep } from '../components/NextStep';
import { FileDrop } from './FileDrop';
import { ImportControls } from './ImportControls';
import { LabelsField } from './LabelsField';
import { MappingEditor } from './MappingEditor';
import { PreviewTable } from './PreviewTable';

/** Pick or drop a file, check what was detected, edit the mapping, Import. */
export function ImportCard() {
  const headingId = useId();
  const notes = useAppStore((state) => state.ingest.preview?.notes);
  return (
    <section className="card import-card" aria-labelledby={headingId}>
      <h2 id={headingId}>Upload your own logs</h2>
      <FileDrop />
      <LabelsField />
      {notes && notes.length > 0 && (
        <ul className="detect-notes" aria-label="What was detected">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <MappingEditor />
      <PreviewTable />
      <ImportControls />
      <NextStep after="data" />
    </section>
  );
}
