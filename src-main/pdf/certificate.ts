import type {
  Content,
  ContentSection,
  ContentTable,
  CustomTableLayout,
  TableCell,
  TDocumentDefinitions,
} from 'pdfmake/interfaces';
import { placementLength, type PrintedCertificate } from '../../src-shared/domain/certificate';
import type { TrajectoryKind } from '../../src-shared/domain/codes';
import type { PdfFile } from '../../src-shared/ipc/documents';
import { formatDate } from './labels';
import { mergePdfs } from './merge';
import { documentInfo } from './metadata';
import { clean, formatHours, paragraphs } from './prose';
import { embeddableImage, renderPdf, type EmbeddableImage } from './render';
import { fitText, textWidth } from './text-fit';

/**
 * The getuigschrift: A4 portrait, a testimonial of work experience written for a future employer
 * (DOMAIN.md): who, where, as what, how long, what the person did and can do now, and whom to
 * ask. Set with care, but in the words of a reference, never of an exam. Everything on it comes
 * from the printed snapshot; it flows onto further pages (with a running header) when long.
 */

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { left: 66, right: 66, top: 58, bottom: 78 };
const WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
/** Frame around the page: outer line, inner hairline. */
const FRAME = { outer: 24, inner: 30 };
const SIGNATURE_WIDTH = 220;

/**
 * Sizes and spaces of the layout. The compact set is tried only when the normal one spills onto
 * a second page, so that a certificate that nearly fits is not split off its signature.
 */
export interface Density {
  logoHeight: number;
  titleSize: number;
  titleMargin: [top: number, bottom: number];
  nameMax: number;
  statementGap: number;
  panelPad: number;
  textSize: number;
  sectionGap: number;
  listSize: number;
  rowGap: number;
  signatureGap: number;
  signatureHeight: number;
}

export const NORMAL: Density = {
  logoHeight: 44,
  titleSize: 33,
  titleMargin: [9, 8],
  nameMax: 29,
  statementGap: 14,
  panelPad: 9,
  textSize: 10.25,
  sectionGap: 12,
  listSize: 10,
  rowGap: 2.5,
  signatureGap: 16,
  signatureHeight: 38,
};

export const COMPACT: Density = {
  logoHeight: 34,
  titleSize: 28,
  titleMargin: [5, 5],
  nameMax: 25,
  statementGap: 10,
  panelPad: 7,
  textSize: 9.75,
  sectionGap: 9,
  listSize: 9.5,
  rowGap: 1.5,
  signatureGap: 12,
  signatureHeight: 32,
};

const DEFAULT_ACCENT = '#1f6f6b';
const SAMPLE_MARK = 'VOORBEELD';

export const CERTIFICATE_DISCLAIMER =
  'Dit getuigschrift is een bewijs van werkervaring. Het is geen ervaringscertificaat (EVC) en ' +
  'geen praktijkverklaring (SBB).';

const C = {
  dark: '#1d2a33',
  text: '#2c3a44',
  muted: '#5f6e78',
  soft: '#8a979f',
  rule: '#d5dde1',
};

/** The kind of placement as the facts panel names it. */
const kindLabel: Record<TrajectoryKind, string> = {
  'work-experience': 'Werkervaringsplaats',
  'trial-placement': 'Proefplaatsing',
  'work-study': 'Leerwerktraject (BBL)',
  other: 'Werkervaringstraject',
};

// ---------------------------------------------------------------------------------------------
// Colour: the organisation's accent, made dark enough to read as text on white.

type Rgb = [number, number, number];

