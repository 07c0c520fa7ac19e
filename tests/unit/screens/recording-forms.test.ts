import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { TrajectoryInput } from '../../../src-shared/domain/trajectory';
import { openDatabase } from '../../../src-renderer/db/database';
import { createCandidate, findCandidate } from '../../../src-renderer/data/candidate-repository';
import { createTrajectory, findTrajectory } from '../../../src-renderer/data/trajectory-repository';
import {
  removeTraining,
  saveTraining,
  trainingsOf,
} from '../../../src-renderer/data/training-repository';
import {
  candidateFormSchema,
  saveCandidateForm,
  toCandidateFormValues,
} from '../../../src-renderer/features/candidates/candidate-form';
import {
  closeDiscussion,
  closeDiscussionSchema,
  reopenDiscussion,
} from '../../../src-renderer/features/candidates/discussion';
import {
  outflowFormSchema,
  saveOutflow,
  toOutflowFormValues,
} from '../../../src-renderer/features/trajectories/outflow-form';
import {
  placementDetailsSchema,
  programmeSuggestions,
  savePlacementDetails,
  toPlacementDetailsValues,
} from '../../../src-renderer/features/trajectories/placement-details-form';
import { trainingInputSchema } from '../../../src-shared/domain/training';

/**
 * The recording forms of issue 15 (points 5-8): each form's validation as the coach meets it,
 * and its saving through the data layer into a real (fake-indexeddb) database.
 */

let counter = 0;
const freshDb = () => openDatabase(`instap-recording-forms-${counter++}`);

/** A nine-digit number that passes the BSN eleven-test (9+8+7+12+10+8+9+6-3 = 66). */
const BSN_LIKE = '111222333';

function closedToPaidWork(candidateId: string): TrajectoryInput {
  return {
    candidateId,
    kind: 'work-experience',
    employerId: null,
    locationId: null,
    workplaceSupervisor: null,
    coach: null,
    startedOn: '2025-01-06',
    plannedEndOn: null,
    hoursPerWeek: 16,
    role: null,
    status: 'completed',
    endedOn: '2025-07-04',
    stopReason: null,
    outcome: 'paid-work',
    outcomeEmployer: null,
    outcomeHours: null,
    closingNote: null,
  };
}

async function withTrajectory() {
  const db = await freshDb();
  const candidate = await createCandidate(db, { firstName: 'Fatma', lastName: 'Çelik' });
  const trajectory = await createTrajectory(db, closedToPaidWork(candidate.id));
  return { db, candidate, trajectory };
}

/** The messages of a failed parse, per field path. */
function messages(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]),
  );
}

describe('closing a discussion (point 5)', () => {
  it('asks for a reason', () => {
    expect(messages(closeDiscussionSchema.safeParse({ reason: '' }))).toEqual({
      reason: 'discussion.reasonRequired',
    });
  });

  it('saves the reason on the candidate and reopening clears it', async () => {
    const db = await freshDb();
    const candidate = await createCandidate(db, {
      firstName: 'Jan',
      lastName: 'Smit',
      discussedOn: '2026-02-10',
    });
    const { reason } = closeDiscussionSchema.parse({ reason: 'withdrew' });
    await closeDiscussion(db, candidate.id, reason);
    expect((await findCandidate(db, candidate.id))?.notStartedReason).toBe('withdrew');
    await reopenDiscussion(db, candidate.id);
    expect((await findCandidate(db, candidate.id))?.notStartedReason).toBeNull();
  });
});

describe('the municipality on the candidate form (point 6)', () => {
  it('saves with the candidate in one go, and an empty field stores nothing', async () => {
    const db = await freshDb();
    const candidate = await createCandidate(db, { firstName: 'Jan', lastName: 'Smit' });
    const typed = {
      ...toCandidateFormValues(candidate),
      municipality: ' Zwolle ',
      phone: '06-12345678',
    };
    const saved = await saveCandidateForm(db, candidate.id, candidateFormSchema.parse(typed));
    expect([saved.municipality, saved.phone]).toEqual(['Zwolle', '06-12345678']);
    expect(toCandidateFormValues(saved).municipality).toBe('Zwolle');
    const cleared = await saveCandidateForm(
      db,
      candidate.id,
      candidateFormSchema.parse({ ...toCandidateFormValues(saved), municipality: '' }),
    );
    expect((await findCandidate(db, cleared.id))?.municipality).toBeNull();
  });

  it('keeps the candidate rules (consent needs its date)', () => {
    const result = candidateFormSchema.safeParse({
      firstName: 'Jan',
      infix: '',
      lastName: 'Smit',
      birthDate: '',
      phone: '',
      email: '',
      municipality: 'Kampen',
      discussedOn: '',
      benefit: 'unknown',
      referrer: '',
      hoursAvailable: '',
      motivation: '',
      consentToShare: true,
      consentOn: '',
      meetingLine: '',
    });
    expect(messages(result)).toEqual({ consentOn: 'rules.consentNeedsDate' });
  });
});

