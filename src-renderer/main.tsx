import './ui/styles.css';

/**
 * The entry stays small (issue 18, cold start): index.html already holds the app's frame, and
 * the app's code, fetched meanwhile (modulepreload, vite.config.ts), runs only after the window
 * has painted that frame. Evaluating it is one long task that would otherwise hold the paint back.
 */
let started = false;
const start = () => {
  if (started) return;
  started = true;
  void import('./app/start');
};
if (document.visibilityState === 'hidden') start();
// A frame's callback runs just before its paint; a task queued from there runs after the paint.
else requestAnimationFrame(() => setTimeout(start));
// A page hidden meanwhile draws no frames: it starts the app at once.
document.addEventListener('visibilitychange', start, { once: true });
