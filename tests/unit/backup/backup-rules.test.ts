import { describe, expect, it } from 'vitest';
import {
  backupProblem,
  backupTables,
  parseBackup,
  type BackupTable,
} from '../../../src-shared/domain/backup';
import { SCHEMA_VERSION } from '../../../src-renderer/db/database';
import { schemaVersions } from '../../../src-shared/schema/versions';
import { committedBackup } from '../../fixtures/backups/committed';

/**
 * The checks a backup passes before anything is replaced or stored, on the committed backup of
 * the current schema version (every table has rows): each damage is refused with its own Dutch
 * message, which names the place and never a value. Pure and fast: no database.
 */
type Row = Record<string, unknown>;
type Raw = Row & { tables: Record<BackupTable, Row[]> };
const committed = committedBackup(SCHEMA_VERSION);
const raw = (): Raw => JSON.parse(committed) as Raw;

/** The fixture with `damage` done to it, as the text of a file. */
function damaged(damage: (backup: Raw) => void): string {
  const backup = raw();
  damage(backup);
  return JSON.stringify(backup);
}

const row = (backup: Raw, table: BackupTable, index = 0): Row => {
  const found = backup.tables[table][index];
  if (!found) throw new Error(`fixture has no ${table}[${index}]`);
  return found;
};
const setting = (backup: Raw, key: string): Row => {
  const found = backup.tables.settings.find((item) => item.key === key);
  if (!found) throw new Error(`fixture has no setting ${key}`);
  return found;
};
const rest = (message: string) =>
  `De back-up is niet samenhangend: ${message}. Er is niets gewijzigd.`;
const damagedAt = (where: string) =>
  `De back-up is beschadigd of onvolledig (bij ${where}). Er is niets gewijzigd.`;

describe('a backup of this version', () => {
  it('is read whole, with the number of rows of every table', () => {
    const check = parseBackup(committed);
    if (!check.ok) throw new Error(check.message);
    const expected = Object.fromEntries(
      backupTables.map((table) => [table, raw().tables[table].length]),
    );
    expect(check.counts).toEqual(expected);
    expect(Object.values(check.counts).every((count) => count > 0)).toBe(true);
    expect(check.backup.schemaVersion).toBe(SCHEMA_VERSION);
    expect(backupProblem(committed)).toBeNull();
  });

  it('lets a second running trajectory of a candidate stand when one of them is in the bin', () => {
    const text = damaged((backup) => {
      const running = backup.tables.trajectories.find((t) => t.status === 'ongoing') as Row;
      backup.tables.trajectories.push({ ...running, id: 't-binned', deletedAt: running.createdAt });
    });
    expect(backupProblem(text)).toBeNull();
  });

  it('takes every action the audit log records', () => {
    const actions = ['create', 'update', 'delete', 'restore', 'purge'];
    const text = damaged((backup) => {
      const entry = row(backup, 'auditLog');
      backup.tables.auditLog = actions.map((action, index) => ({
        ...entry,
        seq: index + 1,
        action,
      }));
    });
    const check = parseBackup(text);
    if (!check.ok) throw new Error(check.message);
    expect(check.backup.tables.auditLog.map((entry) => entry.action)).toEqual(actions);
  });

  it('lets two ended trajectories of one candidate stand', () => {
    const text = damaged((backup) => {
      const ended = backup.tables.trajectories.find((t) => t.status === 'completed') as Row;
      backup.tables.trajectories.push({ ...ended, id: 't-again' });
    });
    expect(backupProblem(text)).toBeNull();
  });
});

describe('a backup that breaks a rule the tables cannot see', () => {
  const key = 'de installatiesleutel voor de pseudoniemen ontbreekt of is ongeldig';
  const childTables = [
    'learningGoals',
    'buildUpSteps',
    'evaluations',
    'coachingEntries',
    'profiles',
    'trainings',
    'attendance',
  ] as const;
  it.each<[string, (backup: Raw) => void, string]>([
    [
      'no installation key',
      (backup) => {
        backup.tables.settings = backup.tables.settings.filter((s) => s.key !== 'installation');
      },
      key,
    ],
    [
      'a secret of 31 bytes',
      (backup) => {
        const value = setting(backup, 'installation').value as Row;
        value.secret = { $bytes: Buffer.alloc(31, 7).toString('base64') };
      },
      key,
    ],
    [
      'a secret that is text, not bytes',
      (backup) => {
        (setting(backup, 'installation').value as Row).secret = 'a'.repeat(64);
      },
      key,
    ],
    [
      'a second running trajectory',
      (backup) => {
        const running = backup.tables.trajectories.find((t) => t.status === 'ongoing') as Row;
        backup.tables.trajectories.push({ ...running, id: 't-twice' });
      },
      'een kandidaat heeft meer dan één lopend traject',
    ],
    [
      'a trajectory of an unknown candidate',
      (backup) => {
        row(backup, 'trajectories').candidateId = 'c-unknown';
      },
      'een traject hoort bij een onbekende kandidaat',
    ],
    ...childTables.map((table): [string, (backup: Raw) => void, string] => [
      `a row of ${table} of an unknown trajectory`,
      (backup) => {
        row(backup, table).trajectoryId = 't-unknown';
      },
      'een leerdoel, stap, evaluatie, training of aanwezigheidsweek hoort bij een onbekend traject',
    ]),
    [
      'an open placement of an unknown employer',
      (backup) => {
        row(backup, 'openPlacements').employerId = 'e-unknown';
      },
      'een openstaande plek hoort bij een onbekende werkgever',
    ],
    [
      'a week twice in the attendance',
      (backup) => {
        row(backup, 'attendance', 1).weekStart = row(backup, 'attendance', 0).weekStart;
      },
      'een traject heeft een week twee keer in de aanwezigheid',
    ],
  ])('refuses %s, naming the rule', (_name, damage, message) => {
    const text = damaged(damage);
    expect(parseBackup(text)).toEqual({ ok: false, message: rest(message) });
    expect(backupProblem(text)).toBe(rest(message));
  });

  it('does not mistake the same week of two trajectories for a week twice', () => {
    const text = damaged((backup) => {
      const other = row(backup, 'trajectories', 0).id;
      const week = row(backup, 'attendance', 0);
      backup.tables.attendance.push({ ...week, id: 'w-other', trajectoryId: other });
    });
    expect(backupProblem(text)).toBeNull();
  });
});

