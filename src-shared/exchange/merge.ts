import type { IsoDate } from '../domain/codes';
import {
  addFigures,
  addedFigureNames,
  computeFigures,
  employerKeys,
  inCohort,
  programmeMatcher,
  withoutUnsupplied,
} from '../figures';
import type {
  AddedFigureName,
  FigureFilter,
  FigureRecord,
  Period,
  SuppliedFigures,
} from '../figures';
import { isIsoDate, isRecordsFile, levelOf } from './schema';
import type {
  ExchangeCountsSummary,
  ExchangeFileV1,
  ExchangeLevel,
  ExchangePeriod,
  ExchangeTrajectory,
} from './schema';

/**
 * Merging exchange files (DOMAIN.md, "Merging several exports") and the regional figures over
 * them. Files come from parseExchangeFile, so they are valid.
 */

/**
 * Unambiguous key of organisation id + ref (the id may contain any character): the id's length
 * first says where it ends. Cheap, as it is made twice for each of up to 200,000 records.
 */
export function recordKey(organisationId: string, ref: string): string {
  return `${organisationId.length}:${organisationId}${ref}`;
}

export function trajectoryToFigureRecord(
  organisationId: string,
  t: ExchangeTrajectory,
): FigureRecord {
  return {
    key: recordKey(organisationId, t.ref),
    // Candidates are distinct per organisation id + candidateRef.
    candidateKey: recordKey(organisationId, t.candidateRef),
    kind: t.kind,
    employer: t.employer,
    benefit: t.benefit,
    discussedOn: t.discussedOn,
    startedOn: t.startedOn,
    endedOn: t.endedOn,
    status: t.status,
    stopReason: t.stopReason,
    outcome: t.outcome,
    // Undefined where the file does not carry the key (see carriedFigures).
    notStartedReason: t.notStartedReason,
    programme: t.programme,
    outflow: t.outflow,
    followUp: t.followUp,
  };
}

/** The key of a record each added figure needs. */
const neededKey: Record<AddedFigureName, keyof ExchangeTrajectory> = {
  notStarted: 'notStartedReason',
  sustained6Months: 'followUp',
  sustained12Months: 'followUp',
  toPaidWorkInSector: 'outflow',
};

/**
 * The added figures that records supply: those whose key at least one record carries (an
 * exporter writes every key on every record, null when empty; an older one writes none).
 */
export function carriedFigures(trajectories: readonly ExchangeTrajectory[]): Set<AddedFigureName> {
  const carried = new Set<AddedFigureName>();
  for (const name of addedFigureNames) {
    const key = neededKey[name];
    if (trajectories.some((t) => t[key] !== undefined)) carried.add(name);
  }
  return carried;
}

/** The records of one file as figure input; none for a counts-only file. */
export function toFigureRecords(file: ExchangeFileV1): FigureRecord[] {
  if (!isRecordsFile(file)) return [];
  const id = file.organisation.id;
  return file.trajectories.map((t) => trajectoryToFigureRecord(id, t));
}

/** A counts-only summary as figures; an added figure it does not carry is null. */
export function countsSummaryToFigures(summary: ExchangeCountsSummary): SuppliedFigures {
  return {
    discussed: summary.discussed,
    started: summary.started,
    employers: summary.employers,
    completed: summary.completed,
    completedToPaidWork: summary.completedToPaidWork,
    ongoing: summary.ongoing,
    stopped: summary.stopped,
    outcomes: { ...summary.outcomes },
    stopReasons: { ...summary.stopReasons },
    averageDurationDays: summary.averageDurationDays,
    notStarted: summary.notStarted ? { ...summary.notStarted } : null,
    sustained6Months: summary.sustained6Months ? { ...summary.sustained6Months } : null,
    sustained12Months: summary.sustained12Months ? { ...summary.sustained12Months } : null,
    toPaidWorkInSector: summary.toPaidWorkInSector ?? null,
  };
}

// ---------------------------------------------------------------------------------------------
// Merge

export interface MergedExport {
  level: ExchangeLevel;
  period: ExchangePeriod;
  exportedAt: string;
}

export interface MergedOrganisation {
  id: string;
  /** Name and region as the newest export says. */
  name: string;
  region: string;
  /** Every distinct export held, oldest first. */
  exports: MergedExport[];
}

export interface MergedTrajectory {
  organisationId: string;
  /** Of the export this record came from. */
  exportedAt: string;
  trajectory: ExchangeTrajectory;
}

export interface MergedCountsSummary {
  organisationId: string;
  exportedAt: string;
  period: ExchangePeriod;
  summary: ExchangeCountsSummary;
}

export interface MergedExchange {
  organisations: MergedOrganisation[];
  /** One per organisation id + ref: the record of the newest export holding it. */
  trajectories: MergedTrajectory[];
  /** One per organisation, period and reference date: the newest. */
  countsSummaries: MergedCountsSummary[];
}

/**
 * > 0 when `a` is the newer export. Equal instants fall back to comparing the contents, so the
 * result never depends on the order in which files are imported.
 */
