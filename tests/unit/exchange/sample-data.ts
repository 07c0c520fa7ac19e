import type { ExportInput, ExportSource } from '../../../src-shared/exchange';
import { createPseudonymiser } from '../../../src-shared/exchange';
import type { FigureRecord, Period } from '../../../src-shared/figures';
import {
  wepTrein2019Period,
  wepTrein2019Records,
  wepTrein2019ReferenceDate,
} from '../../fixtures/wep-trein-2019';

/**
 * Two partner organisations as the app knows them, with everything a coach records about a
 * person (names, birth date, contact details, notes, evaluation texts), so the tests can prove
 * that none of it leaves in an exchange file.
 */

export const organisationA = {
  id: '3f6c2a9e-8d41-4b7a-9c15-2e7f0b8d6a41',
  name: 'Stichting De Linde Zorg',
  region: 'Regio Zwolle',
};
export const organisationB = {
  id: 'c1d7e5b2-46a0-4f3e-b8c9-7a2d915e0f63',
  name: 'Zorggroep Oost',
  region: 'Regio Zwolle',
};

/** Fixed secrets: the fixtures must not change from run to run. */
export const secretA = Uint8Array.from({ length: 32 }, (_, i) => (i * 37 + 11) % 256);
export const secretB = Uint8Array.from({ length: 32 }, (_, i) => (i * 53 + 7) % 256);

export const year2019: Period = wepTrein2019Period;
export const year2020: Period = { from: '2020-01-01', to: '2020-12-31' };
export const referenceDate = wepTrein2019ReferenceDate;

const firstNames = ['Fatima', 'Jeroen', 'Sanne', 'Mohammed', 'Anouk', 'Priya', 'Yusuf', 'Ingrid'];
const lastNames = [
  'El Amrani',
  'Hofstede',
  'de Groot',
  'Kowalski',
  'Wijnberg',
  'Ramdin',
  'Tuinstra',
];

interface Person {
  firstName: string;
  lastName: string;
  fullName: string;
  birthDate: string | null;
  phone: string;
  email: string;
  address: string;
  notes: string;
}

/** A person per candidate number; about one in nine without a birth date. */
function person(n: number): Person {
  const firstName = firstNames[n % firstNames.length] as string;
  const lastName = lastNames[(n * 3) % lastNames.length] as string;
  const birthYear = 1958 + ((n * 7) % 45); // 1958–2002: every age band on R
  const month = String(1 + (n % 12)).padStart(2, '0');
  const day = String(1 + ((n * 5) % 28)).padStart(2, '0');
  return {
    firstName,
    lastName,
    fullName: `${firstName} ${lastName}`,
    birthDate: n % 9 === 4 ? null : `${birthYear}-${month}-${day}`,
    phone: `06-4${String(1000000 + n * 7919).slice(-7)}`,
    email: `${firstName.toLowerCase()}.${n}@mail-voorbeeld.nl`,
    address: `Vechtstraat ${n + 3}, 8011 AB`,
    notes: `Kandidaat ${n}: rugklachten, fysiotherapie op dinsdag; niet zwaar tillen.`,
  };
}

/** Every personal string the sources hold: none may appear in an exchange file. */
export function personalStrings(sources: readonly ExportSource[]): string[] {
  const found = new Set<string>();
  for (const s of sources) {
    for (const key of ['fullName', 'phone', 'email', 'address', 'notes', 'birthDate']) {
      const value = s[key];
      if (typeof value === 'string') found.add(value);
    }
    found.add(String(s.firstName));
    found.add(String(s.lastName));
    found.add(s.trajectoryId);
    found.add(s.candidateId);
    const evaluations = s.evaluations as { text: string }[];
    for (const e of evaluations) found.add(e.text);
  }
  return [...found];
}

function source(record: FigureRecord, candidateNumber: number, fields: Partial<ExportSource>) {
  const p = person(candidateNumber);
  const result: ExportSource = {
    // Internal ids in a form no pseudonym can contain by chance.
    trajectoryId: `traject_${record.key}`,
    candidateId: `kandidaat_${record.candidateKey}`,
    kind: record.kind,
    employer: record.employer,
    benefit: record.benefit,
    discussedOn: record.discussedOn,
    startedOn: record.startedOn,
    endedOn: record.endedOn,
    status: record.status,
    stopReason: record.stopReason,
    outcome: record.outcome,
    hoursPerWeek: record.startedOn === null ? null : 12 + (candidateNumber % 5) * 4,
    goalsTotal: record.startedOn === null ? 0 : 3 + (candidateNumber % 3),
    goalsAchieved: record.status === 'completed' ? 3 : record.status === 'ongoing' ? 1 : 0,
    // Names, birth date, contact details, notes: only the birth date is used (as an age band).
    ...p,
    workplaceSupervisor: `Begeleider ${p.lastName}`,
    evaluations: [
      {
        date: '2019-06-01',
        text: `Evaluatie ${candidateNumber}: gaat goed, wel vaak moe (medicatie).`,
      },
    ],
    ...fields,
  };
  return result;
}

