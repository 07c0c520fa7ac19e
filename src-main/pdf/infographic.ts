import type { Column, Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { outcomes, stopReasons } from '../../src-shared/domain/codes';
import { emptyFigures } from '../../src-shared/figures';
import type { CountFigureName, Figures } from '../../src-shared/figures';
import type { InfographicFile } from '../../src-shared/ipc/infographic';
import {
  infographicData,
  type InfographicData,
  type InfographicSource,
  type OrganisationRow,
} from './infographic-data';
import {
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
  /** Subtitles under the headings of the bar charts. */
  notes: boolean;
  topEmployers: number;
  organisationRows: number;
}

const LOCAL: Layout = {
  sectionGap: 26,
  funnel: { width: 128, bandHeight: 26, gap: 10 },
  barGap: 4.5,
  notes: true,
  topEmployers: 10,
  organisationRows: 0,
};

const REGIONAL: Layout = {
  sectionGap: 16,
  funnel: { width: 120, bandHeight: 21, gap: 7 },
  barGap: 3,
  notes: false,
  topEmployers: 5,
  organisationRows: 7,
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

/** The second rank of figures: smaller, on one ruled strip. */
function secondaryRow(items: readonly Tile[], bottom: number): Content {
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
              { text: fitText(note, width, 7.5), fontSize: 7.5, color: C.muted },
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
  if (data.kinds === null) {
    return {
      stack: [
        heading('Soort traject', null, width),
        {
          text: 'Niet bekend: van (een deel van) deze cijfers zijn alleen totalen uitgewisseld.',
          fontSize: 8.5,
          color: C.muted,
        },
      ],
    };
  }
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

type CountColumn = 'started' | 'completed' | 'completedToPaidWork' | 'ongoing' | 'stopped';

const organisationColumns: [CountColumn, string, number][] = [
  ['started', 'Gestart', 52],
  ['completed', 'Afgerond', 54],
  ['completedToPaidWork', 'Naar betaald werk', 80],
  ['ongoing', 'Lopend', 50],
  ['stopped', 'Gestopt', 50],
];

/** At most `maxRows` rows; beyond that the last row sums up the rest. */
function organisationTable(
  rows: readonly OrganisationRow[],
  total: Figures,
  maxRows: number,
  bottom: number,
): Content {
  const padding = 6;
  const nameWidth =
    WIDTH -
    organisationColumns.reduce((sum, [, , w]) => sum + w, 0) -
    2 * padding * (organisationColumns.length + 1);
  const counts = (f: Figures): Record<CountColumn, number> => ({
    started: f.started,
    completed: f.completed,
    completedToPaidWork: f.completedToPaidWork,
    ongoing: f.ongoing,
    stopped: f.stopped,
  });
  let shown = rows.map((r) => ({ name: r.name, counts: counts(r.figures) }));
  if (rows.length > maxRows) {
    const rest = rows.slice(maxRows - 1).map((r) => counts(r.figures));
    const sum = counts(emptyFigures());
    for (const part of rest) for (const [key] of organisationColumns) sum[key] += part[key];
    shown = [
      ...shown.slice(0, maxRows - 1),
      { name: `+ ${formatCount(rest.length)} andere organisaties`, counts: sum },
    ];
  }
  const number = (value: number, bold = false): TableCell => ({
    text: formatCount(value),
    alignment: 'right',
    fontSize: 8.5,
    bold,
    color: C.dark,
  });
  const body: TableCell[][] = [
    [
      { text: 'Organisatie', fontSize: 8, bold: true, color: C.muted },
      ...organisationColumns.map(([, label, width]): TableCell => ({
        text: fitText(label, width, 8, 'bold'),
        fontSize: 8,
        bold: true,
        color: C.muted,
        alignment: 'right',
      })),
    ],
    ...shown.map((row): TableCell[] => [
      { text: fitText(row.name, nameWidth, 8.5), fontSize: 8.5, color: C.dark },
      ...organisationColumns.map(([key]) => number(row.counts[key])),
    ]),
    [
      { text: 'Totaal', fontSize: 8.5, bold: true, color: C.dark },
      ...organisationColumns.map(([key]) => number(counts(total)[key], true)),
    ],
  ];
  const last = body.length;
  return {
    stack: [
      heading('Per organisatie', null, WIDTH),
      {
        table: { widths: [nameWidth, ...organisationColumns.map(([, , w]) => w)], body },
        layout: {
          hLineWidth: (i) => (i === 1 || i === last - 1 ? 0.6 : 0),
          hLineColor: () => C.line,
          vLineWidth: () => 0,
          paddingLeft: () => padding,
          paddingRight: () => padding,
          paddingTop: () => 2.5,
          paddingBottom: () => 2,
          fillColor: (i) => (i === 0 || i === last - 1 ? C.tint : null),
        },
      },
    ],
    margin: [0, 0, 0, bottom],
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
  content.push({
    columns: [
      { width: HALF, stack: [employerList(data, HALF, layout)] },
      { width: HALF, stack: [kindSplit(data, HALF, layout)] },
    ],
    columnGap: GUTTER,
  });

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
