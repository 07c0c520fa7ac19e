import type { AttendanceWeek } from '../../../src-shared/domain/attendance';
import { attendanceSummary } from '../../../src-shared/domain/attendance-summary';
import { fullName } from '../../../src-shared/domain/candidate';
import { placementEmployerName } from '../../../src-shared/domain/figure-records';
import { retentionPeriod } from '../../../src-shared/domain/retention';
import type { SubjectAccessReport } from '../../../src-shared/domain/subject-access';
import { now, type InstapDatabase } from '../../db/database';
import { loadSettings } from '../../data/settings-repository';

/**
 * Inzage (AVG article 15): every row that holds the person, read from every table that can
 * (see ./personal-data), once as the stored records (the JSON beside the PDF, for portability)
 * and once as the readable report the main process prints.
 */

/** Everything stored about one candidate, rows as they are. */
export async function personalRecords(db: InstapDatabase, candidateId: string) {
  const candidate = await db.candidates.get(candidateId);
  if (!candidate) throw new Error('candidate-missing');
  const trajectories = await db.trajectories.where('candidateId').equals(candidateId).toArray();
  trajectories.sort((a, b) => a.startedOn.localeCompare(b.startedOn));
  const ids = trajectories.map((trajectory) => trajectory.id);
  const [
    goals,
    steps,
    evaluations,
    coachingEntries,
    profiles,
    certificates,
    employers,
    trainings,
    attendance,
  ] = await Promise.all([
    db.learningGoals.where('trajectoryId').anyOf(ids).sortBy('order'),
    db.buildUpSteps.where('trajectoryId').anyOf(ids).sortBy('order'),
    db.evaluations.where('trajectoryId').anyOf(ids).sortBy('date'),
    db.coachingEntries.where('trajectoryId').anyOf(ids).sortBy('date'),
    db.profiles.bulkGet(ids),
    db.certificates.where('trajectoryId').anyOf(ids).sortBy('issuedAt'),
    db.employers.toArray(),
    db.trainings.where('trajectoryId').anyOf(ids).toArray(),
    db.attendance.where('trajectoryId').anyOf(ids).sortBy('weekStart'),
  ]);
  // The log of changes names the records changed (and which fields), never their contents.
  const ownIds = new Set<string>([
    candidateId,
    ...ids,
    ...[
      ...goals,
      ...steps,
      ...evaluations,
      ...coachingEntries,
      ...certificates,
      ...trainings,
      ...attendance,
    ].map((r) => r.id),
  ]);
  const changes = await db.auditLog.filter((entry) => ownIds.has(entry.entityId)).toArray();
  const per = <T extends { trajectoryId: string }>(rows: readonly T[], id: string) =>
    rows.filter((row) => row.trajectoryId === id);
  return {
    candidate,
    trajectories: trajectories.map((trajectory) => ({
      ...trajectory,
      employer: employers.find((e) => e.id === trajectory.employerId) ?? null,
      learningGoals: per(goals, trajectory.id),
      buildUpSteps: per(steps, trajectory.id),
      evaluations: per(evaluations, trajectory.id),
      coachingEntries: per(coachingEntries, trajectory.id),
      profile: profiles.find((profile) => profile?.trajectoryId === trajectory.id) ?? null,
      certificates: per(certificates, trajectory.id),
      trainings: per(trainings, trajectory.id),
      attendance: per(attendance, trajectory.id),
    })),
    changes,
  };
}

type Records = Awaited<ReturnType<typeof personalRecords>>;

/** The machine-readable file beside the PDF: the stored records, for taking them elsewhere. */
export async function subjectAccessExport(db: InstapDatabase, candidateId: string) {
  return {
    description: 'Alle gegevens die Instap over deze persoon bewaart (inzageverzoek, AVG art. 15).',
    exportedAt: now(),
    ...(await personalRecords(db, candidateId)),
  };
}

