import { fullName } from '../../../src-shared/domain/candidate';
import { placementEmployerName } from '../../../src-shared/domain/figure-records';
import type { GoalStatus } from '../../../src-shared/domain/codes';
import type { ProgressReport, ProgressReportForm } from '../../../src-shared/domain/coaching';
import { inPeriod, totalMinutes } from '../../../src-shared/domain/coaching-hours';
import type { InstapDatabase } from '../../db/database';
import { todayIso } from '../../ui/format';
import { loadSettings } from '../../data/settings-repository';
import { learningGoals, buildUpSteps } from '../../data/trajectory-repository';
import { coachingEntriesOf } from '../../data/coaching-repository';
import { attendanceOf } from '../../data/attendance-repository';
import { attendanceSummary } from '../../../src-shared/domain/attendance-summary';

/**
 * The progress report's content, built from the records for a period. Recipient-safe: the note of
 * a contact marked internal is left out here, before anything crosses to the main process; the
 * contact itself (date, kind, minutes) stays so the hours add up. Evaluation notes stay out too
 * (they have no internal mark); the per-goal progress and remarks go in.
 */
export async function buildProgressReport(
  db: InstapDatabase,
  trajectoryId: string,
  form: ProgressReportForm,
): Promise<ProgressReport> {
  const trajectory = await db.trajectories.get(trajectoryId);
  if (!trajectory) throw new Error('trajectory-missing');
  const candidate = await db.candidates.get(trajectory.candidateId);
  if (!candidate) throw new Error('candidate-missing');
  const employer = trajectory.employerId ? await db.employers.get(trajectory.employerId) : null;
  const location = employer?.locations.find((item) => item.id === trajectory.locationId);
  const settings = await loadSettings(db);
  const goals = await learningGoals.siblings(db, trajectoryId);
  const steps = await buildUpSteps.siblings(db, trajectoryId);
  const evaluations = (
    await db.evaluations.where('trajectoryId').equals(trajectoryId).toArray()
  ).sort((a, b) => a.date.localeCompare(b.date));
  const entries = await coachingEntriesOf(db, trajectoryId);
  const attendance = attendanceSummary(await attendanceOf(db, trajectoryId), form);
  const approval = trajectory.benefitApproval;
  const period = { from: form.from, to: form.to };
  const goalText = new Map(goals.map((goal) => [goal.id, goal.text]));
  const laterEvaluation = evaluations.some((evaluation) => evaluation.date > period.to);

  const statusAt = (goalId: string, before: (date: string) => boolean): GoalStatus | null => {
    let status: GoalStatus | null = null;
    for (const evaluation of evaluations) {
      if (!before(evaluation.date)) continue;
      const progress = evaluation.progress.find((item) => item.goalId === goalId);
      if (progress) status = progress.status;
    }
    return status;
  };

  return {
    kind: form.kind,
    // Who receives it, from the benefit approval; the approval date stays in the file.
    addressee: approval && {
      agency: approval.agency,
      office: approval.office,
      consultant: approval.consultant,
      fileNumber: approval.fileNumber,
    },
    organisation: settings.organisationName || 'Instap',
    place: settings.place || null,
    coach: trajectory.coach ?? (settings.coachName || null),
    madeOn: todayIso(),
    period,
    candidate: { fullName: fullName(candidate), birthDate: candidate.birthDate ?? null },
    trajectory: {
      kind: trajectory.kind,
      role: trajectory.role,
      employer: placementEmployerName(
        trajectory.employerId,
        () => employer?.name,
        settings.organisationName,
      ),
      location: location?.name ?? null,
      workplaceSupervisor: trajectory.workplaceSupervisor,
      startedOn: trajectory.startedOn,
      plannedEndOn: trajectory.plannedEndOn,
      endedOn: trajectory.endedOn && trajectory.endedOn <= period.to ? trajectory.endedOn : null,
      hoursPerWeek: trajectory.hoursPerWeek,
    },
    goals: goals.map((goal) => ({
      text: goal.text,
      statusBefore: statusAt(goal.id, (date) => date < period.from),
      // The goal list is current; a later evaluation means the period's end had its own status.
      status: laterEvaluation
        ? (statusAt(goal.id, (date) => date <= period.to) ?? 'open')
        : goal.status,
      evaluations: inPeriod(evaluations, period).flatMap((evaluation) =>
        evaluation.progress
          .filter((progress) => progress.goalId === goal.id)
          .map((progress) => ({
            date: evaluation.date,
            status: progress.status,
            remark: progress.remark,
          })),
      ),
    })),
    evaluationDates: inPeriod(evaluations, period).map((evaluation) => evaluation.date),
    steps: steps.map((step) => ({
      text: step.text,
      reachedOn: step.reachedOn && step.reachedOn <= period.to ? step.reachedOn : null,
    })),
    contacts: inPeriod(entries, period).map((entry) => ({
      date: entry.date,
      kind: entry.kind,
      minutes: entry.minutes,
      note: entry.internal ? null : entry.note,
      goal: entry.goalId ? (goalText.get(entry.goalId) ?? null) : null,
    })),
    minutesSinceStart: totalMinutes(entries.filter((entry) => entry.date <= period.to)),
    attendance:
      attendance.weeks === 0
        ? null
        : {
            weeks: attendance.weeks,
            hoursAgreed: attendance.hoursAgreed,
            hoursWorked: attendance.hoursWorked,
            daysAbsent: attendance.daysAbsent,
          },
    prognosis: {
      paidWorkExpected: form.paidWorkExpected,
      expectedFrom: form.expectedFrom,
      expectedWork: form.expectedWork,
      expectedHours: form.expectedHours,
    },
    problems: form.problems,
    agreements: form.agreements,
    conclusion: form.conclusion,
    nextSteps: form.nextSteps,
  };
}
