import type { IsoDate } from '../../src-shared/domain/codes';
import {
  mergeExports,
  regionalFigures,
  trajectoryToFigureRecord,
  type ExchangeFileV1,
  type MergedExchange,
  type OrganisationFigures,
} from '../../src-shared/exchange';
import type { FigureFilter, FigureRecord, Period, SuppliedFigures } from '../../src-shared/figures';
import type { EmployerStart, InfographicTitle } from '../pdf/infographic-data';
import type { Io } from './io';
import { readExchangeFiles } from './read-exchange';

export interface Region {
  merged: MergedExchange;
  /** An added figure some partner's file does not supply is null: "niet aangeleverd". */
  total: SuppliedFigures;
  perOrganisation: OrganisationFigures[];
  /** Records of the organisations whose figures come from records (as regionalFigures uses). */
  records: FigureRecord[];
  /** Employer starts of the organisations whose figures come from a counts-only export. */
  employerStarts: EmployerStart[];
  warnings: string[];
}

/**
 * The files merged as DOMAIN.md says and the regional figures over them: the one computation
 * behind `figures` and `infographic`, so both print the same numbers.
 */
export function computeRegion(
  files: readonly ExchangeFileV1[],
  period: Period,
  referenceDate: IsoDate,
  filter?: FigureFilter,
): { ok: true; region: Region } | { ok: false; message: string } {
  const merged = mergeExports(files);
  const result = regionalFigures(merged, period, referenceDate, filter);
  if (!result.ok) return result;

  const fromRecords = new Set(
    result.perOrganisation.filter((o) => o.source === 'records').map((o) => o.organisationId),
  );
  const fromCounts = new Set(
    result.perOrganisation.filter((o) => o.source === 'counts').map((o) => o.organisationId),
  );
  const records = merged.trajectories
    .filter((t) => fromRecords.has(t.organisationId))
    .map((t) => trajectoryToFigureRecord(t.organisationId, t.trajectory));
  const employerStarts = merged.countsSummaries
    .filter(
      (c) =>
        fromCounts.has(c.organisationId) &&
        c.period.from === period.from &&
        c.period.to === period.to &&
        c.period.referenceDate === referenceDate,
    )
    .flatMap((c) => c.summary.employerStarts.map((e) => ({ ...e })));

  return {
    ok: true,
    region: {
      merged,
      total: result.total,
      perOrganisation: result.perOrganisation,
      records,
      employerStarts,
      warnings: result.warnings,
    },
  };
}

/** One organisation: its name; several: "Regio …" with the region they share. */
export function sheetTitle(region: Region): InfographicTitle {
  const organisations = region.merged.organisations;
  const first = organisations[0];
  if (organisations.length === 1 && first !== undefined) {
    return { organisation: first.name, region: first.region.trim() || null, regional: false };
  }
  const regions = [...new Set(organisations.map((o) => o.region.trim()).filter((r) => r !== ''))];
  const name = regions.length === 0 ? null : regions.join(' / ');
  // No organisation of its own: the sheet is the region's.
  return { organisation: name ?? 'Regio', region: name, regional: true };
}

/**
 * Reads the files and computes the region, reporting problems and warnings on stderr in Dutch;
 * null means exit code 1. Shared by `figures` and `infographic`.
 */
export async function readRegion(
  files: readonly string[],
  period: Period,
  referenceDate: IsoDate,
  io: Io,
  filter?: FigureFilter,
): Promise<Region | null> {
  const read = await readExchangeFiles(files);
  if (read.errors.length > 0) {
    io.err(read.errors.map((line) => `${line}\n`).join(''));
    return null;
  }
  const computed = computeRegion(
    read.files.map((f) => f.file),
    period,
    referenceDate,
    filter,
  );
  if (!computed.ok) {
    io.err(`${computed.message}\n`);
    return null;
  }
  for (const warning of [...read.warnings, ...computed.region.warnings]) {
    io.err(`Waarschuwing: ${warning}\n`);
  }
  return computed.region;
}
