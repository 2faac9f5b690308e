import { useId, type ChangeEvent } from 'react';

interface JsonExchangeProps {
  /** What is exchanged, as the buttons name it: "configuration" gives "Export configuration" and "Import configuration". */
  what: string;
  onExport: () => void;
  onImport: (file: File) => void;
}

/** An export button and a JSON file picker styled as a button, side by side. */
export function JsonExchange({ what, onExport, onImport }: JsonExchangeProps) {
  const importId = useId();
  const picked = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared at once, so choosing the same file again still fires a change.
    event.target.value = '';
    if (file) onImport(file);
  };
  return (
    <div className="button-row">
      <button type="button" onClick={onExport}>
        Export {what}
      </button>
      <input id={importId} className="file-input" type="file" accept=".json,application/json" onChange={picked} />
      <label htmlFor={importId} className="button">
        Import {what}
      </label>
    </div>
  );
}
