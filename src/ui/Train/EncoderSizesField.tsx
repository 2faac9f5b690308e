import { useId, useState } from 'react';
import { parseEncoderSizes } from '../../core/trainConfig';

interface EncoderSizesFieldProps {
  value: readonly number[];
  /** Receives [] while the text is not a list of sizes, so validation can say so. */
  onChange: (sizes: number[]) => void;
}

const format = (sizes: readonly number[]) => sizes.join(', ');

/** Encoder layer sizes typed as "16, 4"; keeps the text being typed while committing parsed sizes. */
export function EncoderSizesField({ value, onChange }: EncoderSizesFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(() => format(value));
  const [shown, setShown] = useState(value);
  // Sizes changed from outside (a restored setting) replace the draft.
  if (shown !== value) {
    setShown(value);
    if (format(parseEncoderSizes(draft) ?? []) !== format(value)) setDraft(format(value));
  }
  return (
    <div className="field">
      <label htmlFor={id}>Encoder layer sizes</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        spellCheck={false}
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          onChange(parseEncoderSizes(event.target.value) ?? []);
        }}
      />
    </div>
  );
}
