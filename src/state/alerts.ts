import { isAbortError, userMessage } from '../shared/errors';
import { useAppStore } from './appStore';

let nextId = 1;

/** Sends an error to the one alert outlet; cancellations stay silent. */
export function reportError(error: unknown): void {
  if (isAbortError(error)) return;
  const message = userMessage(error);
  // Errors reach the console too, for whoever debugs; the user reads the alert.
  console.warn(error);
  useAppStore.setState((state) =>
    state.alerts.some((alert) => alert.message === message)
      ? state
      : { alerts: [...state.alerts, { id: nextId++, message }] },
  );
}

/** Clears the alert outlet. */
export function dismissAlerts(): void {
  useAppStore.setState({ alerts: [] });
}
