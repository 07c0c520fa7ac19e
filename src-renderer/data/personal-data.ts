import type { Dexie, Table } from 'dexie';
import {
  anonymiseCandidate,
  anonymiseCertificate,
  anonymiseCoachingEntry,
  anonymiseEvaluation,
  anonymiseGoal,
  anonymiseProfile,
  anonymiseStep,
  anonymiseTraining,
  anonymiseTrajectory,
} from '../../src-shared/domain/retention';
import type { InstapDatabase } from '../db/database';

/**
 * Where a person lives in the database, table by table. Anonymisation (retention) and erasure
 * (Prullenbak, "definitief verwijderen") both walk this one declaration, so they reach the same
 * tables. Every table of the database must be declared: the type refuses a table added to
 * `InstapDatabase` without an entry, and a unit test compares the entries with the Dexie schema.
 */

/** The people an action is about: candidates with all their trajectories, or one trajectory. */
export interface People {
  candidateIds: readonly string[];
  /** Every trajectory of those candidates, the trashed ones included. */
  trajectoryIds: readonly string[];
}

type Action = (db: InstapDatabase, people: People, at: string) => Promise<unknown>;

export type PersonalDataHandling =
  | { holdsPeople: true; anonymise: Action; erase: Action }
  /** Why the table holds nothing about a candidate, for the next engineer to re-check. */
  | { holdsPeople: false; why: string };

/** The tables: every member of the database class that Dexie itself does not have. */
export type TableName = Exclude<keyof InstapDatabase, keyof Dexie>;

type HoldsPeople = Extract<PersonalDataHandling, { holdsPeople: true }>;

/** Rows that belong to a trajectory: anonymised in place, erased with it. */
function perTrajectory<T>(
  table: (db: InstapDatabase) => Table<T, string>,
  anonymiseRow: (row: T, at: string) => T,
): HoldsPeople {
  const rows = (db: InstapDatabase, people: People) =>
    table(db).where('trajectoryId').anyOf(people.trajectoryIds);
  return {
    holdsPeople: true,
    anonymise: async (db, people, at) =>
      table(db).bulkPut((await rows(db, people).toArray()).map((row) => anonymiseRow(row, at))),
    erase: (db, people) => rows(db, people).delete(),
  };
}

/** A certificate keeps its number, year and status even when the person is erased. */
const certificateSnapshots = perTrajectory((db) => db.certificates, anonymiseCertificate);

export const personalData: Record<TableName, PersonalDataHandling> = {
  candidates: {
    holdsPeople: true,
    anonymise: async (db, people, at) => {
      const found = await db.candidates.bulkGet([...people.candidateIds]);
      // Already anonymised: keep the date it happened.
      await db.candidates.bulkPut(
        found.flatMap((candidate) =>
          candidate && !candidate.anonymisedAt ? [anonymiseCandidate(candidate, at)] : [],
        ),
      );
    },
    erase: (db, people) => db.candidates.bulkDelete([...people.candidateIds]),
  },
  trajectories: {
    holdsPeople: true,
    anonymise: async (db, people, at) => {
      const found = await db.trajectories.bulkGet([...people.trajectoryIds]);
      await db.trajectories.bulkPut(
        found.flatMap((trajectory) => (trajectory ? [anonymiseTrajectory(trajectory, at)] : [])),
      );
    },
    erase: (db, people) => db.trajectories.bulkDelete([...people.trajectoryIds]),
  },
  learningGoals: perTrajectory((db) => db.learningGoals, anonymiseGoal),
  buildUpSteps: perTrajectory((db) => db.buildUpSteps, anonymiseStep),
  evaluations: perTrajectory((db) => db.evaluations, anonymiseEvaluation),
  coachingEntries: perTrajectory((db) => db.coachingEntries, anonymiseCoachingEntry),
  profiles: perTrajectory((db) => db.profiles, anonymiseProfile),
  certificates: { ...certificateSnapshots, erase: certificateSnapshots.anonymise },
  trainings: perTrajectory((db) => db.trainings, anonymiseTraining),
  // Hours and days only (no reason, no text): they stay like every count, and go with erasure.
  attendance: perTrajectory(
    (db) => db.attendance,
    (week) => week,
  ),
  auditLog: { holdsPeople: false, why: 'ids, actions and field names; never a value' },
  settings: {
    holdsPeople: false,
    why: 'the organisation’s settings, logo and signature, the pseudonym key, ids of pending work',
  },
  employers: { holdsPeople: false, why: 'organisations and their locations' },
  openPlacements: {
    holdsPeople: false,
    why: 'places employers offer (location, role, hours, date, status); no candidate',
  },
  exchangeImports: {
    holdsPeople: false,
    why: 'partners’ files: counts, or pseudonymised records without names or free text',
  },
};

/** Tables of the open database without a declared handling: must be none. */
export function undeclaredTables(db: InstapDatabase): string[] {
  return db.tables.map((table) => table.name).filter((name) => !Object.hasOwn(personalData, name));
}
