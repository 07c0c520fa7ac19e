import { fixtureJson } from './helpers';
import type { Raw } from './helpers';

/**
 * The limits of DOMAIN.md ("Rules an importer enforces") that no exporter reaches: one broken
 * file per limit, made from a valid sample file, with where the issue must be reported. Shared by
 * the validator's, the JSON Schema's and the import's tests, so all three see the same files.
 */

export const RECORDS = 'stichting-de-linde-2019-records.json';
export const COUNTS = 'zorggroep-oost-2019-counts.json';

export interface LimitCase {
  name: string;
  build: () => {
    file: Raw;
    /** The record's ref, `#n` for a record named by its index, null for the file. */
    record: string | null;
    field: string;
    /** A distinctive part of the Dutch message. */
    text: string;
    /** Part of the refused value: a message must never repeat it. */
    hidden: string | null;
  };
  /** False for a rule JSON Schema cannot express (it compares two fields). */
  inSchema: boolean;
}

const MB = 1024 * 1024;
/** A name of `n` characters that says whose it is, so a message repeating it would show. */
const longName = (n: number) => `Zorgcentrum Vertrouwelijk ${'x'.repeat(n)}`.slice(0, n);

function records(): Raw & { trajectories: Raw[] } {
  return fixtureJson(RECORDS) as Raw & { trajectories: Raw[] };
}

/** The first completed record of the records sample, changed. */
function recordCase(
  name: string,
  field: string,
  text: string,
  change: (record: Raw) => string | null,
  namedBy: 'ref' | 'index' = 'ref',
  inSchema = true,
): LimitCase {
  return {
    name,
    inSchema,
    build: () => {
      const file = records();
      const index = file.trajectories.findIndex((t) => t.status === 'completed');
      const record = file.trajectories[index] as Raw;
      const hidden = change(record);
      return {
        file,
        record: namedBy === 'ref' ? String(record.ref) : `#${index}`,
        field,
        text,
        hidden,
      };
    },
  };
}

function topCase(
  name: string,
  fixture: string,
  field: string,
  text: string,
  change: (file: Raw) => string | null,
): LimitCase {
  return {
    name,
    inSchema: true,
    build: () => {
      const file = fixtureJson(fixture);
      const hidden = change(file);
      return { file, record: null, field, text, hidden };
    },
  };
}

const PSEUDONYM_TOO_LONG = 'is langer dan 100 tekens; een pseudoniem is 1 tot 100 tekens';
const NOT_A_PSEUDONYM = 'bevat andere tekens dan letters, cijfers, - en _';
const NAME_TOO_LONG = 'is langer dan 200 tekens';
const OUT_OF_RANGE = 'ligt niet tussen 1900-01-01 en 2100-12-31';

export const limitCases: LimitCase[] = [
  recordCase(
    'een ref van 10 MB',
    'ref',
    PSEUDONYM_TOO_LONG,
    (t) => {
      t.ref = `t-${'a'.repeat(10 * MB)}`;
      return 'aaaaaaaaaa';
    },
    'index',
  ),
  recordCase(
    'een ref van 101 tekens',
    'ref',
    PSEUDONYM_TOO_LONG,
    (t) => {
      t.ref = 'r'.repeat(101);
      return 'rrrrrrrrrr';
    },
    'index',
  ),
  recordCase(
    'een ref met een naam en geboortedatum',
    'ref',
    NOT_A_PSEUDONYM,
    (t) => {
      t.ref = 'Jan Jansen 12-03-1985';
      return 'Jansen';
    },
    'index',
  ),
  recordCase('een candidateRef met een naam', 'candidateRef', NOT_A_PSEUDONYM, (t) => {
    t.candidateRef = 'Fatima_El_Amrani@1990';
    return 'Amrani';
  }),
  recordCase('een lege candidateRef', 'candidateRef', 'mag niet leeg zijn', (t) => {
    t.candidateRef = '';
    return null;
  }),
  recordCase('een werkgever van 20 MB', 'employer', NAME_TOO_LONG, (t) => {
    t.employer = longName(20 * MB);
    return 'Vertrouwelijk';
  }),
  recordCase('een werkgever van 201 tekens', 'employer', NAME_TOO_LONG, (t) => {
    t.employer = longName(201);
    return 'Vertrouwelijk';
  }),
  // A high surrogate without its low one is a character of its own, as JSON Schema counts.
  recordCase(
    'een werkgever van 216 tekens, waarvan 101 losse surrogaten',
    'employer',
    NAME_TOO_LONG,
    (t) => {
      t.employer = `Vertrouwelijk ${'\uD83Dx'.repeat(101)}`;
      return 'Vertrouwelijk';
    },
  ),
  topCase(
    'een organisatienaam van 201 tekens',
    RECORDS,
    'organisation.name',
    NAME_TOO_LONG,
    (f) => {
      (f.organisation as Raw).name = longName(201);
      return 'Vertrouwelijk';
    },
  ),
  topCase('een regio van 201 tekens', RECORDS, 'organisation.region', NAME_TOO_LONG, (f) => {
    (f.organisation as Raw).region = longName(201);
    return 'Vertrouwelijk';
  }),
  topCase('een generator van 201 tekens', COUNTS, 'generator', NAME_TOO_LONG, (f) => {
    f.generator = longName(201);
    return 'Vertrouwelijk';
  }),
  topCase(
    'een werkgever van 201 tekens in de totalen',
    COUNTS,
    'summary.employerStarts[0].employer',
    NAME_TOO_LONG,
    (f) => {
      const starts = (f.summary as Raw).employerStarts as Raw[];
      (starts[0] as Raw).employer = longName(201);
      return 'Vertrouwelijk';
    },
  ),
  recordCase('de datum 0000-01-01', 'discussedOn', OUT_OF_RANGE, (t) => {
    t.discussedOn = '0000-01-01';
    return '0000';
  }),
  recordCase('een startdatum in 1899', 'startedOn', OUT_OF_RANGE, (t) => {
    t.startedOn = '1899-12-31';
    return '1899';
  }),
  recordCase('een einddatum in 2101', 'endedOn', OUT_OF_RANGE, (t) => {
    t.endedOn = '2101-01-01';
    return '2101';
  }),
  topCase('een peildatum in 2101', COUNTS, 'period.referenceDate', OUT_OF_RANGE, (f) => {
    (f.period as Raw).referenceDate = '2101-01-01';
    return '2101';
  }),
  recordCase(
    'meer leerdoelen behaald dan er zijn',
    'learningGoals.achieved',
    'is groter dan total',
    (t) => {
      t.learningGoals = { total: 4, achieved: 5 };
      return null;
    },
    'ref',
    false,
  ),
];

/** Just inside every limit: the validator and the schema both accept these. */
export function filesAtTheLimits(): Raw[] {
  const file = records();
  const [first, second, third] = file.trajectories.filter((t) => t.status === 'completed') as [
    Raw,
    Raw,
    Raw,
  ];
  first.ref = `t-${'a'.repeat(98)}`;
  first.candidateRef = 'Z';
  first.employer = longName(200);
  first.learningGoals = { total: 4, achieved: 4 };
  // 200 characters of which each is two UTF-16 units: still 200 characters.
  second.employer = '🏥'.repeat(200);
  second.discussedOn = '1900-01-01';
  third.candidateRef = 'c_-09AZaz';
  const organisation = file.organisation as Raw;
  organisation.name = longName(200);
  organisation.region = 'R'.repeat(200);
  file.generator = 'G'.repeat(200);
  const period = file.period as Raw;
  period.referenceDate = '2100-12-31';
  return [file];
}