/** The readable report: the same records, with names for references and nothing technical. */
export async function subjectAccessReport(
  db: InstapDatabase,
  candidateId: string,
  madeOn: string,
): Promise<SubjectAccessReport> {
  const [{ candidate, trajectories, changes }, settings] = await Promise.all([
    personalRecords(db, candidateId),
    loadSettings(db),
  ]);
  const policy = {
    yearsAfterEnd: settings.retentionYearsAfterEnd,
    yearsAfterDiscussion: settings.retentionYearsAfterDiscussion,
  };
  return {
    organisation: settings.organisationName || 'Instap',
    coach: settings.coachName || null,
    madeOn,
    person: {
      fullName: fullName(candidate),
      birthDate: candidate.birthDate,
      phone: candidate.phone,
      email: candidate.email,
      registeredOn: candidate.createdAt.slice(0, 10),
      discussedOn: candidate.discussedOn,
      benefit: candidate.benefit,
      referrer: candidate.referrer,
      hoursAvailable: candidate.hoursAvailable,
      motivation: candidate.motivation,
      consentToShare: candidate.consentToShare,
      consentOn: candidate.consentOn,
      meetingLine: candidate.meetingLine,
      municipality: candidate.municipality,
      notStartedReason: candidate.notStartedReason,
      anonymisedOn: candidate.anonymisedAt?.slice(0, 10) ?? null,
      inTrash: candidate.deletedAt !== null,
    },
    trajectories: trajectories.map((trajectory) => readable(trajectory, settings.organisationName)),
    changes: {
      count: changes.length,
      lastOn:
        changes
          .reduce<string | null>(
            (last, entry) => (last === null || entry.at > last ? entry.at : last),
            null,
          )
          ?.slice(0, 10) ?? null,
    },
    retention: {
      ...policy,
      until: retentionPeriod(candidate, trajectories, policy)?.expiredOn ?? null,
    },
  };
}

function readable(
  trajectory: Records['trajectories'][number],
  organisationName: string,
): SubjectAccessReport['trajectories'][number] {
  const goalText = new Map(trajectory.learningGoals.map((goal) => [goal.id, goal.text]));
  return {
    kind: trajectory.kind,
    employer: placementEmployerName(
      trajectory.employerId,
      () => trajectory.employer?.name,
      organisationName,
    ),
    location:
      trajectory.employer?.locations.find((location) => location.id === trajectory.locationId)
        ?.name ?? null,
    role: trajectory.role,
    workplaceSupervisor: trajectory.workplaceSupervisor,
    coach: trajectory.coach,
    startedOn: trajectory.startedOn,
    plannedEndOn: trajectory.plannedEndOn,
    endedOn: trajectory.endedOn,
    status: trajectory.status,
    stopReason: trajectory.stopReason,
    outcome: trajectory.outcome,
    outcomeEmployer: trajectory.outcomeEmployer,
    outcomeHours: trajectory.outcomeHours,
    hoursPerWeek: trajectory.hoursPerWeek,
    closingNote: trajectory.closingNote,
    inTrash: trajectory.deletedAt !== null,
    goals: trajectory.learningGoals.map(({ text, status }) => ({ text, status })),
    steps: trajectory.buildUpSteps.map(({ text, reachedOn }) => ({ text, reachedOn })),
    evaluations: trajectory.evaluations.map((evaluation) => ({
      date: evaluation.date,
      notes: evaluation.notes,
      progress: evaluation.progress.map((progress) => ({
        goal: goalText.get(progress.goalId) ?? 'Leerdoel',
        status: progress.status,
        remark: progress.remark,
      })),
    })),
    contacts: trajectory.coachingEntries.map((entry) => ({
      date: entry.date,
      kind: entry.kind,
      minutes: entry.minutes,
      note: entry.note,
      internal: entry.internal,
      goal: entry.goalId ? (goalText.get(entry.goalId) ?? null) : null,
    })),
    profile: trajectory.profile
      ? {
          brings: trajectory.profile.brings,
          needs: trajectory.profile.needs,
          asks: trajectory.profile.asks,
          offers: trajectory.profile.offers,
          matchingNote: trajectory.profile.matchingNote,
        }
      : null,
    certificates: trajectory.certificates.map((certificate) => ({
      number: certificate.number,
      issuedOn: certificate.content.issuedOn,
      status: certificate.status,
    })),
    programme: trajectory.programme,
    benefitApproval: trajectory.benefitApproval && { ...trajectory.benefitApproval },
    outflow: trajectory.outflow && {
      ...trajectory.outflow,
      instruments: [...trajectory.outflow.instruments],
    },
    followUp: { ...trajectory.followUp },
    trainings: trajectory.trainings.map(({ name, completedOn, withCertificate }) => ({
      name,
      completedOn,
      withCertificate,
    })),
    attendance: attendanceOverview(trajectory.attendance),
  };
}

/** The weeks recorded, oldest first, in short: how many, from when to when, and the totals. */
function attendanceOverview(
  weeks: readonly AttendanceWeek[],
): SubjectAccessReport['trajectories'][number]['attendance'] {
  // Every week counts: the period is all time.
  const { hoursAgreed, hoursWorked, daysAbsent } = attendanceSummary(weeks, {
    from: '0001-01-01',
    to: '9999-12-31',
  });
  return {
    weeks: weeks.length,
    from: weeks[0]?.weekStart ?? null,
    to: weeks.at(-1)?.weekStart ?? null,
    hoursAgreed,
    hoursWorked,
    daysAbsent,
  };
}
