import type { Table } from 'dexie';
import {
  OUTFLOW_NEEDS_PAID_WORK,
  emptyTrajectoryExtras,
  outflowWithoutPaidWork,
  runningConflict,
  trajectoryExtrasSchema,
  type BuildUpStep,
  type Evaluation,
  type EvaluationInput,
  type LearningGoal,
  type Trajectory,
  type TrajectoryExtras,
  type TrajectoryInput,
} from '../../src-shared/domain/trajectory';
import { emptyFollowUp } from '../../src-shared/domain/outflow';
import { audit, changedFields } from '../db/audit';
import { newId, type AuditEntity, type InstapDatabase } from '../db/database';
import { RuleViolation, createRecord, setDeleted, updateRecord } from '../db/records';

async function assertSingleRunning(
  db: InstapDatabase,
  trajectory: TrajectoryInput & { id?: string },
) {
  const others = await trajectoriesOf(db, trajectory.candidateId);
  if (runningConflict(trajectory, others)) throw new RuleViolation('rules.oneRunning', 'status');
}

/** The extras (programme, approval…) may come along; those left out start empty. */
export async function createTrajectory(
  db: InstapDatabase,
  input: TrajectoryInput & Partial<TrajectoryExtras>,
): Promise<Trajectory> {
  return db.transaction('rw', db.trajectories, db.auditLog, async () => {
    await assertSingleRunning(db, input);
    return createRecord(db, db.trajectories, 'trajectory', {
      ...emptyTrajectoryExtras(),
      ...input,
    });
  });
}

/**
 * Saves the trajectory form. The extras stay as they are, except that outflow details and the
 * follow-up go when the outcome is no longer paid work (they describe that outflow only).
 */
export function updateTrajectory(db: InstapDatabase, id: string, input: TrajectoryInput) {
  const outflowGone: Partial<TrajectoryExtras> =
    input.outcome === 'paid-work' ? {} : { outflow: null, followUp: emptyFollowUp() };
  return updateRecord(db, db.trajectories, 'trajectory', id, { ...input, ...outflowGone }, (next) =>
    assertSingleRunning(db, next),
  );
}

/**
 * Saves what the coach records beside the trajectory form: programme, the benefit agency's
 * approval, outflow details and follow-up (DOMAIN.md, "More of the programme"). Throws a ZodError
 * for a value the schema refuses (a BSN as file number), and a RuleViolation for outflow or
 * follow-up on a trajectory whose outcome is not paid work.
 */
export async function updateTrajectoryExtras(
  db: InstapDatabase,
  id: string,
  changes: Partial<TrajectoryExtras>,
) {
  const parsed = trajectoryExtrasSchema.partial().parse(changes);
  return updateRecord(db, db.trajectories, 'trajectory', id, parsed, async (next) => {
    const field = outflowWithoutPaidWork(next);
    if (field) throw new RuleViolation(OUTFLOW_NEEDS_PAID_WORK, field);
  });
}

export async function deleteTrajectory(db: InstapDatabase, id: string) {
  await setDeleted(db, db.trajectories, 'trajectory', id, true);
}

/** Restoring may not make a second running trajectory. */
export async function restoreTrajectory(db: InstapDatabase, id: string) {
  await db.transaction('rw', db.trajectories, db.auditLog, async () => {
    const trajectory = await db.trajectories.get(id);
    if (trajectory) await assertSingleRunning(db, trajectory);
    await setDeleted(db, db.trajectories, 'trajectory', id, false);
  });
}

/** Learning goals and build-up steps: ordered lists that belong to one trajectory. */
type Ordered = { id: string; trajectoryId: string; order: number };

