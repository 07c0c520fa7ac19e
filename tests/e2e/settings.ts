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
