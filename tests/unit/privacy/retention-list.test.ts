import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../src-shared/domain/candidate';
import type { Trajectory } from '../../../src-shared/domain/trajectory';
import { defaultRetention, retentionDue } from '../../../src-shared/domain/retention';
import {
  buildCandidateRows,
  defaultRowFilter,
  defaultRowSort,
  filterRows,
  sortRows,
} from '../../../src-renderer/features/candidates/candidate-rows';
import { anonymise, retentionList } from '../../../src-renderer/data/privacy-repository';
import { retentionReason } from '../../../src-renderer/features/privacy/retention-reasons';
import { i18next } from '../../../src-renderer/ui/i18n';
import { filledDatabase } from './filled-database';

/** The retention list says per person why and since when they are past the period. */

const person = (id: string, discussedOn: string | null, createdAt = '2020-01-06T09:00:00.000Z') =>
  ({
    id,
    firstName: id,
    infix: null,
    lastName: 'Test',
    discussedOn,
    createdAt,
    anonymisedAt: null,
  }) as Candidate;

const placement = (candidateId: string, endedOn: string | null) =>
  ({ id: `t-${candidateId}`, candidateId, endedOn, deletedAt: null }) as Trajectory;

describe('the retention list', () => {
  it('gives each person the reason, the date it counts from and the end of the period', () => {
    const due = retentionDue(
      [
        person('ended', '2019-01-15'),
        person('discussed', '2025-03-04'),
        person('registered', null, '2024-05-02T10:00:00.000Z'),
        person('recent', '2026-06-01'),
      ],
      [placement('ended', '2023-09-29')],
      '2026-11-23',
      defaultRetention,
    );
    expect(
      due.map(({ candidate, reason, since, expiredOn }) => [
        candidate.id,
        reason,
        since,
        expiredOn,
      ]),
    ).toEqual([
      // Oldest expiry first.
      ['registered', 'registered', '2024-05-02', '2025-05-02'],
      ['ended', 'ended', '2023-09-29', '2025-09-29'],
      ['discussed', 'discussed', '2025-03-04', '2026-03-04'],
    ]);
    expect(due.map((entry) => retentionReason(i18next.t, entry))).toEqual([
      'aangemeld op 02-05-2024, niet besproken of gestart; bewaartermijn verlopen op 02-05-2025',
      'laatste traject beëindigd op 29-09-2023; bewaartermijn verlopen op 29-09-2025',
      'besproken op 04-03-2025, niet gestart; bewaartermijn verlopen op 04-03-2026',
    ]);
  });

  it(
    'lists the sample data with reasons that agree with its records',
    { timeout: 60_000 },
    async () => {
      const { db, dataset } = await filledDatabase();
      const due = await retentionList(db, '2026-11-23', defaultRetention);
      expect(due.length).toBeGreaterThan(200);
      const lastEnd = new Map<string, string>();
      for (const t of dataset.trajectories) {
        if (t.endedOn && (lastEnd.get(t.candidateId) ?? '') < t.endedOn)
          lastEnd.set(t.candidateId, t.endedOn);
      }
      for (const entry of due) {
        const id = entry.candidate.id;
        if (entry.reason === 'ended') {
          expect(entry.since, id).toBe(lastEnd.get(id));
          expect(Number(entry.expiredOn.slice(0, 4)) - Number(entry.since.slice(0, 4)), id).toBe(2);
        } else {
          expect(entry.since, id).toBe(entry.candidate.discussedOn);
          expect(Number(entry.expiredOn.slice(0, 4)) - Number(entry.since.slice(0, 4)), id).toBe(1);
        }
        expect(entry.expiredOn < '2026-11-23', id).toBe(true);
      }
      expect(new Set(due.map((entry) => entry.reason))).toEqual(new Set(['ended', 'discussed']));
      db.close();
    },
  );
});

describe('Kandidaten and anonymised people', () => {
  it('hides anonymised people unless the filter asks for them', { timeout: 60_000 }, async () => {
    const { db } = await filledDatabase();
    const [first] = await retentionList(db, '2026-11-23', defaultRetention);
    if (!first) throw new Error('nobody past the period');
    await anonymise(db, [first.candidate.id]);
    const rows = buildCandidateRows(
      await db.candidates.toArray(),
      await db.trajectories.toArray(),
      await db.employers.toArray(),
      'Stichting De Brug',
    );
    const shown = filterRows(sortRows(rows, defaultRowSort), defaultRowFilter).map((row) => row.id);
    expect(shown).not.toContain(first.candidate.id);
    expect(shown).toHaveLength(rows.length - 1);
    expect(
      filterRows(sortRows(rows, defaultRowSort), { ...defaultRowFilter, showAnonymised: true }).map(
        (row) => row.id,
      ),
    ).toContain(first.candidate.id);
    db.close();
  });
});
