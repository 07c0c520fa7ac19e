import type { InstapDatabase } from '../db/database';

/** This installation's identity for the region: created once, kept in the database. */
export interface Installation {
  /** The organisation id partners see in exchange files. */
  organisationId: string;
  /** The HMAC key behind the pseudonyms; never leaves this installation. */
  secret: Uint8Array;
}

const KEY = 'installation';

const stored = async (db: InstapDatabase): Promise<Installation | null> => {
  const value = (await db.settings.get(KEY))?.value as Installation | undefined;
  return value?.secret instanceof Uint8Array && value.secret.length >= 32 ? value : null;
};

/**
 * Reads the identity, creating it on first use. The database provider calls this at start, so
 * later reads (also inside live queries, which may not write) find it.
 */
export async function loadInstallation(db: InstapDatabase): Promise<Installation> {
  const existing = await stored(db);
  if (existing) return existing;
  return db.transaction('rw', db.settings, async () => {
    const again = await stored(db);
    if (again) return again;
    const created: Installation = {
      organisationId: crypto.randomUUID(),
      secret: crypto.getRandomValues(new Uint8Array(32)),
    };
    await db.settings.put({ key: KEY, value: created });
    return created;
  });
}