function rgb(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function hex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

function luminance(colour: Rgb): number {
  const [r, g, b] = colour.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

interface Palette {
  /** The accent as set: rules and the frame. */
  accent: string;
  /** The accent darkened until it reads as text on white (WCAG 4.5:1). */
  ink: string;
  /** Light tints for the detail panel and the inner frame line. */
  tint: string;
  frameInner: string;
}

export function palette(accentColour: string): Palette {
  const base = rgb(/^#[0-9a-fA-F]{6}$/.test(accentColour) ? accentColour : DEFAULT_ACCENT);
  let ink = base;
  for (let step = 0; step < 20 && 1.05 / (luminance(ink) + 0.05) < 4.5; step++) {
    ink = mix(ink, [0, 0, 0], 0.12);
  }
  const white: Rgb = [255, 255, 255];
  return {
    accent: hex(base),
    ink: hex(ink),
    tint: hex(mix(base, white, 0.92)),
    frameInner: hex(mix(base, white, 0.6)),
  };
}

// ---------------------------------------------------------------------------------------------
// Building blocks

const plain: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 0,
  paddingTop: () => 0,
  paddingBottom: () => 0,
};

/** Width and height that fit `box`, keeping the aspect ratio. */
function fitted(image: EmbeddableImage, box: [number, number]): [number, number] {
  const scale = Math.min(box[0] / image.width, box[1] / image.height);
  return [image.width * scale, image.height * scale];
}

/**
 * The name's size: as large as fits one line (down to 22 pt), else two lines (down to 17 pt),
 * else 17 pt over as many lines as it takes (pdfmake breaks a word without spaces).
 */
export function nameFontSize(name: string, max = NORMAL.nameMax): number {
  const width = (size: number) => textWidth(name, size, 'bold');
  for (let size = max; size >= 22; size--) if (width(size) <= WIDTH * 0.96) return size;
  for (let size = Math.min(max, 24); size >= 17; size--) {
    if (width(size) <= WIDTH * 1.75) return size;
  }
  return 17;
}

function check(colour: string): Content {
  return {
    canvas: [
      {
        type: 'polyline',
        points: [
          { x: 0.5, y: 5.2 },
          { x: 3.6, y: 8.3 },
          { x: 9.5, y: 1.2 },
        ],
        lineWidth: 1.7,
        lineColor: colour,
        lineCap: 'round',
      },
    ],
    margin: [0, 1.3, 0, 0],
  };
}

function dot(colour: string): Content {
  return {
    canvas: [{ type: 'ellipse', x: 4, y: 4, r1: 2.6, r2: 2.6, color: colour }],
    margin: [1, 2.9, 0, 0],
  };
}

/**
 * A titled list as one table: the title row repeats on every page the list reaches and never
 * stands alone at a page's foot, and no item is split over two pages.
 */
function list(
  title: string,
  rows: TableCell[][],
  widths: (number | '*')[],
  ink: string,
  density: Density,
): Content {
  const columns = widths.length;
  const heading: TableCell[] = [
    {
      text: title,
      colSpan: columns,
      fontSize: 11.5,
      bold: true,
      color: ink,
      margin: [0, 0, 0, 4],
    },
    ...Array.from({ length: columns - 1 }, () => ({})),
  ];
  const table: ContentTable = {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths,
      body: [heading, ...rows],
    },
    layout: { ...plain, paddingBottom: (row) => (row === 0 ? 0 : density.rowGap) },
    margin: [0, density.sectionGap, 0, 0],
  };
  return table;
}

/** Empty room of an exact height (an empty text would add a line). */
function space(height: number): Content {
  return {
    canvas: [{ type: 'rect', x: 0, y: 0, w: 1, h: height, color: '#ffffff', fillOpacity: 0 }],
  };
}

/** The signature standing on the line, whatever its proportions. */
function signatureImage(signature: NamedImage, room: number): Content {
  const [width, height] = fitted(signature, [SIGNATURE_WIDTH - 20, room]);
  return { image: signature.name, width, height, margin: [10, room - height, 0, 0] };
}

function detailCell(label: string, value: string, ink: string): TableCell {
  return {
    stack: [
      { text: label.toUpperCase(), fontSize: 7.5, bold: true, color: ink, characterSpacing: 0.6 },
      { text: value, fontSize: 10.5, color: C.dark, margin: [0, 2, 0, 0] },
    ],
  };
}

/** A titled block of paragraphs (the work done), kept with its title like a list. */
function prose(title: string, text: string, ink: string, density: Density): Content | null {
  const parts = paragraphs(text);
  if (parts.length === 0) return null;
  return list(
    title,
    parts.map((part) => [{ text: part, fontSize: density.textSize, lineHeight: 1.25 }]),
    ['*'],
    ink,
    density,
  );
}

// ---------------------------------------------------------------------------------------------
// The blocks of the page, top to bottom

interface Page {
  certificate: PrintedCertificate;
  density: Density;
  colours: Palette;
  organisation: string;
  name: string;
  logo: NamedImage | null;
  signature: NamedImage | null;
}

/** An image under its name in the document's `images`, where pdfmake embeds each name once. */
interface NamedImage extends EmbeddableImage {
  name: string;
}

/** The logo, else the organisation's name set as a wordmark; then the title and the person. */
function heading({ certificate, density, colours, organisation, name, logo }: Page): Content[] {
  const blocks: Content[] = [];
  if (logo !== null) {
    const [width, height] = fitted(logo, [180, density.logoHeight]);
    blocks.push({ image: logo.name, width, height, alignment: 'center' });
  } else if (organisation !== '') {
    blocks.push({
      text: organisation,
      alignment: 'center',
      fontSize: 13,
      bold: true,
      color: colours.ink,
    });
  }
  blocks.push(
    {
      text: 'Getuigschrift',
      alignment: 'center',
      fontSize: density.titleSize,
      bold: true,
      color: colours.ink,
      margin: [0, density.titleMargin[0], 0, 0],
    },
    {
      text: 'bewijs van werkervaring',
      alignment: 'center',
      fontSize: 11,
      color: C.muted,
      margin: [0, 2, 0, density.titleMargin[1] + 4],
    },
    {
      text: name,
      alignment: 'center',
      fontSize: nameFontSize(name, density.nameMax),
      bold: true,
      color: C.dark,
      lineHeight: 1.05,
    },
  );
  const { birthDate } = certificate.content.candidate;
  if (birthDate !== null) {
    blocks.push({
      text: `geboren op ${formatDate(birthDate)}`,
      alignment: 'center',
      fontSize: 10.5,
      color: C.muted,
      margin: [0, 4, 0, 0],
    });
  }
  return blocks;
}

/** The placement in a tinted panel, two facts a row. */
function factsPanel({ certificate, density, colours, organisation }: Page): Content {
  const p = certificate.content.placement;
  const employer = clean(p.employer) || organisation;
  const location = clean(p.location);
  const role = clean(p.role);
  const { weeks, totalHours } = placementLength(p);
  const span = `${weeks} ${weeks === 1 ? 'week' : 'weken'}`;
  const facts: TableCell[] = [];
  const fact = (label: string, value: string) => facts.push(detailCell(label, value, colours.ink));
  if (employer !== '') fact('Werkgever', employer);
  if (location !== '') fact('Afdeling of locatie', location);
  if (role !== '') fact('Functie', role);
  fact('Periode', `${formatDate(p.startedOn)} tot en met ${formatDate(p.endedOn)}`);
  fact(
    'Omvang',
    p.hoursPerWeek === null || totalHours === null
      ? span
      : `${span}, ${formatHours(p.hoursPerWeek)} per week\nongeveer ${formatHours(totalHours)} in totaal`,
  );
  fact('Soort plaats', kindLabel[p.kind]);
  const rows: TableCell[][] = [];
  for (let i = 0; i < facts.length; i += 2) {
    rows.push([facts[i] as TableCell, facts[i + 1] ?? { text: '' }]);
  }
  const pad = 14;
  return {
    table: { widths: ['*', '*'], body: rows, dontBreakRows: true },
    layout: {
      ...plain,
      fillColor: () => colours.tint,
      paddingLeft: (column) => (column === 0 ? pad : pad / 2),
      paddingRight: (column) => (column === 1 ? pad : pad / 2),
      paddingTop: (row) => (row === 0 ? density.panelPad : 3),
      paddingBottom: (row) => (row === rows.length - 1 ? density.panelPad : 3),
    },
    margin: [0, density.statementGap, 0, 0],
  };
}

/** The testimonial's text as the coach left it. */
function testimonial({ certificate, density }: Page): Content | null {
  const parts = paragraphs(certificate.content.personalText);
  if (parts.length === 0) return null;
  return {
    stack: parts.map((part, index) => ({ text: part, margin: [0, index === 0 ? 0 : 6, 0, 0] })),
    fontSize: density.textSize,
    lineHeight: 1.25,
    color: C.text,
    margin: [0, density.sectionGap, 0, 0],
  };
}

/** "Wat Fatma Çelik nu kan": the goals the coach chose, as what the person can do. */
function canDo({ certificate, density, colours, name }: Page): Content | null {
  const goals = certificate.content.achievedGoals.map(clean).filter((goal) => goal !== '');
  if (goals.length === 0) return null;
  const named = `Wat ${name} nu kan`;
  // A name that takes more than a line would make a heading of a paragraph.
  const title = textWidth(named, 11.5, 'bold') <= WIDTH ? named : 'Wat de deelnemer nu kan';
  return list(
    title,
    goals.map((goal) => [check(colours.accent), { text: goal, fontSize: density.listSize }]),
    [16, '*'],
    colours.ink,
    density,
  );
}

function trainings({ certificate, density, colours }: Page): Content | null {
  const followed = (certificate.content.trainings ?? [])
    .map((training) => ({ ...training, name: clean(training.name) }))
    .filter((training) => training.name !== '');
  if (followed.length === 0) return null;
  return list(
    'Gevolgde trainingen',
    followed.map((training) => [
      dot(colours.accent),
      {
        text: [
          training.name,
          ...(training.withCertificate ? [{ text: ' · met certificaat', color: C.muted }] : []),
        ],
        fontSize: density.listSize,
      },
      {
        text: training.completedOn === null ? '' : formatDate(training.completedOn),
        fontSize: density.listSize,
        color: C.muted,
        alignment: 'right',
      },
    ]),
    [16, '*', 108],
    colours.ink,
    density,
  );
}

/** The MBO work processes practised, so a school can build a praktijkverklaring on them. */
function workProcesses({ certificate, density, colours }: Page): Content | null {
  const block = certificate.content.workProcesses;
  if (!block) return null;
  const qualification = `${clean(block.qualification)}, crebo ${block.crebo}, niveau ${block.level}`;
  const processes = block.processes.map(clean).filter((item) => item !== '');
  return list(
    'Werkprocessen (mbo) waarin ervaring is opgedaan',
    [
      [{ text: `Kwalificatie: ${qualification}`, colSpan: 2, fontSize: density.listSize }, {}],
      ...processes.map((item): TableCell[] => [
        dot(colours.accent),
        { text: item, fontSize: density.listSize },
      ]),
    ],
    [16, '*'],
    colours.ink,
    density,
  );
}

/** Whom a future employer can ask: the supervisor on the floor, reached through the organisation. */
function reference({ certificate, density, colours, organisation }: Page): Content | null {
  const supervisor = clean(certificate.content.placement.supervisor);
  if (supervisor === '') return null;
  const employer = clean(certificate.content.placement.employer) || organisation;
  const via = organisation === '' ? '' : `; bereikbaar via ${organisation}`;
  return list(
    'Referentie',
    [
      [
        {
          text: `${supervisor}, praktijkbegeleider${employer === '' ? '' : ` bij ${employer}`}${via}.`,
          fontSize: density.listSize,
        },
      ],
    ],
    ['*'],
    colours.ink,
    density,
  );
}

/** Place and date beside the signature, name and function: kept together on one page. */
function signatureBlock({ certificate, density, organisation, signature }: Page): Content {
  const { content } = certificate;
  const place = clean(content.organisation.place);
  const signatory = clean(content.signatory.name);
  const signatoryFunction = clean(content.signatory.function);
  const dated = `${place === '' ? '' : `${place}, `}${formatDate(content.issuedOn)}`;
  const rule = (width: number): Content => ({
    canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.6, lineColor: C.soft }],
    margin: [0, 3, 0, 4],
  });
  const signedBy: Content[] = [
    signature === null
      ? space(density.signatureHeight)
      : signatureImage(signature, density.signatureHeight),
    rule(SIGNATURE_WIDTH),
  ];
  if (signatory !== '') {
    signedBy.push({ text: signatory, fontSize: 10.5, bold: true, color: C.dark });
  }
  const signedFor = [signatoryFunction, organisation].filter(Boolean).join(', ');
  if (signedFor !== '') signedBy.push({ text: signedFor, fontSize: 9, color: C.muted });
  return {
    unbreakable: true,
    columns: [
      {
        width: '*',
        stack: [
          space(density.signatureHeight),
          // Placed without taking room, so both lines stand at the same height.
          { text: dated, fontSize: 10.5, color: C.text, relativePosition: { x: 0, y: -15 } },
          rule(170),
          { text: 'Plaats en datum', fontSize: 9, color: C.muted },
        ],
      },
      { width: SIGNATURE_WIDTH, stack: signedBy },
    ],
    columnGap: 24,
    margin: [0, density.signatureGap, 0, 0],
  };
}

