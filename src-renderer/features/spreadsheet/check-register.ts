import i18next from 'i18next';
import type { z } from 'zod';
import {
  candidateExtrasSchema,
  candidateInputSchema,
  emptyCandidateInput,
  fullName,
  searchKey,
  type Candidate,
  type CandidateInput,
} from '../../../src-shared/domain/candidate';
import {
  trajectoryExtrasSchema,
  trajectoryInputSchema,
  type TrajectoryInput,
  type TrajectoryStatus,
} from '../../../src-shared/domain/trajectory';
import { translateMessage } from '../../ui/i18n';
import { parseCode, parseDate, parseNumber, parseText, type Cell, type Parsed } from './cells';
import type { Progress, Sheet, SheetRow } from './read-spreadsheet';
import {
  columnLetter,
  fieldKeys,
  registerFields,
  type ColumnMapping,
  type FieldKey,
} from './register-fields';

/** One problem in the file: where it is and what is wrong, never the cell's value. */
export interface Problem {
  /** The row as Excel numbers it; null for a problem with the mapping itself. */
  row: number | null;
  /** "C (Geboortedatum)": the column letter and the field it was mapped to. */
  column: string | null;
  message: string;
}

/** A row ready to be written: the candidate and, when the row has one, their trajectory. */
export interface PlannedRow {
  row: number;
  candidate: CandidateInput;
  municipality: string | null;
  trajectory: {
    employer: string | null;
    location: string | null;
    /** Checked with stand-in ids: the writer sets the candidate's, employer's and location's. */
    input: TrajectoryInput;
    programme: string | null;
  } | null;
}

export interface RegisterCheck {
  rows: PlannedRow[];
  problems: Problem[];
}

type Values = { [K in FieldKey]: unknown };

const CHUNK = 250;
/** A message in the coach's language from a key the checks chose (keys are not typed here). */
const say = (key: string, params?: Record<string, unknown>) =>
  String(i18next.t(key as never, params as never));
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The identity that makes two rows the same person: the full name and the birth date. */
const personKey = (
  person: Pick<CandidateInput, 'firstName' | 'infix' | 'lastName' | 'birthDate'>,
) => `${searchKey(fullName(person)).replace(/\s+/g, ' ').trim()}|${person.birthDate ?? ''}`;

/**
 * Checks every data row of the sheet against the domain's rules, as the forms do, and for
 * candidates already in Instap or twice in the file. The first non-empty row is the header.
 */
export async function checkRegister(
  sheet: Sheet,
  mapping: ColumnMapping,
  existing: readonly Candidate[],
  onProgress: Progress = () => {},
): Promise<RegisterCheck> {
  const problems = mappingProblems(mapping);
  if (problems.length > 0) return { rows: [], problems };
  const column = (key: FieldKey) => mapping.indexOf(key);
  const label = (key: FieldKey) => {
    const index = column(key);
    return index < 0 ? null : `${columnLetter(index)} (${registerFields[key].header})`;
  };
  const known = new Set(
    existing.filter((person) => !person.deletedAt && !person.anonymisedAt).map(personKey),
  );
  const firstRowOf = new Map<string, number>();
  const rows: PlannedRow[] = [];
  const dataRows = sheet.rows.slice(1);
  for (const [index, sheetRow] of dataRows.entries()) {
    const add = (key: FieldKey | null, message: string, params?: Record<string, unknown>) =>
      problems.push({
        row: sheetRow.number,
        column: key ? label(key) : null,
        message: say(message, params),
      });
    const planned = planRow(sheetRow, mapping, sheet.date1904, (key, message) =>
      problems.push({ row: sheetRow.number, column: label(key), message }),
    );
    if (planned) {
      const person = personKey(planned.candidate);
      const earlier = firstRowOf.get(person);
      if (known.has(person)) add('lastName', 'spreadsheet.problems.alreadyKnown');
      else if (earlier !== undefined) {
        add('lastName', 'spreadsheet.problems.duplicateRow', { row: earlier });
      } else firstRowOf.set(person, sheetRow.number);
      rows.push(planned);
    }
    if ((index + 1) % CHUNK === 0) {
      onProgress((index + 1) / dataRows.length);
      await breathe();
    }
  }
  if (dataRows.length === 0) {
    problems.push({ row: null, column: null, message: say('spreadsheet.problems.noRows') });
  }
  onProgress(1);
  return { rows, problems };
}

function mappingProblems(mapping: ColumnMapping): Problem[] {
  const problems: Problem[] = [];
  for (const key of ['firstName', 'lastName'] as const) {
    if (!mapping.includes(key)) {
      problems.push({
        row: null,
        column: null,
        message: say('spreadsheet.problems.fieldNotMapped', { field: registerFields[key].header }),
      });
    }
  }
  for (const key of fieldKeys) {
    if (mapping.filter((choice) => choice === key).length > 1) {
      problems.push({
        row: null,
        column: null,
        message: say('spreadsheet.problems.fieldTwice', { field: registerFields[key].header }),
      });
    }
  }
  return problems;
}

