import { validateTrajectories } from './generated/trajectories-validator';
import {
  exchangeRecordsFileShapeSchema,
  exchangeTrajectorySchema,
  isExchangeDate,
  trajectoryRuleViolations,
} from './schema';
import type { ExchangeRecordsFileV1, ExchangeTrajectory } from './schema';

/**
 * The fast way through a valid file with records: the generated validator (the partners' JSON
 * Schema as code, see generated/) checks the structure of the records without copying them, and
 * one pass adds what JSON Schema cannot say and the unique refs.
 * Null means "not known to be valid": validate.ts then lets zod find and word every error, so this
 * path never needs a message of its own and must never accept what zod refuses (the unit tests
 * hold the two paths to the same answer and the same output).
 */

// The file without its records is small: zod checks and outputs it as usual.
const headerSchema = exchangeRecordsFileShapeSchema.omit({ trajectories: true });

export function validRecordsFile(raw: Record<string, unknown>): ExchangeRecordsFileV1 | null {
  const header = headerSchema.safeParse(raw);
  if (!header.success || validateTrajectories(raw.trajectories) !== true) return null;
  // The generated validator has checked every record's shape and codes.
  const records = raw.trajectories as readonly ExchangeTrajectory[];
  const trajectories: ExchangeTrajectory[] = new Array(records.length);
  const refs = new Set<string>();
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as ExchangeTrajectory;
    if (!beyondSchemaValid(record) || refs.has(record.ref)) return null;
    refs.add(record.ref);
    trajectories[i] = asFormatted(record);
  }
  return { ...header.data, trajectories };
}

/** What zod refuses and the JSON Schema lets through (its description names these for importers). */
function beyondSchemaValid(t: ExchangeTrajectory): boolean {
  if (!validDate(t.discussedOn) || !validDate(t.startedOn) || !validDate(t.endedOn)) return false;
  const goals = t.learningGoals;
  // zod's integers are safe integers; JSON Schema's are any whole number.
  if (
    goals !== null &&
    !(
      Number.isSafeInteger(goals.total) &&
      Number.isSafeInteger(goals.achieved) &&
      goals.achieved <= goals.total
    )
  ) {
    return false;
  }
  const violations = trajectoryRuleViolations({
    status: t.status,
    startedOn: t.startedOn,
    endedOn: t.endedOn,
    stopReasonSet: t.stopReason !== null,
  });
  return violations.length === 0;
}

function validDate(date: string | null): boolean {
  return date === null || isExchangeDate(date);
}

// The format's keys in the format's order, as zod outputs them.
const recordShape = exchangeTrajectorySchema.shape;
const TRAJECTORY_KEYS = Object.keys(recordShape);
/** The keys from here on are optional: absent in files made before they existed. */
const FIRST_OPTIONAL = TRAJECTORY_KEYS.findIndex((key) =>
  recordShape[key as keyof typeof recordShape].isOptional(),
);
const GOALS_KEYS = Object.keys(recordShape.learningGoals.unwrap().shape);
const OUTFLOW_KEYS = Object.keys(recordShape.outflow.unwrap().unwrap().shape);
const FOLLOW_UP_KEYS = Object.keys(recordShape.followUp.unwrap().unwrap().shape);

/**
 * The record as zod outputs it. A record that has only the format's keys, in its order, already
 * is that (an exporter writes them so): it is kept, which spares a copy of every record and the
 * garbage collector's work on it. Any other record is copied without its unknown keys.
 */
function asFormatted(t: ExchangeTrajectory): ExchangeTrajectory {
  const formatted =
    hasKeysInOrder(t, TRAJECTORY_KEYS, FIRST_OPTIONAL) &&
    (t.learningGoals === null || hasKeysInOrder(t.learningGoals, GOALS_KEYS)) &&
    (t.outflow == null || hasKeysInOrder(t.outflow, OUTFLOW_KEYS)) &&
    (t.followUp == null || hasKeysInOrder(t.followUp, FOLLOW_UP_KEYS));
  if (formatted) return t;
  const copy = pick(t, TRAJECTORY_KEYS) as ExchangeTrajectory;
  if (t.learningGoals !== null) copy.learningGoals = pick(t.learningGoals, GOALS_KEYS);
  if (t.outflow != null) copy.outflow = pick(t.outflow, OUTFLOW_KEYS);
  if (t.followUp != null) copy.followUp = pick(t.followUp, FOLLOW_UP_KEYS);
  return copy;
}

/**
 * Whether `value` has exactly `keys`, in that order, except that keys from `firstOptional` on
 * may be absent. Without allocating: this runs for every record.
 */
function hasKeysInOrder(
  value: object,
  keys: readonly string[],
  firstOptional = keys.length,
): boolean {
  let next = 0;
  for (const key in value) {
    while (next >= firstOptional && next < keys.length && keys[next] !== key) next++;
    if (keys[next] !== key) return false;
    next++;
  }
  return next >= firstOptional;
}

/** `keys` of `value` in that order; an absent key stays absent. */
function pick<T extends object>(value: T, keys: readonly string[]): T {
  const source = value as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const key of keys) if (source[key] !== undefined) copy[key] = source[key];
  return copy as T;
}