function orderedList<T extends Ordered>(
  table: (db: InstapDatabase) => Table<T, string>,
  entity: AuditEntity,
) {
  const siblings = async (db: InstapDatabase, trajectoryId: string) =>
    (await table(db).where('trajectoryId').equals(trajectoryId).toArray()).sort(
      (a, b) => a.order - b.order,
    );
  return {
    siblings,
    async add(db: InstapDatabase, trajectoryId: string, input: Omit<T, keyof Ordered>): Promise<T> {
      return db.transaction('rw', table(db), db.auditLog, async () => {
        const last = (await siblings(db, trajectoryId)).at(-1);
        const item = { ...input, id: newId(), trajectoryId, order: (last?.order ?? 0) + 1 } as T;
        await table(db).add(item);
        await audit(db, 'create', entity, item.id, changedFields(undefined, input));
        return item;
      });
    },
    async update(db: InstapDatabase, id: string, changes: Partial<Omit<T, keyof Ordered>>) {
      await db.transaction('rw', table(db), db.auditLog, async () => {
        const before = await table(db).get(id);
        if (!before) return;
        const next = { ...before, ...changes };
        await table(db).put(next);
        await audit(db, 'update', entity, id, changedFields(before, next));
      });
    },
    /** Swaps with the neighbour above (-1) or below (+1). */
    async move(db: InstapDatabase, id: string, direction: -1 | 1) {
      await db.transaction('rw', table(db), db.auditLog, async () => {
        const item = await table(db).get(id);
        if (!item) return;
        const list = await siblings(db, item.trajectoryId);
        const index = list.findIndex((entry) => entry.id === id);
        const neighbour = list[index + direction];
        if (!neighbour) return;
        await table(db).bulkPut([
          { ...item, order: neighbour.order },
          { ...neighbour, order: item.order },
        ]);
        await audit(db, 'update', entity, id, ['order']);
      });
    },
    async remove(db: InstapDatabase, id: string) {
      await db.transaction('rw', table(db), db.auditLog, async () => {
        await table(db).delete(id);
        await audit(db, 'purge', entity, id);
      });
    },
  };
}

export const learningGoals = orderedList<LearningGoal>((db) => db.learningGoals, 'learningGoal');
export const buildUpSteps = orderedList<BuildUpStep>((db) => db.buildUpSteps, 'buildUpStep');

/** An evaluation also moves each goal to the status it gave it: the goal list stays current. */
export async function saveEvaluation(
  db: InstapDatabase,
  trajectoryId: string,
  input: EvaluationInput,
  id?: string,
): Promise<Evaluation> {
  return db.transaction('rw', [db.evaluations, db.learningGoals, db.auditLog], async () => {
    const before = id ? await db.evaluations.get(id) : undefined;
    const evaluation: Evaluation = { ...input, id: id ?? newId(), trajectoryId };
    await db.evaluations.put(evaluation);
    await audit(
      db,
      before ? 'update' : 'create',
      'evaluation',
      evaluation.id,
      changedFields(before, evaluation),
    );
    const latest = (
      await db.evaluations.where('trajectoryId').equals(trajectoryId).toArray()
    ).every((other) => other.date <= evaluation.date);
    if (latest) {
      for (const progress of input.progress) {
        const goal = await db.learningGoals.get(progress.goalId);
        if (goal && goal.status !== progress.status) {
          await db.learningGoals.put({ ...goal, status: progress.status });
          await audit(db, 'update', 'learningGoal', goal.id, ['status']);
        }
      }
    }
    return evaluation;
  });
}

export async function removeEvaluation(db: InstapDatabase, id: string) {
  await db.transaction('rw', db.evaluations, db.auditLog, async () => {
    await db.evaluations.delete(id);
    await audit(db, 'purge', 'evaluation', id);
  });
}

/** Reads for the screens; every trajectory includes those in the trash: screens filter. */
export const findTrajectory = (db: InstapDatabase, id: string) => db.trajectories.get(id);
export const allTrajectories = (db: InstapDatabase) => db.trajectories.toArray();
export const trajectoriesOf = (db: InstapDatabase, candidateId: string) =>
  db.trajectories.where('candidateId').equals(candidateId).toArray();
export const evaluationsOf = (db: InstapDatabase, trajectoryId: string) =>
  db.evaluations.where('trajectoryId').equals(trajectoryId).toArray();
export const allLearningGoals = (db: InstapDatabase) => db.learningGoals.toArray();
export const allEvaluations = (db: InstapDatabase) => db.evaluations.toArray();