// ---------------------------------------------------------------------------------------------
// The document: one certificate, or a batch part of several, each from its own first page

/** How one certificate is set: the density it gets, and whether its images are left out. */
export interface CertificateSetting {
  certificate: PrintedCertificate;
  density?: Density;
  /** Leave the logo and signature out (when pdfkit cannot read them). */
  withoutImages?: boolean;
}

export interface CertificateOptions extends Omit<CertificateSetting, 'certificate'> {
  version: string;
}

/** Where a certificate's pages lie in its document (1-based, first to last). */
interface PageSpan {
  first: number;
  last: number;
}

/**
 * The document's `images` (data URLs by name), each distinct image judged and named once: the
 * same logo on every certificate of a batch part is checked, decoded and embedded once.
 */
class DocumentImages {
  readonly urls: Record<string, string> = {};
  private readonly byContent = new Map<string, NamedImage | null>();

  add(bytes: Uint8Array): NamedImage | null {
    const key = Buffer.from(bytes).toString('base64');
    if (!this.byContent.has(key)) {
      const image = embeddableImage(bytes);
      const name = `image${this.byContent.size + 1}`;
      if (image !== null) this.urls[name] = image.url;
      this.byContent.set(key, image === null ? null : { ...image, name });
    }
    return this.byContent.get(key) ?? null;
  }
}

