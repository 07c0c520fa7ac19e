import {
  anonymiseCandidate,
  anonymiseCoachingEntry,
  anonymiseEvaluation,
  anonymiseGoal,
  anonymiseProfile,
  anonymiseStep,
  anonymiseTrajectory,
  pastRetention,
  type RetentionPolicy,
} from '../../../src-shared/domain/retention';
import { audit } from '../../db/audit';
import { now, type InstapDatabase } from '../../db/database';

export async function candidatesPastRetention(
  db: InstapDatabase,
  today: string,
  policy: RetentionPolicy,
) {
  const [candidates, trajectories] = await Promise.all([
    db.candidates.toArray(),
    db.trajectories.toArray(),
  ]);
  return pastRetention(candidates, trajectories, today, policy);
}

/** Anonymises the given candidates and everything about them, in one transaction. */
export async function anonymise(
  db: InstapDatabase,
  candidateIds: readonly string[],
): Promise<number> {
  const tables = [
    db.candidates,
    db.trajectories,
    db.learningGoals,
    db.buildUpSteps,
    db.evaluations,
    db.coachingEntries,
    db.profiles,
    db.auditLog,
  ];
  return db.transaction('rw', tables, async () => {
    const at = now();
    let count = 0;
    for (const id of candidateIds) {
      const candidate = await db.candidates.get(id);
      if (!candidate || candidate.anonymisedAt) continue;
      await db.candidates.put(anonymiseCandidate(candidate, at));
      const trajectories = await db.trajectories.where('candidateId').equals(id).toArray();
      for (const trajectory of trajectories) {
        await db.trajectories.put(anonymiseTrajectory(trajectory, at));
        const goals = await db.learningGoals.where('trajectoryId').equals(trajectory.id).toArray();
        await db.learningGoals.bulkPut(goals.map(anonymiseGoal));
        const steps = await db.buildUpSteps.where('trajectoryId').equals(trajectory.id).toArray();
        await db.buildUpSteps.bulkPut(steps.map(anonymiseStep));
        const evaluations = await db.evaluations
          .where('trajectoryId')
          .equals(trajectory.id)
          .toArray();
        await db.evaluations.bulkPut(evaluations.map(anonymiseEvaluation));
        const entries = await db.coachingEntries
          .where('trajectoryId')
          .equals(trajectory.id)
          .toArray();
        await db.coachingEntries.bulkPut(entries.map((entry) => anonymiseCoachingEntry(entry, at)));
        const profile = await db.profiles.get(trajectory.id);
        if (profile) await db.profiles.put(anonymiseProfile(profile, at));
      }
      await audit(db, 'update', 'candidate', id, ['anonymisedAt']);
      count += 1;
    }
    return count;
  });
}

/** Inzageverzoek: everything Instap holds about one candidate, as JSON the person can read. */
export async function subjectAccessExport(db: InstapDatabase, candidateId: string) {
  const candidate = await db.candidates.get(candidateId);
  if (!candidate) throw new Error('candidate-missing');
  const trajectories = await db.trajectories.where('candidateId').equals(candidateId).toArray();
  const employers = new Map(
    (await db.employers.toArray()).map((employer) => [employer.id, employer]),
  );
  const withDetails = await Promise.all(
    trajectories.map(async (trajectory) => ({
      ...trajectory,
      employer: trajectory.employerId ? (employers.get(trajectory.employerId)?.name ?? null) : null,
      learningGoals: await db.learningGoals
        .where('trajectoryId')
        .equals(trajectory.id)
        .sortBy('order'),
      buildUpSteps: await db.buildUpSteps
        .where('trajectoryId')
        .equals(trajectory.id)
        .sortBy('order'),
      evaluations: await db.evaluations.where('trajectoryId').equals(trajectory.id).sortBy('date'),
      coachingEntries: await db.coachingEntries
        .where('trajectoryId')
        .equals(trajectory.id)
        .sortBy('date'),
      profile: (await db.profiles.get(trajectory.id)) ?? null,
    })),
  );
  return {
    description: 'Alle gegevens die Instap over deze persoon bewaart (inzageverzoek, AVG art. 15).',
    exportedAt: now(),
    candidate,
    trajectories: withDetails,
  };
}
