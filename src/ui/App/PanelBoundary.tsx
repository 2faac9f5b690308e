import { Component, type ErrorInfo, type ReactNode } from 'react';
import { userMessage } from '../../shared/errors';

interface PanelBoundaryProps {
  /** The panel's tab label, for the message. */
  label: string;
  children: ReactNode;
}

interface PanelBoundaryState {
  error: unknown;
}

/** Keeps one panel's render error inside that panel: the message and Try again, while the tabs and every other panel work. */
export class PanelBoundary extends Component<PanelBoundaryProps, PanelBoundaryState> {
  state: PanelBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): PanelBoundaryState {
    return { error };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.warn(`The ${this.props.label} panel failed while rendering`, error, info.componentStack);
  }

  render() {
    if (this.state.error === null) return this.props.children;
    return (
      <div className="alert panel-crashed" role="alert">
        <p>The {this.props.label} panel hit an error and could not be shown. The other panels still work, and your stored data is safe.</p>
        <p>{userMessage(this.state.error)}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