/**
 * Organisation A: the 2019 WEP Trein pilot of DOMAIN.md's worked example (plus its 2018 and 2020
 * neighbours). `corrected`: the later state where trajectory t-07 turned out to have stopped.
 */
export function sourcesA(corrected = false): ExportSource[] {
  return wepTrein2019Records().map((record) => {
    const n = Number(record.candidateKey.replace(/\D/g, ''));
    if (corrected && record.key === 't-07') {
      return source(record, n, {
        status: 'stopped',
        endedOn: '2020-10-30',
        stopReason: 'personal',
        outcome: 'unknown',
      });
    }
    return source(record, n, {});
  });
}

function recordB(
  key: string,
  fields: Partial<FigureRecord> & Pick<FigureRecord, 'discussedOn'>,
): FigureRecord {
  return {
    key,
    candidateKey: `c-${key.slice(2)}`,
    kind: 'work-experience',
    employer: null,
    benefit: 'social-assistance',
    startedOn: null,
    endedOn: null,
    status: 'discussed',
    stopReason: null,
    outcome: null,
    ...fields,
  };
}

/**
 * Organisation B, 2019 (R = 2020-12-31): discussed 9, started 6, employers 3 (one shared with
 * A under another spelling), completed 3 (2 to paid work), ongoing 2, stopped 1.
 */
export function sourcesB(): ExportSource[] {
  const records: FigureRecord[] = [
    recordB('b-01', {
      employer: 'Zorgcentrum de Linde',
      discussedOn: '2019-02-12',
      startedOn: '2019-03-01',
      endedOn: '2019-08-30',
      status: 'completed',
      outcome: 'paid-work',
    }),
    recordB('b-02', {
      employer: 'Buurthuis De Ontmoeting',
      benefit: 'unemployment',
      discussedOn: '2019-02-12',
      startedOn: '2019-04-01',
      endedOn: '2019-09-27',
      status: 'completed',
      outcome: 'paid-work',
    }),
    recordB('b-03', {
      kind: 'trial-placement',
      employer: 'Kinderopvang Het Speelhuis',
      discussedOn: '2019-05-14',
      startedOn: '2019-06-03',
      endedOn: '2019-11-29',
      status: 'completed',
      outcome: 'volunteering',
    }),
    recordB('b-04', {
      employer: 'Buurthuis De Ontmoeting',
      benefit: 'wajong',
      discussedOn: '2019-05-14',
      startedOn: '2019-07-01',
      endedOn: '2019-08-16',
      status: 'stopped',
      stopReason: 'motivation',
      outcome: 'benefit',
    }),
    recordB('b-05', {
      kind: 'work-study',
      employer: 'Zorgcentrum de Linde',
      discussedOn: '2019-09-10',
      startedOn: '2019-10-01',
      status: 'ongoing',
    }),
    recordB('b-06', {
      employer: 'Kinderopvang Het Speelhuis',
      benefit: 'none',
      discussedOn: '2019-09-10',
      startedOn: '2019-11-04',
      endedOn: '2021-01-29', // after R: ongoing on R
      status: 'completed',
      outcome: 'paid-work',
    }),
    recordB('b-07', { discussedOn: '2019-02-12' }),
    recordB('b-08', { discussedOn: '2019-09-10' }),
    recordB('b-09', { benefit: 'wia', discussedOn: '2019-11-19' }),
  ];
  return records.map((record, i) => source(record, 100 + i, {}));
}

export const allIncluded = {
  ageBand: true,
  benefit: true,
  hoursPerWeek: true,
  learningGoals: true,
} as const;

export function inputA(overrides: Partial<ExportInput> = {}): ExportInput {
  return {
    organisation: organisationA,
    period: year2019,
    referenceDate,
    level: 'records',
    include: allIncluded,
    generator: 'Instap 0.1.0',
    exportedAt: '2021-03-15T09:30:00.000Z',
    sources: sourcesA(),
    pseudonymise: createPseudonymiser(secretA),
    ...overrides,
  };
}

export function inputB(overrides: Partial<ExportInput> = {}): ExportInput {
  return {
    organisation: organisationB,
    period: year2019,
    referenceDate,
    level: 'counts',
    include: allIncluded,
    generator: 'Instap 0.1.0',
    exportedAt: '2021-02-01T14:00:00.000Z',
    sources: sourcesB(),
    pseudonymise: createPseudonymiser(secretB),
    ...overrides,
  };
}
