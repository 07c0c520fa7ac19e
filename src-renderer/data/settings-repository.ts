import type { RetentionPolicy } from '../../src-shared/domain/retention';
import { emptySettings, settingsSchema, type Settings } from '../../src-shared/domain/settings';
import type { InstapDatabase } from '../db/database';

const SETTINGS_KEY = 'organisation';

/** Stored settings, or the empty ones; a row that no longer parses falls back field by field. */
export async function loadSettings(db: InstapDatabase): Promise<Settings> {
  const row = await db.settings.get(SETTINGS_KEY);
  const stored = settingsSchema.partial().safeParse(row?.value ?? {});
  return { ...emptySettings, ...(stored.success ? stored.data : {}) };
}

export async function saveSettings(db: InstapDatabase, settings: Settings): Promise<Settings> {
  const valid = settingsSchema.parse(settings);
  await db.settings.put({ key: SETTINGS_KEY, value: valid });
  return valid;
}

/**
 * Only the retention periods, the other settings as stored (a restore keeps the periods in force,
 * DOMAIN.md); also where no settings were saved yet.
 */
export async function saveRetentionPolicy(db: InstapDatabase, policy: RetentionPolicy) {
  const row = await db.settings.get(SETTINGS_KEY);
  const stored = typeof row?.value === 'object' && row.value !== null ? row.value : {};
  await db.settings.put({
    key: SETTINGS_KEY,
    value: {
      ...stored,
      retentionYearsAfterEnd: policy.yearsAfterEnd,
      retentionYearsAfterDiscussion: policy.yearsAfterDiscussion,
    },
  });
}
