import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../app/database-context';
import type { ExchangeImport } from '../../db/database';

/** Every imported partner file, live. */
export function useRegionalImports(): ExchangeImport[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => db.exchangeImports.toArray(), [db]);
}
