import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { reportError } from './state/alerts';
import { loadInitialState } from './state/boot';
import { followShownView } from './state/detectionShown';
import { registerServiceWorker } from './tooling/offline/registerServiceWorker';
import { App } from './ui/App/App';
import { ErrorBoundary } from './ui/App/ErrorBoundary';
import './ui/styles/global.css';

// Errors that escape an action still reach the one alert outlet.
window.addEventListener('unhandledrejection', (event) => {
  event.preventDefault();
  reportError(event.reason);
});
window.addEventListener('error', (event) => {
  // Browser notices such as ResizeObserver loop warnings carry no Error object; they are not the user's problem.
  if (!(event.error instanceof Error)) return;
  event.preventDefault();
  reportError(event.error);
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
// Threshold moves and maintenance edits recompute the Detect view in the score worker.
followShownView();
void loadInitialState();
// Only the production build has a service worker; the dev server's modules change on every edit.
if (import.meta.env.PROD) registerServiceWorker();