/** Reads one row's mapped cells and applies the domain rules; null when a cell could not be read. */
function planRow(
  sheetRow: SheetRow,
  mapping: ColumnMapping,
  date1904: boolean,
  report: (key: FieldKey, message: string) => void,
): PlannedRow | null {
  const values = Object.fromEntries(fieldKeys.map((key) => [key, null])) as Values;
  let readable = true;
  mapping.forEach((key, index) => {
    if (!key) return;
    const parsed = parseCell(key, sheetRow.cells[index] ?? null, date1904);
    if (parsed.ok) values[key] = parsed.value;
    else {
      report(key, say(parsed.problem));
      readable = false;
    }
  });
  if (!readable) return null;

  const candidate = candidateInputSchema.safeParse({
    ...emptyCandidateInput(),
    firstName: values.firstName ?? '',
    infix: values.infix,
    lastName: values.lastName ?? '',
    birthDate: values.birthDate,
    phone: values.phone,
    email: values.email,
    discussedOn: values.discussedOn,
    benefit: values.benefit ?? 'unknown',
  });
  const municipality = candidateExtrasSchema.shape.municipality.safeParse(values.municipality);
  const trajectory = planTrajectory(values, report);
  if (!candidate.success) reportIssues(candidate.error, report);
  if (!municipality.success) reportIssues(municipality.error, report, 'municipality');
  if (!candidate.success || !municipality.success || trajectory === undefined) return null;
  return {
    row: sheetRow.number,
    candidate: candidate.data,
    municipality: municipality.data,
    trajectory,
  };
}

/** A cell read as the field it is mapped to (also for the preview). */
export function parseCell(key: FieldKey, cell: Cell, date1904: boolean): Parsed<unknown> {
  const definition = registerFields[key];
  switch (definition.type) {
    case 'date':
      return parseDate(cell, date1904);
    case 'number':
      return parseNumber(cell);
    case 'code':
      return parseCode(cell, definition.names as Readonly<Record<string, string>>);
    case 'text':
      return parseText(cell);
  }
}

/**
 * A row has a trajectory once it has a start date or a status past "besproken". The domain's
 * trajectory rules then apply (end after start, a reason when stopped, hours…); undefined means
 * the row broke one of them.
 */
function planTrajectory(
  values: Values,
  report: (key: FieldKey, message: string) => void,
): PlannedRow['trajectory'] | undefined {
  const status = values.status as TrajectoryStatus | 'discussed' | null;
  const startedOn = values.startedOn as string | null;
  if (status === 'discussed' || (status === null && startedOn === null)) {
    if (startedOn !== null) {
      report('startedOn', say('spreadsheet.problems.discussedWithStart'));
      return undefined;
    }
    return null;
  }
  if (startedOn === null) {
    report('startedOn', say('spreadsheet.problems.startRequired'));
    return undefined;
  }
  const employer = values.employer as string | null;
  const location = values.location as string | null;
  if (location !== null && employer === null) {
    report('employer', say('spreadsheet.problems.locationWithoutEmployer'));
    return undefined;
  }
  const parsed = trajectoryInputSchema.safeParse({
    candidateId: 'import',
    kind: values.kind ?? 'work-experience',
    employerId: employer === null ? null : 'import',
    locationId: location === null ? null : 'import',
    workplaceSupervisor: values.workplaceSupervisor,
    coach: values.coach,
    startedOn,
    plannedEndOn: values.plannedEndOn,
    hoursPerWeek: values.hoursPerWeek,
    role: values.role,
    status: status ?? 'ongoing',
    endedOn: values.endedOn,
    stopReason: values.stopReason,
    outcome: values.outcome,
    outcomeEmployer: null,
    outcomeHours: null,
    closingNote: null,
  });
  const programme = trajectoryExtrasSchema.shape.programme.safeParse(values.programme);
  if (!parsed.success) reportIssues(parsed.error, report);
  if (!programme.success) reportIssues(programme.error, report, 'programme');
  if (!parsed.success || !programme.success) return undefined;
  return { employer, location, input: parsed.data, programme: programme.data };
}

/** The domain's messages (i18n keys or zod's translated text) on the field's column. */
function reportIssues(
  error: z.ZodError,
  report: (key: FieldKey, message: string) => void,
  field?: FieldKey,
) {
  for (const issue of error.issues) {
    const path = field ?? String(issue.path[0] ?? '');
    const key = (fieldKeys as string[]).includes(path) ? (path as FieldKey) : 'lastName';
    report(key, translateMessage(issue.message) ?? issue.message);
  }
}
