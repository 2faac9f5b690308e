import { StoredRecordError } from '../persistence/storageProblem';
import { isAbortError, userMessage } from '../shared/errors';
import { useAppStore } from './appStore';
import { quarantine } from './quarantine';

let nextId = 1;

/** Sends an error to the one alert outlet; cancellations stay silent, a broken stored record is also quarantined. */
export function reportError(error: unknown): void {
  if (isAbortError(error)) return;
  if (error instanceof StoredRecordError) quarantine(error.problem);
  // Errors reach the console too, for whoever debugs; the user reads the alert.
  console.warn(error);
  reportNote(userMessage(error));
}

/** Shows a sentence in the alert outlet once (the same sentence twice shows once). */
export function reportNote(message: string): void {
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
