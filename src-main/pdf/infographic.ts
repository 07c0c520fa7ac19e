import type { Column, Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  benefits as benefitCodes,
  outcomes,
  stopReasons,
  trajectoryKinds,
} from '../../src-shared/domain/codes';
import { countFigureNames, emptyFigures, notStartedGroups } from '../../src-shared/figures';
import type { CountFigureName, Sustained, SuppliedFigures } from '../../src-shared/figures';
import type { InfographicFile } from '../../src-shared/ipc/infographic';
import {
  infographicData,
  type InfographicData,
  type InfographicSource,
  type OrganisationRow,
} from './infographic-data';
import {
  benefitLabels,
  figureDefinitions,
  formatCount,
  formatDate,
  formatDecimal,
  formatPeriod,
  kindLabels,
  layoutTable,
  notStartedLabels,
  outcomeLabels,
  regionTitle,
  stopReasonLabels,
} from './labels';
import { embeddableImage, renderPdf } from './render';
import { barCanvas, fraction, stackedBarCanvas } from './graphics';
import { fitText, oneLine, textWidth } from './text-fit';

/**
 * The result infographic: one A4 page for the regional meeting. Every list is capped and every
 * text from data is fitted to one line, so the height of the page's content never depends on
 * the data: if the largest case fits on one page (the tests render it), every case does.
 */

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { left: 42, right: 42, top: 44, bottom: 86 };
const WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const GUTTER = 26;
const HALF = (WIDTH - GUTTER) / 2;

const C = {
  accent: '#1f6f6b',
  dark: '#1d2f3a',
  muted: '#5d6d78',
  soft: '#8a98a1',
  line: '#d6dfe2',
  tint: '#edf5f4',
  track: '#e9eef0',
  onAccent: '#ffffff',
  onAccentSoft: '#cfe6e3',
  // One scheme with meaning, everywhere on the sheet: teal is a result (completed, paid work),
  // light teal still under way, grey stopped, slate a plain count (employers, kinds).
  completed: '#1f6f6b',
  ongoing: '#8cc3bc',
  stopped: '#a3afb7',
  neutral: '#5f7887',
};

export const TITLE = 'Resultaten werkervaringsplaatsen';

/** The regional sheet adds a table per organisation and is denser to stay on one page. */
interface Layout {
  sectionGap: number;
  /** Space below each bar row. */
  barGap: number;
  /** Subtitles under the headings. */
  notes: boolean;
  /** Lines of the employer list; employers that do not fit are counted on the last one. */
  employerLines: number;
  organisationRows: number;
  /** Rows of the start-year table; more years than this share the first row. */
  startYearRows: number;
  /** Space between the rows of breakdowns below the first. */
  blockGap: number;
}

const LOCAL: Layout = {
  sectionGap: 14,
  barGap: 4.5,
  notes: true,
  employerLines: 6,
  organisationRows: 0,
  startYearRows: 3,
  blockGap: 10,
};

const REGIONAL: Layout = {
  sectionGap: 8,
  barGap: 1.5,
  notes: false,
  employerLines: 3,
  organisationRows: 5,
  startYearRows: 3,
  blockGap: 6,
};

// ---------------------------------------------------------------------------------------------
// Building blocks

/** The largest font size ≤ `max` at which `text` fits `width` on one line. */
function fittingSize(text: string, width: number, max: number, bold = true): number {
  const w = textWidth(text, max, bold ? 'bold' : 'normal');
  return w <= width ? max : Math.max(6, Math.floor(((max * width) / w) * 10) / 10);
}

function heading(text: string, note: string | null, width: number, top = 0): Content {
  const title: Content = {
    text: fitText(text, width, 11.5, 'bold'),
    fontSize: 11.5,
    bold: true,
    color: C.dark,
  };
  const sub: Content[] =
    note === null
      ? []
      : [{ text: fitText(note, width, 8), fontSize: 8, color: C.soft, margin: [0, 1, 0, 0] }];
  return { stack: [title, ...sub], margin: [0, top, 0, 7] };
}

type Tile = [value: string, label: string, note: string, highlight?: boolean];

