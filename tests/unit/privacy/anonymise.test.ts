import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { emptyCandidateExtras, fullName } from '../../../src-shared/domain/candidate';
import { toFigureRecords } from '../../../src-shared/domain/figure-records';
import { defaultRetention, pastRetention } from '../../../src-shared/domain/retention';
import { calendarYear, computeFigures } from '../../../src-shared/figures';
import { sampleDataset } from '../../../src-shared/sample';
import { openDatabase, type InstapDatabase } from '../../../src-renderer/db/database';
import { anonymise, candidatesPastRetention } from '../../../src-renderer/data/privacy-repository';
import { loadDataset } from '../../../src-renderer/data/sample-data';

let counter = 0;

async function figuresPerYear(db: InstapDatabase) {
  const records = toFigureRecords(
    await db.candidates.toArray(),
    await db.trajectories.toArray(),
    await db.employers.toArray(),
    '',
  );
  return [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026].map((year) =>
    computeFigures(records, calendarYear(year), '2026-11-23'),
  );
}

/** Every string value stored anywhere, so a check cannot pass on a mere substring. */
async function everyValue(db: InstapDatabase): Promise<Set<string>> {
  const values = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') values.add(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  for (const table of db.tables) (await table.toArray()).forEach(visit);
  return values;
}

// Hundreds of people through every table: slow on a busy two-core machine.
describe('anonymisation after the retention period', { timeout: 60_000 }, () => {
  it('keeps every figure of every year and leaves no personal value in any table', async () => {
    const db = await openDatabase(`instap-privacy-${counter++}`);
    const dataset = sampleDataset({ today: '2026-11-23' });
    await loadDataset(db, dataset);
    const before = await figuresPerYear(db);

    // Far enough ahead that everyone's period has passed.
    const expired = await candidatesPastRetention(db, '2040-01-01', defaultRetention);
    const running = new Set(
      dataset.trajectories.filter((t) => t.endedOn === null).map((t) => t.candidateId),
    );
    expect(expired.length).toBe(dataset.candidates.length - running.size);
    expect(
      await anonymise(
        db,
        expired.map((candidate) => candidate.id),
      ),
    ).toBe(expired.length);

    expect(await figuresPerYear(db)).toEqual(before);
    const stored = await everyValue(db);
    const gone = dataset.candidates.filter((candidate) => !running.has(candidate.id));
    const runningIds = new Set(running);
    const personalOf = (candidate: (typeof dataset.candidates)[number]) => [
      fullName(candidate),
      candidate.phone,
      candidate.email,
      candidate.birthDate,
      candidate.motivation,
    ];
    // Template texts (motivation) shared with someone still running may stay for that person.
    const stillHeld = new Set(
      dataset.candidates.filter((candidate) => running.has(candidate.id)).flatMap(personalOf),
    );
    const personal = gone.flatMap((candidate) =>
      personalOf(candidate).filter(
        (value): value is string =>
          typeof value === 'string' && value.length > 0 && !stillHeld.has(value),
      ),
    );
    const goneTrajectories = new Set(
      dataset.trajectories.filter((t) => !runningIds.has(t.candidateId)).map((t) => t.id),
    );
    const texts = [
      ...dataset.evaluations
        .filter((e) => goneTrajectories.has(e.trajectoryId))
        .map((e) => e.notes),
      ...dataset.learningGoals
        .filter((g) => goneTrajectories.has(g.trajectoryId))
        .map((g) => g.text),
    ].filter((value): value is string => typeof value === 'string' && value.length > 12);
    expect(personal.length).toBeGreaterThan(100);
    for (const value of personal) expect(stored.has(value), value).toBe(false);
    // Goal texts are shared templates, so only texts unique to anonymised people must be gone.
    const keptTexts = new Set(
      [...dataset.evaluations, ...dataset.learningGoals]
        .filter((row) => !goneTrajectories.has(row.trajectoryId))
        .map((row) => ('notes' in row ? row.notes : row.text)),
    );
    for (const value of texts.filter((text) => !keptTexts.has(text))) {
      expect(stored.has(value), value).toBe(false);
    }
    db.close();
  });

  it('keeps candidates with a running trajectory and those within the period', () => {
    const base = {
      ...emptyCandidateExtras(),
      infix: null,
      birthDate: null,
      phone: null,
      email: null,
      benefit: 'unknown' as const,
      referrer: null,
      hoursAvailable: null,
      motivation: null,
      consentToShare: false,
      consentOn: null,
      meetingLine: null,
      createdAt: '2020-01-01T00:00:00.000Z',
      updatedAt: '2020-01-01T00:00:00.000Z',
      deletedAt: null,
      anonymisedAt: null,
    };
    const candidates = [
      { ...base, id: 'ended-long-ago', firstName: 'A', lastName: 'A', discussedOn: '2019-01-01' },
      { ...base, id: 'ended-recently', firstName: 'B', lastName: 'B', discussedOn: '2019-01-01' },
      { ...base, id: 'running', firstName: 'C', lastName: 'C', discussedOn: '2019-01-01' },
      { ...base, id: 'discussed-old', firstName: 'D', lastName: 'D', discussedOn: '2025-11-22' },
      { ...base, id: 'discussed-new', firstName: 'E', lastName: 'E', discussedOn: '2025-11-24' },
    ];
    const trajectory = (candidateId: string, endedOn: string | null) => ({
      id: `t-${candidateId}`,
      candidateId,
      endedOn,
      deletedAt: null,
    });
    const trajectories = [
      trajectory('ended-long-ago', '2024-11-22'),
      trajectory('ended-recently', '2024-11-24'),
      trajectory('running', null),
      trajectory('running', '2020-01-01'),
    ] as unknown as Parameters<typeof pastRetention>[1];
    const ids = pastRetention(candidates, trajectories, '2026-11-23', defaultRetention).map(
      (candidate) => candidate.id,
    );
    expect(ids).toEqual(['ended-long-ago', 'discussed-old']);
  });
});
