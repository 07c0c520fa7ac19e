import type { Column, Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { outcomes, stopReasons } from '../../src-shared/domain/codes';
import { countFigureNames, emptyFigures } from '../../src-shared/figures';
import type { CountFigureName, Figures } from '../../src-shared/figures';
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
  figureLabels,
  formatCount,
  formatDate,
  formatDecimal,
  formatPeriod,
  kindLabels,
  layoutTable,
  outcomeLabels,
  regionTitle,
  stopReasonLabels,
} from './labels';
import { embeddableImage, renderPdf } from './render';
import { barCanvas, fraction, funnelSvg, type FunnelGeometry } from './graphics';
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
  slate: '#6d8494',
  onAccent: '#ffffff',
  onAccentSoft: '#cfe6e3',
  funnel: ['#a7cdc8', '#6aaca4', '#3a8b84', '#1f6f6b'],
  join: '#e2eeec',
};

export const TITLE = 'Resultaten werkervaringsplaatsen';

/** The regional sheet adds a table per organisation and is denser to stay on one page. */
interface Layout {
  sectionGap: number;
  funnel: FunnelGeometry;
  /** Space below each bar row. */
  barGap: number;
  /** Subtitles under the headings and the notes under the second rank of figures. */
  notes: boolean;
  topEmployers: number;
  organisationRows: number;
  /** Rows of the start-year table; more years than this share the first row. */
  startYearRows: number;
  /** Space between the two rows of breakdowns at the bottom. */
  blockGap: number;
}

const LOCAL: Layout = {
  sectionGap: 20,
  funnel: { width: 128, bandHeight: 26, gap: 10 },
  barGap: 4.5,
  notes: true,
  topEmployers: 6,
  organisationRows: 0,
  startYearRows: 4,
  blockGap: 12,
};

const REGIONAL: Layout = {
  sectionGap: 8,
  funnel: { width: 112, bandHeight: 17, gap: 5 },
  barGap: 1.5,
  notes: false,
  topEmployers: 4,
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
function tileRow(tiles: readonly Tile[]): Content {
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
    margin: [0, 0, 0, 10],
  };
}

/** The second rank of figures: smaller, on one ruled strip; the notes under them optional. */
function secondaryRow(items: readonly Tile[], bottom: number, notes: boolean): Content {
  const gap = 10;
  const width = (WIDTH - gap * (items.length - 1)) / items.length;
  return {
    table: {
      widths: items.map(() => width),
      body: [
        items.map(([value, label, note]): TableCell => {
          const size = fittingSize(value, width * 0.45, 17);
          const labelWidth = width - textWidth(value, size, 'bold') - 8;
          return {
            stack: [
              {
                text: [
                  { text: value, fontSize: size, bold: true, color: C.accent },
                  {
                    text: `  ${fitText(label, labelWidth, 9, 'bold')}`,
                    fontSize: 9,
                    bold: true,
                    color: C.dark,
                  },
                ],
              },
              ...(notes
                ? [{ text: fitText(note, width, 7.5), fontSize: 7.5, color: C.muted }]
                : []),
            ],
          };
        }),
      ],
    },
    layout: {
      ...layoutTable,
      paddingLeft: (i) => (i === 0 ? 0 : gap),
      paddingTop: () => 5,
      paddingBottom: () => 6,
      hLineWidth: (i) => (i === 1 ? 0.6 : 0),
      hLineColor: () => C.line,
    },
    margin: [0, 0, 0, bottom],
  };
}

interface BarRow {
  label: string;
  value: number;
  /** What to print after the bar; default the count. */
  shown?: string;
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
          canvas: barCanvas(fraction(row.value, max), barWidth, 7, fill, C.track),
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
  const lines: Content[] = [
    { text: fitText(kicker, width, 12, 'bold'), fontSize: 12, bold: true, color: C.accent },
    {
      text: TITLE,
      fontSize: fittingSize(TITLE, width, 25),
      bold: true,
      color: C.dark,
      margin: [0, 3, 0, 0],
    },
    { text: formatPeriod(data.period), fontSize: 12.5, color: C.dark, margin: [0, 3, 0, 0] },
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
    margin: [0, 0, 0, 16],
  };
}

function headlineFigures(data: InfographicData, layout: Layout): Content[] {
  const f = data.figures;
  const label = (name: CountFigureName) => figureLabels[name];
  const duration = data.duration;
  return [
    tileRow([
      [formatCount(f.discussed), label('discussed'), 'kandidaten'],
      [formatCount(f.started), label('started'), 'trajecten: het cohort'],
      [formatCount(f.completed), label('completed'), 'op de peildatum'],
      [formatCount(f.completedToPaidWork), label('completedToPaidWork'), 'na afronding', true],
    ]),
    secondaryRow(
      [
        [formatCount(f.ongoing), label('ongoing'), 'nog bezig op de peildatum'],
        [formatCount(f.stopped), label('stopped'), 'uit het cohort'],
        [formatCount(f.employers), label('employers'), 'met een gestart traject'],
        duration === null
          ? ['—', 'gemiddelde duur', 'nog geen beëindigde trajecten']
          : [
              // Whole days on the sheet; the decimal one is in the CLI and on the dashboard.
              formatCount(Math.round(duration.days)),
              'dagen gemiddeld',
              `duur ≈ ${formatDecimal(duration.months)} maanden`,
            ],
      ],
      layout.sectionGap,
      layout.notes,
    ),
  ];
}