/**
 * One certificate as a section of its document: its content, frame, running header and footer
 * and (for a sample) watermark on its own pages. pdfmake numbers pages across the whole
 * document, and lays out each page of a section with the section's background before it sets any
 * header or footer; so the background notes where this certificate's pages lie, and the header
 * and footer count from its first page.
 */
function certificateSection(
  { certificate, density = NORMAL, withoutImages = false }: CertificateSetting,
  images: DocumentImages,
): { section: ContentSection; span: PageSpan } {
  const { content } = certificate;
  const colours = palette(content.accentColour);
  const sample = certificate.number === SAMPLE_MARK;
  const sampleMarkWidth = textWidth(SAMPLE_MARK, 1, 'bold');
  const organisation = clean(content.organisation.name);
  const name = clean(content.candidate.fullName);
  const picture = (bytes: Uint8Array | null) =>
    withoutImages || bytes === null ? null : images.add(bytes);
  const logo = picture(content.logo);
  const signature = picture(content.signature);
  const numberText = sample ? 'voorbeeld, niet uitgegeven' : `nr. ${certificate.number}`;
  const page: Page = { certificate, density, colours, organisation, name, logo, signature };
  const span: PageSpan = { first: Number.POSITIVE_INFINITY, last: 0 };

  const body: Content[] = [
    ...heading(page),
    factsPanel(page),
    testimonial(page),
    prose('Werkzaamheden', content.duties ?? '', colours.ink, density),
    canDo(page),
    trainings(page),
    workProcesses(page),
    // The reference closes the text and leads to the signature: never a signature on its own.
    {
      stack: [reference(page), signatureBlock(page)].filter((block) => block !== null),
      unbreakable: true,
    },
  ].filter((block) => block !== null);

  // A rectangle `inset` points inside the page's edge, on every side.
  const frameLine = (inset: number, lineWidth: number, lineColor: string) =>
    ({
      type: 'rect',
      x: inset,
      y: inset,
      w: PAGE.width - 2 * inset,
      h: PAGE.height - 2 * inset,
      lineWidth,
      lineColor,
    }) as const;
  const frame: Content = {
    canvas: [
      frameLine(FRAME.outer, 2, colours.accent),
      frameLine(FRAME.inner, 0.6, colours.frameInner),
    ],
  };

  const section: ContentSection = {
    section: body,
    ...(sample
      ? {
          watermark: {
            text: SAMPLE_MARK,
            color: colours.accent,
            opacity: 0.08,
            bold: true,
            // pdfmake's own size runs off the page; about two thirds of the diagonal instead.
            fontSize: Math.floor((0.66 * Math.hypot(PAGE.width, PAGE.height)) / sampleMarkWidth),
          },
        }
      : {}),
    background: (currentPage) => {
      span.first = Math.min(span.first, currentPage);
      span.last = Math.max(span.last, currentPage);
      return frame;
    },
    // From its page 2 on: whose certificate this page belongs to.
    header: (currentPage) => {
      if (currentPage <= span.first) return null;
      const right = `Getuigschrift ${numberText}`;
      const rightWidth = textWidth(right, 8.5) + 4;
      const leftText = [organisation, name].filter(Boolean).join(' · ');
      return {
        columns: [
          { text: fitText(leftText, WIDTH - rightWidth - 12, 8.5), width: '*' },
          { text: right, width: rightWidth, alignment: 'right' },
        ],
        fontSize: 8.5,
        color: C.muted,
        margin: [MARGIN.left, 34, MARGIN.right, 0],
      };
    },
    footer: (currentPage) => {
      const pageCount = span.last - span.first + 1;
      return {
        stack: [
          {
            columns: [
              { text: `Getuigschrift ${numberText}`, width: '*' },
              {
                text:
                  pageCount > 1 ? `pagina ${currentPage - span.first + 1} van ${pageCount}` : '',
                width: 'auto',
              },
            ],
            fontSize: 8.5,
            color: C.muted,
          },
          {
            text: CERTIFICATE_DISCLAIMER,
            fontSize: 7.5,
            color: C.soft,
            margin: [0, 3, 0, 0],
          },
        ],
        margin: [MARGIN.left, 16, MARGIN.right, 0],
      };
    },
  };
  return { section, span };
}

