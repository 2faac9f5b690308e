import { useId, useState, type FormEvent } from 'react';
import { describeWindow, WEEKDAY_NAMES } from '../../core/feedback/maintenance';
import { DEFAULT_MAINTENANCE_FORM, windowFromForm, type MaintenanceForm } from '../../core/feedback/maintenanceForm';
import { addMaintenanceWindow, removeMaintenanceWindow } from '../../state/feedback';
import { useFeedback } from '../../state/feedbackStore';
import { SelectField } from '../components/SelectField';

const KINDS = [
  { value: 'daily', label: 'Every day' },
  { value: 'weekly', label: 'On weekdays' },
  { value: 'once', label: 'Once' },
] as const;

/** The scoring model's maintenance windows (saved with it): a list to delete from and a form to add one. */
export function MaintenanceEditor() {
  const windows = useFeedback((state) => state.maintenance);
  const [form, setForm] = useState<MaintenanceForm>(DEFAULT_MAINTENANCE_FORM);
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const change = (patch: Partial<MaintenanceForm>) => {
    setForm({ ...form, ...patch });
    setProblem(null);
  };
  const toggleDay = (day: number) => change({ days: form.days.includes(day) ? form.days.filter((d) => d !== day) : [...form.days, day] });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const result = windowFromForm(form);
    if ('problem' in result) setProblem(result.problem);
    else void addMaintenanceWindow(result.window);
  };
  return (
    <div className="maintenance">
      <h3 id={`${id}-heading`}>Maintenance windows</h3>
      {windows.length === 0 ? (
        <p className="hint">None: every time can raise an alarm.</p>
      ) : (
        <ul className="feedback-list" aria-labelledby={`${id}-heading`}>
          {windows.map((window, index) => (
            <li key={describeWindow(window)}>
              <span>{describeWindow(window)}</span>
              <button type="button" className="button-quiet" aria-label={`Delete ${describeWindow(window)}`} onClick={() => void removeMaintenanceWindow(index)}>
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="maintenance-form" onSubmit={onSubmit} aria-label="Add a maintenance window">
        <SelectField label="Repeats" value={form.kind} options={KINDS} onChange={(kind) => change({ kind })} />
        {form.kind === 'once' ? (
          <>
            <TimeField label="Start (UTC)" type="datetime-local" value={form.start} onChange={(start) => change({ start })} />
            <TimeField label="End (UTC)" type="datetime-local" value={form.end} onChange={(end) => change({ end })} />
          </>
        ) : (
          <>
            <TimeField label="From (UTC)" type="time" value={form.from} onChange={(from) => change({ from })} />
            <TimeField label="To (UTC)" type="time" value={form.to} onChange={(to) => change({ to })} />
          </>
        )}
        {form.kind === 'weekly' && (
          <fieldset className="weekdays">
            <legend>Weekdays</legend>
            {WEEKDAY_NAMES.map((name, day) => (
              <label key={name} className="check">
                <input type="checkbox" checked={form.days.includes(day)} onChange={() => toggleDay(day)} />
                {name}
              </label>
            ))}
          </fieldset>
        )}
        <button type="submit">Add window</button>
      </form>
      {problem && (
        <p className="hint" role="status">
          {problem}
        </p>
      )}
      <p className="hint">Alarms in these windows are suppressed here and in Live; 00:00 as the end means midnight.</p>
    </div>
  );
}

interface TimeFieldProps {
  label: string;
  type: 'time' | 'datetime-local';
  value: string;
  onChange: (value: string) => void;
}

function TimeField({ label, type, value, onChange }: TimeFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type={type} value={value} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}
