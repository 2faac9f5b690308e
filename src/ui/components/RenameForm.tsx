import { useId, useState, type FormEvent } from 'react';

interface RenameFormProps {
  name: string;
  /** Stores the new name; resolves false when it could not (the caller has said why). */
  onRename: (name: string) => Promise<boolean>;
  onDone: () => void;
}

/** An inline text field to rename a stored item; Enter or Save stores it, Escape or Cancel leaves it. */
export function RenameForm({ name, onRename, onDone }: RenameFormProps) {
  const inputId = useId();
  const [draft, setDraft] = useState(name);
  const [saving, setSaving] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    const renamed = draft.trim() === name || (await onRename(draft));
    setSaving(false);
    if (renamed) onDone();
  };

  return (
    <form className="rename-form" onSubmit={(event) => void onSubmit(event)} onKeyDown={(event) => event.key === 'Escape' && onDone()}>
      <label htmlFor={inputId}>New name for {name}</label>
      <input id={inputId} type="text" value={draft} autoFocus maxLength={200} spellCheck={false} onChange={(event) => setDraft(event.target.value)} />
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={saving || draft.trim() === ''} aria-label={`Save name for ${name}`}>
          Save
        </button>
        <button type="button" aria-label={`Cancel renaming ${name}`} onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