/** The first rank of figures: big numbers on tinted tiles. */
function tileRow(tiles: readonly Tile[], bottom: number): Content {
  const gap = 10;
  const pad = 11;
  const width = (WIDTH - gap * (tiles.length - 1)) / tiles.length;
  const inner = width - 2 * pad;
  return {
    columns: tiles.map(([value, label, note, highlight]) => ({
      width,
      table: {
        widths: [width],
        body: [
          [
            {
              fillColor: highlight ? C.accent : C.tint,
              margin: [pad, 8, pad, 8],
              stack: [
                {
                  text: fitText(label, inner, 9, 'bold'),
                  fontSize: 9,
                  bold: true,
                  color: highlight ? C.onAccent : C.dark,
                },
                {
                  text: value,
                  fontSize: fittingSize(value, inner, 26),
                  bold: true,
                  color: highlight ? C.onAccent : C.accent,
                },
                {
                  text: fitText(note, inner, 7.5),
                  fontSize: 7.5,
                  color: highlight ? C.onAccentSoft : C.muted,
                },
              ],
            },
          ],
        ],
      },
      layout: layoutTable,
    })),
    columnGap: gap,
    margin: [0, 0, 0, bottom],
  };
}

interface BarRow {
  label: string;
  value: number;
  /** What to print after the bar; default the count. */
  shown?: string;
  /** The bar's colour; default the list's. */
  fill?: string;
}

