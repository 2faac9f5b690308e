import type { ReactNode } from 'react';
import './StoredItem.css';

interface StoredItemProps {
  name: string;
  selected: boolean;
  /** Label and value pairs, shown as a definition list. */
  facts: readonly (readonly [string, ReactNode])[];
  /** The item's buttons (see StoredItemActions). */
  children: ReactNode;
}

/** One stored dataset or model in a list: its name, a Selected badge, its facts and its buttons. */
export function StoredItem({ name, selected, facts, children }: StoredItemProps) {
  return (
    <li className="dataset" aria-current={selected ? 'true' : undefined}>
      <div className="dataset-head">
        <h3 className="dataset-name">{name}</h3>
        {selected && <span className="badge">Selected</span>}
      </div>
      <dl className="dataset-facts">
        {facts.map(([label, value]) => (
          <div key={label} className="dataset-fact">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {children}
    </li>
  );
}