function compareNewest(
  a: { exportedAt: string },
  b: { exportedAt: string },
  tieBreak: () => number,
): number {
  const diff = Date.parse(a.exportedAt) - Date.parse(b.exportedAt);
  return diff !== 0 ? diff : tieBreak();
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Equal instants may be written differently ("…Z", "…+01:00"): the whole item breaks the tie. */
function compareWhole(a: object, b: object): number {
  return compareText(JSON.stringify(a), JSON.stringify(b));
}

/** Puts `candidate` under `key` unless what is there is newer. */
function keepNewest<T extends { exportedAt: string }>(
  map: Map<string, T>,
  key: string,
  candidate: T,
): void {
  const current = map.get(key);
  if (
    current === undefined ||
    compareNewest(candidate, current, () => compareWhole(candidate, current)) > 0
  ) {
    map.set(key, candidate);
  }
}

const collator = new Intl.Collator('nl');

export function mergeExports(files: readonly ExchangeFileV1[]): MergedExchange {
  const organisations = new Map<
    string,
    { latest: string; name: string; region: string; exports: Map<string, MergedExport> }
  >();
  const trajectories = new Map<string, MergedTrajectory>();
  const counts = new Map<string, MergedCountsSummary>();

  for (const file of files) {
    const { id, name, region } = file.organisation;
    const { exportedAt, period } = file;
    let org = organisations.get(id);
    if (org === undefined) {
      org = { latest: exportedAt, name, region, exports: new Map() };
      organisations.set(id, org);
    } else {
      const current = org;
      const tieBreak = () => compareText(name, current.name) || compareText(region, current.region);
      if (compareNewest({ exportedAt }, { exportedAt: current.latest }, tieBreak) > 0) {
        current.latest = exportedAt;
        current.name = name;
        current.region = region;
      }
    }
    const level = levelOf(file);
    const copyOfPeriod = { from: period.from, to: period.to, referenceDate: period.referenceDate };
    org.exports.set(JSON.stringify([level, copyOfPeriod, exportedAt]), {
      level,
      period: copyOfPeriod,
      exportedAt,
    });

    if (isRecordsFile(file)) {
      for (const trajectory of file.trajectories) {
        keepNewest(trajectories, recordKey(id, trajectory.ref), {
          organisationId: id,
          exportedAt,
          trajectory,
        });
      }
    } else {
      keepNewest(counts, JSON.stringify([id, period.from, period.to, period.referenceDate]), {
        organisationId: id,
        exportedAt,
        period: copyOfPeriod,
        summary: file.summary,
      });
    }
  }

  return {
    organisations: [...organisations.entries()]
      .map(([id, org]) => ({
        id,
        name: org.name,
        region: org.region,
        exports: [...org.exports.values()].sort((a, b) =>
          compareNewest(a, b, () => compareWhole(a, b)),
        ),
      }))
      .sort((a, b) => collator.compare(a.name, b.name) || compareText(a.id, b.id)),
    trajectories: [...trajectories.values()].sort(
      (a, b) =>
        compareText(a.organisationId, b.organisationId) ||
        compareText(a.trajectory.ref, b.trajectory.ref),
    ),
    countsSummaries: [...counts.values()].sort(
      (a, b) =>
        compareText(a.organisationId, b.organisationId) ||
        compareText(a.period.from, b.period.from) ||
        compareText(a.period.to, b.period.to) ||
        compareText(a.period.referenceDate, b.period.referenceDate),
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// Regional figures

export interface OrganisationFigures {
  organisationId: string;
  name: string;
  /** Recomputed from records, or the counts of a counts-only export. */
  source: ExchangeLevel;
  /** An added figure its files do not carry is null: "niet aangeleverd". */
  figures: SuppliedFigures;
}

export type RegionalFiguresResult =
  | {
      ok: true;
      /** An added figure is null unless every organisation supplies it. */
      total: SuppliedFigures;
      perOrganisation: OrganisationFigures[];
      /** Dutch; e.g. records that do not cover the whole period. */
      warnings: string[];
    }
  | { ok: false; message: string };

function nextDay(date: IsoDate): IsoDate {
  const d = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as they are.
  d.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8)));
  d.setUTCDate(d.getUTCDate() + 1);
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

/** Whether the union of the periods covers every day of `wanted`. */
function covers(periods: readonly Period[], wanted: Period): boolean {
  let reach = wanted.from; // first day not yet covered
  for (const p of [...periods].sort((a, b) => compareText(a.from, b.from))) {
    if (p.from > reach) break;
    if (p.to >= reach) reach = nextDay(p.to);
  }
  return reach > wanted.to;
}

function describePeriods(exports: readonly MergedExport[]): string {
  const seen = new Set<string>();
  for (const { period } of exports) {
    seen.add(`${period.from} t/m ${period.to} (peildatum ${period.referenceDate})`);
  }
  return [...seen].join(', ');
}

/**
 * The region's figures over `period` on `referenceDate`. Per organisation one source is used, so
 * nothing counts twice: the counts of a counts-only export for exactly this period and reference
 * date, unless its with-records exports cover the period; otherwise its records. An organisation
 * with only counts for other periods makes the whole result a Dutch message naming it.
 */
export function regionalFigures(
  merged: MergedExchange,
  period: Period,
  referenceDate: IsoDate,
  filter?: FigureFilter,
): RegionalFiguresResult {
  const { from, to } = period;
  if (!isIsoDate(from) || !isIsoDate(to) || !isIsoDate(referenceDate) || to < from) {
    return {
      ok: false,
      message: `De periode ${from} t/m ${to} met peildatum ${referenceDate} is ongeldig: geef bestaande datums (JJJJ-MM-DD) en een begin dat niet na het einde ligt.`,
    };
  }

  const recordsByOrg = new Map<string, FigureRecord[]>();
  const exchangeRecordsByOrg = new Map<string, ExchangeTrajectory[]>();
  for (const { organisationId, trajectory } of merged.trajectories) {
    let list = recordsByOrg.get(organisationId);
    if (list === undefined) recordsByOrg.set(organisationId, (list = []));
    list.push(trajectoryToFigureRecord(organisationId, trajectory));
    let raw = exchangeRecordsByOrg.get(organisationId);
    if (raw === undefined) exchangeRecordsByOrg.set(organisationId, (raw = []));
    raw.push(trajectory);
  }
  const programme = filter?.programme ?? null;

  const perOrganisation: OrganisationFigures[] = [];
  const fromRecords: FigureRecord[] = [];
  // What every organisation counted from records supplies (one that lacks it empties the set).
  const suppliedByRecords = new Set<AddedFigureName>(addedFigureNames);
  const countParts: SuppliedFigures[] = [];
  // Employers are distinct across organisations, compared as the figures compare them.
  const employers = new Set<string>();
  const employerKey = employerKeys();
  const warnings: string[] = [];
  const missing: string[] = [];

  for (const org of merged.organisations) {
    const recordExports = org.exports.filter((e) => e.level === 'records');
    const covered = covers(
      recordExports.map((e) => e.period),
      period,
    );
    const matching = merged.countsSummaries.find(
      (c) =>
        c.organisationId === org.id &&
        c.period.from === from &&
        c.period.to === to &&
        c.period.referenceDate === referenceDate,
    );
    const base = { organisationId: org.id, name: org.name };

    if (programme !== null && recordExports.length === 0) {
      missing.push(
        `van "${org.name}" zijn alleen totalen geïmporteerd; die zijn niet per programma te filteren`,
      );
    } else if (matching !== undefined && !covered && programme === null) {
      const figures = countsSummaryToFigures(matching.summary);
      countParts.push(figures);
      for (const e of matching.summary.employerStarts) {
        const key = employerKey(e.employer);
        if (key !== '') employers.add(key);
      }
      perOrganisation.push({ ...base, source: 'counts', figures });
    } else if (recordExports.length > 0) {
      const records = recordsByOrg.get(org.id) ?? [];
      // One by one: spreading a large array into push() throws a RangeError (DESIGN.md).
      for (const record of records) fromRecords.push(record);
      const carried = carriedFigures(exchangeRecordsByOrg.get(org.id) ?? []);
      for (const name of addedFigureNames) if (!carried.has(name)) suppliedByRecords.delete(name);
      perOrganisation.push({
        ...base,
        source: 'records',
        figures: withoutUnsupplied(computeFigures(records, period, referenceDate, filter), carried),
      });
      if (!covered) {
        warnings.push(
          `Van "${org.name}" zijn trajecten geïmporteerd over ${describePeriods(recordExports)}; die periode dekt ${from} t/m ${to} niet helemaal, dus de cijfers van deze organisatie kunnen onvolledig zijn.`,
        );
      }
    } else {
      missing.push(
        `van "${org.name}" zijn alleen totalen geïmporteerd, over ${describePeriods(org.exports)}`,
      );
    }
  }

  if (missing.length > 0) {
    return {
      ok: false,
      message: `De regionale cijfers over ${from} t/m ${to} met peildatum ${referenceDate} kunnen niet worden berekend: ${missing.join('; ')}. Totalen zonder trajecten gelden alleen voor hun eigen periode en peildatum. Kies die periode en peildatum, of vraag de organisatie om een export over ${from} t/m ${to} met peildatum ${referenceDate}.`,
    };
  }

  const inProgramme = programmeMatcher(filter) ?? (() => true);
  for (const record of fromRecords) {
    const employer = record.employer;
    if (employer === null || !inCohort(record, period, referenceDate) || !inProgramme(record)) {
      continue;
    }
    const key = employerKey(employer);
    if (key !== '') employers.add(key);
  }
  const total = addFigures(
    [
      withoutUnsupplied(
        computeFigures(fromRecords, period, referenceDate, filter),
        suppliedByRecords,
      ),
      ...countParts,
    ],
    employers.size,
  );
  return { ok: true, total, perOrganisation, warnings };
}