function funnel(data: InfographicData, width: number, layout: Layout): Content {
  const f = data.figures;
  const steps: [number, string][] = [
    [f.discussed, 'besproken'],
    [f.started, 'gestart'],
    [f.completed, 'afgerond'],
    [f.completedToPaidWork, 'naar betaald werk'],
  ];
  const geometry = layout.funnel;
  const labelWidth = width - geometry.width - 14;
  const numberSize = Math.min(geometry.bandHeight * 0.6, 14);
  const rate = data.rate;
  const rateLine: Content =
    rate.percent === null
      ? { text: 'Nog geen afgeronde trajecten', fontSize: 11, bold: true, color: C.accent }
      : {
          text: [
            { text: `${rate.percent}%`, fontSize: 18, bold: true, color: C.accent },
            {
              text: '  van de afgeronde trajecten naar betaald werk',
              fontSize: 8.5,
              color: C.dark,
            },
          ],
        };
  return {
    stack: [
      heading(
        'Van bespreking naar betaald werk',
        layout.notes ? 'trajecten gestart in de periode' : null,
        width,
      ),
      {
        columns: [
          {
            width: geometry.width,
            svg: funnelSvg(
              steps.map(([v]) => v),
              geometry,
              C.funnel,
              C.join,
            ),
          },
          {
            width: labelWidth,
            table: {
              widths: [labelWidth],
              heights: steps.map((_, i) =>
                i < steps.length - 1 ? geometry.bandHeight + geometry.gap : geometry.bandHeight,
              ),
              body: steps.map(([value, label]) => [
                {
                  text: [
                    {
                      text: formatCount(value),
                      fontSize: fittingSize(formatCount(value), labelWidth * 0.45, numberSize),
                      bold: true,
                      color: C.dark,
                    },
                    { text: `  ${label}`, fontSize: 8.5, color: C.muted },
                  ],
                  margin: [0, (geometry.bandHeight - numberSize * 1.2) / 2, 0, 0],
                },
              ]),
            },
            layout: layoutTable,
          },
        ],
        columnGap: 14,
      },
      {
        table: {
          widths: [width],
          body: [
            [
              {
                fillColor: C.tint,
                margin: [10, 6, 10, 7],
                stack: [rateLine, ...rateDetails(data, width - 20)],
              },
            ],
          ],
        },
        layout: layoutTable,
        margin: [0, 12, 0, 0],
      },
    ],
  };
}

/** Under the rate: what it counts, its cohort and how many are still ongoing (DOMAIN.md). */
function rateDetails(data: InfographicData, width: number): Content[] {
  const { rate } = data;
  const lines = [
    `${formatCount(rate.paidWork)} van ${formatCount(rate.completed)} afgeronde trajecten; ` +
      `cohort: ${formatCount(rate.started)} gestart,`,
    `waarvan ${formatCount(rate.ongoing)} nog lopend op ${formatDate(data.referenceDate)}`,
  ];
  // One size for both lines, small enough that neither wraps whatever the numbers.
  const size = Math.min(...lines.map((line) => fittingSize(line, width, 7.5, false)));
  return lines.map((text, i) => ({
    text,
    fontSize: size,
    color: C.muted,
    margin: [0, i === 0 ? 2 : 0.5, 0, 0],
  }));
}

function outcomeBars(data: InfographicData, width: number, layout: Layout): Content {
  const f = data.figures;
  const ended = f.completed + f.stopped;
  const labelWidth = 124;
  return {
    stack: [
      heading(
        'Uitstroom',
        layout.notes ? `${formatCount(ended)} beëindigde trajecten uit het cohort` : null,
        width,
      ),
      bars(
        outcomes.map((code) => ({ label: outcomeLabels[code], value: f.outcomes[code] })),
        width,
        C.accent,
        labelWidth,
        layout.barGap,
      ),
      heading(
        'Redenen van voortijdig stoppen',
        layout.notes ? `${formatCount(f.stopped)} voortijdig gestopt` : null,
        width,
        layout.notes ? 10 : 7,
      ),
      bars(
        stopReasons.map((code) => ({ label: stopReasonLabels[code], value: f.stopReasons[code] })),
        width,
        C.slate,
        labelWidth,
        layout.barGap,
      ),
    ],
  };
}

