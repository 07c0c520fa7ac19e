import type { SchemaVersion } from './upgrade';
import { meetingLineAndCertificateCleanup } from './v6-meeting-line';
import { programmeFields } from './v7-programme';

/**
 * The schema versions of the app's IndexedDB, oldest first: entry N - 1 is version N. A new
 * version is added at the end, with a pure `upgrade` when existing rows must change; the live
 * database and the restore of an older backup both run it. A shipped version is never edited:
 * shipped-versions.json holds them as they shipped, and a test compares.
 */
export const schemaVersions: readonly SchemaVersion[] = [
  { stores: { settings: 'key' } },
  // v2: tracking. New tables only; the settings of v1 stay as they are.
  {
    stores: {
      candidates: 'id, lastName, discussedOn',
      employers: 'id',
      trajectories: 'id, candidateId, employerId, status, startedOn',
      learningGoals: 'id, trajectoryId',
      buildUpSteps: 'id, trajectoryId',
      evaluations: 'id, trajectoryId, date',
      auditLog: '++seq, at, [entity+entityId]',
    },
  },
  // v3: partners' exchange files, kept apart from the organisation's own records.
  { stores: { exchangeImports: '++id, organisationId' } },
  // v4: the certificate register.
  { stores: { certificates: 'id, &number, year, trajectoryId, status' } },
  // v5: the coaching log and the worker/workplace profile of a trajectory (one row each).
  { stores: { coachingEntries: 'id, trajectoryId, date', profiles: 'trajectoryId' } },
  // v6: no new tables; the line "voor het overleg" and a clean certificate register (see there).
  { stores: {}, upgrade: meetingLineAndCertificateCleanup },
  // v7: more of the programme: trainings, weekly attendance, employers' open placements, and
  // new fields on candidates and trajectories (see there).
  {
    stores: {
      trainings: 'id, trajectoryId',
      attendance: 'id, trajectoryId, &[trajectoryId+weekStart]',
      openPlacements: 'id, employerId, status',
    },
    upgrade: programmeFields,
  },
];

export const SCHEMA_VERSION = schemaVersions.length;