/**
 * The certificates in order as one document, each from a page of its own, and after rendering
 * how many pages each took.
 */
export function certificatesDocument(
  settings: readonly CertificateSetting[],
  version: string,
): { document: TDocumentDefinitions; pageCounts: () => number[] } {
  const images = new DocumentImages();
  const sections = settings.map((setting) => certificateSection(setting, images));
  const [only] = settings.length === 1 ? settings : [];
  const organisations = new Set(
    settings.map(({ certificate }) => clean(certificate.content.organisation.name)),
  );
  // The number, not the name: the title shows in viewers' title bars and file lists.
  const title = only
    ? `Getuigschrift ${only.certificate.number === SAMPLE_MARK ? 'voorbeeld' : only.certificate.number}`
    : 'Getuigschriften';
  const document: TDocumentDefinitions = {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [MARGIN.left, MARGIN.top, MARGIN.right, MARGIN.bottom],
    info: documentInfo(title, {
      author: organisations.size === 1 ? [...organisations].join('') : '',
      version,
    }),
    images: images.urls,
    defaultStyle: { font: 'Roboto', fontSize: 10.5, color: C.text, lineHeight: 1.15 },
    content: sections.map(({ section }) => section),
  };
  const pageCounts = () => sections.map(({ span }) => Math.max(0, span.last - span.first + 1));
  return { document, pageCounts };
}

