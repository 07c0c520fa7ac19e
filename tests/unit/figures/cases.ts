import {
  buildExport,
  createPseudonymiser,
  type ExchangeFileV1,
  type ExchangeLevel,
  type ExportSource,
} from '../../../src-shared/exchange';
import type { FigureRecord, Period } from '../../../src-shared/figures';

/**
 * Hand-made cases for the rules of issue 15: figure records, the same as the app's export
 * sources, and the exchange file an organisation would send, so a rule can be followed from the
 * figures to the file and to the merged regional figures.
 */

export function figureRecord(
  fields: Partial<FigureRecord> & Pick<FigureRecord, 'key'>,
): FigureRecord {
  return {
    candidateKey: `c-${fields.key}`,
    kind: 'work-experience',
    employer: null,
    benefit: 'social-assistance',
    discussedOn: null,
    startedOn: null,
    endedOn: null,
    status: 'ongoing',
    stopReason: null,
    outcome: null,
    ...fields,
  };
}

export function exportSource(record: FigureRecord): ExportSource {
  return {
    ...record,
    trajectoryId: record.key,
    candidateId: record.candidateKey,
    birthDate: null,
    hoursPerWeek: null,
    goalsTotal: 0,
    goalsAchieved: 0,
    // A figure record knows only whether the outflow is in the sector; the rest is made up.
    outflow: record.outflow
      ? { contractType: 'other', instruments: [], inSector: record.outflow.inSector }
      : null,
  };
}

let organisationNumber = 0;

/** One organisation's exchange file over `period` on `referenceDate`. */
export function exchangeFile(
  name: string,
  records: readonly FigureRecord[],
  level: ExchangeLevel,
  period: Period,
  referenceDate: string,
  sources: readonly ExportSource[] = records.map(exportSource),
): Promise<ExchangeFileV1> {
  organisationNumber++;
  return buildExport({
    organisation: {
      id: `00000000-0000-4000-8000-${String(organisationNumber).padStart(12, '0')}`,
      name,
      region: 'Regio Zwolle',
    },
    period,
    referenceDate,
    level,
    include: { ageBand: false, benefit: true, hoursPerWeek: false, learningGoals: false },
    generator: 'Instap test',
    exportedAt: '2026-06-15T10:00:00.000Z',
    sources,
    pseudonymise: createPseudonymiser(new Uint8Array(32).fill(organisationNumber)),
  });
}

/** "Today" in the cases around the reference date: the default view's peildatum. */
export const today = '2026-06-15';

/**
 * Around 15 June 2026: a running placement, one completed to paid work, a start planned after
 * today (discussed before it), a discussion after today, and a start of the year before.
 */
export function aroundToday(): FigureRecord[] {
  return [
    figureRecord({
      key: 'running',
      employer: 'Zorgcentrum De Linde',
      discussedOn: '2026-01-20',
      startedOn: '2026-02-02',
    }),
    figureRecord({
      key: 'done',
      employer: 'Kringloop De Ruil',
      discussedOn: '2026-01-20',
      startedOn: '2026-01-05',
      endedOn: '2026-05-29',
      status: 'completed',
      outcome: 'paid-work',
    }),
    figureRecord({
      key: 'planned',
      employer: 'Woonzorg Het Anker',
      benefit: 'wajong',
      discussedOn: '2026-05-20',
      startedOn: '2026-09-01',
    }),
    figureRecord({
      key: 'later',
      benefit: 'unemployment',
      discussedOn: '2026-10-05',
      status: 'discussed',
    }),
    figureRecord({
      key: 'last-year',
      employer: 'Kringloop De Ruil',
      benefit: 'unemployment',
      discussedOn: '2025-10-01',
      startedOn: '2025-11-03',
    }),
  ];
}
