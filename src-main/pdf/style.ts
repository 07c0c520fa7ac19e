import type { Content, Node, NodeQueries, TDocumentDefinitions } from 'pdfmake/interfaces';
import { fitText, oneLine } from './text-fit';

/** A4 in points, and the colours every Instap document shares (the app's teal and slate). */
export const A4 = { width: 595.28, height: 841.89 };

export const palette = {
  accent: '#1f6f6b',
  dark: '#1d2a33',
  text: '#2c3a44',
  muted: '#5f6e78',
  soft: '#8a979f',
  rule: '#d5dde1',
  tint: '#edf5f4',
};

/**
 * headlineLevel marks for keepHeadingsWithNext: a section heading, the title and rule it is drawn
 * with, and every node of the running header and footer (pdfmake lists those with the body).
 */
const HEADING = 1;
const HEADING_PART = 2;
const RUNNING = 3;

/**
 * pdfmake's pageBreakBefore: a section heading with nothing of the body below it on its page (only
 * its own rule and the running header and footer) moves to the next page, so no heading stands
 * alone at the bottom of a page.
 */
export function keepHeadingsWithNext(node: Node, nodes: NodeQueries): boolean {
  if (node.headlineLevel !== HEADING) return false;
  const page = node.startPosition.pageNumber;
  const bodyBelow = nodes
    .getFollowingNodesOnPage()
    .some(
      (next) =>
        next.startPosition.pageNumber === page &&
        next.headlineLevel !== HEADING_PART &&
        next.headlineLevel !== RUNNING,
    );
  return !bodyBelow && nodes.getNodesOnNextPage().length > 0;
}

/**
 * A heading with the first block under it, as one unbreakable block. pdfmake moves an unbreakable
 * block to the next page after keepHeadingsWithNext has looked, so a heading followed by one must
 * go with it this way. Only for a first block well below a page (an unbreakable block taller than
 * a page leaves an empty page).
 */
export function withHeading(heading: Content, blocks: readonly Content[]): Content[] {
  const [first, ...rest] = blocks;
  return first === undefined
    ? [heading]
    : [{ unbreakable: true, stack: [heading, first] }, ...rest];
}

/** "2  Opbouwprogramma (…)": a numbered section title over an accent rule, kept together. */
export function sectionHeading(
  number: number,
  title: string,
  width: number,
  suffix?: string,
): Content {
  return {
    stack: [
      {
        text: [
          { text: `${number}  `, color: palette.accent },
          { text: title },
          ...(suffix
            ? [{ text: `  ${suffix}`, color: palette.muted, bold: false, fontSize: 10 }]
            : []),
        ],
        fontSize: 13.5,
        bold: true,
        color: palette.dark,
        headlineLevel: HEADING_PART,
      },
      {
        headlineLevel: HEADING_PART,
        canvas: [
          {
            type: 'line',
            x1: 0,
            y1: 0,
            x2: width,
            y2: 0,
            lineWidth: 1.2,
            lineColor: palette.accent,
          },
        ],
        margin: [0, 4, 0, 6],
      },
    ],
    margin: [0, 16, 0, 0],
    unbreakable: true,
    // The whole heading moves when it would stand alone (keepHeadingsWithNext).
    headlineLevel: HEADING,
  };
}

/**
 * The top of a personal document (progress report, inzage): the organisation and "Vertrouwelijk"
 * on one line, the title, and under it who it is about and when.
 */
export function confidentialTitle(options: {
  organisation: string;
  title: string;
  subtitle: string;
  width: number;
}): Content[] {
  return [
    {
      columns: [
        {
          text: fitText(options.organisation, options.width * 0.6, 10, 'bold'),
          bold: true,
          color: palette.accent,
        },
        { text: 'Vertrouwelijk', color: palette.muted, alignment: 'right', width: 'auto' },
      ],
      fontSize: 10,
    },
    { text: options.title, fontSize: 22, bold: true, color: palette.dark, margin: [0, 8, 0, 0] },
    { text: options.subtitle, fontSize: 12, color: palette.muted, margin: [0, 1, 0, 12] },
  ];
}

/** A tinted panel across the text width (the summary under a document's title). */
export function tintedBox(content: Content): Content {
  return {
    table: { widths: ['*'], body: [[content]] },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: () => 0,
      fillColor: () => palette.tint,
      paddingLeft: () => 12,
      paddingRight: () => 12,
      paddingTop: () => 9,
      paddingBottom: () => 9,
    },
  };
}

export interface Margins {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The frame of Instap's multi-page documents (agenda, progress report): A4 with the accent band,
 * a running header from page 2, and a footer with "pagina X van Y" and an optional note.
 */
export function pagedDocumentFrame(options: {
  margin: Margins;
  title: string;
  author: string;
  version: string;
  header: { left: string; right: string };
  footer: { left: string; note?: string };
}): Omit<TDocumentDefinitions, 'content'> {
  const { margin } = options;
  const width = A4.width - margin.left - margin.right;
  const version = oneLine(options.version);
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [margin.left, margin.top, margin.right, margin.bottom],
    info: {
      title: options.title,
      author: options.author,
      creator: `Instap ${version}`,
      producer: `Instap ${version}`,
    },
    language: 'nl-NL',
    pageBreakBefore: keepHeadingsWithNext,
    background: () => ({
      canvas: [{ type: 'rect', x: 0, y: 0, w: A4.width, h: 8, color: palette.accent }],
    }),
    header: (currentPage) =>
      currentPage <= 1
        ? null
        : {
            headlineLevel: RUNNING,
            columns: [
              {
                text: fitText(options.header.left, width * 0.6, 8.5),
                width: '*',
                headlineLevel: RUNNING,
              },
              { text: options.header.right, width: 'auto', headlineLevel: RUNNING },
            ],
            fontSize: 8.5,
            color: palette.muted,
            margin: [margin.left, 28, margin.right, 0],
          },
    footer: (currentPage, pageCount): Content => ({
      headlineLevel: RUNNING,
      stack: [
        {
          headlineLevel: RUNNING,
          columns: [
            {
              text: fitText(options.footer.left, width - 90, 8),
              width: '*',
              headlineLevel: RUNNING,
            },
            {
              text: `pagina ${currentPage} van ${pageCount}`,
              width: 'auto',
              headlineLevel: RUNNING,
            },
          ],
        },
        ...(options.footer.note
          ? [
              {
                text: options.footer.note,
                margin: [0, 2, 0, 0] as [number, number, number, number],
                headlineLevel: RUNNING,
              },
            ]
          : []),
      ],
      fontSize: options.footer.note ? 7.5 : 8,
      color: palette.soft,
      margin: [margin.left, options.footer.note ? 26 : 28, margin.right, 0],
    }),
    defaultStyle: { font: 'Roboto', fontSize: 10, color: palette.text, lineHeight: 1.15 },
  };
}
