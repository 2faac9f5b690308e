import { Component, type ErrorInfo, type ReactNode } from 'react';
import { userMessage } from '../../shared/errors';

interface ErrorBoundaryState {
  error: unknown;
}

/** The last line of defence: a render error replaces the app with an explanation and a way back. */
export class ErrorBoundary extends Component<{ children: ReactNode }, ErrorBoundaryState> {
  state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('The app crashed while rendering', error, info.componentStack);
  }

  render() {
    if (this.state.error === null) return this.props.children;
    return (
      <main className="app-crashed">
        <h1>Metrics Anomaly Analyzer</h1>
        <div className="alert" role="alert">
          <p>The page hit an error it cannot recover from. Your stored datasets are safe in this browser.</p>
          <p>{userMessage(this.state.error)}</p>
          <button type="button" onClick={() => window.location.reload()}>
            Reload
          </button>
        </div>
      </main>
    );
  }
}
