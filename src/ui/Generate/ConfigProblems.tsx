import { useAppStore } from '../../state/appStore';

/** validateConfig's sentences, next to the form; Generate stays disabled while there are any. */
export function ConfigProblems() {
  const errors = useAppStore((state) => state.configErrors);
  return (
    <div className="config-problems" aria-live="polite">
      {errors.length > 0 && (
        <div className="card card-warning">
          <h2>Fix these settings to generate</h2>
          <ul>
            {errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
