import { useId, useState } from 'react';
import { formatInputNumber } from './format';

interface NumberFieldProps {
  /** Visible label, or the accessible name when `hideLabel` is set (table cells have column headers). */
  label: string;
  value: number;
  /** Receives NaN while the text is not a number, so validation can say so. */
  onChange: (value: number) => void;
  hideLabel?: boolean;
  min?: number;
  max?: number;
  step?: number | 'any';
  className?: string;
}

function parse(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

/** A number input that keeps what is being typed ("0.", "") while committing parsed numbers. */
export function NumberField({ label, value, onChange, hideLabel = false, min, max, step = 'any', className }: NumberFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(() => formatInputNumber(value));
  const [shown, setShown] = useState(value);
  // A value changed from outside (an import) replaces the draft; our own edits already match it.
  if (!Object.is(shown, value)) {
    setShown(value);
    if (!Object.is(parse(draft), value)) setDraft(formatInputNumber(value));
  }
  const input = (
    <input
      id={id}
      type="number"
      inputMode="decimal"
      value={draft}
      min={min}
      max={max}
      step={step}
      aria-label={hideLabel ? label : undefined}
      onChange={(event) => {
        setDraft(event.target.value);
        const next = parse(event.target.value);
        setShown(next);
        onChange(next);
      }}
    />
  );
  if (hideLabel) return <span className={className}>{input}</span>;
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {input}
    </div>
  );
}
