import { useId } from 'react';
import type { StoredKind } from '../../persistence/storageProblem';
import { useAppStore } from '../../state/appStore';
import { StorageProblemItem } from './StorageProblemItem';
import './StorageProblems.css';

/** Stored items that cannot be used (all, or one kind's), each with Export raw and Delete; nothing when there are none. */
export function StorageProblems({ kind }: { kind?: StoredKind }) {
  const all = useAppStore((state) => state.storageProblems);
  const problems = kind ? all.filter((problem) => problem.kind === kind) : all;
  const headingId = useId();
  if (problems.length === 0) return null;
  return (
    <section className="storage-problems" aria-labelledby={headingId}>
      <h3 id={headingId}>Storage problems</h3>
      <p className="hint">
        These stored records cannot be used, so the app leaves them alone. Export keeps a copy of what is stored as JSON; Delete frees the space.
      </p>
      <ul className="dataset-list">
        {problems.map((problem) => (
          <StorageProblemItem key={`${problem.kind}:${problem.id}`} problem={problem} />
        ))}
      </ul>
    </section>
  );
}