describe('programme and benefit approval (points 6 and 9)', () => {
  const blank = toPlacementDetailsValues({ programme: null, benefitApproval: null });

  it('refuses a file number that is a BSN, with a Dutch message that echoes no number', () => {
    const result = placementDetailsSchema.safeParse({
      ...blank,
      agency: 'municipality',
      fileNumber: `${BSN_LIKE.slice(0, 3)} ${BSN_LIKE.slice(3)}`,
    });
    const message = messages(result).fileNumber ?? '';
    expect(message).toContain('Een BSN mag niet worden vastgelegd');
    expect(message).not.toContain('111');
  });

  it('accepts the agency’s own dossier number', () => {
    const result = placementDetailsSchema.safeParse({
      ...blank,
      agency: 'uwv',
      fileNumber: 'WW-2026-0412',
    });
    expect(result.success).toBe(true);
  });

  it('asks for the agency when other approval fields are filled', () => {
    expect(messages(placementDetailsSchema.safeParse({ ...blank, office: 'Zwolle' }))).toEqual({
      agency: 'approval.agencyRequired',
    });
  });

  it('saves programme and approval on the trajectory; no agency means no approval', async () => {
    const { db, trajectory } = await withTrajectory();
    const saved = await savePlacementDetails(
      db,
      trajectory.id,
      placementDetailsSchema.parse({
        ...blank,
        programme: 'WEP Trein',
        agency: 'municipality',
        office: 'Gemeente Zwolle, Werk en Inkomen',
        consultant: 'M. de Groot',
        approvedOn: '2025-01-02',
        fileNumber: 'PW-88120',
      }),
    );
    expect(saved.programme).toBe('WEP Trein');
    expect(saved.benefitApproval).toEqual({
      agency: 'municipality',
      office: 'Gemeente Zwolle, Werk en Inkomen',
      consultant: 'M. de Groot',
      approvedOn: '2025-01-02',
      fileNumber: 'PW-88120',
    });
    await savePlacementDetails(
      db,
      trajectory.id,
      placementDetailsSchema.parse({ ...blank, programme: 'WEP Trein' }),
    );
    expect((await findTrajectory(db, trajectory.id))?.benefitApproval).toBeNull();
  });

  it('suggests the labels used before, most used first, not those in the trash', () => {
    const row = (programme: string | null, deletedAt: string | null = null) => ({
      programme,
      deletedAt,
    });
    expect(
      programmeSuggestions([
        row('Zorgpad'),
        row('WEP Trein'),
        row('WEP Trein'),
        row(null),
        row('Oud project', '2026-01-01T00:00:00.000Z'),
      ]),
    ).toEqual(['WEP Trein', 'Zorgpad']);
  });
});

describe('trainings (point 7)', () => {
  it('need a name', () => {
    expect(
      messages(
        trainingInputSchema.safeParse({ name: ' ', completedOn: '', withCertificate: false }),
      ),
    ).toEqual({ name: 'validation.required' });
  });

  it('are added, changed and removed per trajectory', async () => {
    const { db, trajectory } = await withTrajectory();
    const parse = (name: string, completedOn: string, withCertificate: boolean) =>
      trainingInputSchema.parse({ name, completedOn, withCertificate });
    const haccp = await saveTraining(db, trajectory.id, parse('HACCP', '', false));
    await saveTraining(db, trajectory.id, parse('Veilig tillen', '2025-03-01', true));
    await saveTraining(db, trajectory.id, parse('HACCP basis', '2025-04-10', true), haccp.id);
    const list = () =>
      trainingsOf(db, trajectory.id).then((rows) =>
        rows.map(({ name, completedOn, withCertificate }) => [name, completedOn, withCertificate]),
      );
    expect(await list()).toEqual([
      ['Veilig tillen', '2025-03-01', true],
      ['HACCP basis', '2025-04-10', true],
    ]);
    await removeTraining(db, haccp.id);
    expect(await list()).toEqual([['Veilig tillen', '2025-03-01', true]]);
  });
});

describe('outflow and follow-up (point 8)', () => {
  const blank = toOutflowFormValues({ outflow: null, followUp: { months6: null, months12: null } });

  it('asks for the contract type once instruments or the sector are given', () => {
    expect(
      messages(outflowFormSchema.safeParse({ ...blank, instruments: ['no-risk-policy'] })),
    ).toEqual({ contractType: 'outflow.contractTypeRequired' });
    expect(messages(outflowFormSchema.safeParse({ ...blank, inSector: true }))).toEqual({
      contractType: 'outflow.contractTypeRequired',
    });
  });

  it('refuses "geen" instrument beside another', () => {
    const result = outflowFormSchema.safeParse({
      ...blank,
      contractType: 'permanent',
      instruments: ['none', 'job-coaching'],
    });
    expect(Object.keys(messages(result))).toEqual(['instruments']);
  });

  it('saves outflow and follow-up, and reads them back into the form', async () => {
    const { db, trajectory } = await withTrajectory();
    const values = {
      contractType: 'fixed-term',
      instruments: ['wage-cost-subsidy', 'job-coaching'],
      inSector: true,
      months6: 'employed',
      months12: '',
    };
    const saved = await saveOutflow(db, trajectory.id, outflowFormSchema.parse(values));
    expect(saved.outflow).toEqual({
      contractType: 'fixed-term',
      instruments: ['wage-cost-subsidy', 'job-coaching'],
      inSector: true,
    });
    expect(saved.followUp).toEqual({ months6: 'employed', months12: null });
    expect(toOutflowFormValues(saved)).toEqual(values);
  });
});
