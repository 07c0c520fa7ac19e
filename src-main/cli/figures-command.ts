import { outcomes, stopReasons } from '../../src-shared/domain/codes';
import type { IsoDate } from '../../src-shared/domain/codes';
import { notStartedGroups } from '../../src-shared/figures';
import type { FigureFilter, Period, Sustained, SuppliedFigures } from '../../src-shared/figures';
import {
  figureLabels,
  formatCount,
  formatDate,
  formatDuration,
  formatPeriod,
  notStartedLabels,
  outcomeLabels,
  regionTitle,
  stopReasonLabels,
} from '../pdf/labels';
import type { Io } from './io';
import { parseCommand, periodOptions, requireFiles } from './options';
import { readRegion, sheetTitle, type Region } from './region';
import { figuresUsage } from './usage';

/**
 * The figures of DOMAIN.md as one JSON object: exactly its figure names, in its order. An added
 * figure that a partner's file does not supply is null ("niet aangeleverd"), never 0.
 */
export function figuresJson(f: SuppliedFigures) {
  return {
    discussed: f.discussed,
    started: f.started,
    employers: f.employers,
    completed: f.completed,
    completedToPaidWork: f.completedToPaidWork,
    ongoing: f.ongoing,
    stopped: f.stopped,
    outcomes: Object.fromEntries(outcomes.map((code) => [code, f.outcomes[code]])),
    stopReasons: Object.fromEntries(stopReasons.map((code) => [code, f.stopReasons[code]])),
    averageDurationDays: f.averageDurationDays,
    notStarted:
      f.notStarted && Object.fromEntries(notStartedGroups.map((g) => [g, f.notStarted?.[g]])),
    sustained6Months: f.sustained6Months && { ...f.sustained6Months },
    sustained12Months: f.sustained12Months && { ...f.sustained12Months },
    toPaidWorkInSector: f.toPaidWorkInSector,
  };
}

const NOT_SUPPLIED = 'niet aangeleverd';

/** "3 van 4 na 6 maanden nog aan het werk", as Resultaten says it. */
function sustainedText(s: Sustained | null, months: number): string {
  if (s === null) return NOT_SUPPLIED;
  if (s.due === 0) return 'nog niemand na te vragen';
  return `${formatCount(s.employed)} van ${formatCount(s.due)} na ${months} maanden nog aan het werk`;
}

/** The length of the longest text, 0 for none; a loop, as the list grows with the data. */
function longest(texts: Iterable<string>): number {
  let max = 0;
  for (const text of texts) max = Math.max(max, text.length);
  return max;
}

/** Label, right-aligned number, optional remark: one line each. */
function rows(lines: [label: string, value: string, remark?: string][]): string[] {
  const labelWidth = longest(lines.map(([label]) => label));
  const valueWidth = longest(lines.map(([, value]) => value));
  return lines.map(
    ([label, value, remark]) =>
      `  ${label.padEnd(labelWidth)}  ${value.padStart(valueWidth)}${remark ? `  ${remark}` : ''}`,
  );
}

/** Text columns (first and last) left-aligned, numbers right-aligned. */
function table(head: string[], body: string[][]): string[] {
  const widths = head.map((title, i) => longest([title, ...body.map((line) => line[i] ?? '')]));
  const last = head.length - 1;
  const line = (cells: string[]) =>
    `  ${cells
      .map((cell, i) =>
        i === 0 || i === last ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0),
      )
      .join('  ')}`.trimEnd();
  return [line(head), ...body.map(line)];
}

export function figuresText(region: Region, period: Period, referenceDate: IsoDate): string {
  const f = region.total;
  const title = sheetTitle(region);
  const count = (n: number) => formatCount(n);
  const heading = title.regional
    ? `${regionTitle(title.region)} (${region.perOrganisation.length} organisaties)`
    : title.organisation;
  const rate =
    f.completed === 0
      ? 'nog niemand afgerond'
      : `${Math.round((f.completedToPaidWork / f.completed) * 100)}% van ${count(f.completed)} afgerond`;
  const out = [
    `Resultaten werkervaringsplaatsen: ${heading}`,
    `Periode ${formatPeriod(period)}, peildatum ${formatDate(referenceDate)}`,
    '',
    ...rows([
      [figureLabels.discussed, count(f.discussed)],
      [figureLabels.started, count(f.started)],
      [figureLabels.employers, count(f.employers)],
      [figureLabels.completed, count(f.completed)],
      [
        figureLabels.completedToPaidWork,
        count(f.completedToPaidWork),
        `(${rate}; cohort ${count(f.started)}, waarvan ${count(f.ongoing)} lopend)`,
      ],
      [figureLabels.ongoing, count(f.ongoing)],
      [figureLabels.stopped, count(f.stopped)],
    ]),
    `  Gemiddelde duur: ${formatDuration(f.averageDurationDays)}`,
    '',
    'Uitstroom (beëindigde trajecten)',
    ...rows(outcomes.map((code) => [outcomeLabels[code], count(f.outcomes[code])])),
    '',
    'Redenen van voortijdig stoppen',
    ...rows(stopReasons.map((code) => [stopReasonLabels[code], count(f.stopReasons[code])])),
    '',
    'Besproken, niet gestart',
    ...(f.notStarted === null
      ? [`  ${NOT_SUPPLIED}`]
      : rows(notStartedGroups.map((g) => [notStartedLabels[g], count(f.notStarted?.[g] ?? 0)]))),
    '',
    'Nazorg na uitstroom naar betaald werk',
    ...rows([
      ['Na 6 maanden', sustainedText(f.sustained6Months, 6)],
      ['Na 12 maanden', sustainedText(f.sustained12Months, 12)],
      [
        'In zorg en welzijn',
        f.toPaidWorkInSector === null
          ? NOT_SUPPLIED
          : `${count(f.toPaidWorkInSector)} van ${count(f.completedToPaidWork)}`,
      ],
    ]),
  ];
  const perOrganisation = title.regional
    ? [
        '',
        'Per organisatie',
        ...table(
          ['Organisatie', 'Gestart', 'Afgerond', 'Naar betaald werk', 'Lopend', 'Gestopt', 'Bron'],
          region.perOrganisation.map((o) => [
            o.name,
            count(o.figures.started),
            count(o.figures.completed),
            count(o.figures.completedToPaidWork),
            count(o.figures.ongoing),
            count(o.figures.stopped),
            o.source === 'records' ? 'trajecten' : 'totalen',
          ]),
        ),
      ]
    : [];
  return `${[...out, ...perOrganisation].join('\n')}\n`;
}

export async function figuresCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand('figures', args, {
    from: { type: 'string' },
    to: { type: 'string' },
    reference: { type: 'string' },
    programme: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.out(figuresUsage);
    return 0;
  }
  const { period, referenceDate } = periodOptions(values);
  const filter: FigureFilter = { programme: values.programme ?? null };
  const region = await readRegion(requireFiles(positionals), period, referenceDate, io, filter);
  if (!region) return 1;
  io.out(
    values.json
      ? `${JSON.stringify(figuresJson(region.total), null, 2)}\n`
      : figuresText(region, period, referenceDate),
  );
  return 0;
}