function employerList(data: InfographicData, width: number, layout: Layout): Content {
  const total = data.figures.employers;
  const shown = data.employers.slice(0, layout.topEmployers);
  const others = Math.max(0, total - shown.length);
  const content: Content[] = [
    heading('Werkgevers', layout.notes ? 'trajecten gestart per werkgever' : null, width),
  ];
  if (shown.length === 0) {
    content.push({ text: 'Geen werkgevers in deze periode.', fontSize: 8.5, color: C.muted });
  } else {
    content.push(
      bars(
        shown.map((e) => ({ label: e.name, value: e.started })),
        width,
        C.accent,
        138,
        layout.barGap,
      ),
    );
  }
  if (others > 0) {
    content.push({
      text: `+ ${formatCount(others)} ${others === 1 ? 'andere werkgever' : 'andere werkgevers'}`,
      fontSize: 8.5,
      color: C.muted,
    });
  }
  return { stack: content };
}

function kindSplit(data: InfographicData, width: number, layout: Layout): Content {
  const started = data.figures.started;
  if (data.kinds === null) return countsOnly('Soort traject', width);
  return {
    stack: [
      heading(
        'Soort traject',
        layout.notes ? `${formatCount(started)} gestarte trajecten` : null,
        width,
      ),
      bars(
        data.kinds.map(({ kind, started: n }) => ({
          label: kindLabels[kind],
          value: n,
          shown: started > 0 ? `${formatCount(n)} · ${Math.round((n / started) * 100)}%` : '0',
        })),
        width,
        C.dark,
        110,
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
}

const countColumns = countFigureNames.filter((name): name is CountColumn => name !== 'employers');

function countsOf(f: Figures): Counts {
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
  const cell = (row: CountRow, bold: boolean): TableCell[] => [
    { text: fitText(row.label, nameWidth, 8, bold ? 'bold' : 'normal'), fontSize: 8, bold },
    ...columns.map(([key]): TableCell => ({
      text: formatCount(row.counts[key]),
      alignment: 'right',
      fontSize: 8,
      bold,
    })),
  ];
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
  total: Figures,
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
function countsOnly(title: string, width: number): Content {
  return {
    stack: [
      heading(title, null, width),
      {
        text: 'Niet bekend: van (een deel van) deze cijfers zijn alleen totalen uitgewisseld.',
        fontSize: 8.5,
        color: C.muted,
      },
    ],
  };
}

/** Per benefit type, the one breakdown with the discussed (DOMAIN.md). */
function benefitTable(data: InfographicData, width: number, layout: Layout): Content {
  const title = 'Per uitkering';
  if (data.benefits === null) return countsOnly(title, width);
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

/** Per start year of the cohort, oldest first; the oldest years together when there are many. */
function startYearTable(data: InfographicData, width: number, layout: Layout): Content {
  const title = 'Per startjaar';
  if (data.startYears === null) return countsOnly(title, width);
  let rows: CountRow[] = data.startYears.map(({ year, figures }) => ({
    label: year,
    counts: countsOf(figures),
  }));
  if (rows.length > layout.startYearRows) {
    const older = rows.slice(0, rows.length - layout.startYearRows + 1);
    const span = `${older[0]?.label ?? ''}–${older[older.length - 1]?.label ?? ''}`;
    rows = [summed(span, older), ...rows.slice(older.length)];
  }
  return {
    stack: [
      heading(title, layout.notes ? 'het cohort naar het jaar van de start' : null, width),
      rows.length === 0
        ? { text: 'Geen trajecten gestart in deze periode.', fontSize: 8.5, color: C.muted }
        : countTable('Startjaar', cohortColumns, rows, null, width),
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
  const content: Content[] = [
    header(data, logo !== null),
    ...headlineFigures(data, layout),
    {
      columns: [
        { width: HALF, stack: [funnel(data, HALF, layout)] },
        { width: HALF, stack: [outcomeBars(data, HALF, layout)] },
      ],
      columnGap: GUTTER,
      margin: [0, 0, 0, layout.sectionGap],
    },
  ];
  if (organisations !== null) {
    content.push(
      organisationTable(organisations, data.figures, layout.organisationRows, layout.sectionGap),
    );
  }
  // Two rows of two, the tall lists side by side and the short ones below them.
  content.push(
    {
      columns: [
        { width: HALF, stack: [employerList(data, HALF, layout)] },
        { width: HALF, stack: [benefitTable(data, HALF, layout)] },
      ],
      columnGap: GUTTER,
      margin: [0, 0, 0, layout.blockGap],
    },
    {
      columns: [
        { width: HALF, stack: [kindSplit(data, HALF, layout)] },
        { width: HALF, stack: [startYearTable(data, HALF, layout)] },
      ],
      columnGap: GUTTER,
    },
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