/** Labelled horizontal bars, scaled to the largest value of the list. */
function bars(
  rows: readonly BarRow[],
  width: number,
  fill: string,
  labelWidth: number,
  rowGap: number,
): Content {
  const gap = 6;
  const shown = rows.map((row) => row.shown ?? formatCount(row.value));
  const countWidth = Math.min(
    56,
    Math.max(14, ...shown.map((text) => textWidth(text, 8.5, 'bold') + 2)),
  );
  const barWidth = width - labelWidth - countWidth - 2 * gap;
  const max = Math.max(0, ...rows.map((r) => r.value));
  return {
    table: {
      widths: [labelWidth, barWidth, countWidth],
      body: rows.map((row, i): TableCell[] => [
        { text: fitText(row.label, labelWidth, 8.5), fontSize: 8.5, color: C.dark },
        {
          canvas: barCanvas(fraction(row.value, max), barWidth, 7, row.fill ?? fill, C.track),
          margin: [0, 2.5, 0, 0],
        },
        {
          text: fitText(shown[i] ?? '', countWidth, 8.5, 'bold'),
          fontSize: 8.5,
          bold: true,
          color: C.dark,
          alignment: 'right',
        },
      ]),
    },
    layout: {
      ...layoutTable,
      paddingLeft: (i) => (i === 0 ? 0 : gap),
      paddingBottom: () => rowGap,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Sections

/** "2019", "2018–2019", or the period's dates when it is not whole calendar years. */
function periodName(data: InfographicData): string {
  const { from, to } = data.period;
  if (!from.endsWith('-01-01') || !to.endsWith('-12-31')) return formatPeriod(data.period);
  const [a, b] = [from.slice(0, 4), to.slice(0, 4)];
  return a === b ? a : `${a}–${b}`;
}

function header(data: InfographicData, hasLogo: boolean): Content {
  const logoWidth = 150;
  const width = WIDTH - (hasLogo ? logoWidth + 16 : 0);
  const { title } = data;
  const organisation = oneLine(title.organisation);
  let kicker: string;
  let sub: string | null = null;
  if (title.regional) {
    kicker = regionTitle(title.region);
    const count = data.perOrganisation?.length ?? 0;
    const parts =
      count > 0 ? [`${formatCount(count)} ${count === 1 ? 'organisatie' : 'organisaties'}`] : [];
    // Who compiled it, unless that is the region itself (as from the CLI).
    const same = (a: string, b: string) => a.toLocaleLowerCase('nl') === b.toLocaleLowerCase('nl');
    if (!same(organisation, kicker) && !same(organisation, oneLine(title.region ?? ''))) {
      parts.push(`samengesteld door ${organisation}`);
    }
    sub = parts.length > 0 ? parts.join(' · ') : null;
  } else {
    kicker = [organisation, oneLine(title.region ?? '')].filter((s) => s !== '').join(' · ');
  }
  const name = `${TITLE} ${periodName(data)}`;
  const lines: Content[] = [
    { text: fitText(kicker, width, 12, 'bold'), fontSize: 12, bold: true, color: C.accent },
    {
      text: name,
      fontSize: fittingSize(name, width, 25),
      bold: true,
      color: C.dark,
      margin: [0, 3, 0, 0],
    },
    {
      // The peildatum belongs to the heading: every figure is the situation on that day.
      text: fitText(
        `trajecten gestart van ${formatPeriod(data.period)} · stand op ${formatDate(data.referenceDate)}`,
        width,
        11,
      ),
      fontSize: 11,
      color: C.dark,
      margin: [0, 3, 0, 0],
    },
  ];
  if (sub !== null) {
    lines.push({
      text: fitText(sub, width, 8.5),
      fontSize: 8.5,
      color: C.muted,
      margin: [0, 3, 0, 0],
    });
  }
  const text: Column = { width, stack: lines };
  return {
    columns: hasLogo
      ? [text, { width: logoWidth, image: 'logo', fit: [logoWidth, 62], alignment: 'right' }]
      : [text],
    columnGap: 16,
    margin: [0, 0, 0, 12],
  };
}

/** The story in one line, on the accent colour, with the cohort it is about. */
function keyMessageBox(data: InfographicData, layout: Layout): Content {
  const f = data.figures;
  const context =
    f.started === 0
      ? null
      : `Van de ${formatCount(f.started)} gestarte trajecten ${f.ongoing === 1 ? 'liep er' : 'liepen er'} op ` +
        `${formatDate(data.referenceDate)} nog ${formatCount(f.ongoing)}; ` +
        `${formatCount(f.stopped)} ${f.stopped === 1 ? 'is' : 'zijn'} voortijdig gestopt.`;
  const inner = WIDTH - 28;
  return {
    table: {
      widths: [WIDTH],
      body: [
        [
          {
            fillColor: C.accent,
            margin: [14, 9, 14, 9],
            stack: [
              {
                text: data.keyMessage,
                fontSize: fittingSize(data.keyMessage, inner, 15),
                bold: true,
                color: C.onAccent,
              },
              ...(context === null
                ? []
                : [
                    {
                      text: fitText(context, inner, 9),
                      fontSize: 9,
                      color: C.onAccentSoft,
                      margin: [0, 2, 0, 0] as [number, number, number, number],
                    },
                  ]),
            ],
          },
        ],
      ],
    },
    layout: layoutTable,
    margin: [0, 0, 0, layout.blockGap],
  };
}

function headlineFigures(data: InfographicData, bottom: number): Content {
  const f = data.figures;
  const rate = data.rate.percent === null ? '' : ` (${data.rate.percent}%)`;
  return tileRow(
    [
      [formatCount(f.discussed), 'Besproken', 'kandidaten'],
      [formatCount(f.started), 'Gestart', 'trajecten'],
      [formatCount(f.completed), 'Afgerond', 'trajecten'],
      [formatCount(f.completedToPaidWork), 'Naar betaald werk', `na afronding${rate}`, true],
    ],
    bottom,
  );
}

/** What became of the cohort: completed | ongoing | stopped, adding up to the started. */
const cohortParts = [
  ['completed', 'afgerond', C.completed],
  ['ongoing', 'nog lopend', C.ongoing],
  ['stopped', 'voortijdig gestopt', C.stopped],
] as const;

function cohortBar(data: InfographicData, width: number): Content {
  const f = data.figures;
  const gap = 8;
  const room = width - 2 * gap;
  const textOf = (count: string, label: string, size: number) =>
    textWidth(count, size, 'bold') + textWidth(` ${label}`, size) + 1;
  const counts = cohortParts.map(([key, label, colour]) => ({
    count: formatCount(f[key]),
    label,
    colour,
  }));
  // Each entry: a 12-point swatch and its text, which scales with the font size.
  const natural = (size: number) =>
    counts.reduce((sum, e) => sum + 12 + textOf(e.count, e.label, size), 0);
  const swatches = 12 * counts.length;
  // Large numbers get a smaller legend rather than shortened words; shortened only below 6.5 pt.
  const fitting = (8 * (room - swatches)) / (natural(8) - swatches);
  const size = Math.max(6.5, Math.min(8, Math.floor(fitting * 10) / 10));
  const scale = Math.min(1, room / natural(size));
  const legend: Column[] = counts.map(({ count, label, colour }) => {
    const w = (12 + textOf(count, label, size)) * scale;
    return {
      width: w,
      columns: [
        { width: 8, canvas: [{ type: 'rect', x: 0, y: 1.5, w: 7, h: 7, r: 1.5, color: colour }] },
        {
          width: '*',
          text: [
            { text: count, bold: true, color: C.dark },
            {
              text: ` ${fitText(label, w - 13 - textWidth(count, size, 'bold'), size)}`,
              color: C.muted,
            },
          ],
          fontSize: size,
        },
      ],
      columnGap: 4,
    };
  });
  return {
    stack: [
      {
        canvas: stackedBarCanvas(
          cohortParts.map(([key, , colour]) => ({ value: f[key], colour })),
          width,
          16,
          C.track,
        ),
      },
      { columns: legend, columnGap: gap, margin: [0, 5, 0, 0] },
    ],
  };
}

function cohortSection(data: InfographicData, width: number, layout: Layout): Content {
  const f = data.figures;
  const duration =
    data.duration === null
      ? 'Gemiddelde duur: nog geen beëindigde trajecten'
      : `Gemiddelde duur ${formatDecimal(data.duration.months)} ` +
        `${data.duration.months === 1 ? 'maand' : 'maanden'} ` +
        `(${formatCount(Math.round(data.duration.days))} dagen)`;
  return {
    stack: [
      heading(
        `Van bespreking naar betaald werk`,
        layout.notes ? 'besproken telt kandidaten, de andere stappen tellen trajecten' : null,
        width,
      ),
      bars(
        [
          { label: 'Besproken kandidaten', value: f.discussed },
          { label: 'Gestarte trajecten', value: f.started },
        ],
        width,
        C.neutral,
        LABEL_WIDTH,
        layout.barGap + 2,
      ),
      {
        text: `Wat er van de ${formatCount(f.started)} gestarte trajecten werd`,
        fontSize: 8.5,
        bold: true,
        color: C.dark,
        margin: [0, 6, 0, 4],
      },
      cohortBar(data, width),
      { text: fitText(duration, width, 8.5), fontSize: 8.5, color: C.dark, margin: [0, 6, 0, 0] },
    ],
  };
}

/** The label column of the bar lists, the same in every list so the bars line up. */
const LABEL_WIDTH = 124;

/** Bars of the codes with a count: a row of zeros tells the reader nothing. */
function nonZero<K extends string>(
  codes: readonly K[],
  counts: Record<K, number>,
  labels: Record<K, string>,
): BarRow[] {
  return codes
    .filter((code) => counts[code] > 0)
    .map((code) => ({ label: labels[code], value: counts[code] }));
}

function noneLine(text: string): Content {
  return { text, fontSize: 8.5, color: C.muted, margin: [0, 0, 0, 4] };
}

/** "x van y": a supplied figure, or what a partner's file did not carry. */
function ofDue(sustained: Sustained | null): string {
  return sustained === null
    ? 'niet aangeleverd'
    : `${formatCount(sustained.employed)} van ${formatCount(sustained.due)}`;
}

/**
 * After paid work: still at work 6 and 12 months on (once that moment has come for anyone), and
 * how many went to work in care and welfare; no lines when nobody went to paid work yet.
 */
function keptAtWork(f: SuppliedFigures): string[] {
  if (f.completedToPaidWork === 0) return [];
  const moments = (
    [
      [6, f.sustained6Months],
      [12, f.sustained12Months],
    ] as const
  )
    .filter(([, sustained]) => sustained === null || sustained.due > 0)
    .map(([months, sustained]) => `na ${months} maanden ${ofDue(sustained)}`);
  const supplied = f.sustained6Months !== null || f.sustained12Months !== null;
  const sector =
    f.toPaidWorkInSector === null
      ? 'niet aangeleverd'
      : `${formatCount(f.toPaidWorkInSector)} van ${formatCount(f.completedToPaidWork)}`;
  return [
    ...(!supplied
      ? ['Nog aan het werk na 6 en 12 maanden: niet aangeleverd']
      : moments.length === 0
        ? []
        : [`Nog aan het werk: ${moments.join(', ')}`]),
    `Naar betaald werk in zorg en welzijn: ${sector}`,
  ];
}

function outcomeBars(data: InfographicData, width: number, layout: Layout): Content {
  const f = data.figures;
  const ended = f.completed + f.stopped;
  const rows = nonZero(outcomes, f.outcomes, outcomeLabels);
  // Betaald werk here counts every ended trajectory; the tile only the completed ones.
  const paid = f.outcomes['paid-work'];
  const split =
    paid > 0 && data.paidWorkAfterStopping > 0
      ? `Betaald werk ${formatCount(paid)}: ${formatCount(f.completedToPaidWork)} na afronding, ` +
        `${formatCount(data.paidWorkAfterStopping)} na voortijdig stoppen`
      : null;
  const kept = keptAtWork(f);
  return {
    stack: [
      heading(
        'Uitstroom na het einde van het traject',
        layout.notes
          ? `${formatCount(ended)} beëindigde trajecten: afgerond of voortijdig gestopt`
          : null,
        width,
      ),
      rows.length === 0
        ? noneLine('Nog geen beëindigde trajecten.')
        : bars(
            rows.map((row) => ({
              ...row,
              fill: row.label === outcomeLabels['paid-work'] ? C.completed : C.neutral,
            })),
            width,
            C.neutral,
            LABEL_WIDTH,
            layout.barGap,
          ),
      ...(split === null
        ? []
        : [
            {
              text: fitText(split, width, 7.5),
              fontSize: 7.5,
              color: C.muted,
              margin: [0, 1, 0, 0],
            } as Content,
          ]),
      ...kept.map((line): Content => ({
        text: fitText(line, width, 7.5),
        fontSize: 7.5,
        color: C.dark,
        margin: [0, 1.5, 0, 0],
      })),
    ],
  };
}

function stopReasonBars(data: InfographicData, width: number, layout: Layout): Content {
  const f = data.figures;
  const rows = nonZero(stopReasons, f.stopReasons, stopReasonLabels);
  return {
    stack: [
      heading(
        'Redenen van voortijdig stoppen',
        layout.notes ? `${formatCount(f.stopped)} voortijdig gestopt` : null,
        width,
      ),
      rows.length === 0
        ? noneLine('Niemand is voortijdig gestopt.')
        : bars(rows, width, C.stopped, LABEL_WIDTH, layout.barGap),
    ],
  };
}

/**
 * Every employer by name with its starts, most first, packed into lines measured with the font
 * (so the height is known whatever the names); a name longer than half a line is shortened.
 */
function employerLines(data: InfographicData, width: number, maxLines: number): string[] {
  const size = 8.5;
  const separator = '  ·  ';
  const entries = data.employers.map(
    (e) => `${fitText(e.name, width / 2, size)} (${formatCount(e.started)})`,
  );
  const rest = (n: number) =>
    `+ ${formatCount(n)} ${n === 1 ? 'andere werkgever' : 'andere werkgevers'}`;
  const lines: string[] = [];
  let line = '';
  let index = 0;
  for (; index < entries.length; index++) {
    const entry = entries[index] as string;
    const next = line === '' ? entry : `${line}${separator}${entry}`;
    const last = lines.length === maxLines - 1;
    // The last line keeps room for "+ n andere werkgevers" while employers remain.
    const more = index + 1 < entries.length;
    const reserve = last && more ? textWidth(`${separator}${rest(entries.length)}`, size) : 0;
    if (textWidth(next, size) + reserve <= width) {
      line = next;
      continue;
    }
    if (last) break;
    lines.push(line);
    line = entry;
  }
  const left = entries.length - index;
  if (left > 0) line = line === '' ? rest(left) : `${line}${separator}${rest(left)}`;
  if (line !== '') lines.push(line);
  return lines;
}

function employerList(data: InfographicData, width: number, layout: Layout): Content {
  const total = data.figures.employers;
  const lines = employerLines(data, width, layout.employerLines);
  return {
    stack: [
      heading(
        `Deelnemende werkgevers (${formatCount(total)})`,
        layout.notes ? 'met het aantal gestarte trajecten, de meeste eerst' : null,
        width,
      ),
      lines.length === 0
        ? noneLine('Geen werkgevers in deze periode.')
        : { stack: lines.map((text) => ({ text, fontSize: 8.5, lineHeight: 1.25 })) },
    ],
  };
}

/** Discussed but not started: how many candidates, and why (the reasons discussions closed with). */
function notStartedBlock(data: InfographicData, width: number): Content {
  const groups = data.figures.notStarted;
  const title = 'Besproken, niet gestart';
  const lines: Content[] = [];
  if (groups === null) {
    lines.push({ text: `${title}: niet aangeleverd`, fontSize: 8.5, bold: true, color: C.dark });
  } else {
    const total = notStartedGroups.reduce((sum, group) => sum + groups[group], 0);
    const reasons = notStartedGroups
      .filter((group) => groups[group] > 0)
      .map((group) => `${notStartedLabels[group].toLowerCase()} ${formatCount(groups[group])}`)
      .join(' · ');
    lines.push({
      text: `${title}: ${formatCount(total)} ${total === 1 ? 'kandidaat' : 'kandidaten'}`,
      fontSize: 8.5,
      bold: true,
      color: C.dark,
    });
    if (reasons !== '') {
      lines.push({ text: fitText(reasons, width, 8), fontSize: 8, color: C.muted });
    }
  }
  return { stack: lines, margin: [0, 6, 0, 0] };
}

function kindSplit(data: InfographicData, width: number, layout: Layout): Content {
  const started = data.figures.started;
  if (data.kinds === null) return notAvailable('Soort traject', width);
  const rows = data.kinds.filter(({ started: n }) => n > 0);
  return {
    stack: [
      heading(
        'Soort traject',
        layout.notes ? `${formatCount(started)} gestarte trajecten` : null,
        width,
      ),
      rows.length === 0
        ? noneLine('Geen trajecten gestart in deze periode.')
        : bars(
            rows.map(({ kind, started: n }) => ({
              label: kindLabels[kind],
              value: n,
              shown: `${formatCount(n)} · ${Math.round((n / started) * 100)}%`,
            })),
            width,
            C.neutral,
            LABEL_WIDTH,
            layout.barGap,
          ),
    ],
  };
}

type CountColumn = Exclude<CountFigureName, 'employers'>;
type Counts = Record<CountColumn, number>;

interface CountRow {
  label: string;
  counts: Counts;
  /** Printed in grey: context, such as an earlier year beside the period. */
  muted?: boolean;
}

const countColumns = countFigureNames.filter((name): name is CountColumn => name !== 'employers');

function countsOf(f: SuppliedFigures): Counts {
  return {
    discussed: f.discussed,
    started: f.started,
    completed: f.completed,
    completedToPaidWork: f.completedToPaidWork,
    ongoing: f.ongoing,
    stopped: f.stopped,
  };
}

/** One row adding up `rows`, for the rest of a list that does not fit. */
function summed(label: string, rows: readonly CountRow[]): CountRow {
  const counts = countsOf(emptyFigures());
  for (const row of rows) for (const key of countColumns) counts[key] += row.counts[key];
  return { label, counts };
}

/**
 * Counts per group in a ruled table: names left, counts right under their column headings; the
 * heading row and the optional total row tinted. A count column is as wide as its heading (or
 * its widest number), the name column takes the rest.
 */
function countTable(
  firstHeading: string,
  columns: readonly [key: CountColumn, heading: string][],
  rows: readonly CountRow[],
  total: CountRow | null,
  width: number,
): Content {
  const padding = 2.5;
  const all = total === null ? rows : [...rows, total];
  const widths = columns.map(([key, heading]) =>
    Math.max(
      textWidth(heading, 7, 'bold'),
      ...all.map((row) => textWidth(formatCount(row.counts[key]), 8, 'bold')),
    ),
  );
  const nameWidth =
    width - widths.reduce((sum, w) => sum + w, 0) - 2 * padding * (columns.length + 1);
  const cell = (row: CountRow, bold: boolean): TableCell[] => {
    const color = row.muted ? C.muted : C.dark;
    return [
      {
        text: fitText(row.label, nameWidth, 8, bold ? 'bold' : 'normal'),
        fontSize: 8,
        bold,
        color,
      },
      ...columns.map(([key]): TableCell => ({
        text: formatCount(row.counts[key]),
        alignment: 'right',
        fontSize: 8,
        bold,
        color,
      })),
    ];
  };
  const body: TableCell[][] = [
    [
      {
        text: fitText(firstHeading, nameWidth, 7, 'bold'),
        fontSize: 7,
        bold: true,
        color: C.muted,
      },
      ...columns.map(([, heading]): TableCell => ({
        text: heading,
        fontSize: 7,
        bold: true,
        color: C.muted,
        alignment: 'right',
      })),
    ],
    ...rows.map((row) => cell(row, false)),
    ...(total === null ? [] : [cell(total, true)]),
  ];
  const last = body.length;
  return {
    table: { widths: [nameWidth, ...widths], body },
    layout: {
      hLineWidth: (i) => (i === 1 || (total !== null && i === last - 1) ? 0.6 : 0),
      hLineColor: () => C.line,
      vLineWidth: () => 0,
      paddingLeft: () => padding,
      paddingRight: () => padding,
      paddingTop: () => 2,
      paddingBottom: () => 1.5,
      fillColor: (i) => (i === 0 || (total !== null && i === last - 1) ? C.tint : null),
    },
  };
}

/** The cohort's columns: a rate such as "to paid work" always beside its cohort and the ongoing. */
const cohortColumns: [CountColumn, string][] = [
  ['started', 'Gestart'],
  ['completed', 'Afgerond'],
  ['completedToPaidWork', 'Betaald werk'],
  ['ongoing', 'Lopend'],
];

/** At most `maxRows` rows; beyond that the last row sums up the rest. */
function organisationTable(
  rows: readonly OrganisationRow[],
  total: SuppliedFigures,
  maxRows: number,
  bottom: number,
): Content {
  let shown: CountRow[] = rows.map((r) => ({ label: r.name, counts: countsOf(r.figures) }));
  if (shown.length > maxRows) {
    const rest = shown.slice(maxRows - 1);
    shown = [
      ...shown.slice(0, maxRows - 1),
      summed(`+ ${formatCount(rest.length)} andere organisaties`, rest),
    ];
  }
  return {
    stack: [
      heading('Per organisatie', null, WIDTH),
      countTable(
        'Organisatie',
        [...cohortColumns, ['stopped', 'Voortijdig gestopt']],
        shown,
        { label: 'Totaal', counts: countsOf(total) },
        WIDTH,
      ),
    ],
    margin: [0, 0, 0, bottom],
  };
}

/** Said where a breakdown needs records that counts-only exports do not carry. */
function notAvailable(title: string, width: number): Content {
  return {
    stack: [
      heading(title, null, width),
      noneLine('Niet beschikbaar: een of meer organisaties leverden alleen totalen aan.'),
    ],
  };
}

/** Per benefit type, the one breakdown with the discussed (DOMAIN.md). */
function benefitTable(data: InfographicData, width: number, layout: Layout): Content {
  const title = 'Per uitkering';
  if (data.benefits === null) return notAvailable(title, width);
  return {
    stack: [
      heading(
        title,
        layout.notes ? 'besproken kandidaten en gestarte trajecten per soort uitkering' : null,
        width,
      ),
      countTable(
        'Uitkering',
        [['discussed', 'Besproken'], ...cohortColumns],
        data.benefits.map(({ benefit, figures }) => ({
          label: benefitLabels[benefit],
          counts: countsOf(figures),
        })),
        null,
        width,
      ),
    ],
  };
}

/**
 * The trend: the cohort per start year, after the earlier years seen on the same peildatum (in
 * grey); the oldest years together when there are many.
 */
function trendTable(data: InfographicData, width: number, layout: Layout): Content {
  const title = 'Per startjaar, met eerdere jaren';
  if (data.startYears === null) return notAvailable(title, width);
  let rows: CountRow[] = data.startYears.map(({ year, figures, earlier }) => ({
    label: year,
    counts: countsOf(figures),
    muted: earlier,
  }));
  if (rows.length > layout.startYearRows) {
    const older = rows.slice(0, rows.length - layout.startYearRows + 1);
    const span = `${older[0]?.label ?? ''}–${older[older.length - 1]?.label ?? ''}`;
    rows = [
      { ...summed(span, older), muted: older.every((row) => row.muted) },
      ...rows.slice(older.length),
    ];
  }
  return {
    stack: [
      heading(title, layout.notes ? 'gestarte trajecten; eerdere jaren in grijs' : null, width),
      rows.length === 0
        ? noneLine('Geen trajecten gestart in deze periode.')
        : countTable('Startjaar', [...cohortColumns, ['stopped', 'Gestopt']], rows, null, width),
    ],
  };
}

function footer(data: InfographicData, version: string): Content {
  const half = (WIDTH - GUTTER) / 2;
  const split = Math.ceil(figureDefinitions.length / 2);
  const column = (items: typeof figureDefinitions): Column => ({
    width: half,
    stack: items.map(([term, definition]): Content => ({
      text: [
        { text: `${term}: `, bold: true, color: C.dark },
        { text: definition, color: C.muted },
      ],
      fontSize: 7,
      margin: [0, 0, 0, 1.5],
    })),
  });
  return {
    margin: [MARGIN.left, 8, MARGIN.right, 0],
    stack: [
      {
        canvas: [
          { type: 'line', x1: 0, y1: 0, x2: WIDTH, y2: 0, lineWidth: 0.6, lineColor: C.line },
        ],
        margin: [0, 0, 0, 6],
      },
      {
        columns: [
          column(figureDefinitions.slice(0, split)),
          column(figureDefinitions.slice(split)),
        ],
        columnGap: GUTTER,
      },
      {
        text: [
          { text: `Peildatum ${formatDate(data.referenceDate)}`, bold: true, color: C.dark },
          {
            text: `  ·  periode ${formatPeriod(data.period)}  ·  Gemaakt met Instap ${oneLine(version)}`,
            color: C.muted,
          },
        ],
        fontSize: 7,
        margin: [0, 4, 0, 0],
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// The document

/** Heights of one row of a list, as pdfmake lays them out with Roboto (line height 1.17). */
const ROW = { bar: (layout: Layout) => 9.9 + layout.barGap, line: 12.4, table: 12.9 };

/**
 * How much shorter than the largest case this sheet's lists are, in points: the sheet is laid out
 * to hold the largest case (every outcome, reason and benefit type, full employer and year lists),
 * and a smaller one spreads what it saves over the gaps instead of leaving the bottom empty.
 */
function spareHeight(data: InfographicData, layout: Layout): number {
  const shown = (values: readonly number[]) => Math.max(1, values.filter((n) => n > 0).length);
  // The second row: the stop reasons beside the kinds with the two not-started lines under them.
  const kinds = data.kinds === null ? 1 : shown(data.kinds.map((k) => k.started));
  const bar = ROW.bar(layout);
  const notStarted = 2 * ROW.line;
  const spareBars =
    Math.max(stopReasons.length * bar, trajectoryKinds.length * bar + notStarted) -
    Math.max(shown(Object.values(data.figures.stopReasons)) * bar, kinds * bar + notStarted);
  // The bottom row: employers and the trend on the left, the benefit types on the right.
  const lines = employerLines(data, HALF, layout.employerLines).length;
  const years = Math.min(layout.startYearRows, data.startYears?.length ?? 0);
  const used = Math.max(
    lines * ROW.line + years * ROW.table,
    (data.benefits?.length ?? 0) * ROW.table,
  );
  const largest = Math.max(
    layout.employerLines * ROW.line + layout.startYearRows * ROW.table,
    benefitCodes.length * ROW.table,
  );
  return Math.max(0, spareBars + largest - used);
}

export interface InfographicOptions {
  version: string;
  /** PNG or JPEG bytes; anything else is left out. */
  logo?: Uint8Array | null;
}

export function infographicDocument(
  data: InfographicData,
  options: InfographicOptions,
): TDocumentDefinitions {
  const logo = options.logo ? (embeddableImage(options.logo)?.url ?? null) : null;
  const organisations = data.title.regional ? data.perOrganisation : null;
  const layout = organisations === null ? LOCAL : REGIONAL;
  const pair = (left: Content, right: Content, bottom: number): Content => ({
    columns: [
      { width: HALF, stack: [left] },
      { width: HALF, stack: [right] },
    ],
    columnGap: GUTTER,
    margin: [0, 0, 0, bottom],
  });
  const stretch = Math.min(24, (spareHeight(data, layout) * 0.85) / 3);
  const content: Content[] = [
    header(data, logo !== null),
    keyMessageBox(data, layout),
    headlineFigures(data, layout.sectionGap + stretch),
    pair(
      cohortSection(data, HALF, layout),
      outcomeBars(data, HALF, layout),
      layout.sectionGap + stretch,
    ),
  ];
  if (organisations !== null) {
    content.push(
      organisationTable(organisations, data.figures, layout.organisationRows, layout.sectionGap),
    );
  }
  content.push(
    pair(
      stopReasonBars(data, HALF, layout),
      { stack: [kindSplit(data, HALF, layout), notStartedBlock(data, HALF)] },
      layout.blockGap + stretch,
    ),
    pair(
      {
        stack: [
          employerList(data, HALF, layout),
          { stack: [trendTable(data, HALF, layout)], margin: [0, layout.blockGap, 0, 0] },
        ],
      },
      benefitTable(data, HALF, layout),
      0,
    ),
  );

  const version = oneLine(options.version);
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [MARGIN.left, MARGIN.top, MARGIN.right, MARGIN.bottom],
    info: {
      title: `${TITLE} ${formatPeriod(data.period)}`,
      author: data.title.regional
        ? regionTitle(data.title.region)
        : oneLine(data.title.organisation),
      creator: `Instap ${version}`,
      producer: `Instap ${version}`,
    },
    language: 'nl-NL',
    ...(logo === null ? {} : { images: { logo } }),
    background: () => ({
      canvas: [{ type: 'rect', x: 0, y: 0, w: PAGE.width, h: 9, color: C.accent }],
    }),
    footer: () => footer(data, version),
    defaultStyle: { font: 'Roboto', fontSize: 9, color: C.dark, lineHeight: 1 },
    content,
  };
}

/** `infographic-2019.pdf`, `infographic-2018-2019.pdf`, `infographic-2019-03-01-2019-08-31.pdf`. */
export function infographicFileName(data: InfographicData): string {
  const { from, to } = data.period;
  const fromYear = from.slice(0, 4);
  const toYear = to.slice(0, 4);
  const wholeYears = from.endsWith('-01-01') && to.endsWith('-12-31');
  const span = !wholeYears
    ? `${from}-${to}`
    : fromYear === toYear
      ? fromYear
      : `${fromYear}-${toYear}`;
  return `infographic-${data.title.regional ? 'regio-' : ''}${span}.pdf`;
}

export interface InfographicInput extends InfographicSource {
  logo?: Uint8Array | null;
}

/**
 * Data → document → bytes. A logo pdfkit cannot read (a damaged PNG with a valid signature) is
 * left out rather than costing the coach the whole infographic.
 */
export async function makeInfographic(
  input: InfographicInput,
  version: string,
): Promise<InfographicFile> {
  const data = infographicData(input);
  let bytes: Uint8Array;
  try {
    bytes = await renderPdf(infographicDocument(data, { version, logo: input.logo ?? null }));
  } catch (error) {
    if (!input.logo) throw error;
    bytes = await renderPdf(infographicDocument(data, { version, logo: null }));
  }
  return { bytes, fileName: infographicFileName(data) };
}
