import { useLiveStore } from '../../state/liveStore';

/** The latest malformed messages and connection problems: counted and shown, never stopping the stream. */
export function LiveProblems() {
  const problems = useLiveStore((state) => state.problems);
  if (problems.length === 0) return null;
  return (
    <section className="card" aria-labelledby="live-problems-heading">
      <h2 id="live-problems-heading">Problems</h2>
      <ul className="live-problems">
        {problems.map((problem, i) => (
          <li key={`${i}-${problem}`}>{problem}</li>
        ))}
      </ul>
    </section>
  );
}
