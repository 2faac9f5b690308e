import type { MaintenanceWindow } from '../../shared/feedback';
import { parseUtcDate } from '../time';
import { maintenanceWindowProblem, MINUTES_PER_DAY, parseMinute } from './maintenance';

/** The maintenance editor's fields as typed: times of day "HH:MM", one-off times "YYYY-MM-DDTHH:MM", all in UTC. */
export interface MaintenanceForm {
  kind: MaintenanceWindow['kind'];
  from: string;
  to: string;
  /** Weekdays ticked, 0 = Sunday. */
  days: number[];
  start: string;
  end: string;
}

export const DEFAULT_MAINTENANCE_FORM: MaintenanceForm = { kind: 'daily', from: '02:00', to: '02:30', days: [0], start: '', end: '' };

/**
 * The window the form describes, or a sentence saying what to fix. An end time of 00:00 means
 * midnight at the end of the day, so 00:00–00:00 on a weekday is the whole day.
 */
export function windowFromForm(form: MaintenanceForm): { window: MaintenanceWindow } | { problem: string } {
  if (form.kind === 'once') {
    const start = parseUtcDate(form.start);
    const end = parseUtcDate(form.end);
    if (!Number.isFinite(start) || !Number.isFinite(end)) return { problem: 'Enter when the window starts and ends (UTC).' };
    if (end <= start) return { problem: 'The window must end after it starts.' };
    return { window: { kind: 'once', start, end } };
  }
  const from = parseMinute(form.from);
  const typedTo = parseMinute(form.to);
  const to = typedTo === 0 ? MINUTES_PER_DAY : typedTo;
  if (!Number.isFinite(from) || !Number.isFinite(to) || from >= MINUTES_PER_DAY) return { problem: 'Enter the times of day as HH:MM (UTC).' };
  if (from === to) return { problem: 'The window must end at another time than it starts.' };
  const window: MaintenanceWindow = form.kind === 'daily' ? { kind: 'daily', from, to } : { kind: 'weekly', days: [...new Set(form.days)].sort((a, b) => a - b), from, to };
  if (window.kind === 'weekly' && window.days.length === 0) return { problem: 'Tick at least one weekday.' };
  const problem = maintenanceWindowProblem(window);
  return problem ? { problem: `This is ${problem}.` } : { window };
}
