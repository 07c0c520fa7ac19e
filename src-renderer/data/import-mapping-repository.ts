import { z } from 'zod';
import type { InstapDatabase } from '../db/database';

const KEY = 'spreadsheetImportMapping';

/** Column header (compared form) → field name; holds header words only, never a cell's value. */
const mappingSchema = z.record(z.string().max(200), z.string().max(40));

/**
 * The coach's column choices of the last Excel import, so the next file with the same headers
 * maps itself. A stored value that no longer parses is forgotten rather than trusted.
 */
export async function loadRememberedMapping(db: InstapDatabase): Promise<Record<string, string>> {
  const stored = mappingSchema.safeParse((await db.settings.get(KEY))?.value ?? {});
  return stored.success ? stored.data : {};
}

export async function rememberMapping(db: InstapDatabase, mapping: Record<string, string>) {
  await db.transaction('rw', db.settings, async () => {
    const current = await loadRememberedMapping(db);
    await db.settings.put({ key: KEY, value: { ...current, ...mappingSchema.parse(mapping) } });
  });
}
