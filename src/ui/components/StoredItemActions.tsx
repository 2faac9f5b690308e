import { useState } from 'react';
import { RenameForm } from './RenameForm';

interface StoredItemActionsProps {
  /** The item's name, which every button's accessible name carries. */
  name: string;
  /** "dataset" or "model", for the confirmation sentence. */
  kind: string;
  /** The first button's verb: "Open", "Use". */
  openVerb: string;
  openDisabled?: boolean;
  onOpen: () => void;
  onRename: (name: string) => Promise<boolean>;
  onDelete: () => void;
}

/** Open / Rename / Delete for a stored item, with an inline rename and an in-page delete confirmation. */
export function StoredItemActions({ name, kind, openVerb, openDisabled = false, onOpen, onRename, onDelete }: StoredItemActionsProps) {
  const [mode, setMode] = useState<'idle' | 'confirming' | 'renaming'>('idle');
  if (mode === 'renaming') return <RenameForm name={name} onRename={onRename} onDone={() => setMode('idle')} />;
  if (mode === 'confirming') {
    return (
      <>
        <p className="confirm-prompt">Delete this {kind} from this browser? This cannot be undone.</p>
        <div className="button-row">
          <button type="button" className="button-danger" aria-label={`Confirm delete ${name}`} autoFocus onClick={onDelete}>
            Confirm delete
          </button>
          <button type="button" aria-label={`Keep ${name}`} onClick={() => setMode('idle')}>
            Keep
          </button>
        </div>
      </>
    );
  }
  return (
    <div className="button-row">
      <button type="button" aria-label={`${openVerb} ${name}`} disabled={openDisabled} onClick={onOpen}>
        {openVerb}
      </button>
      <button type="button" aria-label={`Rename ${name}`} onClick={() => setMode('renaming')}>
        Rename
      </button>
      <button type="button" aria-label={`Delete ${name}`} onClick={() => setMode('confirming')}>
        Delete
      </button>
    </div>
  );
}
