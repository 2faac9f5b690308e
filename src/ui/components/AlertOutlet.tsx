import { dismissAlerts } from '../../state/alerts';
import { useAppStore } from '../../state/appStore';
import './AlertOutlet.css';

/** The app's one place for error messages; it stays mounted so screen readers hear new ones. */
export function AlertOutlet() {
  const alerts = useAppStore((state) => state.alerts);
  return (
    <div className="alert-outlet" role="alert">
      {alerts.length > 0 && (
        <div className="alert">
          <ul className="alert-messages">
            {alerts.map((alert) => (
              <li key={alert.id}>{alert.message}</li>
            ))}
          </ul>
          <button type="button" className="button-quiet" onClick={dismissAlerts}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
