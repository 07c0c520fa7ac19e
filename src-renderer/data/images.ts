import type { InstapDatabase } from '../db/database';

/** Logo and signature for the certificates, kept apart from the form's text settings. */
export interface SettingsImages {
  logo: Uint8Array | null;
  signature: Uint8Array | null;
}

const KEY = 'images';

export async function loadImages(db: InstapDatabase): Promise<SettingsImages> {
  const value = (await db.settings.get(KEY))?.value as Partial<SettingsImages> | undefined;
  const bytes = (item: unknown) => (item instanceof Uint8Array ? item : null);
  return { logo: bytes(value?.logo), signature: bytes(value?.signature) };
}

export async function saveImage(
  db: InstapDatabase,
  which: keyof SettingsImages,
  bytes: Uint8Array | null,
): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const current = await loadImages(db);
    await db.settings.put({ key: KEY, value: { ...current, [which]: bytes } });
  });
}