/** One certificate's document definition (the tests' and the bench's way in). */
export function certificateDocument(
  certificate: PrintedCertificate,
  { version, ...setting }: CertificateOptions,
): TDocumentDefinitions {
  return certificatesDocument([{ certificate, ...setting }], version).document;
}

/** `getuigschrift-2026-0007.pdf`; no name in a file name that lands in download folders. */
export function certificateFileName(certificate: PrintedCertificate): string {
  return certificate.number === 'VOORBEELD'
    ? 'getuigschrift-voorbeeld.pdf'
    : `getuigschrift-${certificate.number}.pdf`;
}

async function render(
  settings: readonly CertificateSetting[],
  version: string,
): Promise<{ bytes: Uint8Array; pages: number[] }> {
  const { document, pageCounts } = certificatesDocument(settings, version);
  const bytes = await renderPdf(document);
  return { bytes, pages: pageCounts() };
}

/**
 * Snapshots → one document → bytes. A certificate that spills over a page is set compact when
 * that saves a page (so a signature does not end up alone on the last one). An image pdfkit
 * cannot decode (damaged bytes behind a valid signature) costs the logo and signature, not the
 * certificate: in a batch part, each certificate is then made on its own, so only that one
 * loses them.
 */
async function certificatesPdf(
  certificates: readonly PrintedCertificate[],
  version: string,
): Promise<Uint8Array> {
  let settings: CertificateSetting[] = certificates.map((certificate) => ({ certificate }));
  let made: { bytes: Uint8Array; pages: number[] };
  try {
    made = await render(settings, version);
  } catch (error) {
    if (certificates.length > 1) return eachOnItsOwn(certificates, version);
    const [{ content }] = certificates as [PrintedCertificate];
    if (!content.logo && !content.signature) throw error;
    settings = settings.map((setting) => ({ ...setting, withoutImages: true }));
    made = await render(settings, version);
  }
  const spills = made.pages.map((pages) => pages > 1);
  if (!spills.includes(true)) return made.bytes;
  const compactWhere = (chosen: boolean[]) =>
    settings.map((setting, index) => (chosen[index] ? { ...setting, density: COMPACT } : setting));
  const compact = await render(compactWhere(spills), version);
  // Sections start on pages of their own, so each certificate's count is its own.
  const saves = spills.map(
    (spilled, index) => spilled && (compact.pages[index] ?? 0) < (made.pages[index] ?? 0),
  );
  if (saves.every((saved, index) => saved === spills[index])) return compact.bytes;
  if (!saves.includes(true)) return made.bytes;
  return (await render(compactWhere(saves), version)).bytes;
}

async function eachOnItsOwn(
  certificates: readonly PrintedCertificate[],
  version: string,
): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for (const certificate of certificates) parts.push(await certificatesPdf([certificate], version));
  return (await mergePdfs(parts, BATCH_FILE_NAME, version)).bytes;
}

const BATCH_FILE_NAME = 'getuigschriften.pdf';

/** One certificate's PDF (pdf:certificate). */
export async function makeCertificate(
  certificate: PrintedCertificate,
  version: string,
): Promise<PdfFile> {
  return {
    bytes: await certificatesPdf([certificate], version),
    fileName: certificateFileName(certificate),
  };
}

/** A batch part (pdf:certificates): the certificates in order, in one document. */
export async function makeCertificates(
  certificates: readonly PrintedCertificate[],
  version: string,
): Promise<PdfFile> {
  return { bytes: await certificatesPdf(certificates, version), fileName: BATCH_FILE_NAME };
}
