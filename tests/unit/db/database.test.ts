import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { emptySettings } from '../../../src-shared/domain/settings';
import {
  DatabaseTooNewError,
  SCHEMA_VERSION,
  openDatabase,
  openFailureMessage,
} from '../../../src-renderer/db/database';
import { loadSettings, saveSettings } from '../../../src-renderer/data/settings-repository';

let counter = 0;
const freshName = () => `instap-test-${counter++}`;

describe('database', () => {
  it('saves settings and finds them again after reopening', async () => {
    const name = freshName();
    const first = await openDatabase(name);
    await saveSettings(first, {
      ...emptySettings,
      organisationName: '  Stichting De Brug ',
      region: 'Regio Zwolle',
      coachName: 'Fatma Çelik',
      signatoryName: 'Jan de Vries',
      signatoryFunction: 'Directeur',
      retentionYearsAfterEnd: 3,
      retentionYearsAfterDiscussion: 1,
    });
    first.close();
    const second = await openDatabase(name);
    expect(await loadSettings(second)).toEqual({
      ...emptySettings,
      organisationName: 'Stichting De Brug',
      region: 'Regio Zwolle',
      coachName: 'Fatma Çelik',
      signatoryName: 'Jan de Vries',
      signatoryFunction: 'Directeur',
      retentionYearsAfterEnd: 3,
      retentionYearsAfterDiscussion: 1,
    });
    second.close();
  });

  it('refuses invalid settings and keeps the stored ones', async () => {
    const db = await openDatabase(freshName());
    await saveSettings(db, {
      ...emptySettings,
      organisationName: 'A',
      region: '',
      coachName: '',
      signatoryName: '',
      signatoryFunction: '',
      retentionYearsAfterEnd: 2,
      retentionYearsAfterDiscussion: 1,
    });
    await expect(
      saveSettings(db, {
        ...emptySettings,
        organisationName: ' ',
        region: '',
        coachName: '',
        signatoryName: '',
        signatoryFunction: '',
        retentionYearsAfterEnd: 2,
        retentionYearsAfterDiscussion: 1,
      }),
    ).rejects.toThrow();
    expect((await loadSettings(db)).organisationName).toBe('A');
    db.close();
  });

  it('refuses a database made by a newer version and leaves it untouched', async () => {
    const name = freshName();
    const newer = new Dexie(name);
    newer.version(SCHEMA_VERSION + 1).stores({ settings: 'key', futureTable: '++id' });
    await newer.open();
    await newer.table('futureTable').add({ note: 'van de toekomst' });
    newer.close();

    const error = await openDatabase(name).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(DatabaseTooNewError);
    expect(openFailureMessage(error)).toBe('errors.databaseTooNew');

    const again = new Dexie(name);
    await again.open();
    expect(again.verno).toBe(SCHEMA_VERSION + 1);
    expect(await again.table('futureTable').count()).toBe(1);
    again.close();
  });
});
