import path from 'node:path';

/** Where the e2e run's web host listens, and where the session its browser received is kept. */
export const E2E_PORT = 5199;
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}/`;
export const SESSION_FILE = path.resolve(
  import.meta.dirname,
  '..',
  '..',
  'test-results',
  'e2e-session.json',
);

/** The browser's time zone (playwright.config): a coach in the Netherlands. */
export const E2E_TIME_ZONE = 'Europe/Amsterdam';

/**
 * The date `days` from today where the browser runs, as a date field holds it (YYYY-MM-DD). Not
 * the test process's own date: around midnight that is another day than the app's.
 */
export function browserDate(days = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: E2E_TIME_ZONE }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
