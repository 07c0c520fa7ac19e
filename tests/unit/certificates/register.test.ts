import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { CertificateContent } from '../../../src-shared/domain/certificate';
import { openDatabase, type InstapDatabase } from '../../../src-renderer/db/database';
import { RuleViolation } from '../../../src-renderer/db/records';
import {
  issueCertificate,
  reissueCertificate,
  withdrawCertificate,
} from '../../../src-renderer/data/certificate-repository';
import { createCandidate } from '../../../src-renderer/data/candidate-repository';
import { createTrajectory } from '../../../src-renderer/data/trajectory-repository';

let counter = 0;

const content = (issuedOn: string, fullName = 'Fatma Çelik'): CertificateContent => ({
  organisation: { name: 'Stichting De Brug', place: 'Zwolle' },
  logo: null,
  signature: null,
  accentColour: '#1f6f6b',
  candidate: { fullName, birthDate: null },
  placement: {
    kind: 'work-experience',
    role: 'Gastvrouw',
    employer: 'Zorgcentrum De Linde',
    location: null,
    startedOn: '2026-03-02',
    endedOn: '2026-09-01',
    hoursPerWeek: 16,
  },
  achievedGoals: ['Op tijd komen'],
  reachedSteps: [],
  personalText: null,
  signatory: { name: 'Jan de Vries', function: 'Directeur' },
  issuedOn,
});

async function completedTrajectory(
  db: InstapDatabase,
  status: 'completed' | 'ongoing' = 'completed',
) {
  const candidate = await createCandidate(db, { firstName: 'Fatma', lastName: 'Çelik' });
  return createTrajectory(db, {
    candidateId: candidate.id,
    kind: 'work-experience',
    employerId: null,
    locationId: null,
    workplaceSupervisor: null,
    coach: null,
    startedOn: '2026-03-02',
    plannedEndOn: null,
    hoursPerWeek: 16,
    role: null,
    status,
    endedOn: status === 'completed' ? '2026-09-01' : null,
    stopReason: null,
    outcome: null,
    outcomeEmployer: null,
    outcomeHours: null,
    closingNote: null,
  });
}

describe('certificate register', () => {
  it('numbers each year from 0001 and gives a reprint the same number and content', async () => {
    const db = await openDatabase(`instap-cert-${counter++}`);
    const first = await completedTrajectory(db);
    const second = await completedTrajectory(db);
    const a = await issueCertificate(db, first.id, content('2026-09-02'));
    const b = await issueCertificate(db, second.id, content('2026-09-03', 'Jan Jansen'));
    expect([a.number, b.number]).toEqual(['2026-0001', '2026-0002']);

    const again = await issueCertificate(db, first.id, content('2026-12-31', 'Changed Name'));
    expect(again.number).toBe('2026-0001');
    expect(again.content.candidate.fullName).toBe('Fatma Çelik');
    expect(await db.certificates.count()).toBe(2);

    const third = await completedTrajectory(db);
    expect((await issueCertificate(db, third.id, content('2027-01-04'))).number).toBe('2027-0001');
    db.close();
  });

  it('reissues with a new number and marks the old one replaced', async () => {
    const db = await openDatabase(`instap-cert-${counter++}`);
    const trajectory = await completedTrajectory(db);
    const old = await issueCertificate(db, trajectory.id, content('2026-09-02'));
    const fresh = await reissueCertificate(db, old.id, content('2026-09-10', 'Fatma Çelik-Yılmaz'));
    expect(fresh.number).toBe('2026-0002');
    expect(await db.certificates.get(old.id)).toMatchObject({
      status: 'replaced',
      replacedBy: fresh.id,
    });
    expect((await issueCertificate(db, trajectory.id, content('2026-10-01'))).id).toBe(fresh.id);
    await expect(reissueCertificate(db, old.id, content('2026-10-01'))).rejects.toBeInstanceOf(
      RuleViolation,
    );
    db.close();
  });

  it('issues nothing for a trajectory that is not completed', async () => {
    const db = await openDatabase(`instap-cert-${counter++}`);
    const running = await completedTrajectory(db, 'ongoing');
    await expect(issueCertificate(db, running.id, content('2026-09-02'))).rejects.toBeInstanceOf(
      RuleViolation,
    );
    expect(await db.certificates.count()).toBe(0);
    db.close();
  });

  it('takes back a withdrawn number so the next one reuses the sequence', async () => {
    const db = await openDatabase(`instap-cert-${counter++}`);
    const first = await completedTrajectory(db);
    const second = await completedTrajectory(db);
    const a = await issueCertificate(db, first.id, content('2026-09-02'));
    await withdrawCertificate(db, a.id);
    expect((await issueCertificate(db, second.id, content('2026-09-02'))).number).toBe('2026-0001');
    db.close();
  });
});