describe('a backup whose rows are not what the tables hold', () => {
  it.each<[string, (backup: Raw) => void, string]>([
    [
      'a setting without a key',
      (backup) => {
        row(backup, 'settings').key = '';
      },
      'tables › settings › 0 › key',
    ],
    [
      'an audit entry with an unknown action',
      (backup) => {
        row(backup, 'auditLog').action = 'copy';
      },
      'tables › auditLog › 0 › action',
    ],
    [
      'an audit entry numbered 0',
      (backup) => {
        row(backup, 'auditLog').seq = 0;
      },
      'tables › auditLog › 0 › seq',
    ],
    [
      'a certificate number without its year',
      (backup) => {
        row(backup, 'certificates').number = '0001';
      },
      'tables › certificates › 0 › number',
    ],
    [
      'a certificate number with text before it',
      (backup) => {
        row(backup, 'certificates').number = 'x2026-0001';
      },
      'tables › certificates › 0 › number',
    ],
    [
      'a certificate number with text after it',
      (backup) => {
        row(backup, 'certificates').number = '2026-0001x';
      },
      'tables › certificates › 0 › number',
    ],
    [
      'a certificate that is neither issued nor replaced',
      (backup) => {
        row(backup, 'certificates').status = 'draft';
      },
      'tables › certificates › 0 › status',
    ],
    [
      'an import of a file in another format',
      (backup) => {
        (row(backup, 'exchangeImports').file as Row).format = 'other';
      },
      'tables › exchangeImports › 0 › file',
    ],
    [
      'a candidate whose first name is a number',
      (backup) => {
        row(backup, 'candidates').firstName = 7;
      },
      'tables › candidates › 0 › firstName',
    ],
    [
      'a goal without its place in the list',
      (backup) => {
        delete row(backup, 'learningGoals').order;
      },
      'tables › learningGoals › 0 › order',
    ],
  ])('refuses %s, naming where', (_name, damage, where) => {
    expect(parseBackup(damaged(damage))).toEqual({ ok: false, message: damagedAt(where) });
  });

  it.each<[string, string, string]>([
    [
      'text that is no JSON',
      '{"format":',
      'Dit bestand is geen leesbare back-up van Instap (geen geldige JSON).',
    ],
    [
      'a file of another program',
      JSON.stringify({ format: 'wep-regional-export', schemaVersion: 1, tables: {} }),
      'Dit bestand is geen back-up van Instap.',
    ],
    [
      'a backup without a schema version',
      damaged((backup) => {
        delete backup.schemaVersion;
      }),
      'Dit bestand is geen back-up van Instap.',
    ],
    [
      'a backup of a newer Instap',
      damaged((backup) => {
        backup.schemaVersion = SCHEMA_VERSION + 1;
      }),
      'Deze back-up is gemaakt met een nieuwere versie van Instap. Werk Instap eerst bij.',
    ],
    [
      'a backup whose tables are not a set of tables',
      damaged((backup) => {
        (backup as Row).tables = 'leeg';
      }),
      'De back-up is beschadigd of onvolledig (bij tables). Er is niets gewijzigd.',
    ],
    [
      'a backup of schema version 0, which no Instap wrote',
      damaged((backup) => {
        backup.schemaVersion = 0;
      }),
      'Deze back-up is gemaakt met een versie van Instap die deze versie niet kan bijwerken. Er is niets gewijzigd.',
    ],
  ])('refuses %s', (_name, text, message) => {
    expect(parseBackup(text)).toEqual({ ok: false, message });
  });

  it('refuses a backup whose upgrade to this version fails, and says so', () => {
    const text = damaged((backup) => {
      backup.schemaVersion = SCHEMA_VERSION - 1;
    });
    const failingStep = [
      ...schemaVersions.slice(0, -1),
      {
        ...schemaVersions.at(-1)!,
        upgrade: () => {
          throw new Error('step');
        },
      },
    ];
    expect(parseBackup(text, failingStep)).toEqual({
      ok: false,
      message:
        'De back-up kon niet worden bijgewerkt naar de indeling van deze versie van Instap. Er is niets gewijzigd.',
    });
  });
});
